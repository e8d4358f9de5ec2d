"""`lint-med show FILE` prints the text lint-med treats as the article, block by block."""

from lint_med.cli import main

PAGE = """<html><head><title>Iron</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Iron and tiredness</h1>
<p>Iron deficiency is a common cause of tiredness.</p>
<ul><li>Eat iron-rich foods.</li></ul>
</article>
<footer>Copyright 2026</footer></body></html>
"""


def test_show_prints_the_article_blocks_with_lines_and_kinds(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["show", "--isolated", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"# {page}: 3 blocks read as html")
    assert [line.split(None, 2) for line in lines[1:]] == [
        ["4", "h1", "Iron and tiredness"],
        ["5", "paragraph", "Iron deficiency is a common cause of tiredness."],
        ["6", "list_item", "Eat iron-rich foods."],
    ]


def test_show_with_a_content_selector(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["show", "--isolated", "--content-selector", "footer", str(page)]) == 0
    assert capsys.readouterr().out.splitlines()[1].split(None, 2) == ["8", "paragraph", "Copyright 2026"]


def test_show_a_missing_file(tmp_path, capsys):
    assert main(["show", "--isolated", str(tmp_path / "missing.html")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_show_with_a_selector_that_is_not_css(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["show", "--isolated", "--content-selector", "div[", str(page)]) == 2
    err = capsys.readouterr().err
    assert "content-selector 'div[' is not a CSS selector" in err and len(err.splitlines()) == 1
