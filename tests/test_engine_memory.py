"""A linted document is freed: rules' per-document caches must not keep it alive."""

import gc
import weakref

from lint_med.engine import Linter, Overrides, lint_document

ARTICLE = """# Low-dose naltrexone for fibromyalgia

Studies show that 9 out of 10 patients feel better [1]. Buy LDN online at
https://pills.example/ldn and use code SAVE20.

low dose naltrexone fibromyalgia

## References

1. Younger J, Mackey S. Pain Med. 2009;10(4):663-672.
"""


def _lint(linter, source):
    config = linter.config_for("article.md")
    registry = linter.registry(config)
    doc = registry.parser_for("article.md", source, None).parse(source, "article.md", {"content_selector": None})
    assert lint_document(doc, registry, config)  # the rules ran and filled their caches
    return weakref.ref(doc)


def test_a_linted_document_is_freed_once_the_next_one_is_linted():
    # (The drug packs keep the last document they saw, to share work between their rules.)
    linter = Linter(Overrides(isolated=True))
    first = _lint(linter, ARTICLE)
    _lint(linter, ARTICLE.replace("9 out of 10", "8 out of 10"))
    gc.collect()
    assert first() is None


def test_a_linted_document_is_freed_without_the_cycle_collector(monkeypatch):
    # The engine releases each document it has linted (Document.release): reference counting
    # frees it once the next one is linted, with no pass of the cycle collector over its blocks.
    import lint_med.engine as engine

    seen = []

    def recording(doc, registry, config):
        seen.append(weakref.ref(doc))
        return lint_document(doc, registry, config)

    monkeypatch.setattr(engine, "lint_document", recording)
    linter = Linter(Overrides(isolated=True))
    gc.collect()
    gc.disable()
    try:
        assert linter.lint_source(ARTICLE, "first.md").findings
        linter.lint_source(ARTICLE.replace("9 out of 10", "8 out of 10"), "second.md")
        assert seen[0]() is None
    finally:
        gc.enable()


def test_the_cycle_collector_is_paused_while_a_file_is_linted_and_back_on_after(monkeypatch):
    import lint_med.engine as engine

    states = []

    def recording(doc, registry, config):
        states.append(gc.isenabled())
        return lint_document(doc, registry, config)

    monkeypatch.setattr(engine, "lint_document", recording)
    linter = Linter(Overrides(isolated=True))
    assert gc.isenabled()
    assert linter.lint_source(ARTICLE, "paused.md").findings
    assert states == [False] and gc.isenabled()


def test_the_cycle_collector_is_back_on_after_a_rule_run_that_raised(monkeypatch):
    import lint_med.engine as engine

    def failing(doc, registry, config):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "lint_document", failing)
    try:
        Linter(Overrides(isolated=True)).lint_source(ARTICLE, "interrupted.md")
    except KeyboardInterrupt:
        pass
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        Linter(Overrides(isolated=True)).lint_source(ARTICLE, "caller.md")
        assert not gc.isenabled()
    finally:
        gc.enable()
