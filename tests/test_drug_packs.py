"""Drug packs: golden examples, dose parsing, activation, config, rule docs and the validate command."""

import textwrap

import pytest

import lint_med
from lint_med.config import ConfigError, parse_table
from lint_med.plugins import load_registry
from lint_med_drugs.__main__ import main as validate_main
from lint_med_drugs.examples import check_examples
from lint_med_drugs.model import BUILTIN_DIR, DrugPack, builtin_packs, negated, parse_quantities
from lint_med_drugs.schema import read_pack_data

PACKS = sorted(builtin_packs().values(), key=lambda p: p.id)


def _drg(text, config=None, path="article.md"):
    return [f for f in lint_med.lint_text(text, path=path, config=config) if f.code.startswith("DRG")]


def _config(tmp_path, drugs_table):
    return parse_table({"select": ["DRG"], "packs": {"drugs": drugs_table}}, tmp_path / "lint-med.toml")


@pytest.mark.parametrize("pack", PACKS, ids=[p.id for p in PACKS])
def test_every_example_in_the_pack_behaves(pack):
    assert check_examples(pack) == []


def test_a_wrong_example_is_reported():
    data = read_pack_data(BUILTIN_DIR / "ldn.toml")
    data["misinformation"][0]["examples_pass"].append("LDN is a treatment for opioid addiction.")
    data["indications"][0]["examples_fail"].append("LDN may help fibromyalgia in small trials.")
    problems = check_examples(DrugPack(data, "ldn.toml"))
    assert len(problems) == 2
    assert "misinformation[0] (addiction-treatment): example 'LDN is a treatment for opioid addiction.' " \
           "should pass but is flagged" in problems[0]


def test_every_fact_has_a_source_and_the_packs_cover_every_check():
    for pack in PACKS:
        for section in ("products", "mechanism", "misinformation", "indications"):
            for entry in pack.data.get(section, []):
                assert entry["sources"], (pack.id, section)
        assert pack.regimens and pack.route_conflicts and pack.safety_required and pack.contraindicated
        assert pack.forbidden and pack.mechanisms and pack.misinformation and pack.indications


@pytest.mark.parametrize("text, low, high, per_day", [
    ("4.5mg", 4.5, 4.5, 1.0),
    ("1 mg twice daily", 1.0, 1.0, 2.0),
    ("1.5 to 4.5 mg", 1.5, 4.5, 1.0),
    ("1.5-4.5 mg", 1.5, 4.5, 1.0),
    ("1.5 mg to 4.5 mg", 1.5, 4.5, 1.0),
    ("between 3 and 4.5 mg at night", 3.0, 4.5, 1.0),
    ("50 µg", 0.05, 0.05, 1.0),
    ("500 mcg", 0.5, 0.5, 1.0),
    ("2 micrograms", 0.002, 0.002, 1.0),
    ("1 g", 1000.0, 1000.0, 1.0),
    ("380 mg once a month", 380.0, 380.0, None),
    ("4.5 mg three times a day", 4.5, 4.5, 3.0),
])
def test_quantities_with_units(text, low, high, per_day):
    [quantity] = parse_quantities(text)
    assert (quantity.low_mg, quantity.high_mg, quantity.per_day_factor) == pytest.approx((low, high, per_day))


def test_weight_based_doses_and_plain_numbers():
    [quantity] = parse_quantities("0.5 mg/kg over 40 minutes")
    assert quantity.weight_based and quantity.low_mg == 0.5
    assert parse_quantities("after 6 weeks, 12 patients") == []


def test_negation_stays_in_its_clause():
    text = "LDN is not a cure, but LDN is FDA-approved for pain"
    assert not negated(text, text.index("LDN is FDA"), len(text))
    assert negated("LDN is not FDA-approved", 0, 23)


LDN_ARTICLE = textwrap.dedent("""\
    # Low-dose naltrexone

    LDN is prescribed off-label. {claim}

    Do not take LDN with opioid painkillers. LDN can cause sudden opioid withdrawal; be opioid-free for 7 to 10
    days first. After stopping naltrexone, a smaller opioid dose can cause an overdose.
    """)


