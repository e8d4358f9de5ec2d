"""The LDN pack on the real spammy SEO article (read from ../shared/seed, never copied)."""

import lint_med


def test_seed_ldn_findings(seed_source):
    findings = lint_med.lint_text(seed_source, path="seed.txt")
    drug = sorted((f.code, f.line) for f in findings if f.pack == "drugs")
    assert drug == [
        # the article never mentions precipitated withdrawal or the 7-10 day opioid-free period
        ("DRG203", 1),
        # "Low-dose naltrexone offers a safe, effective way to support recovery after alcohol detox."
        # and "... detox programmes sometimes include LDN as part of a personalised aftercare plan."
        ("DRG206", 12),
        ("DRG206", 12),
    ]
    withdrawal = next(f for f in findings if f.code == "DRG203")
    assert "withdrawal" in withdrawal.message
    assert all("50 mg" in f.message for f in findings if f.code == "DRG206")


def test_seed_has_no_regulatory_finding(seed_source):
    """The seed states the status correctly ("no FDA-approved use of LDN", "used off-label")."""
    findings = lint_med.lint_text(seed_source, path="seed.txt")
    assert [f for f in findings if f.category == "regulatory" or f.code == "LM911"] == []
