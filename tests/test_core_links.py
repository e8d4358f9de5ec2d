"""Link rules LM101-LM104 on small articles (statins, metformin, migraine)."""

import pytest

from lint_med.parsers import html, markdown, text
from lint_med_core import _topic
from lint_med_core.links import (hidden_link, is_authority, undisclosed_affiliate, unqualified_commercial_link,
                                 unrelated_link)

PARSERS = {"md": markdown, "html": html, "txt": text}


def parse(source, ext="md"):
    doc = PARSERS[ext].parse(source, f"article.{ext}", {})
    doc.vocabulary = {}
    return doc


def run(rule, doc, pack=None, **options):
    return list(rule.run(doc, {**rule.defaults(), "pack": pack or {}, **options}))


def statins_md(link):
    return f"# Statins and cholesterol\n\nStatins lower LDL cholesterol. {link} Ask your doctor.\n"


@pytest.mark.parametrize("domain", ["pubmed.ncbi.nlm.nih.gov", "www.cdc.gov", "www.nhs.uk", "www.who.int",
                                    "doi.org", "www.nejm.org", "www.thelancet.com", "jamanetwork.com",
                                    "health.state.example.gov", "www.gov.uk", "www.cochranelibrary.com"])
def test_authorities(domain):
    assert is_authority(domain.removeprefix("www."))


def test_unknown_domain_is_not_an_authority():
    assert not is_authority("nih.gov.example.com") and not is_authority("healthline.com")
    assert is_authority("healthline.com", ["healthline.com"])


@pytest.mark.parametrize("link", [
    "[play now](https://www.megaslots-example.com/free-spins)",
    "[cheap viagra](https://pills-example.com/)",
    "[a guide](https://www.example.com/payday-loans-today)",
    "[partner](https://bestcasino-example.net/)",
])
def test_spam_links_are_flagged(link):
    hits = run(unrelated_link, parse(statins_md(link)))
    assert len(hits) == 1 and "statin" in hits[0].message


@pytest.mark.parametrize("link", [
    "[a review](https://www.nejm.org/doi/full/10.1056/NEJMoa0807646)",
    "[statin myths](https://www.some-blog-example.com/statin-myths)",  # on topic
    "[our table](/statins/compare)",  # internal
    "[specialists](https://www.heartspecialists-example.com/team)",  # "cialis" inside a word
    "[a report](https://www.nytimes-example.com/2023/04/01/well/sleep-tips.html)",  # unrelated, no evidence
])
def test_ordinary_links_are_not_flagged(link):
    assert run(unrelated_link, parse(statins_md(link))) == []


def test_spam_subject_on_the_articles_topic_is_not_flagged():
    source = "# Cocaine use disorder\n\nCocaine use disorder is treated with counselling. [How long cocaine stays in urine](https://rehab-example.org/how-long-does-cocaine-stay-in-urine).\n"
    assert run(unrelated_link, parse(source)) == []


def test_allow_domains_and_extra_spam_terms_options():
    doc = parse(statins_md("[bonus](https://megaslots-example.com/free-spins)"))
    assert run(unrelated_link, doc, allow_domains=["megaslots-example.com"]) == []
    doc = parse(statins_md("[garden](https://www.garden-example.com/lawnmower-deals)"))
    assert run(unrelated_link, doc) == []
    assert len(run(unrelated_link, doc, extra_spam_terms=["lawnmower"])) == 1


def test_mid_sentence_bare_url_on_a_foreign_country_domain():
    source = ("Migraine Diary\n\nA migraine diary shows your triggers. Note what you ate "
              "https://www.moebel-example.de/sofas-guenstig-kaufen and how you slept.\n")
    doc = parse(source, "txt")
    hits = run(unrelated_link, doc)
    assert len(hits) == 1 and "middle of a sentence" in hits[0].message and ".de" in hits[0].message
    # The same URL at the end of a sentence, as a reference, is not evidence enough.
    doc = parse(source.replace(" and how you slept.", "."), "txt")
    assert run(unrelated_link, doc) == []


