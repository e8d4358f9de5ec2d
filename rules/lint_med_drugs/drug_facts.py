"""Drug-pack checks on facts: doses, routes, safety statements, combinations, evidence, myths, mechanism."""

from __future__ import annotations

from lint_med import Hit, rule

from .activation import active_packs, memo, pack_sentences
from .regulatory import all_sentences, forbidden_claims


@rule("DRG201", "drug-dose-out-of-range", category="drug-facts", severity="warning")
def drug_dose_out_of_range(doc, options):
    """A dose is outside the range of the regimen the sentence presents it as.

    ## What it does
    Parses quantities with units (mg, mcg, µg, micrograms, g, mg/kg; "4.5mg",
    "1 mg twice daily", "1.5 to 4.5 mg", "1.5-4.5 mg") in sentences that use a
    regimen's wording from the pack (`dosing.regimens[].context`, e.g. "LDN",
    "low dose"). A dose (for daily regimens the daily total: "1 mg twice
    daily" = 2 mg a day) that fits none of the regimens the sentence names is
    reported against the nearest one. The strength of an approved product
    ("the 50 mg tablet") is not a dose claim; doses given weekly or monthly are
    left to DRG202.

    ## Why is this bad?
    A "low dose" of 50 mg is the full addiction dose; readers copying a wrong
    number may take ten times the intended amount.

    ## Example
        A low dose of 50 mg naltrexone is taken at bedtime.

    ## Use instead
        LDN is usually 1.5 to 4.5 mg at bedtime [1].

    ## References
    - The pack's sources for each regimen (listed below).
    """
    for pack in active_packs(doc, options.pack):
        for sentence in pack_sentences(doc, pack, headings=False):
            for hit in pack.dose_hits(sentence.text):
                yield Hit(sentence, f"{hit.detail}", span=(hit.start, hit.end),
                          suggestion=f"Check the dose against the regimen it is presented as. {pack.cite(hit.entry)}")


@rule("DRG202", "drug-route-conflict", category="drug-facts", severity="warning")
def drug_route_conflict(doc, options):
    """A route or frequency is given for a regimen that belongs to another product.

    ## What it does
    In sentences using a regimen's wording, matches the pack's
    `dosing.route_conflicts` patterns (e.g. LDN "injected", "given once a
    month", which belong to extended-release naltrexone, Vivitrol). A sentence
    that draws the contrast ("unlike Vivitrol injections, LDN ...") or denies
    it is not flagged.

    ## Why is this bad?
    Mixing up products leads readers to ask for the wrong medicine or believe
    a monthly shot is a low-dose treatment.

    ## Example
        LDN is given as an injection once a month.

    ## Use instead
        LDN is taken by mouth once a day; the monthly injection is a different,
        full-strength product (Vivitrol).

    ## References
    - The pack's sources for each product's route and frequency (listed below).
    """
    for pack in active_packs(doc, options.pack):
        for sentence in pack_sentences(doc, pack, headings=False):
            for hit in pack.route_conflict_hits(sentence.text):
                yield Hit(sentence, f"{hit.entry['message']} (this belongs to {hit.entry['belongs_to']})",
                          span=(hit.start, hit.end), suggestion=pack.cite(hit.entry))


