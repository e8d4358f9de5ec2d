"""Front matter that does not parse: the Markdown body is still linted, and LM004 points at the line."""

import pytest

from lint_med import lint_text
from lint_med.config import parse_table

BODY = "\n# Low dose naltrexone\n\nStudies show it is safe and effective for everyone.\n"


def found(text, select=("LM004", "LM602")):
    config = parse_table({"select": list(select)}, None)
    return [(f.code, f.line, f.message) for f in lint_text(text, path="a.md", config=config)]


@pytest.mark.parametrize("front, line, reason", [
    ("---\ntitle: LDN: a guide\n---\n", 2, "mapping values are not allowed here"),  # an unquoted ": "
    ("---\ntitle: LDN\ndate: 2020-13-45\n---\n", 1, "month must be in 1..12"),  # YAML reads a timestamp
    ('+++\ntitle = "LDN"\ndate = 2020-13-45x\n+++\n', 3, ""),  # TOML names its line
    ("---\n- a list\n- not keys\n---\n", 1, "not a table of keys and values"),
])
def test_unreadable_front_matter_is_reported_and_the_body_still_linted(front, line, reason):
    findings = found(front + BODY)
    codes = [(code, at) for code, at, _ in findings]
    assert codes[0] == ("LM004", line)
    assert reason in findings[0][2] and "linted without its title" in findings[0][2]
    assert ("LM602", front.count("\n") + 4) in codes  # the body was read, at its own lines


def test_good_front_matter_gives_no_lm004():
    assert found('---\ntitle: "LDN: a guide"\ndate: 2024-12-05\n---\n' + BODY, select=("LM004",)) == []
