"""Whose health a page is about: a person's, or an animal's in its owner's care (session 16, vet41).

A page whose patient is an animal (a dog's dose per kilogram, "your pet", a veterinary clinic or pharmacy) speaks to
the animal's owner, and its clinician is the veterinarian. The labels read a pet's health as health, so the property
exempts no page from any rule; it tells LM901 who the patient and the clinician are: "ask your vet" and "if your dog
..., take it to the vet" are advice, "not a substitute for veterinary advice" and "always consult your veterinarian"
are disclaimers (`data/disclaimer_patterns.toml`, `[animal]`). Words in `data/animal_patient.toml`, in every
language the corpus has.
"""

from __future__ import annotations

import functools
import re

from lint_med import per_document

from ._data import load
from ._evidence import lowered_body
from ._language import language
from ._voice import VOICE_SAMPLE_CHARS


def _whole(words) -> re.Pattern:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@functools.lru_cache(maxsize=1)
def _lists() -> tuple[dict, tuple[str, ...], re.Pattern, re.Pattern, re.Pattern, int]:
    data = load("animal_patient")
    return (data["vet_stems_by_language"], tuple(data["vet_stems"]), _whole(data["animals"]),
            _whole(data["not_animals"]), _whole(data["vets"]), int(data["min_animals"]))


@per_document
def animal_patient(doc) -> bool:
    """Whether the page's patient is an animal: its opening names a veterinarian and names animals at least
    `min_animals` times (a scan or a food named like one aside: "PET scan", "hot dog")."""
    opening = lowered_body(doc)[:VOICE_SAMPLE_CHARS]
    by_language, stems, animals, not_animals, vets, least = _lists()
    if not any(map(opening.__contains__, by_language.get(language(doc), stems))):
        return False  # a few substring tests in C: most pages name no veterinarian
    if vets.search(opening) is None:
        return False
    return len(animals.findall(opening)) - len(not_animals.findall(opening)) >= least