@rule("DRG203", "drug-safety-statement-missing", category="drug-facts", severity="warning")
def drug_safety_statement_missing(doc, options):
    """An article about a drug lacks a safety statement its label makes essential.

    ## What it does
    For each active pack, each `safety.required` entry that applies to the
    article must be met by at least one sentence, or two consecutive sentences
    (writers often split a warning: "After you stop naltrexone, opioids affect
    you more. Taking them then can cause an overdose."): one of its `any_of`
    patterns together with one of its `near` patterns (when given). An entry
    with a `when` condition applies only when the article presents one of
    those uses of the drug (LDN's "overdose after stopping" warning belongs to
    articles about opioid or alcohol dependence, not to LDN for fibromyalgia).
    The missing statements of a pack are reported as one finding that lists
    them, for the whole document, at the highest severity among them.

    ## Why is this bad?
    Some warnings hold at any dose: naltrexone blocks opioid painkillers,
    precipitates withdrawal in people taking opioids, and leaves people
    vulnerable to overdose if they take opioids after stopping it. An article
    that omits them can lead to real harm (DISCERN Q11, HealthNewsReview
    "harms").

    ## Example
    An LDN article that never says to avoid opioids or mentions withdrawal.

    ## Use instead
        Do not take LDN with opioid painkillers: it blocks them and can cause
        sudden withdrawal; you need to be opioid-free for 7 to 10 days first.

    ## References
    - The pack's sources for each statement (listed below).
    """
    severities = ("info", "warning", "error")
    for pack in active_packs(doc, options.pack):
        # A known false claim ("ketamine has no risk of addiction") does not make the statement.
        # A known false claim ("LDN helps recovery from addiction") still presents a use.
        myths = {id(sentence) for sentence, _ in misinformation(doc, pack)}
        every = list(all_sentences(doc))
        sentences = [s.text for s in every if id(s) not in myths]
        windows = sentences + [f"{first} {second}" for first, second in zip(sentences, sentences[1:])]
        missing = [entry for entry in pack.safety_required
                   if pack.safety_applies(entry, [s.text for s in every])
                   and not any(pack.safety_statement_present(entry, text) for text in windows)]
        if not missing:
            continue
        listed = "; ".join(f"({n}) {entry['statement']}" for n, entry in enumerate(missing, 1)) \
            if len(missing) > 1 else missing[0]["statement"]
        noun = "statements" if len(missing) > 1 else "statement"
        severity = max((entry.get("severity", "warning") for entry in missing), key=severities.index)
        sources = {"sources": list(dict.fromkeys(i for entry in missing for i in entry["sources"]))}
        yield Hit(None, f"{pack.drug}: missing safety {noun}: {listed}", severity=severity,
                  suggestion=pack.cite(sources))


@rule("DRG204", "drug-unsafe-combination", category="drug-facts", severity="error")
def drug_unsafe_combination(doc, options):
    """A sentence presents a contraindicated combination as safe.

    ## What it does
    Flags sentences that name the drug and a member of one of the pack's
    `safety.contraindicated` groups (e.g. opioids for naltrexone) with wording
    that presents them as fine together ("safe to take with", "alongside",
    "can be combined with"). Sentences with warning words (avoid, never, risk,
    withdrawal) are never flagged.

    ## Why is this bad?
    Contraindications come from the label; telling readers a contraindicated
    combination is fine invites harm (e.g. precipitated opioid withdrawal).

    ## Example
        You can safely take LDN alongside your oxycodone.

    ## Use instead
        Do not take LDN with oxycodone or other opioids.

    ## References
    - The pack's sources for each contraindication (listed below).
    """
    for pack in active_packs(doc, options.pack):
        for sentence in pack_sentences(doc, pack, headings=False):
            for hit in pack.unsafe_combination_hits(sentence.text):
                yield Hit(sentence, hit.entry["message"], span=(hit.start, hit.end), suggestion=pack.cite(hit.entry))


