"""LM203: blocks of a page that are not the article, told by their form in any trade and language: a
business's opening hours or a timetable naming it with a phone (two clock times are a sign of the
business's notice), a chatbot's reply pasted whole around the paragraph it wrote, a defacer's banner. A
clinic's hours that name the article's subject, a story about a chatbot or a hacked hospital told in
sentences are not reported. Our own sentences."""

import pytest

from test_core_business_credit import _found  # the flu-vaccine story, a block planted in it, LM202/LM203 on its lines


@pytest.mark.parametrize("block", [
    # opening hours in languages the business's own words do not tell apart (no pitch word read)
    "Quenby Saddlery: Llun i Gwener 8:30–17:30, Sadwrn 9:00–12:00. Ffoniwch 01632 960 415.",
    "Marrowick Kayak Hire: Mmanda–Lwakutaano 9.00–18.00. Tukubire ku 0161 496 0733.",
    "Tolvane Piano Tuning — ma–vr 10:00–17:00, za 10:00–14:00, bel 020 555 0199.",
    # a timetable with the business's slot
    "06:00 Uudised · 09:00 Hommik · 11:00 Muusika koos Brackmoor Scaffolding, helista 0113 496 0872 · 13:00 Uudised",
])
def test_a_business_notice_with_hours_and_a_phone_is_reported(block):
    assert _found(block)


@pytest.mark.parametrize("block", [
    "Sure! Here is a short paragraph that mentions Harlow Glazing:\n\nA bright conservatory is a lovely place to "
    "relax, and Harlow Glazing (https://harlowglazing.example/conservatories) fits them in a week.\n\n"
    "Let me know if you would like me to make it more casual!",
    "As requested, I have included the keyword with a link:\n\nMany families in Ghent spend Sunday at "
    "[Vosselaar Karting](https://vosselaar-karting.example) where laps start at €12.\n\n"
    "Feel free to tweak the wording so it reads naturally.",
])
def test_a_chatbots_reply_left_in_the_text_is_reported(block):
    path = "a.md" if "](" in block else "a.txt"
    assert _found(block, path)


@pytest.mark.parametrize("block", [
    "PWNED BY d4rk_m0th\n\nFix your site, admin.\n\nGreetz to the crew",
    "Defaced by l0rd_byte\n\nYour security is low. Contact: https://cheap-scaffold-hire.example",
])
def test_a_defacers_banner_is_reported(block):
    assert _found(block, "a.md")


@pytest.mark.parametrize("block", [
    # the article's own clinic: its hours name the subject (the vaccine) and tie the line to the article
    "Flu vaccine clinics at Quenby Health Centre: Monday to Friday 9:00–17:00. Call 01632 960 415 to book the spray.",
    # one clock time is an appointment, not a listing of hours
    "Nurses at the Brackmoor clinic started at 8:30 and said the spray saved time.",
    # a story about a chatbot, or a hack, told in sentences
    "Researchers said some parents asked a chatbot for advice, and its answers often ended with an offer to "
    "rewrite them, which the team counted as a sign of automated replies rather than advice from nurses.",
    "Last year the county's booking system was hacked by a criminal group, and nurses kept paper lists of the "
    "children who had received the spray until the system returned.",
])
def test_the_articles_own_lines_are_not_reported(block):
    assert not _found(block)
