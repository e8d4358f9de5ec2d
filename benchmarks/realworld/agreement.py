"""How far two labellers agree: per label, on the documents both labelled.

    python benchmarks/realworld/agreement.py                      # every file of agreement/
    python benchmarks/realworld/agreement.py agreement/X.toml     # one

A file ``agreement/<set>-<who>.toml`` is a second labelling of some documents of
``labels/<set>.toml``, made without seeing the first. For each label it prints how many
documents each labeller marked positive, how many both did, the share of documents they
agree on and Cohen's kappa (agreement beyond what the two positive rates give by chance).
If two readers disagree as often as lint-med misses, the misses say little; if they agree,
the misses are lint-med's.
"""

import argparse
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
LABELS = ("unsourced_statistic", "vague_attribution", "dangling_citation", "overclaim",
          "missing_regulatory_status", "off_topic_section", "spam_link", "duplicate_content",
          "missing_disclaimer")


def _docs(path: Path) -> dict[str, dict]:
    return {Path(doc["file"]).name: doc for doc in tomllib.loads(path.read_text("utf-8"))["doc"]}


def kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa of two raters' yes/no answers; None when chance agreement is total."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = first * second + (1 - first) * (1 - second)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def compare(second_path: Path) -> None:
    set_name = second_path.stem.rsplit("-", 1)[0]
    first, second = _docs(HERE / "labels" / f"{set_name}.toml"), _docs(second_path)
    files = sorted(set(first) & set(second))
    print(f"{second_path.name}: {len(files)} documents labelled twice (first: labels/{set_name}.toml)")
    print(f"{'label':<27} {'1st+':>4} {'2nd+':>4} {'both':>4} {'agree':>6} {'kappa':>6}")
    for label in LABELS:
        pairs = [(bool(first[f].get(label)), bool(second[f].get(label))) for f in files]
        k = kappa(pairs)
        agree = sum(a == b for a, b in pairs) / len(pairs)
        print(f"{label:<27} {sum(a for a, _ in pairs):>4} {sum(b for _, b in pairs):>4} "
              f"{sum(a and b for a, b in pairs):>4} {agree:>6.2f} {'-' if k is None else f'{k:.2f}':>6}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    for path in args.files or sorted((HERE / "agreement").glob("*.toml")):
        compare(path if path.is_absolute() else Path.cwd() / path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
