"""Take or compare a snapshot of every finding on the corpus, the fixtures and the seed.

Speed work must not change what lint-med finds. Take a snapshot before the change,
compare after it::

    python benchmarks/snapshot.py write            # writes build/findings-snapshot.json
    python benchmarks/snapshot.py compare          # exit 1 and a list of differences if any

A finding is compared as (path, line, column, end line, end column, code, message);
a file that could not be linted is recorded with its error. The snapshot holds
third-party positions and messages, so it lives under ``build/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SNAPSHOT = ROOT / "build" / "findings-snapshot.json"


def files_to_lint() -> list[Path]:
    corpus = sorted((SHARED / "corpus" / "readability-test-pages").glob("*/source.html"))
    news = sorted((SHARED / "corpus" / "health-news").glob("*.txt"))
    fixtures = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.is_file())
    seed = sorted((SHARED / "seed").glob("*.txt"))
    return [*corpus, *news, *fixtures, *seed]


def _name(path: Path) -> str:
    """The file's key: project files relative to the checkout, shared ones as "shared/...", so a
    snapshot written in one checkout (main) compares with another (a worktree)."""
    if path.is_relative_to(ROOT):
        return str(path.relative_to(ROOT))
    return str(path.relative_to(SHARED.parent))


def take() -> dict[str, list]:
    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    snapshot = {}
    for path in files_to_lint():
        result = linter.lint_path(str(path))
        name = _name(path)
        if result.error:
            snapshot[name] = [["error", result.error]]
            continue
        snapshot[name] = [[f.line, f.column, f.end_line, f.end_column, f.code, f.message]
                          for f in result.findings]
    return snapshot


def compare(old: dict[str, list], new: dict[str, list]) -> list[str]:
    differences = []
    for name in sorted(old.keys() | new.keys()):
        before = {tuple(f) for f in old.get(name, [])}
        after = {tuple(f) for f in new.get(name, [])}
        differences += [f"- {name}: {f}" for f in sorted(before - after, key=str)]
        differences += [f"+ {name}: {f}" for f in sorted(after - before, key=str)]
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    args = parser.parse_args(argv)
    snapshot = take()
    count = sum(len(v) for v in snapshot.values())
    if args.action == "write":
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text(json.dumps(snapshot, indent=0, ensure_ascii=False), encoding="utf-8")
        print(f"{len(snapshot)} files, {count} findings written to {args.snapshot}")
        return 0
    differences = compare(json.loads(args.snapshot.read_text(encoding="utf-8")), snapshot)
    print("\n".join(differences))
    print(f"{len(snapshot)} files, {count} findings; {len(differences)} differences from {args.snapshot}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
