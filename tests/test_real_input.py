"""Every fixture and every real page lints: no network, no internal error, nothing on stderr but our lines.

One ``lint-med check`` process lints the fixtures, the 130 Readability test pages and the
120 health-news texts (the corpus part is skipped when ../shared is absent), with its
sockets blocked (``socket.socket`` for every family but Unix, ``socket.create_connection``
and ``socket.getaddrinfo`` raise, and say so on stderr). Worker processes are forked, so
they inherit the block.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NETWORK_ATTEMPT = "lint-med-test: network use attempted"

BLOCK_AND_RUN = f'''
import socket, sys

def refuse(*args, **kwargs):
    sys.stderr.write("{NETWORK_ATTEMPT}: " + repr(args)[:200] + "\\n")
    raise OSError("network use is blocked in this test")

class BlockedSocket(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family != socket.AF_UNIX:
            refuse(family, *args)
        super().__init__(family, *args, **kwargs)

socket.socket = BlockedSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
from lint_med.cli import main
sys.exit(main(sys.argv[1:]))
'''
# Our own lines on stderr: a skipped file, or a usage or configuration error.
OWN_LINE = re.compile(r"^(?:\S.*: skipped: .+|lint-med: .+)$")


def inputs() -> list[str]:
    files = sorted(str(p) for p in (ROOT / "fixtures").rglob("*") if p.is_file())
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        files += sorted(str(p) for p in (corpus / "readability-test-pages").glob("*/source.html"))
        files += sorted(str(p) for p in (corpus / "health-news").glob("*.txt"))
    return files


@pytest.fixture(scope="module")
def run():
    files = inputs()
    done = subprocess.run([sys.executable, "-c", BLOCK_AND_RUN, "check", "--isolated", "--output-format", "json",
                           "--jobs", "2", *files], capture_output=True, text=True, cwd=ROOT, timeout=600)
    return files, done


def test_every_input_is_linted_without_an_internal_error(run):
    files, done = run
    assert done.returncode in (0, 1), done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["errors"] == []
    assert report["summary"]["files"] == len(files)
    assert [f for f in report["findings"] if f["category"] == "internal"] == []


def test_no_network_is_touched(run):
    _, done = run
    assert NETWORK_ATTEMPT not in done.stderr


def test_stderr_carries_only_our_own_lines(run):
    _, done = run
    foreign = [line for line in done.stderr.splitlines() if not OWN_LINE.match(line)]
    assert foreign == []


def test_the_corpus_is_there_or_skipped():
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present: only the fixtures were linted")
    assert len(inputs()) > 250


def test_the_network_block_works():
    """The blocked process does report a connection attempt (so the test above can fail)."""
    probe = BLOCK_AND_RUN.replace("from lint_med.cli import main", "import urllib.request\n"
                                  "try:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\n"
                                  "except OSError:\n    pass\nmain = lambda argv: 0")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert NETWORK_ATTEMPT in done.stderr
