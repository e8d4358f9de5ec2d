"""The language server, driven over stdio with JSON-RPC messages as an editor drives it."""

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from lint_med.lsp import code_units  # noqa: E402

# Line 5 (0-based 4) has an emoji before the statistic: two UTF-16 code units, one code point.
DRAFT = """\
# Magnesium for sleep: what to know

Magnesium is a mineral found in nuts, seeds, beans and leafy greens. Many people take it in the evening.

😴 About 80% of adults do not get enough magnesium from their diet.

Experts say that a daily supplement improves deep sleep.

Magnesium glycinate is guaranteed to cure insomnia.
"""
STATISTIC_FIXED = DRAFT.replace(
    "😴 About 80% of adults do not get enough magnesium from their diet.",
    "😴 Many adults get less magnesium from their diet than they need.")
ALL_FIXED = STATISTIC_FIXED.replace(
    "Experts say that a daily supplement improves deep sleep.",
    "A daily supplement may help some people sleep.").replace(
    "Magnesium glycinate is guaranteed to cure insomnia.",
    "Magnesium glycinate has not been shown to cure insomnia.")
WAIT = 60  # seconds: a limit on waiting for a message, not a measurement


class Client:
    """A minimal LSP client: Content-Length framing over the server's stdin and stdout."""

    def __init__(self, cwd: Path):
        self.process = subprocess.Popen([sys.executable, "-m", "lint_med", "lsp"], cwd=cwd,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def close(self) -> None:
        """Stop the server and close its pipes once the reader has seen the end (an open pipe
        left to the garbage collector is a ResourceWarning in some later test)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.reader.join(WAIT)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.lower()] = value.strip()
            self.messages.put(json.loads(stream.read(int(headers["content-length"])).decode("utf-8")))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict | None = None) -> None:
        self.send({"method": method, **({"params": params} if params is not None else {})})

    def request(self, method: str, params: dict | None = None):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, **({"params": params} if params is not None else {})})
        reply = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def wait(self, matches):
        while True:
            message = self.messages.get(timeout=WAIT)
            if matches(message):
                return message

    def diagnostics(self, uri: str, version: int) -> list[dict]:
        message = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == uri and m["params"].get("version") == version)
        return message["params"]["diagnostics"]


@pytest.fixture
def client(tmp_path):
    client = Client(tmp_path)
    result = client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"publishDiagnostics": {"versionSupport": True}}}})
    assert result["serverInfo"]["name"] == "lint-med"
    assert result["capabilities"]["codeActionProvider"]
    client.notify("initialized", {})
    yield client
    client.close()


def _open(client, path: Path, text: str, language: str = "markdown") -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 1,
                                                           "text": text}})
    return uri


def _by_code(diagnostics) -> dict[str, dict]:
    return {d["code"]: d for d in diagnostics}


def test_diagnostics_on_open_withdrawn_after_the_fix_and_a_clean_exit(client, tmp_path):
    uri = _open(client, tmp_path / "draft.md", DRAFT)
    found = _by_code(client.diagnostics(uri, 1))
    assert {"LM501", "LM602", "LM701"} <= set(found)
    statistic = found["LM501"]
    # "😴 About " is 8 code points and 9 UTF-16 code units; "80% of adults" is 13 more.
    assert statistic["range"] == {"start": {"line": 4, "character": 9}, "end": {"line": 4, "character": 22}}
    assert found["LM602"]["range"]["start"] == {"line": 6, "character": 0}
    assert found["LM701"]["range"]["start"]["line"] == 8
    assert statistic["source"] == "lint-med" and statistic["severity"] == 2
    assert "has no source" in statistic["message"]
    docs = statistic["codeDescription"]["href"]
    assert docs.startswith("file://") and docs.endswith("statistics.py")
    assert Path(docs.removeprefix("file://")).is_file()

    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": STATISTIC_FIXED}]})
    after = _by_code(client.diagnostics(uri, 2))
    assert "LM501" not in after and {"LM602", "LM701"} <= set(after)

    # An incremental change, as editors send while typing: replace line 7 (0-based 6) and line 9.
    lines = STATISTIC_FIXED.split("\n")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
        {"range": {"start": {"line": 6, "character": 0}, "end": {"line": 6, "character": len(lines[6])}},
         "text": "A daily supplement may help some people sleep."},
        {"range": {"start": {"line": 8, "character": 0}, "end": {"line": 8, "character": len(lines[8])}},
         "text": "Magnesium glycinate has not been shown to cure insomnia."}]})
    assert not {"LM501", "LM602", "LM701"} & set(_by_code(client.diagnostics(uri, 3)))

    assert client.request("shutdown") is None
    client.notify("exit")
    assert client.process.wait(timeout=WAIT) == 0


def test_a_quick_fix_adds_a_disable_comment_in_the_documents_syntax(client, tmp_path):
    uri = _open(client, tmp_path / "draft.md", DRAFT)
    statistic = _by_code(client.diagnostics(uri, 1))["LM501"]
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": statistic["range"], "context": {"diagnostics": [statistic]}})
    (action,) = actions
    assert action["kind"] == "quickfix"
    (edit,) = action["edit"]["changes"][uri]
    assert edit == {"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 0}},
                    "newText": "<!-- lint-med: disable-next-line LM501 -->\n"}
    # Applied, the comment silences the finding and nothing else.
    lines = DRAFT.split("\n")
    lines.insert(4, edit["newText"].rstrip("\n"))
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": "\n".join(lines)}]})
    after = _by_code(client.diagnostics(uri, 2))
    assert "LM501" not in after and "LM002" not in after and "LM701" in after

    text_uri = _open(client, tmp_path / "draft.txt", DRAFT.replace("# ", ""), "plaintext")
    statistic = _by_code(client.diagnostics(text_uri, 1))["LM501"]
    (action,) = client.request("textDocument/codeAction", {
        "textDocument": {"uri": text_uri}, "range": statistic["range"], "context": {"diagnostics": [statistic]}})
    assert action["edit"]["changes"][text_uri][0]["newText"] == "lint-med: disable-next-line LM501\n"


def test_configuration_is_found_from_the_documents_path(client, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "lint-med.toml").write_text('ignore = ["LM602"]\n[severity]\nLM501 = "error"\n', encoding="utf-8")
    uri = _open(client, site / "draft.md", DRAFT)
    found = _by_code(client.diagnostics(uri, 1))
    assert "LM602" not in found and found["LM501"]["severity"] == 1


def test_hover_shows_the_rules_documentation(client, tmp_path):
    uri = _open(client, tmp_path / "draft.md", DRAFT)
    client.diagnostics(uri, 1)
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": 4, "character": 12}})
    assert "LM501 unsourced-statistic" in hover["contents"]["value"]
    assert "## Why is this bad?" in hover["contents"]["value"]


def test_code_units_by_position_encoding():
    assert code_units("😴 a", "utf-16") == 4
    assert code_units("😴 a", "utf-8") == 6
    assert code_units("😴 a", "utf-32") == 3
    assert code_units("é", None) == 1


def test_save_relints_with_the_configuration_as_it_is_now(client, tmp_path):
    uri = _open(client, tmp_path / "draft.md", DRAFT)
    assert "LM501" in _by_code(client.diagnostics(uri, 1))
    (tmp_path / "lint-med.toml").write_text('ignore = ["LM501"]\n', encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    after = _by_code(client.diagnostics(uri, 1))
    assert "LM501" not in after and "LM701" in after
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    closed = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert closed["params"] == {"uri": uri, "diagnostics": []}


def test_changes_in_quick_succession_are_linted_once(client, tmp_path):
    uri = _open(client, tmp_path / "draft.md", DRAFT)
    client.diagnostics(uri, 1)
    # Three edits arrive together, as from fast typing: only the last version is linted.
    versions = [(2, STATISTIC_FIXED), (3, DRAFT), (4, ALL_FIXED)]
    frames = b""
    for version, text in versions:
        body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}}).encode()
        frames += b"Content-Length: %d\r\n\r\n" % len(body) + body
    client.process.stdin.write(frames)
    client.process.stdin.flush()
    published = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert published["params"]["version"] == 4
    assert not {"LM501", "LM602", "LM701"} & set(_by_code(published["params"]["diagnostics"]))


def test_positions_in_the_encoding_the_client_prefers(tmp_path):
    client = Client(tmp_path)
    try:
        result = client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {
            "general": {"positionEncodings": ["utf-8", "utf-16"]}}})
        assert result["capabilities"]["positionEncoding"] == "utf-8"
        client.notify("initialized", {})
        uri = _open(client, tmp_path / "draft.md", DRAFT)
        message = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        statistic = _by_code(message["params"]["diagnostics"])["LM501"]
        # "😴 About " is 4 + 7 bytes in UTF-8.
        assert statistic["range"]["start"] == {"line": 4, "character": 11}
        assert statistic["range"]["end"] == {"line": 4, "character": 24}
        assert uri == message["params"]["uri"]
    finally:
        client.close()
