"""Addresses a browser loads or follows from elements other than <a>: link candidates, as an <a>'s."""

from lint_med.parsers import html as html_parser
from lint_med.parsers import markdown as markdown_parser

ARTICLE = "<p>Ginger tea may ease mild nausea in some adults, a small trial of ginger suggests.</p>"


def _links(body: str, parser=html_parser, path="page.html"):
    source = f"<html><body><article>{ARTICLE}{body}</article></body></html>" if parser is html_parser else body
    doc = parser.parse(source, path, {})
    return {link.url: (link.text, link.hidden) for link in doc.links}


def test_frames_forms_buttons_and_menu_options_are_links_with_their_words():
    links = _links('<iframe src="https://kettle-repairs.example/fix" title="Kettle repair"></iframe>'
                   '<form action="https://rug-wash.example/book"><p>Clean rugs</p>'
                   '<button formaction="https://rug-wash.example/quote">Get a quote</button></form>'
                   '<select onchange="location=this.value"><option value="">Go to</option>'
                   '<option value="https://lawn-care.example/">lawn mowing</option></select>')
    assert links["https://kettle-repairs.example/fix"] == ("Kettle repair", False)
    assert links["https://rug-wash.example/book"] == ("Clean rugs Get a quote", False)
    assert links["https://rug-wash.example/quote"] == ("Get a quote", False)
    assert links["https://lawn-care.example/"] == ("lawn mowing", False)


def test_meta_link_and_cite_addresses_are_hidden_links():
    links = _links('<meta http-equiv="refresh" content="5; url=https://tile-grout.example/x">'
                   '<link rel="alternate" hreflang="cy" href="https://tile-grout.example/y">'
                   '<blockquote cite="https://tile-grout.example/z"><p>Grout lasts.</p></blockquote>')
    for url in ("https://tile-grout.example/x", "https://tile-grout.example/y", "https://tile-grout.example/z"):
        assert links[url] == ("", True)


def test_resources_and_relative_addresses_are_no_links():
    links = _links('<link rel="stylesheet" href="https://cdn.example/site.css">'
                   # resource hints: the browser resolves, connects to, fetches or renders an address for its own use;
                   # no reader is shown it or sent there (docs/links-and-off-topic.md, "Out of scope")
                   '<link rel="dns-prefetch" href="https://tile-grout.example">'
                   '<link rel="preconnect" href="https://tile-grout.example" crossorigin>'
                   '<link rel="prefetch" href="https://tile-grout.example/next">'
                   '<link rel="prerender" href="https://tile-grout.example/y">'
                   '<meta itemprop="image" content="https://cdn.example/photo">'
                   '<iframe src="https://cdn.example/clip.mp4"></iframe>'
                   '<form action="/search"><input type="submit" value="Search"></form>')
    assert [url for url in links if "ginger" not in url] == []


def test_raw_html_in_markdown_gives_the_same_links():
    text = ("Ginger tea may ease mild nausea, a small trial of ginger suggests.\n\n"
            'Some adults <iframe src="https://kettle-repairs.example/fix" title="Kettle repair"></iframe> drink it'
            ' <link rel="alternate" href="https://tile-grout.example/y"> daily'
            ' <link rel="prefetch" href="https://tile-grout.example/z">.\n')
    links = _links(text, markdown_parser, "page.md")
    assert links["https://kettle-repairs.example/fix"] == ("Kettle repair", False)
    assert links["https://tile-grout.example/y"] == ("", True)
    assert "https://tile-grout.example/z" not in links  # a resource hint (above)
