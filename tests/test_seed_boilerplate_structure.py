"""Boilerplate (LM401-LM404) and structure (LM302-LM305) rules on the real spammy SEO seed.

The seed is read from ../shared/seed (never copied into the project); the test skips
when it is absent.
"""

import lint_med

CODES = ("LM302", "LM303", "LM304", "LM305", "LM401", "LM402", "LM403", "LM404")


def _mine(seed_source):
    findings = lint_med.lint_text(seed_source, path="seed.txt")
    return [f for f in findings if f.code in CODES]


def test_seed_boilerplate_and_structure_findings_are_exactly_these(seed_source):
    found = sorted((f.code, f.line) for f in _mine(seed_source))
    assert found == [
        ("LM401", 3),   # "• Bagikan" (Indonesian "Share")
        ("LM401", 51),  # "• Bagikan" again, "Tinggalkan Balasan" (Leave a Reply) and "Alamat email Anda
                        # tidak akan dipublikasikan...": adjacent leftovers, one finding over lines 51-55
        ("LM402", 29),  # "low dose naltrexone side effects", an empty keyword heading: LM402, not LM302
        ("LM402", 37),  # the same keyword heading again
        ("LM403", 27),  # "cases naltrexone side effects of opioid overdose"
        ("LM403", 39),  # "as revealed per what is alcoholism incidental ..."
        ("LM404", 39),  # "as revealed per"
        ("LM404", 39),  # "stands published"
    ]


def test_seed_messages_name_what_was_found(seed_source):
    messages = {(f.code, f.line, f.message) for f in _mine(seed_source)}
    text = "\n".join(m for _, _, m in messages)
    assert '"naltrexone side effects"' in text and '"what is alcoholism"' in text
    assert 'probably a rewording of "has been published"' in text
    assert 'probably a rewording of "as reported in"' in text
    assert any(code == "LM401" and line == 51 and "\"Tinggalkan Balasan\" (Indonesian" in m for code, line, m in messages)
    assert [(f.line, f.end_line) for f in _mine(seed_source) if f.code == "LM401"] == [(3, 3), (51, 55)]


def test_seed_structure_rules_stay_silent_by_design(seed_source):
    """Plain text carries no author or date fields (LM303/LM304 never report .txt), and the
    seed's dangling citation numbers are LM601's finding, so LM305 does not repeat it."""
    findings = lint_med.lint_text(seed_source, path="seed.txt")
    assert not [f for f in findings if f.code in ("LM302", "LM303", "LM304", "LM305")]
    assert any(f.code == "LM601" for f in findings) or not _citations_pack_present()


def _citations_pack_present():
    from lint_med.plugins import load_registry

    return "LM601" in load_registry().rules