def test_own_site_from_the_canonical_url_is_never_flagged():
    page = ('<html lang="en"><head><title>Statins</title><link rel="canonical" href="https://casino-news-example.com/statins">'
            '</head><body><article><h1>Statins</h1><p>Statins lower cholesterol. '
            '<a href="https://casino-news-example.com/slots">our slots page</a></p></article></body></html>')
    doc = parse(page, "html")
    assert _topic.registrable("www.casino-news-example.com") in _topic.topic_model(doc).site_domains
    assert run(unrelated_link, doc) == []


def test_registrable_domain():
    assert _topic.registrable("a.b.example.co.uk") == "example.co.uk"
    assert _topic.registrable("pubmed.ncbi.nlm.nih.gov") == "nih.gov"


HIDDEN = """<html lang="en"><head><title>Statins</title></head><body><article><h1>Statins</h1>
<p>Statins lower cholesterol.</p>
<div style="visibility: hidden"><a href="https://pills-example.com/">cheap pills</a></div>
<p><a href="#top" hidden>Back to top</a> <a href="/statins/faq" style="display:none">FAQ</a>
<a href="https://twitter.com/share" style="display:none">Tweet</a>
<a href="https://pills-example.com/" style="display:none"></a></p>
</article></body></html>"""


def test_hidden_external_links_with_text_are_errors_only():
    hits = run(hidden_link, parse(HIDDEN, "html"))
    assert [h.at.url for h in hits] == ["https://pills-example.com/"]
    assert "cheap pills" in hits[0].message


def page(body, lang="en"):
    return f'<html lang="{lang}"><head><title>Magnesium for migraine</title></head><body><article><h1>Magnesium for migraine</h1>{body}</article></body></html>'


@pytest.mark.parametrize("anchor, flagged", [
    ('<a href="https://www.amazon.com/dp/B01?tag=site-20">this one</a>', True),
    ('<a href="https://www.amazon.com/dp/B01?tag=site-20" rel="sponsored">this one</a>', False),
    ('<a href="https://www.amazon.com/dp/B01?tag=site-20" rel="nofollow">this one</a>', False),
    ('<a href="https://amzn.to/abc">this one</a>', True),
    ('<a href="https://www.shop-example.com/item?utm_medium=affiliate">this one</a>', True),
    ('<a href="https://www.shop-example.com/magnesium">Check price</a>', True),
    ('<a href="https://www.amazon.com/Migraine-Book/dp/0375704060">a book on migraine</a>', False),
    ('<a href="https://www.example.com/?ref=nav">an article</a>', False),
    ('<a href="https://blog.example.com/posts?tag=migraine">more posts</a>', False),
    ('<a href="https://www.nih.gov/?tag=x">NIH</a>', False),
])
def test_commercial_links_in_html(anchor, flagged):
    hits = run(unqualified_commercial_link, parse(page(f"<p>Magnesium helps migraine: {anchor}.</p>"), "html"))
    assert bool(hits) == flagged


def test_markdown_reports_only_clear_affiliate_links_and_says_why():
    doc = parse("# Magnesium for migraine\n\n[Buy now](https://www.shop-example.com/magnesium) or "
                "[this one](https://www.shop-example.com/magnesium?aff=12).\n")
    hits = run(unqualified_commercial_link, doc)
    assert len(hits) == 1 and "Markdown cannot carry" in hits[0].message


def test_undisclosed_affiliate_and_disclosures():
    body = '<p>Magnesium helps migraine: <a href="https://amzn.to/abc" rel="sponsored">this one</a>.</p>'
    assert len(run(undisclosed_affiliate, parse(page(body), "html"))) == 1
    disclosed = "<p>We may earn a commission from links on this page.</p>" + body
    assert run(undisclosed_affiliate, parse(page(disclosed), "html")) == []
    custom = "<p>Links marked with a star pay us a fee.</p>" + body
    doc = parse(page(custom), "html")
    assert len(run(undisclosed_affiliate, doc)) == 1
    assert run(undisclosed_affiliate, doc, extra_disclosure_phrases=["pay us a fee"]) == []


def test_no_affiliate_links_no_disclosure_needed():
    body = '<p>Magnesium helps migraine (<a href="https://www.shop-example.com/magnesium">Buy now</a>).</p>'
    assert run(undisclosed_affiliate, parse(page(body), "html")) == []