def test_negated_regulatory_claim_is_not_flagged():
    assert _drg(LDN_ARTICLE.format(claim="LDN is not FDA-approved for fibromyalgia.")) == []
    [finding] = _drg(LDN_ARTICLE.format(claim="LDN is FDA-approved for fibromyalgia."))
    assert (finding.code, finding.line, finding.severity, finding.category) == ("DRG102", 3, "error", "regulatory")
    assert "Toljan" in finding.suggestion  # the finding names the pack's source


def test_findings_name_their_source_and_take_the_pack_severity():
    findings = _drg(LDN_ARTICLE.format(claim="LDN is addictive. LDN treats fibromyalgia."))
    by_code = {f.code: f for f in findings}
    assert set(by_code) == {"DRG205", "DRG206"}
    assert by_code["DRG206"].severity == "error" and "DailyMed" in by_code["DRG206"].suggestion
    assert by_code["DRG205"].severity == "warning" and "Bruun" in by_code["DRG205"].suggestion


def test_config_severity_overrides_the_pack():
    config = parse_table({"select": ["DRG"], "severity": {"DRG206": "info"}}, None)
    [finding] = _drg(LDN_ARTICLE.format(claim="LDN is addictive."), config=config)
    assert finding.severity == "info"


def test_a_pack_is_active_only_for_articles_about_its_drug(tmp_path):
    passing_mention = "# Sleep tips\n\nSome people ask about LDN. It is FDA-approved for nothing here, LDN cures cancer.\n"
    assert _drg(passing_mention) == []  # two mentions, not in the title: not about LDN
    enabled = _drg(passing_mention, config=_config(tmp_path, {"enable": ["ldn"]}))
    assert "DRG206" in {f.code for f in enabled}
    titled = "# LDN for sleep\n\nLDN cures cancer.\n"
    assert "DRG206" in {f.code for f in _drg(titled)}
    assert _drg(titled, config=_config(tmp_path, {"disable": ["ldn"]})) == []


@pytest.mark.parametrize("table, message", [
    ({"enable": ["semaglutide"]}, "packs.drugs.enable: unknown drug pack 'semaglutide' (known: ketamine, ldn)"),
    ({"disable": "ldn"}, "packs.drugs.disable: expected a list of strings, got 'ldn'"),
    ({"pack": ["ldn"]}, "packs.drugs.pack: unknown key (known: enabled, enable, disable, paths)"),
    ({"paths": ["missing.toml"]}, "packs.drugs.paths[0]: pack 'missing.toml' is invalid"),
])
def test_bad_pack_config_names_file_and_key(tmp_path, table, message):
    with pytest.raises(ConfigError) as caught:
        lint_med.lint_text("# LDN\n", config=_config(tmp_path, table))
    assert str(caught.value).startswith(f"{tmp_path / 'lint-med.toml'}: ")
    assert message in str(caught.value)


def test_extra_pack_from_config_paths_is_relative_to_the_config_file(tmp_path):
    text = (BUILTIN_DIR / "ldn.toml").read_text(encoding="utf-8").replace('id = "ldn"', 'id = "ldn-local"', 1)
    (tmp_path / "my-packs").mkdir()
    (tmp_path / "my-packs" / "local.toml").write_text(text, encoding="utf-8")
    config = _config(tmp_path, {"paths": ["my-packs/local.toml"], "disable": ["ldn"]})
    findings = _drg("# LDN\n\nLDN cures cancer.\n", config=config)
    assert [f.code for f in findings if f.code == "DRG206"] == ["DRG206"]
    assert "ldn-local pack" in next(f for f in findings if f.code == "DRG206").suggestion


