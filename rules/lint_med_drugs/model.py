"""A loaded drug pack: compiled patterns and the sentence-level matchers every check shares.

The matchers work on plain sentence text so that the pack's own
``examples_fail``/``examples_pass`` run through exactly the logic the rules use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable


FLAGS = re.I


class LazyRegex:
    """A regex compiled on first use: plugin import stays cheap for articles no pack applies to."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern_text, self.flags = pattern, flags
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self.pattern_text, self.flags)
        return getattr(self._compiled, name)

# Words that deny what follows in the same clause ("LDN is not FDA-approved ...").
NEGATION = LazyRegex(
    r"\b(not|no|never|nor|neither|none|without|lacks?|cannot|unapproved|non-approved|unproven|"
    r"false(ly)?|wrong(ly)?|incorrect(ly)?|myths?|misconceptions?|rather than|instead of)\b|n[’']t\b", FLAGS)
# Clause boundaries: negation before one of these does not reach the claim after it.
CLAUSE_BREAK = LazyRegex(r"[,;:()\u2014\u2013]|\s-\s|\b(but|however|whereas|while|although|though|yet|and)\b", FLAGS)
# A sentence that reports or rebuts a claim instead of making it.
DEBUNKING = LazyRegex(
    r"\b(myths?|misconceptions?|misinformation|false|untrue|debunk\w*|no (good |reliable |solid )?evidence|"
    r"not (supported|proven|backed)|unproven|(some|many|several) (websites?|sites|sellers|clinics|blogs|people|"
    r"articles|posts|ads|advertisers|marketers) (claim|say|suggest|promise|state)\w*|claims? that|"
    r"contrary to|is a claim|be wary|beware|(asks?|asked|wonder\w*) (whether|if))\b", FLAGS)
# Efficacy stated as fact, and the words that hedge it.
EFFICACY = LazyRegex(
    r"\b(treats?|treating|treated|cures?|cured|curing|heals?|reverses?|eliminates?|relieves?|reduces?|improves?|"
    r"alleviates?|resolves?|fixes|stops|ends|beats?|defeats?|is (highly |very )?effective|works? (for|on|against|in)|"
    r"gets? rid of|is (an?|the) (proven |powerful |effective |safe,? effective |reliable )?"
    r"(treatment|remedy|therapy|solution|cure|answer)|(offers|provides) (real |lasting |reliable )?relief|"
    r"(is|are|was|were) (completely |totally )?gone|went away|disappeared|vanished)\b", FLAGS)
HEDGE = LazyRegex(
    r"\b(may|might|could|possibl[ey]|potential(ly)?|perhaps|some (people|patients|studies|trials|evidence)|small|"
    r"preliminary|early|pilot|limited|mixed|uncertain|unclear|inconsistent|investigat\w*|being studied|studied|"
    r"researchers?|trials?|studies (suggest|indicate|found|show)|suggest\w*|not (yet )?(proven|established)|"
    r"more research|further (research|study|studies)|promising|reported|anecdotal|case reports?|stud(y|ies)|"
    r"according to)\b|\[\d+(?:\s*[,–-]\s*\d+)*\]", FLAGS)
# Wording that presents two drugs as safe together.
COMBINE_OK = LazyRegex(
    r"\b(safe(ly)? (to )?(take|use|combine|mix)|safe (with|alongside|together)|fine (to|with)|okay (to|with)|"
    r"no (problem|issue|risk|interaction)s?|compatible|can (safely )?(be )?(take|taken|use|used|combine|combined|mix|mixed)"
    r"( it| them| LDN)? (with|alongside|together)|together with|alongside|along with|in combination with|"
    r"combined with|mixes well|(mix(ing)?|combin(e|ing)|taking)\b[^.;]{0,40}\b(is|are) (perfectly |completely |totally |"
    r"generally )?(safe|fine|okay|ok|harmless))\b", FLAGS)
# Wording that warns about a combination: such a sentence is never an unsafe-combination claim.
COMBINE_WARNING = LazyRegex(
    r"\b(avoid\w*|contraindicated|never|not|don'?t|do not|dangerous|danger|risk\w*|warn\w*|caution|withdrawal|"
    r"overdose|block\w*|interact\w*|harm\w*|serious|unsafe|n[’']t)\b", FLAGS)

# A quantity followed by one of these names a product's strength ("the 50 mg tablet").
PRODUCT_NOUN = LazyRegex(r"\s*(\w+\s){0,2}?(tablets?|pills?|injections?|shots?|vials?|devices?|form|strength|"
                          r"version|product|formulation)\b", FLAGS)