def test_malformed_addresses_do_not_crash_the_link_rules():
    doc = parse(page('<p>Magnesium: <a href="http://[::1">x</a> <a href="https://">y</a> '
                     '<a href="mailto:a@b.c">mail</a> <a href="https://www.amazon.com/dp/B1?tag=x-20">z</a></p>'), "html")
    for rule in (unrelated_link, hidden_link, unqualified_commercial_link, undisclosed_affiliate):
        run(rule, doc)
    assert len(run(unqualified_commercial_link, doc)) == 1


PASTED = {
    "md": "as [{anchor}](https://www.weekly-example.com/people/am) described",
    "html": 'as <a href="https://www.weekly-example.com/people/am">{anchor}</a> described',
}


@pytest.mark.parametrize("ext", ["md", "html"])
@pytest.mark.parametrize("anchor", ["Alexis Madrigal", "sketchy, substandard lenders"])
def test_pasted_link_message_quotes_its_anchor_as_written(ext, anchor):
    # the message quotes the page's words, not their lowercased, singular word keys
    link = PASTED[ext].format(anchor=anchor)
    paragraphs = ["Migraine attacks often follow a trigger such as poor sleep, skipped meals or bright light.",
                  f"A headache diary kept for two months usually shows a pattern, {link} in a column on diaries.",
                  "Talk to your doctor about preventive migraine treatment if attacks are frequent."]
    if ext == "md":
        source = "# Migraine triggers and diaries\n\n" + "\n\n".join(paragraphs) + "\n"
    else:
        source = ("<html><head><title>Migraine triggers and diaries</title></head><body><h1>Migraine triggers and "
                  "diaries</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    found = [h.message for h in run(unrelated_link, parse(source, ext))]
    assert len(found) == 1 and f'about "{anchor}", words the article uses nowhere else' in found[0]


# --- an address or a sentence in another script or language (the form, for any trade) ---------------

_GOUT = ("# Gout flares\n\nGout is a kind of arthritis in which uric acid crystals form in a joint, most often "
         "the big toe.\n\nResting the joint and raising it eases the swelling, and ice calms the pain.\n\n{}\n")
_SPANISH_PARAGRAPH = "La gota es un tipo de artritis en la que se forman cristales de ácido úrico en una articulación."


@pytest.mark.parametrize("line", [
    "Allopurinol lowers uric acid; [the rest](https://xn--80atldfp.xn--p1ai/auto) is for later.",
    "Allopurinol lowers uric acid; [the rest](https://прокат.рф/auto) is for later.",
    "Allopurinol lowers uric acid. Аренда автомобилей без залога [здесь](https://car-hire.example/ru) сегодня.",
    "Allopurinol lowers uric acid. Ofrecemos las mejores fotos de boda para su gran día en "
    "[nuestro estudio](https://fotos.example/boda) con un precio especial.",
])
def test_address_or_sentence_in_another_script_or_language(line):
    findings = run(unrelated_link, parse(_GOUT.format(line)))
    assert len(findings) == 1
    assert "the article does not use" in findings[0].message or "not written in" in findings[0].message


@pytest.mark.parametrize("article, foreign", [
    # the article writes the language elsewhere (bilingual); without that paragraph the link is foreign
    (_SPANISH_PARAGRAPH + "\n\nEl reposo alivia la hinchazón, y el servicio de salud explica los tratamientos en "
     "[su página](https://salud-region.example/gota) para los pacientes.", _SPANISH_PARAGRAPH),
    # a foreign title quoted (a reading list), not a sentence in that script
    ("Further reading: [“痛風と食事に関する研究の報告書”](https://gout-cohort.example/jp)", "“"),
    # a reference (a year)
    ("田中健一、痛風と食事に関する研究、2019年、[報告書](https://gout-cohort.example/jp)", "2019"),
])
def test_foreign_language_link_that_belongs(article, foreign):
    from lint_med_core.links import _in_another_script_or_language
    doc = parse(_GOUT.format(article))
    assert doc.links and all(not _in_another_script_or_language(doc, link, link.domain) for link in doc.links)
    without = parse(_GOUT.format(article.replace(foreign, "").replace("”", "")))
    assert any(_in_another_script_or_language(without, link, link.domain) for link in without.links)


def test_promotion_in_another_language_needs_a_pitch_mark_and_words():
    from lint_med_core.offtopic import promotional_block
    promo = "Скидки на диваны и кресла только до конца недели, звоните нам"
    clean = run(promotional_block, parse(_GOUT.format(promo)))
    marked = run(promotional_block, parse(_GOUT.format(promo + "!")))
    formula = run(promotional_block, parse(_GOUT.format("1 ( ϕ 5 − ϕ ) e 2 5 π = 1 + e − 2 π 1 + e − 4 π!")))
    assert not clean and not formula
    assert len(marked) == 1 and "Cyrillic" in marked[0].message


def test_own_country_domain_in_its_own_script_is_not_foreign():
    article = ("# Подагра\n\nПодагра — это воспаление сустава, при котором в нём откладываются кристаллы мочевой "
               "кислоты, чаще всего в большом пальце стопы. Во время приступа суставу нужен покой.\n\n"
               "Аллопуринол снижает уровень мочевой кислоты, и подробности есть на сайте "
               "https://минздрав.рф/подагра/лечение-приступа для пациентов.\n")
    english = ("# Gout\n\nGout is a kind of arthritis in which uric acid crystals form in a joint, most often the "
               "big toe, and rest and ice ease a flare of it.\n\nAllopurinol lowers uric acid, and the details are "
               "at https://минздрав.рф/подагра/лечение-приступа for patients.\n")
    assert all(".рф domain" not in f.message for f in run(unrelated_link, parse(article, "txt")))
    assert any(".рф domain" in f.message for f in run(unrelated_link, parse(english, "txt")))


# A link that opens a private chat with someone it names (a number, a handle) is a seller's contact;
# a share button names no one.
@pytest.mark.parametrize("ext, line", [
    ("md", "Questions about your dose? Message [our team](https://wa.me/447700900123) any time."),
    ("md", "Book a visit on Telegram <https://t.me/hedgetrim_bookings> today."),
    ("txt", "Fast answers on LINE: line.me/ti/p/~hedgetrim_shop or call us."),
    ("html", '<p>Chat on Viber <a href="viber://chat?number=%2B447700900123">+44 7700 900123</a> now.</p>'),
    ("html", '<p>Prices: <a href="https://api.whatsapp.com/send?phone=447700900123">WhatsApp us</a>.</p>'),
])
def test_chat_links_are_reported(ext, line):
    body = {"md": statins_md(line), "txt": f"Statins and cholesterol\n\nStatins lower LDL cholesterol. {line}\n",
            "html": f"<html><body><article><h1>Statins and cholesterol</h1><p>Statins lower LDL cholesterol "
                    f"in most adults who take them every day.</p>{line}</article></body></html>"}[ext]
    hits = run(unrelated_link, parse(body, ext))
    assert any("private chat" in hit.message for hit in hits), [hit.message for hit in hits]


@pytest.mark.parametrize("link", ["[Share on WhatsApp](https://api.whatsapp.com/send?text=Statins%20explained)",
                                  "[Share on Telegram](https://t.me/share/url?url=https://example.org/statins)"])
def test_share_buttons_are_not_chat_links(link):
    assert not any("private chat" in hit.message for hit in run(unrelated_link, parse(statins_md(link))))


# A signature (a sign-off with its comma, or "--", then a name) is a box the article's author did not write:
# its link is the signer's site, reported when the article names it nowhere else and it is off the subject.
@pytest.mark.parametrize("opener", ["Kind regards,", "Cheers,", "--"])
def test_a_signed_link_to_an_unrelated_site_is_reported(opener):
    doc = parse(statins_md(f"\n\n{opener}  \nDana Whitcombe  \nOwner, Loftway Gutters  \n"
                           "[loftway-gutters.example](https://loftway-gutters.example/gutter-guards) | 555-0101"))
    assert any("signature" in hit.message for hit in run(unrelated_link, doc))


def test_best_practices_is_no_signature():
    doc = parse(statins_md("\n\nBest Practices Guide [gutter guards](https://loftway-gutters.example/gutter-guards)"))
    assert not any("signature" in hit.message for hit in run(unrelated_link, doc))
