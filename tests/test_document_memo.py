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