@rule("DRG205", "drug-evidence-overstated", category="drug-facts", severity="warning")
def drug_evidence_overstated(doc, options):
    """An efficacy claim states as fact what the evidence supports only weakly.

    ## What it does
    Flags sentences that name the drug and a condition the pack records with
    evidence `limited`, `mixed` or `investigational` (`indications`), with an
    efficacy verb stated as fact ("treats", "cures", "relieves", "is an
    effective treatment for") and no hedge ("may", "small trials", "studies
    suggest", "researchers"). Denied or debunked claims are not flagged.

    ## Why is this bad?
    Stating weak evidence as established fact is the overclaim the FTC and
    HealthNewsReview ("quality of evidence") warn about; readers may give up
    proven treatment.

    ## Example
        LDN treats fibromyalgia pain.

    ## Use instead
        LDN may ease fibromyalgia pain for some people, but trials are small and
        their results mixed [1].

    ## References
    - FTC Health Products Compliance Guidance (2022).
    - The pack's sources for each condition's evidence (listed below).
    """
    for pack in active_packs(doc, options.pack):
        myths = {id(sentence) for sentence, _ in misinformation(doc, pack)}
        myths |= {id(sentence) for sentence, _ in forbidden_claims(doc, pack)}
        for sentence in pack_sentences(doc, pack, headings=False):
            if id(sentence) in myths:
                continue  # DRG206/DRG102 report a known false claim; one finding is enough
            for hit in pack.overstated_hits(sentence.text):
                entry = hit.entry
                yield Hit(sentence, f"{pack.drug} for {entry['condition']} stated as established fact; "
                                    f"the evidence is {entry['evidence']}: {entry['summary']}",
                          span=(hit.start, hit.end),
                          suggestion=f"Hedge the claim (\"may help\", \"in small trials\") and cite a study. "
                                     f"{pack.cite(entry)}")


@rule("DRG206", "drug-misinformation", category="drug-facts", severity="error")
def drug_misinformation(doc, options):
    """A sentence repeats a known false claim about the drug.

    ## What it does
    Matches each active pack's `misinformation` patterns (e.g. "LDN cures
    cancer", "LDN is a treatment for alcohol addiction", "LDN is addictive",
    "LDN has no side effects") in every sentence. A claim denied in its own
    clause or reported as a myth ("some websites claim ...") is not flagged.

    ## Why is this bad?
    These claims circulate widely and are false or unsupported according to
    the label and reviews the pack cites.

    ## Example
        Low-dose naltrexone is an effective treatment for alcohol addiction.

    ## Use instead
        Naltrexone is approved for alcohol dependence at 50 mg a day; low doses
        have not been shown to help.

    ## References
    - The pack's sources for each claim (listed below).
    """
    for pack in active_packs(doc, options.pack):
        for sentence, hit in misinformation(doc, pack):
            entry = hit.entry
            yield Hit(sentence, entry["message"], span=(hit.start, hit.end), severity=entry.get("severity"),
                      suggestion=pack.cite(entry))


def misinformation(doc, pack) -> list:
    """(sentence, hit) for each known false claim of the pack, computed once per document."""
    return memo(doc, pack, "misinformation", lambda: [
        (sentence, hit) for sentence in pack_sentences(doc, pack) for hit in pack.misinformation_claims(sentence.text)])


@rule("DRG207", "drug-mechanism-contradiction", category="drug-facts", severity="warning")
def drug_mechanism_contradiction(doc, options):
    """The article both asserts and denies the same mechanism statement.

    ## What it does
    For each `mechanism` entry of an active pack, classifies sentences as
    asserting it (`assert` pattern, not negated) or denying it (`negate`
    pattern). When both occur, reports the first sentence that contradicts an
    earlier one, naming that line.

    ## Why is this bad?
    Contradictions (LDN "blocks opioid receptors" and "has no effect on opioid
    receptors") show spun or stitched-together content and leave readers with
    no correct picture.

    ## Example
        LDN briefly blocks opioid receptors. ... LDN does not act on opioid
        receptors at all.

    ## Use instead
    One consistent account: LDN blocks opioid receptors for a few hours, after
    which the body makes more endorphins.

    ## References
    - The pack's sources for each mechanism statement (listed below).
    """
    for pack in active_packs(doc, options.pack):
        first_side: dict[str, tuple[str, object]] = {}
        reported = set()
        for sentence in doc.sentences:
            for entry, side, start, end in pack.mechanism_sides(sentence.text):
                key = entry["id"]
                if key not in first_side:
                    first_side[key] = (side, sentence)
                    continue
                earlier_side, earlier = first_side[key]
                if side != earlier_side and key not in reported:
                    reported.add(key)
                    line = doc.line_col(earlier.source_span()[0])[0]
                    yield Hit(sentence, f"contradicts line {line} on {entry['statement']}",
                              span=(start, end), suggestion=pack.cite(entry))
