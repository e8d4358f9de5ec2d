"""The drug-pack file format (schema version 1): loading and validation.

A pack is a TOML file. Loading checks every key, type, unit, range, regex and
source reference and reports each mistake as ``file:line: key.path: problem``
(tomllib gives no positions, so the line is found by looking for the key or
table header in the raw text). docs/drug-packs.md is the reference for users.
"""

from __future__ import annotations

import datetime
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCHEMA_VERSION = 1
PRODUCT_CLASSES = ("rx_drug", "otc_drug", "supplement", "device")
STATUSES = ("approved", "off_label", "compounded", "investigational")
EVIDENCE_LEVELS = ("established", "limited", "mixed", "investigational")
SEVERITIES = ("info", "warning", "error")
UNITS = ("mg", "mcg", "g", "mg/kg")
PER = ("day", "dose", "week")
DSHEA = ("forbidden", "allowed", "required")


class PackError(Exception):
    """A drug pack that cannot be used; ``errors`` lists every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


# -- the schema, as data: key -> (required, spec) ------------------------------------

@dataclass(frozen=True)
class Spec:
    kind: str  # str, int, num, bool, date, regex, enum, list, table, map, sources
    item: Any = None  # list: Spec of items; table: dict of fields; enum: choices; map: Spec of values
    nonempty: bool = False


def _t(fields: dict) -> Spec:
    return Spec("table", fields)


def _l(item: Spec, nonempty: bool = False) -> Spec:
    return Spec("list", item, nonempty)


STR, INT, NUM, DATE, REGEX = Spec("str"), Spec("int"), Spec("num"), Spec("date"), Spec("regex")
REGEXES = _l(REGEX)
SOURCES = Spec("sources")  # a non-empty list of ids of the [sources] table
EXAMPLES = {"examples_fail": (True, _l(STR, True)), "examples_pass": (True, _l(STR, True))}
R, O = True, False

PATTERN_ENTRY = _t({
    "id": (R, STR), "pattern": (R, REGEX), "message": (R, STR), "severity": (O, Spec("enum", SEVERITIES)),
    "unless": (O, REGEXES), "check_negation": (O, Spec("bool")), "sources": (R, SOURCES), **EXAMPLES,
})

PACK_SCHEMA = _t({
    "schema_version": (R, INT),
    "id": (R, STR),
    "drug": (R, STR),
    "subject": (R, STR),
    "product_class": (R, Spec("enum", PRODUCT_CLASSES)),
    "jurisdiction": (O, STR),
    "last_reviewed": (R, DATE),
    "reviewed_by": (O, STR),
    "description": (O, STR),
    "sources": (R, Spec("map", STR, True)),
    "names": (R, _t({
        "aliases": (R, _l(REGEX, True)),
        "parents": (O, REGEXES),
        "do_not_confuse": (O, REGEXES),
        "min_mentions": (O, INT),
        "examples_match": (R, _l(STR, True)),
        "examples_no_match": (R, _l(STR, True)),
    })),
    "vocabulary": (R, _t({"terms": (R, _l(STR, True))})),
    "products": (R, _l(_t({
        "name": (R, STR), "strength": (R, NUM), "unit": (R, Spec("enum", UNITS)), "route": (R, STR),
        "frequency": (R, STR), "indications": (R, _l(STR, True)), "approved": (O, STR),
        "note": (O, STR), "sources": (R, SOURCES),
    }), True)),
    "regulatory": (R, _t({
        "dshea": (O, Spec("enum", DSHEA)),
        "regimens": (R, _l(_t({
            "id": (R, STR), "name": (R, STR), "status": (R, Spec("enum", STATUSES)),
            "compounded": (O, Spec("bool")), "note": (O, STR), "sources": (R, SOURCES),
        }), True)),
        "required_any": (R, _t({"patterns": (R, _l(REGEX, True)), "message": (R, STR),
                                "sources": (R, SOURCES), **EXAMPLES})),
        "forbidden_claims": (O, _l(PATTERN_ENTRY)),
    })),
    "dosing": (O, _t({
        "regimens": (R, _l(_t({
            "id": (R, STR), "name": (R, STR), "context": (R, _l(REGEX, True)), "min": (R, NUM),
            "max": (R, NUM), "unit": (R, Spec("enum", UNITS)), "per": (R, Spec("enum", PER)),
            "typical": (O, _l(NUM)), "route": (O, STR), "frequency": (O, STR), "note": (O, STR),
            "sources": (R, SOURCES), **EXAMPLES,
        }), True)),
        "route_conflicts": (O, _l(_t({
            "id": (R, STR), "regimen": (R, STR), "pattern": (R, REGEX), "belongs_to": (R, STR),
            "message": (R, STR), "unless": (O, REGEXES), "sources": (R, SOURCES), **EXAMPLES,
        }))),
    })),
    "safety": (O, _t({
        "required": (O, _l(_t({
            "id": (R, STR), "statement": (R, STR), "any_of": (R, _l(REGEX, True)), "near": (O, REGEXES),
            "when": (O, _t({"any_of": (R, _l(REGEX, True)), "unless": (O, REGEXES),
                            "examples_match": (R, _l(STR, True)), "examples_no_match": (R, _l(STR, True))})),
            "severity": (O, Spec("enum", SEVERITIES)), "sources": (R, SOURCES), **EXAMPLES,
        }))),
        "contraindicated": (O, _l(_t({
            "id": (R, STR), "name": (R, STR), "members": (R, _l(REGEX, True)), "message": (R, STR),
            "unless": (O, REGEXES), "sources": (R, SOURCES), **EXAMPLES,
        }))),
        "undesirable_effects": (O, _l(STR)),
    })),
    "mechanism": (O, _l(_t({
        "id": (R, STR), "statement": (R, STR), "assert": (R, REGEX), "negate": (R, REGEX),
        "sources": (R, SOURCES), **EXAMPLES,
    }))),
    "misinformation": (O, _l(PATTERN_ENTRY)),
    "indications": (O, _l(_t({
        "id": (R, STR), "condition": (R, STR), "terms": (R, _l(REGEX, True)),
        "evidence": (R, Spec("enum", EVIDENCE_LEVELS)), "summary": (R, STR), "unless": (O, REGEXES),
        "sources": (R, SOURCES), **EXAMPLES,
    }))),
})


# -- validation --------------------------------------------------------------------

def _path_text(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _Validator:
    def __init__(self, data: dict, check_regexes: bool = True) -> None:
        self.check_regexes = check_regexes
        self.problems: list[tuple[tuple, str]] = []
        sources = data.get("sources")
        self.source_ids = set(sources) if isinstance(sources, dict) else set()

    def fail(self, path: tuple, message: str) -> None:
        self.problems.append((path, message))

    def check(self, value: Any, spec: Spec, path: tuple) -> None:
        kind = spec.kind
        if kind == "table":
            if not isinstance(value, dict):
                return self.fail(path, f"expected a table, got {_kind(value)}")
            for key in value:
                if key not in spec.item:
                    known = ", ".join(spec.item)
                    self.fail((*path, key), f"unknown key (known here: {known})")
            for key, (required, sub) in spec.item.items():
                if key in value:
                    self.check(value[key], sub, (*path, key))
                elif required:
                    self.fail((*path, key) if path else (key,), "missing required key")
        elif kind == "list":
            if not isinstance(value, list):
                return self.fail(path, f"expected a list, got {_kind(value)}")
            if spec.nonempty and not value:
                self.fail(path, "must not be empty")
            for index, item in enumerate(value):
                self.check(item, spec.item, (*path, index))
        elif kind == "map":
            if not isinstance(value, dict):
                return self.fail(path, f"expected a table, got {_kind(value)}")
            if spec.nonempty and not value:
                self.fail(path, "must not be empty")
            for key, item in value.items():
                self.check(item, spec.item, (*path, key))
        elif kind == "sources":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                return self.fail(path, "expected a non-empty list of source ids")
            for source in value:
                if source not in self.source_ids:
                    self.fail(path, f"unknown source id {source!r} (not in [sources])")
        elif kind == "str":
            if not isinstance(value, str) or not value.strip():
                self.fail(path, f"expected a non-empty string, got {_kind(value)}")
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                self.fail(path, f"expected an integer, got {_kind(value)}")
        elif kind == "num":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                self.fail(path, f"expected a non-negative number, got {_kind(value)}")
        elif kind == "bool":
            if not isinstance(value, bool):
                self.fail(path, f"expected true or false, got {_kind(value)}")
        elif kind == "date":
            if not isinstance(value, datetime.date):
                self.fail(path, f"expected a TOML date (YYYY-MM-DD, unquoted), got {_kind(value)}")
        elif kind == "enum":
            if value not in spec.item:
                self.fail(path, f"{value!r} is not one of {', '.join(spec.item)}")
        elif kind == "regex":
            if not isinstance(value, str) or not value:
                return self.fail(path, f"expected a regular expression string, got {_kind(value)}")
            if not self.check_regexes:
                return None
            try:
                re.compile(value, re.I)
            except re.error as exc:
                self.fail(path, f"regular expression does not compile: {exc}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"boolean {value!r}"
    if isinstance(value, (int, float)):
        return f"number {value!r}"
    if isinstance(value, str):
        return f"string {value!r}" if value else "an empty string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _check_semantics(data: dict, v: _Validator) -> None:
    """Checks beyond types: version, ranges, cross-references, unique ids."""
    version = data.get("schema_version")
    if isinstance(version, int) and version != SCHEMA_VERSION:
        v.fail(("schema_version",), f"{version} is not supported (this lint-med reads version {SCHEMA_VERSION})")
    pack_id = data.get("id")
    if isinstance(pack_id, str) and not re.match(r"^[a-z][a-z0-9-]*$", pack_id):
        v.fail(("id",), f"{pack_id!r} is not a lowercase id (letters, digits, hyphens)")
    subject = data.get("subject")
    if isinstance(subject, str) and subject != subject.lower():
        v.fail(("subject",), f"{subject!r} must be lowercase (the vocabulary subject)")
    dosing = data.get("dosing") if isinstance(data.get("dosing"), dict) else {}
    regimens = dosing.get("regimens") if isinstance(dosing.get("regimens"), list) else []
    regimen_ids = set()
    for index, regimen in enumerate(regimens):
        if not isinstance(regimen, dict):
            continue
        regimen_ids.add(regimen.get("id"))
        low, high = regimen.get("min"), regimen.get("max")
        if _is_number(low) and _is_number(high) and low > high:
            v.fail(("dosing", "regimens", index, "min"), f"{low:g} is above max {high:g}")
        for t_index, typical in enumerate(regimen.get("typical") or []):
            if _is_number(typical) and _is_number(low) and _is_number(high) and not low <= typical <= high:
                v.fail(("dosing", "regimens", index, "typical", t_index),
                       f"{typical:g} is outside min {low:g} .. max {high:g}")
    for index, conflict in enumerate(dosing.get("route_conflicts") or []):
        if isinstance(conflict, dict) and isinstance(conflict.get("regimen"), str) \
                and conflict["regimen"] not in regimen_ids:
            v.fail(("dosing", "route_conflicts", index, "regimen"),
                   f"{conflict['regimen']!r} is not a dosing.regimens id")
    for section in ("misinformation", "mechanism", "indications"):
        _unique_ids(data.get(section), (section,), v)
    regulatory = data.get("regulatory") if isinstance(data.get("regulatory"), dict) else {}
    _unique_ids(regulatory.get("forbidden_claims"), ("regulatory", "forbidden_claims"), v)
    _unique_ids(regimens, ("dosing", "regimens"), v)


def _unique_ids(entries: Any, path: tuple, v: _Validator) -> None:
    seen = set()
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            if entry["id"] in seen:
                v.fail((*path, index, "id"), f"duplicate id {entry['id']!r}")
            seen.add(entry["id"])


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# -- finding the line of a key path in the raw TOML ----------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def locate(text: str, path: tuple) -> int:
    """The 1-based line where ``path`` (e.g. ('dosing', 'regimens', 0, 'min')) is written.

    Follows table headers (``[a.b]``, the n-th ``[[a.b]]``) then ``key =`` lines;
    falls back to the nearest enclosing line found.
    """
    lines = text.splitlines()
    begin, end, line = 0, len(lines), 0
    prefix: list[str] = []
    for position, part in enumerate(path):
        if isinstance(part, int):
            name = ".".join(prefix)
            headers = [i for i in range(begin, end) if _header(lines[i]) == ("[[", name)]
            if part < len(headers):
                start = headers[part]
                stop = next((i for i in range(start + 1, end) if _is_header_of(lines[i], name, exact=True)
                             or (_header(lines[i]) and not _inside(_header(lines[i])[1], name))), end)
                begin, end, line = start + 1, stop, start + 1
                continue
            item = _nth_item_line(lines, line - 1 if line else begin, part)
            if item is not None:
                line = item + 1
            return line or 1
        prefix.append(part)
        name = ".".join(prefix)
        header = next((i for i in range(begin, end) if _header(lines[i]) == ("[", name)), None)
        if header is not None:
            stop = next((i for i in range(header + 1, len(lines)) if _header(lines[i])
                         and not _inside(_header(lines[i])[1], name)), len(lines))
            begin, end, line = header + 1, stop, header + 1
            continue
        if position + 1 < len(path) and isinstance(path[position + 1], int):
            if any(_header(lines[i]) == ("[[", name) for i in range(begin, end)):
                continue
        key = re.compile(rf"^\s*(\"{re.escape(str(part))}\"|{re.escape(str(part))})\s*=")
        found = next((i for i in range(begin, end) if key.match(lines[i])), None)
        if found is None:
            return line or 1
        line = found + 1
        begin, end = found, min(end, _value_end(lines, found) + 1)
    return line or 1


def _header(line: str) -> tuple[str, str] | None:
    match = _HEADER.match(line)
    return (match.group(1), match.group(2).replace(" ", "")) if match else None


def _inside(name: str, table: str) -> bool:
    return name == table or name.startswith(table + ".")


def _is_header_of(line: str, name: str, exact: bool) -> bool:
    header = _header(line)
    return bool(header) and header[1] == name


def _value_end(lines: list[str], start: int) -> int:
    """The last line of a (possibly multi-line) array value starting at ``start``."""
    depth = 0
    for i in range(start, len(lines)):
        code = re.sub(r"'[^']*'|\"(\\.|[^\"\\])*\"", "", lines[i]).split("#")[0]
        depth += code.count("[") - code.count("]") + code.count("{") - code.count("}")
        if depth <= 0:
            return i
    return len(lines) - 1


def _nth_item_line(lines: list[str], start: int, index: int) -> int | None:
    """In a multi-line array starting at ``start``, the line of item ``index`` (one item a line)."""
    end = _value_end(lines, start)
    items = [i for i in range(start + 1, end + 1) if lines[i].strip() and not lines[i].strip().startswith(("#", "]"))]
    return items[index] if index < len(items) else None


# -- loading ---------------------------------------------------------------------------

def read_pack_data(path: str | Path, check_regexes: bool = True) -> dict:
    """Read and validate a pack file; return its data or raise PackError.

    ``check_regexes=False`` skips compiling every pattern (the slow part of validation).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError([f"{path}: not valid TOML: {exc}"]) from None
    validator = _Validator(data, check_regexes)
    validator.check(data, PACK_SCHEMA, ())
    _check_semantics(data, validator)
    if validator.problems:
        errors = [f"{path.name}:{locate(text, key)}: {_path_text(key)}: {message}"
                  for key, message in validator.problems]
        raise PackError(errors)
    return data
