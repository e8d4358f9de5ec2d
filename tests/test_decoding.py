"""Files are decoded as a browser would: BOM, declared charset, detection; never refused for a bad byte."""

import codecs
import json
from pathlib import Path

import jsonschema
import pytest

from lint_med.cli import main
from lint_med.decoding import InputError, decode_bytes
from lint_med.parsers import html as html_parser

SCHEMA = Path(__file__).resolve().parent.parent / "lint_med" / "formats" / "report.schema.json"
ARTICLE = ("Naltrexone at low doses\n\nPatients “felt better” after 8 weeks, the café study said — "
           "Ménière’s disease aside.\nIt is a miracle cure.\n")


def test_utf8_is_decoded_without_a_note():
    assert decode_bytes(ARTICLE.encode()) == (ARTICLE, None)


def test_latin1_without_a_charset_is_decoded_by_guess():
    text = "Caf\u00e9 au lait, na\u00efve patients and M\u00e9ni\u00e8re's disease.\n"
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.note.startswith("decoded as windows-1252, a guess")


def test_a_short_latin1_file_falls_back_to_windows_1252():
    assert decode_bytes(b"Caf\xe9 au lait\n").text == "Caf\u00e9 au lait\n"


def test_windows_1252_smart_quotes_without_a_charset():
    decoded = decode_bytes(ARTICLE.encode("cp1252"))
    assert decoded.text == ARTICLE and "windows-1252" in decoded.note


def test_declared_utf8_with_stray_latin1_bytes_keeps_utf8_and_replaces_the_bytes():
    data = ('<html><head><meta charset="utf-8"></head><body><p>Caf\u00e9 \u2013 ').encode() + \
        b"it\x92s\n<p>na\xefve \xe9t\xe9</p>\n</body></html>"
    decoded = decode_bytes(data)
    assert "Caf\u00e9 \u2013 it\ufffds" in decoded.text and "na\ufffdve \ufffdt\ufffd" in decoded.text
    assert decoded.note == ("decoded as UTF-8; 4 byte sequences not valid in UTF-8 replaced with U+FFFD "
                            "(the first on line 1)")


def test_undeclared_mostly_utf8_with_a_stray_byte_stays_utf8():
    data = "Caf\u00e9, na\u00efve, \u2018quoted\u2019 and ".encode() + b"one stray \x92 byte\n"
    decoded = decode_bytes(data)
    assert decoded.text == "Caf\u00e9, na\u00efve, \u2018quoted\u2019 and one stray \ufffd byte\n"
    assert "1 byte sequence not valid in UTF-8" in decoded.note


@pytest.mark.parametrize("declaration", [
    b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><body>',
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>',
    b"<html><head><meta charset=windows-1252></head><body>",
])
def test_a_declared_charset_is_used_and_latin1_means_windows_1252(declaration):
    data = declaration + b"<p>\x93Caf\xe9\x94 \x96 a study</p></body></html>"
    decoded = decode_bytes(data)
    assert "<p>\u201cCaf\u00e9\u201d \u2013 a study</p>" in decoded.text
    assert decoded.note is None  # declared and clean: nothing to tell


def test_an_unknown_declared_charset_falls_back_to_detection():
    decoded = decode_bytes(b'<meta charset="no-such-charset"><p>Caf\xe9 cr\xe8me</p>')
    assert "Caf\u00e9 cr\u00e8me" in decoded.text and "a guess" in decoded.note


@pytest.mark.parametrize("codec,bom,guessed", [
    ("utf-16-le", codecs.BOM_UTF16_LE, False), ("utf-16-be", codecs.BOM_UTF16_BE, False),
    ("utf-16-le", b"", True), ("utf-16-be", b"", True), ("utf-8", codecs.BOM_UTF8, False),
])
def test_utf16_with_and_without_a_byte_order_mark(codec, bom, guessed):
    decoded = decode_bytes(bom + ARTICLE.encode(codec))
    assert decoded.text == ARTICLE
    assert (decoded.note is not None) == guessed
    if guessed:
        assert decoded.note.startswith(f"decoded as UTF-16{codec[-2:].upper()}, a guess")