def test_rule_docs_list_the_sources_of_the_loaded_packs(capsys):
    from lint_med.cli import main

    registry = load_registry()
    for code in ("DRG101", "DRG102", "DRG103", "DRG201", "DRG202", "DRG203", "DRG204", "DRG205", "DRG206", "DRG207"):
        assert "## Pack sources" in registry.rules[code].doc, code
    assert main(["rule", "DRG205"]) == 0
    out = capsys.readouterr().out
    assert "Bruun KD" in out and "Cochrane" in out and "Zarate CA" in out


def test_vocabulary_is_registered_under_the_drug_name():
    vocabulary = load_registry().vocabulary
    assert {"ldn", "low-dose naltrexone", "endorphins"} <= set(vocabulary["naltrexone"])
    assert "esketamine" in vocabulary["ketamine"]


def test_validate_command(tmp_path, capsys):
    assert validate_main(["validate"]) == 0
    assert "ldn.toml: ok" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text((BUILTIN_DIR / "ldn.toml").read_text().replace("max = 6", "max = 0.1", 1), encoding="utf-8")
    assert validate_main(["validate", str(bad)]) == 1
    assert "dosing.regimens[0].min: 0.5 is above max 0.1" in capsys.readouterr().err


def test_a_safety_statement_split_over_two_sentences_counts():
    article = ("# Low-dose naltrexone after opioid detox\n\nLDN is used off-label. Do not take LDN with opioids: it can cause "
               "sudden opioid withdrawal.\n\n{}\n")
    split = "After you stop LDN, your body reacts more to opioids. Taking them then can cause an overdose."
    far_apart = "After you stop LDN, your body reacts more to opioids. LDN is a small tablet. Taking them can cause an overdose."
    missing = "overdose"

    def reported(text):
        findings = lint_med.lint_text(article.format(text), path="a.md")
        return [f for f in findings if f.code == "DRG203" and missing in f.message]

    assert not reported(split)
    assert reported(far_apart)


LDN_BASE = ("# Low-dose naltrexone {use}\n\nLDN is used off-label. {body}\n\n"
            "Do not take LDN with opioids: it can cause sudden opioid withdrawal.\n")


def _safety(text):
    return [f for f in lint_med.lint_text(text, path="a.md") if f.code == "DRG203"]


def test_the_overdose_warning_is_required_only_where_the_use_is_addiction_treatment():
    pain = LDN_BASE.format(use="for fibromyalgia", body="LDN may ease fibromyalgia pain for some people.")
    contrast = LDN_BASE.format(use="for fibromyalgia", body="Unlike the 50 mg tablets approved for alcohol "
                                                           "dependence, LDN is a tiny dose.")
    recovery = LDN_BASE.format(use="after detox", body="Some clinics offer LDN to support recovery after "
                                                       "alcohol detox.")
    assert _safety(pain) == [] and _safety(contrast) == []
    found = _safety(recovery)
    assert len(found) == 1 and "overdose" in found[0].message


def test_missing_safety_statements_are_one_finding_that_lists_them():
    found = _safety("# Low-dose naltrexone after detox\n\nLDN is used off-label to support recovery "
                    "from opioid addiction.\n")
    assert len(found) == 1
    message = found[0].message
    assert "(1)" in message and "(2)" in message and "(3)" in message
    assert "opioids" in message and "withdrawal" in message and "overdose" in message


def test_a_when_condition_is_validated_and_its_examples_run(tmp_path):
    text = (BUILTIN_DIR / "ldn.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("[safety.required.when]\nany_of", "[safety.required.when]\nanyof", 1),
                   encoding="utf-8")
    with pytest.raises(Exception) as raised:
        read_pack_data(bad)
    assert "safety.required[2].when.anyof: unknown key" in str(raised.value)
    data = read_pack_data(BUILTIN_DIR / "ldn.toml")
    data["safety"]["required"][2]["when"]["examples_no_match"].append("LDN can support recovery after alcohol detox.")
    problems = check_examples(DrugPack(data, "ldn.toml"))
    assert len(problems) == 1 and "should not make the statement required" in problems[0]