_NUM = r"\d+(?:\.\d+)?|\.\d+"
_UNIT = r"mg\s*/\s*kg\b|mg\b|milligrams?\b|mcg\b|[µμ]g\b|ug\b|micrograms?\b|grams?\b|g\b"
QUANTITY = LazyRegex(
    rf"(?<![\w.])(?P<lo>{_NUM})(?:\s*(?P<lounit>{_UNIT}))?(?:\s*(?:-|–|—|to|and)\s*(?P<hi>{_NUM}))?"
    rf"[\s-]*(?P<unit>{_UNIT})", FLAGS)
_TO_MG = {"mg": 1.0, "milligram": 1.0, "milligrams": 1.0, "mcg": 0.001, "µg": 0.001, "μg": 0.001, "ug": 0.001,
          "microgram": 0.001, "micrograms": 0.001, "g": 1000.0, "gram": 1000.0, "grams": 1000.0}
_PER_DAY = [
    (LazyRegex(r"^\W{0,3}(,?\s*(taken|given|used|dosed)\s*)?(\w+\s){0,3}?(twice (a |per |each )?day|twice daily|"
                r"two times (a|per) day|b\.?i\.?d\b)", FLAGS), 2.0),
    (LazyRegex(r"^\W{0,3}(,?\s*(taken|given|used|dosed)\s*)?(\w+\s){0,3}?(three times (a|per) day|thrice daily|"
                r"t\.?i\.?d\b)", FLAGS), 3.0),
    (LazyRegex(r"^\W{0,3}(\w+\s){0,4}?(once |twice )?(a|per|each|every) (week|month)|^\W{0,3}(\w+\s){0,4}?"
                r"(weekly|monthly|every (2|two|3|three|4|four) weeks)", FLAGS), None),
]


@dataclass
class Quantity:
    start: int
    end: int
    low_mg: float  # in the regimen's unit family: mg for masses, mg/kg for weight-based doses
    high_mg: float
    weight_based: bool
    per_day_factor: float | None  # 2 for "twice daily"; None when given weekly/monthly
    text: str


def parse_quantities(text: str) -> list[Quantity]:
    """Doses with units in ``text``: "4.5mg", "1 mg twice daily", "1.5 to 4.5 mg", "50 µg"."""
    found = []
    for match in QUANTITY.finditer(text):
        unit = re.sub(r"\s", "", match.group("unit").lower())
        weight_based = unit.startswith("mg/")
        factor = 1.0 if weight_based else _TO_MG.get(unit, _TO_MG.get(unit.rstrip("s"), 1.0))
        low_unit = (match.group("lounit") or "").lower().strip()
        low_factor = _TO_MG.get(low_unit, factor) if low_unit and not weight_based else factor
        low = float(match.group("lo")) * low_factor
        high = float(match.group("hi")) * factor if match.group("hi") else low
        after = text[match.end(): match.end() + 45]
        per_day: float | None = 1.0
        for pattern, value in _PER_DAY:
            if pattern.search(after):
                per_day = value
                break
        found.append(Quantity(match.start(), match.end(), low, high, weight_based, per_day, match.group()))
    return found


def compile_all(patterns: Iterable[str]) -> list[re.Pattern]:
    return [re.compile(p, FLAGS) for p in patterns]


def negated(text: str, start: int, end: int) -> bool:
    """Whether the claim at text[start:end] is denied within its own clause."""
    clause_start = 0
    for boundary in CLAUSE_BREAK.finditer(text, 0, start):
        clause_start = boundary.end()
    return bool(NEGATION.search(text, clause_start, end))


def _any(patterns: list[re.Pattern], text: str) -> re.Match | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


@dataclass
class Hit:
    """A place in a sentence and what the pack says about it."""

    start: int
    end: int
    entry: dict
    detail: str = ""


