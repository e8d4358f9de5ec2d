"""LM105: a seller's keyphrase (a product and its market) glued into a sentence (_market_keyphrase)."""
from lint_med import lint_text


def _lm105(text):
    return [f for f in lint_text(text, "page.txt") if f.code == "LM105"]


def test_repeated_keyphrase_where_grammar_breaks():
    text = ("Abortion Pills in Qatar\n\nMany cannot reach a doctor. They end the pregnancy in a clinic or "
            "Abortion Pills in Qatar practice, the doctors said.\n\nCounselling is required by Abortion Pills in Qatar. "
            "It takes time.\n")
    assert any("Abortion Pills in Qatar" in f.message for f in _lm105(text))


def test_keyphrase_glued_to_next_word():
    text = "How it works\n\nWe explain it.\n\nMedication Weight Loss Injections in UKmeans a weekly dose. Ask first.\n"
    assert any("UKmeans" in f.message for f in _lm105(text))


def test_other_language_keyphrase():
    text = ("Texto\n\nLa clínica ofrece Pastillas abortivas en Mexico para todas. El grupo Pastillas abortivas en "
            "Mexico ayuda.\n")
    assert _lm105(text)


def test_names_and_plain_prose_are_not_keyphrases():
    for text in (
        "News\n\nThe board said the unit met Weight Loss Injections in Dubai rules last year. Officials agreed.\n",
        "News\n\nSales of Ozempic pills in Canada rose. Ozempic pills in Canada cost more than in the US.\n",
        "News\n\nShe visited the Boots Pharmacy in London twice. The Boots Pharmacy in London closed.\n",
        "Diet pills\n\nText here. Diet Pills in Canada are regulated. Diet Pills in Canada must be licensed.\n",
        "News\n\nDoctors say abortion pills in Qatar are scarce. Abortion pills in Qatar cost more.\n",
    ):
        assert not _lm105(text), text
