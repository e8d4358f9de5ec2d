"""Block.lowered, the block's lowercase shared by the rules, is plainly ``block.text.lower()``."""

from lint_med.document import Block


def test_block_lowered_is_its_text_lowercased():
    for text in ("Order NOW at the Shop", "KETAMİNE", "Straße ÉTÉ Ωmega", "", "ſ and \u212a"):
        block = Block(text, list(range(len(text))))
        assert block.lowered == text.lower()
        assert block.lowered is block.lowered  # made once