@dataclass
class DrugPack:
    """A validated pack with compiled patterns."""

    data: dict
    path: str
    builtin: bool = False

    def __post_init__(self) -> None:
        # Cheap at load time: what activation needs. Everything else compiles on first use,
        # i.e. only for packs that are active for some article (start-up stays fast).
        d = self.data
        self.id = d["id"]
        self.drug = d["drug"]
        self.subject = d["subject"]
        self.product_class = d["product_class"]
        self.aliases = compile_all(d["names"]["aliases"])
        self.min_mentions = d["names"].get("min_mentions", 3)
        self.sources: dict[str, str] = d["sources"]
        self.dshea = d["regulatory"].get("dshea", "allowed" if self.product_class == "supplement" else "forbidden")

    @functools.cached_property
    def parents(self) -> list[re.Pattern]:
        return compile_all(self.data["names"].get("parents", []))

    @functools.cached_property
    def names(self) -> list[re.Pattern]:
        return self.aliases + self.parents

    @functools.cached_property
    def _names_any(self) -> re.Pattern:
        names = self.data["names"]
        return union(names["aliases"] + names.get("parents", []))

    @functools.cached_property
    def required_status(self) -> re.Pattern:
        return union(self.data["regulatory"]["required_any"]["patterns"])

    @functools.cached_property
    def forbidden(self) -> list[dict]:
        return [self._compile_entry(e) for e in self.data["regulatory"].get("forbidden_claims", [])]

    @functools.cached_property
    def regimens(self) -> list[dict]:
        return [dict(r, _context=compile_all(r["context"])) for r in self.data.get("dosing", {}).get("regimens", [])]

    @functools.cached_property
    def regimen_by_id(self) -> dict[str, dict]:
        return {r["id"]: r for r in self.regimens}

    @functools.cached_property
    def route_conflicts(self) -> list[dict]:
        return [self._compile_entry(e) for e in self.data.get("dosing", {}).get("route_conflicts", [])]

    @functools.cached_property
    def safety_required(self) -> list[dict]:
        # one combined regex per list: these run on every sentence of the article
        return [dict(e, _any=union(e["any_of"]), _near=union(e["near"]) if e.get("near") else None,
                     _when=union(e["when"]["any_of"]) if e.get("when") else None,
                     _when_unless=compile_all(e["when"].get("unless", [])) if e.get("when") else [])
                for e in self.data.get("safety", {}).get("required", [])]

    @functools.cached_property
    def contraindicated(self) -> list[dict]:
        return [dict(self._compile_entry(e), _members=compile_all(e["members"]))
                for e in self.data.get("safety", {}).get("contraindicated", [])]

    @functools.cached_property
    def mechanisms(self) -> list[dict]:
        return [dict(e, _assert=re.compile(e["assert"], FLAGS), _negate=re.compile(e["negate"], FLAGS))
                for e in self.data.get("mechanism", [])]

    @functools.cached_property
    def misinformation(self) -> list[dict]:
        return [self._compile_entry(e) for e in self.data.get("misinformation", [])]

    @functools.cached_property
    def indications(self) -> list[dict]:
        return [dict(self._compile_entry(e), _terms=compile_all(e["terms"])) for e in self.data.get("indications", [])]

    @functools.cached_property
    def _conditions(self) -> re.Pattern:
        return union([t for e in self.data.get("indications", []) for t in e["terms"]] or [r"(?!)"])

    @functools.cached_property
    def _relevant(self) -> re.Pattern:
        # Claim, dose and route patterns only run on sentences that name the drug or use a regimen's
        # wording: one combined search per sentence instead of every pattern on every sentence.
        names = self.data["names"]
        contexts = [c for r in self.data.get("dosing", {}).get("regimens", []) for c in r["context"]]
        return union(names["aliases"] + names.get("parents", []) + contexts)

    @staticmethod
    def _compile_entry(entry: dict) -> dict:
        compiled = dict(entry, _unless=compile_all(entry.get("unless", [])))
        if "pattern" in entry:
            compiled["_pattern"] = re.compile(entry["pattern"], FLAGS)
        return compiled

    # -- sources ---------------------------------------------------------------------

    def cite(self, entry: dict) -> str:
        """``Sources (<pack> pack): [id] citation; ...`` for an entry's sources."""
        ids = entry.get("sources", [])
        ids = [ids] if isinstance(ids, str) else ids
        label = "Source" if len(ids) == 1 else "Sources"
        return f"{label} ({self.id} pack): " + "; ".join(f"[{i}] {self.sources[i]}" for i in ids)

    def source_ids(self, sections: Iterable[str]) -> list[str]:
        """Every source id the given sections use, in first-use order."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                ids = value.get("sources")
                if isinstance(ids, list):
                    found.extend(i for i in ids if i not in found)
                for key, item in value.items():
                    if not key.startswith("_") and key != "sources":
                        walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        for section in sections:
            node: Any = self.data
            for part in section.split("."):
                node = node.get(part, {}) if isinstance(node, dict) else {}
            walk(node)
        return found

    # -- is the article about this drug? ---------------------------------------------------

    def mentions(self, text: str) -> int:
        return sum(len(p.findall(text)) for p in self.aliases)

    def names_drug(self, text: str) -> bool:
        return self._names_any.search(text) is not None

    def relevant(self, sentence: str) -> bool:
        """Whether the sentence names the drug or uses a regimen's wording."""
        return self._relevant.search(sentence) is not None

    # -- sentence matchers (shared by the rules and the golden examples) -------------------
    # Callers pass only sentences for which ``relevant`` is true (activation.pack_sentences).

    def claim_hits(self, entries: list[dict], sentence: str, debunk_aware: bool) -> list[Hit]:
        hits: list[Hit] = []
        if _is_question(sentence):
            return hits
        if debunk_aware and DEBUNKING.search(sentence):
            return hits
        for entry in entries:
            if _any(entry["_unless"], sentence):
                continue
            for match in entry["_pattern"].finditer(sentence):
                if not entry.get("check_negation", True) or not negated(sentence, match.start(), match.end()):
                    hits.append(Hit(match.start(), match.end(), entry))
                    break
        return hits

    def forbidden_claims(self, sentence: str) -> list[Hit]:
        return self.claim_hits(self.forbidden, sentence, debunk_aware=True)

    def misinformation_claims(self, sentence: str) -> list[Hit]:
        return self.claim_hits(self.misinformation, sentence, debunk_aware=True)

    def states_status(self, text: str) -> bool:
        return self.required_status.search(text) is not None

    def route_conflict_hits(self, sentence: str) -> list[Hit]:
        hits: list[Hit] = []
        if _is_question(sentence):
            return hits
        for entry in self.route_conflicts:
            regimen = self.regimen_by_id[entry["regimen"]]
            if not _any(regimen["_context"], sentence) or _any(entry["_unless"], sentence):
                continue
            for match in entry["_pattern"].finditer(sentence):
                if not negated(sentence, match.start(), match.end()):
                    return [Hit(match.start(), match.end(), entry, regimen["name"])]  # one per sentence
        return hits

    def dose_hits(self, sentence: str) -> list[Hit]:
        """Doses that fit none of the regimens the sentence names; reported against the nearest one."""
        if not self.regimens or not QUANTITY.search(sentence):
            return []
        contexts = [(m.start(), m.end(), r) for r in self.regimens for p in r["_context"] for m in p.finditer(sentence)]
        if not contexts:
            return []
        hits = []
        for quantity in parse_quantities(sentence):
            if quantity.per_day_factor is None:
                continue  # given weekly or monthly: a route/frequency matter (DRG202)
            if self._names_a_product(sentence, quantity):
                continue  # "the 50 mg tablet": the strength of an approved product, not a dose claim
            # Regimens named in the sentence whose unit fits this quantity (mass vs mg/kg).
            candidates = [c for c in contexts if (c[2]["unit"] == "mg/kg") == quantity.weight_based]
            if not candidates:
                continue
            outside = [c for c in candidates if self._outside(c[2], quantity)]
            if len(outside) < len(candidates):
                continue  # the dose fits a regimen the sentence names: precision first
            regimen = min(outside, key=lambda c: _distance(c, quantity))[2]
            low, high = self._outside(regimen, quantity)
            shown = _fmt_mg(low, high, quantity.weight_based)
            per = " a day" if regimen["per"] == "day" and quantity.per_day_factor != 1.0 else ""
            detail = (f"{quantity.text.strip()} ({shown}{per}) is outside the {regimen['name']} range "
                      f"{regimen['min']:g}-{regimen['max']:g} {regimen['unit']} per {regimen['per']}")
            hits.append(Hit(quantity.start, quantity.end, regimen, detail))
        return hits

    def _names_a_product(self, sentence: str, quantity: Quantity) -> bool:
        if quantity.weight_based or quantity.low_mg != quantity.high_mg:
            return False
        strengths = {p["strength"] * {"mg": 1.0, "mcg": 0.001, "g": 1000.0}.get(p["unit"], 1.0)
                     for p in self.data["products"]}
        return quantity.low_mg in strengths and bool(PRODUCT_NOUN.match(sentence, quantity.end))

    @staticmethod
    def _outside(regimen: dict, quantity: Quantity) -> tuple[float, float] | None:
        """The dose as compared (low, high), when it falls outside the regimen; else None."""
        scale = {"mg": 1.0, "mcg": 0.001, "g": 1000.0, "mg/kg": 1.0}[regimen["unit"]]
        factor = quantity.per_day_factor if regimen["per"] == "day" else 1.0
        low, high = quantity.low_mg * factor, quantity.high_mg * factor
        if high > regimen["max"] * scale * 1.0001 or low < regimen["min"] * scale * 0.9999:
            return low, high
        return None

    def safety_applies(self, entry: dict, sentences: Iterable[str]) -> bool:
        """Whether the article's use of the drug makes the statement required: always, without
        `when`; else when a sentence presents one of its uses, not denied in its clause and not
        matching `when.unless` ("LDN is not an addiction treatment" does not make it one)."""
        if entry["_when"] is None:
            return True
        for sentence in sentences:
            match = entry["_when"].search(sentence)
            if match and not negated(sentence, match.start(), match.end()) \
                    and not _any(entry["_when_unless"], sentence) and not _is_question(sentence):
                return True
        return False

    def safety_statement_present(self, entry: dict, sentence: str) -> bool:
        return bool(entry["_any"].search(sentence)) and (entry["_near"] is None or bool(entry["_near"].search(sentence)))

    def unsafe_combination_hits(self, sentence: str) -> list[Hit]:
        if not self.contraindicated or not COMBINE_OK.search(sentence):
            return []
        if not self.names_drug(sentence) or COMBINE_WARNING.search(sentence) or _is_question(sentence):
            return []
        hits = []
        for entry in self.contraindicated:
            if _any(entry["_unless"], sentence):
                continue
            member = _any(entry["_members"], sentence)
            if member:
                hits.append(Hit(member.start(), member.end(), entry))
        return hits

    def overstated_hits(self, sentence: str) -> list[Hit]:
        if not self._conditions.search(sentence) or not EFFICACY.search(sentence):
            return []
        if not self.names_drug(sentence) or HEDGE.search(sentence) or _is_question(sentence):
            return []
        hits = []
        for entry in self.indications:
            if entry["evidence"] == "established" or _any(entry["_unless"], sentence):
                continue
            term = _any(entry["_terms"], sentence)
            if not term:
                continue
            for verb in EFFICACY.finditer(sentence):
                if not negated(sentence, verb.start(), verb.end()) and not DEBUNKING.search(sentence):
                    hits.append(Hit(verb.start(), max(verb.end(), term.end()) if term.start() > verb.start()
                                    else verb.end(), entry))
                    break
        return hits

    def mechanism_sides(self, sentence: str) -> list[tuple[dict, str, int, int]]:
        """(entry, 'assert' | 'negate', start, end) for each mechanism statement the sentence makes."""
        sides = []
        for entry in self.mechanisms:
            denial = entry["_negate"].search(sentence)
            if denial:
                sides.append((entry, "negate", denial.start(), denial.end()))
                continue
            claim = entry["_assert"].search(sentence)
            if claim and not negated(sentence, claim.start(), claim.end()):
                sides.append((entry, "assert", claim.start(), claim.end()))
        return sides

    def contradicts(self, entry: dict, sentences: list[str]) -> bool:
        """Whether these sentences both assert and deny the mechanism statement ``entry``."""
        kinds = {side for s in sentences for e, side, _, _ in self.mechanism_sides(s) if e["id"] == entry["id"]}
        return kinds == {"assert", "negate"}


