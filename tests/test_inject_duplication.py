"""benchmarks/realworld/inject_duplication.py: each copy is where its span says, made of the host's own text."""

import importlib.util
import random
import sys
from pathlib import Path

import pytest

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
spec = importlib.util.spec_from_file_location("realworld_inject_duplication", REALWORLD / "inject_duplication.py")
dup = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = dup
spec.loader.exec_module(dup)

SYNONYMS = {"study": ["trial"], "people": ["individuals"], "found": ["observed"]}
PARAGRAPHS = [
    "The study followed people with long-term knee pain for two full years in four towns. Most of the people who "
    "stayed in the study found that walking every day eased their pain a little.",
    "Researchers found that the people who walked the most also slept better at night than the others. The study "
    "was not designed to say whether walking itself caused the better sleep they reported.",
    "People who could not walk far were offered a bicycle at home instead of the daily walk. The study found that "
    "the bicycle group did about as well as the walkers over the two years it lasted.",
    "The authors plan a second study with more people and a longer follow-up before giving advice. Until then, the "
    "study found no harm in a daily walk for people whose doctors agree that it is safe.",
]


def _host(fmt: str):
    join = dup.news_hosts.__globals__["_join"]  # inject.py's own joiner
    if fmt == "html":
        head = "<html><head><title>Walking and knee pain</title></head><body><h1>"
        source, spans = join([(head, "Walking and knee pain", "</h1>")] + [("<p>", p, "</p>") for p in PARAGRAPHS], "\n")
    else:
        prefix = "# " if fmt == "markdown" else ""
        source, spans = join([(prefix, "Walking and knee pain", "")] + [("", p, "") for p in PARAGRAPHS], "\n\n")
    return dup.Host("health-news/walking", fmt, source, spans)


@pytest.mark.parametrize("fmt", dup.FORMATS)
@pytest.mark.parametrize("kind", [*dup.KINDS, dup.CONTROL_KIND])
def test_each_copy_is_where_its_span_says_and_the_host_comes_back(kind, fmt):
    host = _host(fmt)
    made = dup.make(kind, host, random.Random(3), SYNONYMS, ["In conclusion, "])
    assert made is not None
    source, start, end, snippet = made
    assert source[start:end] == snippet
    # (a sentence written again inside a paragraph leaves the space before it)
    assert "".join((source[:start] + source[end:]).split()) == "".join(host.source.split())


def test_spinning_swaps_words_outside_tags_and_entities_only():
    text, swapped = dup.spin('<a title="study">Study &amp; people</a> found', SYNONYMS, random.Random(1), rate=1.0)
    assert (text, swapped) == ('<a title="study">Trial &amp; individuals</a> observed', 3)
