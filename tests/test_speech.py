"""data/speech.toml and _speech.py: the one home of the verbs of saying and the titles of persons."""

import re

import pytest

from lint_med_core import _speech
from lint_med_core._data import load

USES = sorted(load("speech")["uses"])


@pytest.mark.parametrize("use", USES)
def test_each_rule_set_is_made_of_its_roles(use):
    data = load("speech")
    spec = data["uses"][use]
    role_words = {word for role in spec["roles"] for word in data[role]}
    words = _speech.words(use)
    assert words and len(words) == len(set(words))
    # what a set leaves out is in its roles, and what it adds is not already there
    assert set(spec.get("without", ())) <= role_words
    assert not set(spec.get("also", ())) & (role_words - set(spec.get("without", ())))
    assert set(words) == (role_words - set(spec.get("without", ()))) | set(spec.get("also", ()))


def test_alternation_matches_whole_phrases():
    pattern = re.compile(r"\b(?:" + _speech.alternation("news_reporting") + r")\b")
    assert pattern.search("the figures, according to the CDC")
    assert not pattern.search("accordingly to nobody")


def test_a_word_left_out_that_no_role_holds_is_an_error(monkeypatch):
    data = {"plain": ["said"], "uses": {"broken": {"roles": ["plain"], "without": ["sayeth"]}}}
    monkeypatch.setattr(_speech, "load", lambda name: data)
    _speech.words.cache_clear()
    try:
        with pytest.raises(ValueError, match="sayeth"):
            _speech.words("broken")
    finally:
        _speech.words.cache_clear()


def test_rule_sets_keep_their_differences():
    # gathered, not unified: LM701's indirect speech is not LM305's source speaker
    assert "insists" in _speech.words("indirect_speech") and "insists" not in _speech.words("source_speaker")
    assert "writes" in _speech.words("source_speaker") and "writes" not in _speech.words("indirect_speech")


@pytest.mark.parametrize("text, names", [
    ("Nissen says the drug works.", ["Nissen"]),
    ("It helps, said lead researcher Robert McCarthy of Ohio.", ["Robert"]),
    ("The pill works, he said.", [None]),
    ("Dr. Lee thinks so.", [None]),
    ("The pill works.", []),
    ("The drug works, notes Acme.", []),  # "notes" is not among LM501/LM602's verbs of a person
    # a role with its own modifiers, up to three lowercase words, before the name
    ("Little changes, says family sleep therapist Mara Lindqvist: \u201cWe see it.\u201d", ["Mara"]),
    ("About 40% of them, according to paediatric sleep specialist Omar Haddad.", ["Omar"]),
    ("It works, said local health officials Monday.", []),  # no role: officials are not a person
    ("It works, say many doctors In the north.", []),
])
def test_speakers_names_each_person_speaking(text, names):
    assert list(_speech.speakers(text)) == names


def test_person_says_leaves_out_words_that_name_no_one_and_populations():
    from lint_med_core._evidence import Evidence

    assert Evidence.person_says("Nissen says the drug works.")
    assert not Evidence.person_says("Most Americans said they took it.")
    assert not Evidence.person_says("Experts say it works.")