def union(patterns: list[str]) -> re.Pattern:
    """One regex matching any of ``patterns`` (each valid on its own)."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), FLAGS)
    except re.error:  # e.g. inline global flags inside one pattern: fall back to trying each
        compiled = compile_all(patterns)

        class _AnyOf:
            @staticmethod
            def search(text: str):
                return _any(compiled, text)

        return _AnyOf()  # type: ignore[return-value]


def _is_question(sentence: str) -> bool:
    """A question asks about a claim; it does not make it."""
    return sentence.rstrip().rstrip("\"'”’)").endswith("?")


def _distance(context: tuple, quantity: Quantity) -> int:
    start, end, _ = context
    if end <= quantity.start:
        return quantity.start - end
    if start >= quantity.end:
        return start - quantity.end
    return 0


def _fmt_mg(low: float, high: float, weight_based: bool) -> str:
    unit = "mg/kg" if weight_based else "mg"
    return f"{low:g} {unit}" if low == high else f"{low:g}-{high:g} {unit}"


# -- loading ---------------------------------------------------------------------------------

BUILTIN_DIR = Path(__file__).resolve().parent / "packs"


@functools.lru_cache(maxsize=None)
def load_pack(path: str, builtin: bool = False) -> DrugPack:
    """Load and validate one pack file (cached); raises schema.PackError.

    Built-in packs skip compiling every regex while validating (the test suite and
    ``python -m lint_med_drugs validate`` check them); their patterns compile when first used.
    """
    from .schema import read_pack_data  # imported here: tomllib and the schema only when packs load

    return DrugPack(read_pack_data(path, check_regexes=not builtin), str(path), builtin)


@functools.lru_cache(maxsize=1)
def builtin_packs() -> dict[str, DrugPack]:
    packs = {}
    for path in sorted(BUILTIN_DIR.glob("*.toml")):
        pack = load_pack(str(path), True)
        packs[pack.id] = pack
    return packs
