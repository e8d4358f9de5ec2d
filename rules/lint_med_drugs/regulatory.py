"""Drug-pack checks on regulatory status: missing, wrong, or a supplement disclaimer on a drug."""

from __future__ import annotations

import re

from lint_med import Hit, rule

from .activation import active_packs, memo, pack_sentences
from .model import NEGATION, LazyRegex

DSHEA_TEXT = LazyRegex(
    r"\b(this|these) statements? (has|have) not been evaluated by the (U\.?S\.? )?(Food (and|&) Drug Administration|FDA)"
    r"|\bnot intended to diagnose,? treat,? cure,? or prevent any disease", re.I)


def all_sentences(doc):
    """Every sentence, headings included (a heading can make a claim too)."""
    for block in doc.blocks:
        yield from block.sentences


def status_summary(pack) -> str:
    labels = {"approved": "FDA-approved", "off_label": "off-label", "compounded": "compounded, not FDA-approved",
              "investigational": "investigational"}
    return "; ".join(f"{r['name']}: {labels[r['status']]}" for r in pack.data["regulatory"]["regimens"])


def forbidden_claims(doc, pack) -> list:
    """(sentence, hit) for each wrong regulatory claim of the pack, computed once per document."""
    return memo(doc, pack, "forbidden", lambda: [
        (sentence, hit) for sentence in pack_sentences(doc, pack) for hit in pack.forbidden_claims(sentence.text)])


@rule("DRG101", "drug-status-missing", category="regulatory", severity="warning")
def drug_status_missing(doc, options):
    """An article about a drug never says whether its use is approved or off-label.

    ## What it does
    For each active drug pack (the article is about the drug, or config enables
    the pack), looks for any of the pack's `regulatory.required_any` phrasings
    ("off-label", "not FDA-approved for ...", "compounded") anywhere in the
    article. When none is found, reports the first sentence naming the drug.

    ## Why is this bad?
    FDA approval is per indication, dose and route. A reader who is not told
    that a use is off-label assumes it was reviewed for safety and effectiveness
    (HealthNewsReview criterion "availability"; FDA on unapproved uses).

    ## Example
        Low-dose naltrexone eases pain and fatigue for many people.

    ## Use instead
        Low-dose naltrexone is prescribed off-label: no low-dose product is
        FDA-approved, so pharmacies compound it.

    ## References
    - FDA, "Understanding Unapproved Use of Approved Drugs 'Off Label'".
    - The pack's sources for each regimen's status (listed below).
    """
    for pack in active_packs(doc, options.pack):
        wrong = {id(sentence) for sentence, _ in forbidden_claims(doc, pack)}
        if any(pack.states_status(s.text) for s in all_sentences(doc) if id(s) not in wrong):
            continue  # a wrong claim ("Spravato is FDA-approved for PTSD") does not state the status
        first = next((s for s in all_sentences(doc) if any(p.search(s.text) for p in pack.aliases)), None)
        required = pack.data["regulatory"]["required_any"]
        yield Hit(first, f"{pack.drug}: the article never states its regulatory status ({status_summary(pack)})",
                  suggestion=f"{required['message']} {pack.cite(required)}")


@rule("DRG102", "drug-approval-claim", category="regulatory", severity="error")
def drug_approval_claim(doc, options):
    """A sentence states a regulatory status the drug does not have.

    ## What it does
    Matches each active pack's `regulatory.forbidden_claims` patterns in every
    sentence (headings included). A claim denied in its own clause ("LDN is not
    FDA-approved for fibromyalgia") or reported as a myth is not flagged.

    ## Why is this bad?
    Claiming FDA approval for an unapproved use misleads readers about the
    evidence and oversight behind a treatment; Google's rater guidelines rate
    pages contradicting established regulatory facts lowest.

    ## Example
        LDN is FDA-approved for fibromyalgia.

    ## Use instead
        LDN is not FDA-approved for fibromyalgia; doctors prescribe it off-label.

    ## References
    - FDA, "Understanding Unapproved Use of Approved Drugs 'Off Label'".
    - The pack's sources for each claim (listed below).
    """
    for pack in active_packs(doc, options.pack):
        for sentence, hit in forbidden_claims(doc, pack):
            entry = hit.entry
            yield Hit(sentence, entry["message"], span=(hit.start, hit.end), severity=entry.get("severity"),
                      suggestion=f"State the status as the pack records it ({status_summary(pack)}). "
                                 f"{pack.cite(entry)}")


@rule("DRG103", "drug-dshea-disclaimer", category="regulatory", severity="error")
def drug_dshea_disclaimer(doc, options):
    """A dietary-supplement (DSHEA) disclaimer appears on a page about a prescription drug.

    ## What it does
    When an active pack's product class is not `supplement` (or its
    `regulatory.dshea` is `forbidden`), reports the supplement disclaimer
    "These statements have not been evaluated by the Food and Drug
    Administration" or "not intended to diagnose, treat, cure, or prevent any
    disease".

    ## Why is this bad?
    The disclaimer belongs to supplement structure/function claims (21 CFR
    101.93(c)). On a prescription drug it suggests the drug is a supplement
    and hides its real status (approved for some uses, off-label for others).

    ## Example
        *These statements have not been evaluated by the Food and Drug
        Administration.* (under an article on low-dose naltrexone)

    ## Use instead
    A medical disclaimer and the drug's regulatory status: "LDN is a
    prescription medicine used off-label ...".

    ## References
    - 21 CFR 101.93(c) (DSHEA disclaimer for dietary supplements).
    - The pack's product class sources (listed below).
    """
    packs = [p for p in active_packs(doc, options.pack) if p.dshea == "forbidden"]
    if not packs:
        return
    pack = packs[0]
    for sentence in all_sentences(doc):
        match = DSHEA_TEXT.search(sentence.text)
        if match and not NEGATION.search(sentence.text, 0, match.start()):
            product = pack.data["products"][0]
            yield Hit(sentence, f"supplement (DSHEA) disclaimer on a page about {pack.drug}, a "
                                f"{pack.product_class.replace('_', ' ')}",
                      span=match.span(),
                      suggestion="Remove it; use a medical disclaimer and state the drug's status "
                                 f"({status_summary(pack)}). {pack.cite(product)}")
            return
