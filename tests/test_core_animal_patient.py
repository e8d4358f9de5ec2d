"""A page whose patient is an animal (session 16, vet41): the owner is the reader, the veterinarian the clinician.

Both labellers of set 18 read a pet's health as health, so the property (`_animal.animal_patient`) exempts a page from
no rule: on such a page LM901 counts "ask your vet", "take her to the vet" and "Give your dog ..." as advice, and "not a
substitute for veterinary advice" or "always consult your veterinarian" as the disclaimer. Every sentence is our own;
the German and Spanish pages are of a kind (a veterinary page in that language) no labelled page has. Beside them, the
near misses of the same session: the aim of a check ("vets can ensure that it is safe for your dog"), a practice of
a group ("most vets recommend a yearly test before prescribing"), a remedy's popularity ("a popular remedy").
"""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table
from lint_med.parsers.text import parse
from lint_med_core._animal import animal_patient

# Animal health prose that advises no one (no marker of LM901's lists): ear infections in dogs, described.
PET = " ".join(["Ear infections in dogs cause itching, head shaking and a smell, and the vet looks into the ear canal "
                "to find the cause of the infection before any treatment."] * 8)
# The same for a person (a human page never calls its clinician a vet).
HUMAN = " ".join(["Ear infections in adults cause pain, pressure and a dull hearing, and the doctor looks into the ear "
                  "canal to find the cause of the infection before any treatment."] * 8)


def lint(text, codes=("LM901",)):
    config = parse_table({"select": list(codes)}, None)
    return [f.code for f in lint_text(text, path="a.txt", config=config)]


@pytest.mark.parametrize("text, animal", [
    (PET, True),
    (HUMAN, False),
    # a PET scan names no animal; a dog named in passing makes no animal the patient
    ("The PET scan showed the tumour had shrunk. " * 3 + "After the scan she walked her dog in the park. " + HUMAN, False),
    # German and Spanish veterinary pages (no labelled page is one)
    ("Wenn Ihr Hund sich ständig kratzt, sollte der Tierarzt die Haut ansehen. Hunde mit Allergien und Katzen mit "
     "Flöhen kratzen sich oft. Manche Hunde lecken die Pfoten wund. " * 2, True),
    ("Si su perro se rasca sin parar, el veterinario debe revisar la piel. Los perros con alergia y los gatos con "
     "pulgas se rascan a menudo. " * 2, True),
    ("Jika kucing Anda muntah terus, periksakan ke dokter hewan. Kucing yang muntah bisa kekurangan cairan, dan "
     "kucing tua lebih cepat lemah. " * 2, True),
])
def test_whose_health_the_page_is_about(text, animal):
    assert animal_patient(parse(text, "a.txt", {})) == animal


@pytest.mark.parametrize("sentence", [
    "Ask your vet before you start any flea treatment.",
    "Call your veterinarian if the swelling spreads.",
    "If your dog keeps shaking its head, take it to the vet.",
    "Never give your dog ibuprofen or paracetamol.",
])
def test_advice_to_the_owner_is_advice(sentence):
    assert lint(f"Ear infections in dogs\n\n{PET} {sentence}\n") == ["LM901"]
    assert lint(f"Ear infections in dogs\n\n{PET}\n") == []  # the prose alone advises no one


@pytest.mark.parametrize("sentence", [
    "The vet may take a swab from the ear to grow the germs.",
    "Most vets recommend an annual test before prescribing a preventive.",  # a practice among vets, reported
    "By requiring a prescription, vets can ensure that the medicine is safe for your dog.",  # the aim of a check
    "Vinegar has become a popular natural remedy for dog owners.",  # how others use it
])
def test_what_describes_the_care_of_an_animal_advises_no_one(sentence):
    assert lint(f"Ear infections in dogs\n\n{PET} {sentence}\n") == []


@pytest.mark.parametrize("disclaimer", [
    "This page is for general information and is not a substitute for professional veterinary advice.",
    "Always consult your veterinarian.",
    "Nothing here replaces a visit to your vet.",
])
def test_a_veterinary_disclaimer_counts_on_an_animal_page(disclaimer):
    advice = "Ask your vet before you start any flea treatment."
    assert lint(f"Ear infections in dogs\n\n{PET} {advice} {disclaimer}\n") == []


def test_a_spanish_veterinary_page_with_its_disclaimer():
    page = ("Otitis en perros\n\n" + "La otitis en perros causa picor y mal olor, y el veterinario revisa el oído para "
            "saber la causa de la infección antes del tratamiento y de la dosis. " * 6
            + "Si su perro se rasca la oreja, aplique las gotas dos veces al día durante una semana.\n")
    assert lint(page) == ["LM901"]
    assert lint(page + "\nEste artículo no sustituye la consulta con su veterinario.\n") == []


@pytest.mark.parametrize("sentence, claim", [
    ("Blood testing ensures that the dose is right, the pet is not infected, and there are no adverse effects.", False),
    ("Vets check that the tablets suit your dog and that they will not interact with any other medications.", False),
    ("Our chews have no side effects and will not interact with any other medications.", True),
])
def test_the_aim_of_a_check_is_no_promise(sentence, claim):
    assert ("LM701" in lint(f"Heartworm in dogs\n\n{PET} {sentence}\n", codes=("LM701",))) == claim


def test_every_veterinary_word_holds_a_stem_of_the_literal_test():
    from lint_med_core._data import load
    data = load("animal_patient")
    assert all(any(stem in word for stem in data["vet_stems"]) for word in data["vets"])
    for code, stems in data["vet_stems_by_language"].items():
        assert set(stems) <= set(data["vet_stems"]), code
