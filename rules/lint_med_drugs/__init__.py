"""Drug packs: facts about each drug as data (packs/*.toml), checked by shared code.

Rules: DRG1xx (regulatory) in ``regulatory``, DRG2xx (drug facts) in
``drug_facts``. The format is documented in docs/drug-packs.md and enforced by
``schema``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lint_med import hookimpl, rules_in
from lint_med_core.regulatory import leave_status_to_pack

from . import drug_facts, regulatory
from .activation import PACK_KEYS, active_packs, all_packs
from .model import builtin_packs

PACK_NAME = "drugs"
# The pack sections each check reads: `lint-med rule CODE` lists their sources.
RULE_SECTIONS = {
    "DRG101": ("regulatory.regimens", "regulatory.required_any"),
    "DRG102": ("regulatory.forbidden_claims", "regulatory.regimens"),
    "DRG103": ("products",),
    "DRG201": ("dosing.regimens",),
    "DRG202": ("dosing.route_conflicts", "products"),
    "DRG203": ("safety.required",),
    "DRG204": ("safety.contraindicated",),
    "DRG205": ("indications",),
    "DRG206": ("misinformation",),
    "DRG207": ("mechanism",),
}


def pack_sources_doc(code: str) -> str:
    """A "## Pack sources" section: the sources each built-in pack uses for this check."""
    lines = ["", "## Pack sources", "Facts this check reads, by pack (`[sources]` of each pack file):"]
    for pack in builtin_packs().values():
        ids = pack.source_ids(RULE_SECTIONS.get(code, ()))
        if ids:
            lines.append(f"- {pack.id} ({pack.drug}, reviewed {pack.data['last_reviewed']}):")
            lines.extend(f"  - {i}: {pack.sources[i]}" for i in ids)
    return "\n".join(lines) if len(lines) > 3 else ""


@hookimpl
def lint_med_register_rules(register):
    for rule in rules_in(regulatory, drug_facts):
        register(dataclasses.replace(rule, doc=rule.doc + "\n" + pack_sources_doc(rule.code)))


def status_checked_here(doc) -> set[str]:
    """The drugs whose status DRG101 checks in this article: the subjects and vocabulary terms
    of the packs active for it (the core's LM911 leaves these alone). Config `enable` and
    `disable` are not seen here (the core rule does not get this pack's table)."""
    return {term for pack in active_packs(doc, {}) for term in (pack.subject, *pack.data["vocabulary"]["terms"])}


leave_status_to_pack(status_checked_here)


@hookimpl
def lint_med_register_vocabulary(register):
    for pack in builtin_packs().values():
        register(pack.subject, pack.data["vocabulary"]["terms"])


@hookimpl
def lint_med_configure(config):
    """Check ``[tool.lint-med.packs.drugs]``: enable/disable pack ids, extra pack `paths`."""
    from lint_med.config import ConfigError

    table = config.pack_options(PACK_NAME)
    if not table:
        return
    where = f"{config.path or 'command line'}: packs.{PACK_NAME}"
    for key, value in table.items():
        if key not in PACK_KEYS:
            raise ConfigError(f"{where}.{key}: unknown key (known: {', '.join(PACK_KEYS)})")
        if key in ("enable", "disable", "paths"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}.{key}: expected a list of strings, got {value!r}")
    resolved = []
    for index, path in enumerate(table.get("paths", [])):
        full = (Path(config.root) / path).resolve()
        from .model import load_pack
        from .schema import PackError

        try:
            load_pack(str(full))
        except PackError as exc:
            raise ConfigError(f"{where}.paths[{index}]: pack {path!r} is invalid:\n  " + "\n  ".join(exc.errors)) from None
        resolved.append(str(full))
    if "paths" in table:
        table["paths"] = resolved  # rules see absolute paths; config.root is not known to them
    known = set(all_packs(table))
    for key in ("enable", "disable"):
        for pack_id in table.get(key, []):
            if pack_id not in known:
                raise ConfigError(f"{where}.{key}: unknown drug pack {pack_id!r} (known: {', '.join(sorted(known))})")
