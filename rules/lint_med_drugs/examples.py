"""Golden tests written in the pack: every entry's examples_fail must be flagged, examples_pass not."""

from __future__ import annotations

from lint_med.document import split_sentences

from .model import DrugPack


def check_examples(pack: DrugPack) -> list[str]:
    """What is wrong with the pack's examples (empty when every example behaves)."""
    problems: list[str] = []

    def _sentences(text: str, filtered: bool = True) -> list[str]:
        # as the rules do: claim matchers only see sentences that name the drug or a regimen's wording
        return [text[a:b] for a, b in split_sentences(text) if not filtered or pack.relevant(text[a:b])]

    def expect(where: str, example: str, flagged: bool, want: bool) -> None:
        if flagged != want:
            verb = "should be flagged but is not" if want else "should pass but is flagged"
            problems.append(f"{pack.path}: {where}: example {example!r} {verb}")

    def run(where: str, entry: dict, flags) -> None:
        for example in entry.get("examples_fail", []):
            expect(where, example, flags(example), True)
        for example in entry.get("examples_pass", []):
            expect(where, example, flags(example), False)

    names = pack.data["names"]
    for example in names["examples_match"]:
        if not pack.mentions(example):
            problems.append(f"{pack.path}: names.aliases: {example!r} should name the drug but does not")
    for example in names["examples_no_match"]:
        if pack.mentions(example):
            problems.append(f"{pack.path}: names.aliases: {example!r} should not name the drug but does")

    required = pack.data["regulatory"]["required_any"]
    run("regulatory.required_any", required, lambda text: not pack.states_status(text))
    # Entries whose examples are judged by the hits a sentence-level matcher attributes to them.
    matchers = (
        ("regulatory.forbidden_claims", pack.forbidden, pack.forbidden_claims),
        ("dosing.regimens", pack.regimens, pack.dose_hits),
        ("dosing.route_conflicts", pack.route_conflicts, pack.route_conflict_hits),
        ("safety.contraindicated", pack.contraindicated, pack.unsafe_combination_hits),
        ("misinformation", pack.misinformation, pack.misinformation_claims),
        ("indications", pack.indications, pack.overstated_hits),
    )
    for key, entries, hits in matchers:
        for i, entry in enumerate(entries):
            run(f"{key}[{i}] ({entry['id']})", entry,
                lambda text, e=entry, hits=hits: any(h.entry is e for s in _sentences(text) for h in hits(s)))
    for i, entry in enumerate(pack.safety_required):
        run(f"safety.required[{i}] ({entry['id']})", entry,
            lambda text, e=entry: not any(pack.safety_statement_present(e, s) for s in _sentences(text, False)))
        when = entry.get("when")
        for example in (when or {}).get("examples_match", []):
            if not pack.safety_applies(entry, _sentences(example, False)):
                problems.append(f"{pack.path}: safety.required[{i}] ({entry['id']}).when: {example!r} "
                                "should make the statement required but does not")
        for example in (when or {}).get("examples_no_match", []):
            if pack.safety_applies(entry, _sentences(example, False)):
                problems.append(f"{pack.path}: safety.required[{i}] ({entry['id']}).when: {example!r} "
                                "should not make the statement required but does")
    for i, entry in enumerate(pack.mechanisms):
        run(f"mechanism[{i}] ({entry['id']})", entry, lambda text, e=entry: pack.contradicts(e, _sentences(text, False)))
    return problems
