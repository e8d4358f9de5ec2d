"""A drug pack with a mistake fails to load with a message naming the file, the line and the key."""

import re
from pathlib import Path

import pytest

from lint_med_drugs.model import BUILTIN_DIR
from lint_med_drugs.schema import PackError, locate, read_pack_data

LDN = (BUILTIN_DIR / "ldn.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        read_pack_data(_write(tmp_path, text))
    return caught.value.errors


def _line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


def test_the_built_in_packs_load():
    for path in BUILTIN_DIR.glob("*.toml"):
        assert read_pack_data(path)["schema_version"] == 1


def test_unknown_key_names_file_line_and_key(tmp_path):
    text = LDN.replace('min_mentions = 3\n', 'min_mentions = 3\nnicknames = ["ldn"]\n')
    [error] = _errors(tmp_path, text)
    assert error.startswith(f"broken.toml:{_line_of(text, 'nicknames =')}: names.nicknames: unknown key")


def test_bad_unit(tmp_path):
    needle = 'unit = "mg"\nper = "day"\ntypical'
    text = LDN.replace(needle, needle.replace('"mg"', '"mgs"'), 1)
    [error] = _errors(tmp_path, text)
    line = _line_of(text, 'unit = "mgs"')
    assert error == f"broken.toml:{line}: dosing.regimens[0].unit: 'mgs' is not one of mg, mcg, g, mg/kg"


def test_min_above_max(tmp_path):
    text = LDN.replace("min = 0.5\nmax = 6\n", "min = 6\nmax = 4.5\n", 1)
    errors = _errors(tmp_path, text)
    line = _line_of(text, "min = 6")
    assert f"broken.toml:{line}: dosing.regimens[0].min: 6 is above max 4.5" in errors


def test_regex_that_does_not_compile(tmp_path):
    text = LDN.replace(r"aliases = [" + "\n  '\\bLDN\\b',", "aliases = [\n  '\\bLDN(\\b',", 1)
    assert text != LDN
    [error] = _errors(tmp_path, text)
    assert re.match(rf"broken\.toml:{_line_of(text, 'LDN(')}: names\.aliases\[0\]: regular expression does not "
                    r"compile: missing \)", error), error


def test_unknown_source_id(tmp_path):
    text = LDN.replace('sources = ["vivitrol-pi"]\n', 'sources = ["vivitrol-label"]\n', 1)
    [error] = _errors(tmp_path, text)
    line = _line_of(text, '"vivitrol-label"')
    assert error == f"broken.toml:{line}: products[1].sources: unknown source id 'vivitrol-label' (not in [sources])"


def test_missing_required_key(tmp_path):
    text = LDN.replace('evidence = "mixed"\n', "", 1)
    [error] = _errors(tmp_path, text)
    header = _line_of(text, "[[indications]]")  # a missing key is reported at its table's header
    assert error == f"broken.toml:{header}: indications[0].evidence: missing required key"


def test_wrong_type_and_unknown_enum(tmp_path):
    text = LDN.replace('product_class = "rx_drug"', 'product_class = "prescription"').replace(
        "min_mentions = 3", 'min_mentions = "three"')
    errors = _errors(tmp_path, text)
    assert any("product_class: 'prescription' is not one of rx_drug, otc_drug, supplement, device" in e for e in errors)
    assert any(f":{_line_of(text, 'min_mentions = ')}: names.min_mentions: expected an integer" in e for e in errors)


def test_unsupported_schema_version(tmp_path):
    errors = _errors(tmp_path, LDN.replace("schema_version = 1", "schema_version = 2"))
    assert errors == ["broken.toml:4: schema_version: 2 is not supported (this lint-med reads version 1)"]


def test_every_mistake_is_reported_at_once(tmp_path):
    text = LDN.replace("min = 0.5\nmax = 6\n", "min = 6\nmax = 4.5\n", 1).replace(
        'sources = ["vivitrol-pi"]\n', 'sources = ["nope"]\n', 1)
    errors = _errors(tmp_path, text)
    assert any("dosing.regimens[0].min: 6 is above max 4.5" in e for e in errors)
    assert any("products[1].sources: unknown source id 'nope'" in e for e in errors)
    assert any("dosing.regimens[0].typical[0]: 1.5 is outside min 6 .. max 4.5" in e for e in errors)


def test_invalid_toml(tmp_path):
    [error] = _errors(tmp_path, "id = \n")
    assert error.startswith(f"{tmp_path / 'broken.toml'}: not valid TOML")


def test_locate_follows_arrays_of_tables():
    text = "[a]\nx = 1\n\n[[a.b]]\nk = 1\n\n[[a.b]]\nj = 2\nk = 3\n"
    assert locate(text, ("a", "x")) == 2
    assert locate(text, ("a", "b", 1, "k")) == 9
    assert locate(text, ("a", "b", 1)) == 7