def test_a_truncated_utf16_file_is_decoded_with_a_replacement():
    decoded = decode_bytes(codecs.BOM_UTF16_LE + "Title\n\nText.\n".encode("utf-16-le") + b"\x00")
    assert decoded.text == "Title\n\nText.\n\ufffd" and "1 byte sequence not valid in UTF-16" in decoded.note


@pytest.mark.parametrize("data,reason", [
    (b"Title\n\nText\x00 with a NUL byte\n", "contains NUL bytes"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "starts like an image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "starts like an image, a PDF or an archive"),
])
def test_only_binary_input_is_refused(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


def test_a_page_with_a_stray_nul_byte_is_linted_as_a_browser_shows_it():
    page = (b"<html><body><h1>Title</h1>" + b"<p>Some text of the article.</p>" * 40
            + b"\x00<p>Miracle cure.</p></body></html>")
    decoded = decode_bytes(page)
    assert decoded.text == page.decode("utf-8") and decoded.note is None
    doc = html_parser.parse(decoded.text, "page.html", {})
    last = doc.blocks[-1]
    assert last.text == "Miracle cure." and decoded.text[last.offsets[0]:last.offsets[-1] + 1] == "Miracle cure."


def test_positions_stay_exact_after_replaced_bytes(tmp_path, capsys, monkeypatch):
    """A stray byte is one character, like the character it stands for: columns do not shift."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.txt").write_text("Title\n\nIt\u2019s caf\u00e9 time. It is a miracle cure.\n")
    (tmp_path / "stray.txt").write_bytes("Title\n\nIt\u2019s caf".encode() + b"\xe9 time. It is a miracle cure.\n")
    main(["check", "--isolated", "--output-format", "json", "--select", "LM701", "clean.txt", "stray.txt"])
    report = json.loads(capsys.readouterr().out)
    spans = {f["path"]: (f["line"], f["column"], f["end_line"], f["end_column"]) for f in report["findings"]}
    assert spans["clean.txt"] == spans["stray.txt"] and spans["clean.txt"][0] == 3
    assert report["notes"] == [{"path": "stray.txt", "message": "decoded as UTF-8; 1 byte sequence not valid in "
                                "UTF-8 replaced with U+FFFD (the first on line 3)"}]
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))


def test_the_note_is_an_info_line_once_per_file_and_does_not_change_the_exit_code(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"Caf\xe9 notes\n\nNothing to see here, on line three or \xe0 four.\n")
    code = main(["check", "--isolated", "--select", "LM701", "a.txt"])
    captured = capsys.readouterr()
    notes = [line for line in captured.out.splitlines() if line.startswith("a.txt: info: ")]
    assert notes == ["a.txt: info: decoded as windows-1252, a guess (no byte-order mark or declared charset, "
                     "and not UTF-8)"]
    assert code == 0 and captured.err == ""
    assert "No problems found in 1 file." in captured.out
    main(["check", "--isolated", "--select", "LM701", "--output-format", "sarif", "a.txt"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is True
    assert [(n["level"], n["message"]["text"][:23]) for n in run["invocations"][0]["toolExecutionNotifications"]] \
        == [("note", "decoded as windows-1252")]


def test_a_file_that_grew_after_its_size_was_read_is_read_whole_up_to_the_limit(tmp_path, monkeypatch):
    # read_decoded reads a file to the size it found and a byte more: a file longer by then is read on.
    import os

    from lint_med import decoding

    page = tmp_path / "growing.md"
    page.write_text("# Sleep\n\n" + "Most adults need seven hours of sleep a night.\n" * 40, encoding="utf-8")
    whole = page.read_text(encoding="utf-8")
    monkeypatch.setattr(decoding.os.path, "getsize", lambda path: 100)  # the size before it grew
    assert decoding.read_decoded(str(page), 10_000).text == whole
    with pytest.raises(InputError, match="too large"):
        decoding.read_decoded(str(page), 500)
    monkeypatch.setattr(decoding.os.path, "getsize", os.path.getsize)
    assert decoding.read_decoded(str(page), 10_000).text == whole
