"""Which injection round a kind of benchmarks/realworld/inject.py belongs to, for the tests of each blind round.

Each round's tests check that its kinds come after every earlier round's and share no form name with them; asking
for a kind's round, rather than listing the later rounds' prefixes, keeps those tests true when a new round is added.
"""

import re

_ROUND = re.compile(r"fresh(\d*)(?:-|$)")


def round_of(kind: str) -> int:
    """0 for the basic kinds, 1 for "fresh-", N for "freshN-" (a kind, or a family of the templates: "freshN")."""
    found = _ROUND.match(kind)
    return 0 if found is None else int(found.group(1) or 1)
