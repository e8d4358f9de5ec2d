"""The two document-level signals of LM911 on every labelled page: what the page is about, and whether it says a status.

    python benchmarks/regulatory_signals.py                    # a table per label file: positives vs negatives
    python benchmarks/regulatory_signals.py --docs             # also one row per document
    python benchmarks/regulatory_signals.py --set web-pages-7 --docs

The label `missing_regulatory_status` (../shared/corpus/health-news/README.md) is true when the article is mainly
about ONE specific prescription drug, biologic or device (the subject) and never says whether it is approved,
investigational, off-label or only in trials (the status). For each labelled document this prints what LM911 sees:

- subject: the topic drugs (`topic_drugs`), else the device or cell product (`_topic_product`), else none;
- demand: what kind of status the page must give (`Assessment.demand`): "any", or an approved-or-off-label
  statement, for which how the drug is obtained is not enough, because the page presents a use beyond medicine
  ("beyond"), a compounded version ("compounded"), a use its label does not cover ("off-label", with the words
  that present it) or a drug not approved in the US or UK ("unapproved here");
- status: whether a statement of the demanded kind is there ("yes"), only one of access ("access": prescription-only,
  prescribed), or none;
- checked: whether LM911 checks the page at all (enough prose, a language whose status phrasings it knows);
- fired: the regulatory findings lint-med reports (LM911, DRG10x);
- lookalike: the page holds words that look like a status and are not one (`not_status` in
  `data/regulatory_status.toml`: a trial phase named as where a result was recorded, a licence a clinic holds);
- regulator_governs: the page names the regulator under whose rules the treatment is given ("legal under
  Mexico's health authority", "overseen by COFEPRIS"; the access pattern of that family).

With `--subject`, the signals of WHAT the page is about, measured before any is wired into LM911 (the blind
sets failed on the subject more than on the status):

- named / share: how many distinct drugs the page names and the top drug's share of all drug mentions; a
  "class page" names at least three, none with half the mentions;
- title / lead: whether a subject drug is named in the title, in the first two paragraphs of prose;
- in_passing: whether a drug the page would be about is named mostly as an ingredient, example or comparison
  (`named_in_passing`, wired into LM911, which then leaves it out of the subject);
- sale_forms>prescribed: the page speaks more of the forms a shop sells (supplement, capsules, powder, tea,
  drops, extract) than of prescribing (prescription, doctor, pharmacist, pharmacy);
- supplement: whether a subject drug's mention is followed by "supplement(s)" within a few words
  ("lithium orotate supplement"): the page treats it as a supplement;
- unlisted: the verdict with the subject drugs (and their brands) taken out of `regulatory_drugs.toml`,
  i.e. for a drug the lexicon has never seen: "same" when LM911 still decides as it does, else "lost";
- rare_word_prescribed: the page's most frequent rare word stands in a sentence of prescribing or injecting
  (measured on the page with its subject drugs out of the lexicon): a candidate signal for an unknown drug;
- no supplement forms: whether LM911 would fire with `supplement_forms` emptied (the list entries that
  fixed set 8's lithium orotate and red yeast rice pages), i.e. whether a signal must do that work.

The summary counts, per label file, positives and negatives for each subject kind and status verdict, so a signal
can be judged by how many positive documents it separates from how many negatives before it is wired into a rule.
Nothing is written; texts are read from the git-ignored cache and ../shared.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realworld"))

from score import load_labels  # noqa: E402


def parse(path: str, linter):
    """The document `linter` builds for a file, as the engine does."""
    return linter.parse(Path(path).read_text(encoding="utf-8", errors="replace"), path)


def signals(doc) -> dict:
    """What LM911 sees in a document (see the module docstring)."""
    from lint_med_core._pagekind import page_kind
    from lint_med_core._language import language
    from lint_med_core.regulatory import default_reading

    found = default_reading(doc)
    if found.drugs:
        kind, subject = "drug", ",".join(found.drugs)
    elif found.product is not None:
        # the product's kind as the rule's message names it: "a medical device or test", "a cell or tissue product ..."
        kind, subject = "device" if "device" in found.product[1][0] else "cells", found.product[0][2]
    else:
        kind, subject = "none", ""
    if not found.checked:
        status = "unchecked"
    else:
        status = "access" if found.access_only else "none" if found.missing else "yes"
    lookalike, governs = _status_families()
    return dict(subject_kind=kind, subject=subject, demand=found.demand, evidence=found.reason, status=status,
                checked=found.checked, language=language(doc), page_kind=page_kind(doc).kind,
                lookalike=any(lookalike.search(b.text) for b in doc.blocks),
                regulator_governs=any(governs.search(b.text) for b in doc.blocks))


def _status_families():
    """(the words that look like a status and are not, the regulator-governs access pattern), compiled."""
    from lint_med_core._data import load

    data = load("regulatory_status")
    regulator = "|".join(data["regulators"])
    lookalike = re.compile("|".join(f"(?:{p})" for p in data["not_status"]).replace("{regulator}", regulator), re.I)
    governs = next(p for p in data["access_patterns"] if "overseen" in p).replace("{regulator}", regulator)
    return lookalike, re.compile(governs, re.I)


_SUPPLEMENT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?supplements?\b", re.I)
# the forms a supplement shop sells in, and the words of a prescription: "sold as capsules/powder/tea vs prescribed"
_SALE_FORMS = re.compile(r"\b(?:supplements?|dietary|capsules?|powders?|teas?|gumm(?:y|ies)|drops|tinctures?|servings?|"
                         r"extracts?|herbal|natural)\b", re.I)
_PRESCRIBED = re.compile(r"\b(?:prescri\w*|doctors?|physicians?|clinicians?|providers?|pharmacists?|pharmacy)\b", re.I)
_LONG_WORD = re.compile(r"[A-Za-z][a-z]{6,}")
_PRESCRIBING = re.compile(r"\b(?:prescri\w*|inject\w*)\b", re.I)


def rare_word_prescribed(doc) -> str:
    """The page's most frequent rare word (wordfreq Zipf < 1.5, seven letters or more, three mentions or more)
    when a sentence holds it with a word of prescribing or injecting: a candidate name for an unknown drug."""
    from lint_med_core._topic import zipf_table

    zipf = zipf_table()
    words = Counter(w.lower() for w in _LONG_WORD.findall(doc.body_text) if zipf.get(w.lower(), 0.0) < 1.5)
    if not words or words.most_common(1)[0][1] < 3:
        return ""
    word = words.most_common(1)[0][0]
    held = any(word in s.text.lower() and _PRESCRIBING.search(s.text) for b in doc.blocks for s in b.sentences)
    return word if held else ""


_LISTS = ("_lexicon", "_lexicon_bytes", "_listed", "_unapproved_here", "_dosed_hormones", "_supplement_forms",
          "_prescription_forms", "_off_label_uses")


@contextlib.contextmanager
def lexicon_without(drugs=frozenset(), supplement_forms=True):
    """LM911 with the drugs (generic names) and their brands taken out of `regulatory_drugs.toml`, and with
    `supplement_forms` emptied when asked: what it decides on a product its lists have never seen."""
    from lint_med_core import regulatory

    real = regulatory.load

    def load(name):
        data = real(name)
        if name != "regulatory_drugs":
            return data
        data = copy.deepcopy(data)
        data["classes"] = {k: [n for n in v if n.lower() not in drugs] for k, v in data["classes"].items()}
        data["brands"] = {b: g for b, g in data["brands"].items() if g.lower() not in drugs}
        if not supplement_forms:
            data["supplement_forms"] = {}
        return data

    def clear():
        for name in _LISTS:
            getattr(regulatory, name).cache_clear()

    regulatory.load = load
    clear()
    try:
        yield
    finally:
        regulatory.load = real
        clear()


def subject_signals(path: str, linter) -> dict:
    """The signals of what a page is about (see the module docstring, `--subject`)."""
    from types import SimpleNamespace

    from lint_med_core.regulatory import (_title, assess, drug_mentions, find_drugs, missing_regulatory_status,
                                          named_in_passing, topic_drugs)

    options = SimpleNamespace(**missing_regulatory_status.defaults())
    doc = parse(path, linter)
    found = assess(doc, options)
    counts, _ = drug_mentions(doc)
    total = sum(counts.values())
    subject = set(found.drugs)
    out: dict = {"class_page": len(counts) >= 3 and max(counts.values()) * 2 < total}
    # wired into LM911 (its subject leaves such drugs out): measured on the drugs it would otherwise take
    topic = topic_drugs(doc, counts, options.min_mentions, options.words_per_mention) if counts else []
    out["in_passing"] = any(named_in_passing(doc, drug) for drug in topic)
    if subject:
        prose = [b.text for b in doc.blocks if b.kind != "heading"][:2]
        out["named>=3"] = len(counts) >= 3
        out["share<0.5"] = max(counts.values()) * 2 < total
        out["title"] = bool(subject & {k for _, _, k in find_drugs(_title(doc))})
        out["lead"] = bool(subject & {k for text in prose for _, _, k in find_drugs(text)})
        forms, prescribed = len(_SALE_FORMS.findall(doc.body_text)), len(_PRESCRIBED.findall(doc.body_text))
        out["sale_forms>prescribed"] = forms > prescribed
        out["supplement"] = any(_SUPPLEMENT_AFTER.match(b.text, end) for b in doc.blocks
                                for _, end, k in find_drugs(b.text) if k in subject)
        with lexicon_without(frozenset(subject)):
            unseen_doc = parse(path, linter)
            unseen = assess(unseen_doc, options)
            out["unlisted"] = "same" if bool(unseen.missing) == bool(found.missing) else "lost"
            out["rare_word_prescribed"] = bool(rare_word_prescribed(unseen_doc))
    else:
        out["rare_word_prescribed"] = bool(rare_word_prescribed(doc))
    with lexicon_without(supplement_forms=False):
        out["fires_without_supplement_forms"] = bool(assess(parse(path, linter), options).missing)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="only the label file with this name")
    parser.add_argument("--docs", action="store_true", help="one row per document")
    parser.add_argument("--subject", action="store_true", help="also the subject signals (slower: re-lints "
                        "pages with lexicon entries taken out)")
    args = parser.parse_args(argv)
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    docs = [d for d in load_labels() if (not args.set or d["set"] == args.set) and d["path"].is_file()
            and "missing_regulatory_status" in d]
    table: dict[str, Counter] = {}
    for d in docs:
        doc = parse(str(d["path"]), linter)
        s = signals(doc)
        fired = sorted({f.code for f in linter.lint_path(str(d["path"])).findings if f.category == "regulatory"})
        want = bool(d["missing_regulatory_status"])
        side = "pos" if want else "neg"
        counts = table.setdefault(d["set"], Counter())
        counts[(side, "docs")] += 1
        counts[(side, f"subject:{s['subject_kind']}")] += 1
        if s["subject_kind"] != "none":
            counts[(side, f"status:{s['status']}")] += 1
            counts[(side, f"demand:{s['demand']}")] += 1
        counts[(side, "fired")] += bool(fired)
        counts[(side, "lookalike")] += s["lookalike"]
        counts[(side, "regulator_governs")] += s["regulator_governs"]
        if args.subject:
            sub = subject_signals(str(d["path"]), linter)
            for key, value in sub.items():
                if value is True:
                    counts[(side, key)] += 1
                elif isinstance(value, str) and value:
                    counts[(side, f"{key}:{value}")] += 1
            s["evidence"] = f"{s['evidence']!r} " + " ".join(f"{k}={v}" for k, v in sub.items())
        if args.docs:
            mark = ("TP" if fired else "FN") if want else ("FP" if fired else "  ")
            print(f"{mark} {side} {d['set']}/{d['file']}: {s['subject_kind']} {s['subject']} "
                  f"demand={s['demand']} status={s['status']} {s['evidence']} checked={s['checked']} lang={s['language']} "
                  f"kind={s['page_kind']} fired={','.join(fired) or '-'}"
                  + " lookalike" * s["lookalike"] + " regulator_governs" * s["regulator_governs"])
    keys = sorted({k for c in table.values() for (_, k) in c})
    table["all"] = sum(table.values(), Counter())
    names = sorted(table, key=lambda name: (name == "all", name))
    print(f"\n{'signal':<32} " + " ".join(f"{name[-11:]:>11}" for name in names))
    for key in keys:  # one row per signal: it is read across the sets
        print(f"{key[:32]:<32} " + " ".join(f"{table[name][('pos', key)]:>5}/{table[name][('neg', key)]:<5}"
                                             for name in names))
    print("(each cell: positives / negatives)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
