"""``python -m lint_med_drugs validate FILE...``: check drug-pack files and run their examples.

Exit status 0 when every file is valid and every example behaves, 1 otherwise.
``python -m lint_med_drugs validate`` with no file checks the built-in packs.
"""

from __future__ import annotations

import argparse
import sys

from .examples import check_examples
from .model import BUILTIN_DIR, DrugPack
from .schema import PackError, read_pack_data


def validate(paths: list[str]) -> tuple[list[str], list[str]]:
    """(problems, summaries) for the given pack files."""
    problems, summaries = [], []
    for path in paths:
        try:
            pack = DrugPack(read_pack_data(path), path)
        except PackError as exc:
            problems.extend(exc.errors)
            continue
        found = check_examples(pack)
        problems.extend(found)
        if not found:
            summaries.append(f"{path}: ok (pack {pack.id!r}, {pack.drug}, reviewed {pack.data['last_reviewed']})")
    return problems, summaries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint_med_drugs", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="validate pack files and run their examples")
    check.add_argument("files", nargs="*", help="pack .toml files (default: the built-in packs)")
    args = parser.parse_args(argv)
    files = args.files or [str(p) for p in sorted(BUILTIN_DIR.glob("*.toml"))]
    problems, summaries = validate(files)
    for line in summaries:
        print(line)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
