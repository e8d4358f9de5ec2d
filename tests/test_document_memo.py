"""Document.memo / per_document: a per-document result is worked out once per document and arguments."""

from lint_med import per_document
from lint_med.document import Document


def test_per_document_computes_once_per_document_and_arguments():
    calls = []

    @per_document
    def words_longer_than(doc, size):
        calls.append((doc.path, size))
        return [w for w in doc.source.split() if len(w) > size]

    first, second = Document("a.txt", "text", "take one tablet daily"), Document("b.txt", "text", "rest")
    assert words_longer_than(first, 4) == ["tablet", "daily"]
    assert words_longer_than(first, 4) == ["tablet", "daily"]
    assert words_longer_than(first, 5) == ["tablet"]
    assert words_longer_than(second, 4) == []
    assert calls == [("a.txt", 4), ("a.txt", 5), ("b.txt", 4)]


def test_per_document_shares_document_memo_cache():
    """per_document writes out Document.memo's look-up: the same key, so either finds the other's result."""
    calls = []

    @per_document
    def first_word(doc):
        calls.append(doc.path)
        return doc.source.split()[0]

    doc = Document("a.txt", "text", "take one tablet daily")
    assert first_word(doc) == "take"
    assert doc.memo(first_word.__wrapped__) == "take"
    later = Document("b.txt", "text", "rest well")
    assert later.memo(first_word.__wrapped__) == "rest"
    assert first_word(later) == "rest"
    assert calls == ["a.txt", "b.txt"]
