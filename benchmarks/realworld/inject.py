"""Inject spam into real health articles and check that lint-med finds it where it was put.

    python benchmarks/realworld/inject.py              # the table: found / injected per kind and format
    python benchmarks/realworld/inject.py --misses     # also every injection lint-med did not find
    python benchmarks/realworld/inject.py --kind bare-url --format text --misses
    python benchmarks/realworld/inject.py --write DIR  # also write the injected files, to read them
                                                       # with `lint-med check` (keep DIR out of git)

Hosts are real articles read at run time from ../shared: the 120 health-news texts (as plain text, and
rendered to Markdown and to HTML) and the health pages of readability-test-pages (their real HTML).
Each injected document carries one injection of one kind; the spam itself comes from
``inject_templates.toml`` (invented shops and domains, filled in with a fixed seed) and, for pasted
paragraphs, from the English non-health pages of readability-test-pages (cars, tech, politics, ...).

An injection is found when lint-med reports a finding of the expected category whose span overlaps
the injected text. The untouched hosts are the control: no error-level links finding should appear
there, and every links or off-topic finding on them is counted as a false alarm.
Nothing third-party is written into the project; ``--write`` output belongs in the git-ignored cache.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import quopri
import random
import re
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
SHARED = PROJECT.parent / "shared" / "corpus"
HEALTH_NEWS = SHARED / "health-news"
PAGES = SHARED / "readability-test-pages"
SEED = 2026

# Health pages of readability-test-pages (hosts) and English non-health pages (donors of paragraphs).
HEALTH_PAGES = ("medicalnewstoday", "webmd-1", "webmd-2", "buzzfeed-1")
DONOR_PAGES = ("bbc-1", "citylab-1", "cnet", "cnn", "engadget", "guardian-1", "herald-sun-1", "nytimes-2",
               "nytimes-3", "nytimes-4", "salon-1", "seattletimes-1", "telegraph", "theverge", "wapo-1",
               "wapo-2", "yahoo-1", "ehow-1", "ehow-2", "lifehacker-working", "bug-1255978", "spiceworks")

FORMATS = ("text", "markdown", "html")
SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html"}

# kind -> (categories that count as finding it, formats it exists in, how it is placed)
KINDS = {
    "visible-anchor": ({"links"}, FORMATS, "block"),
    "bare-url": ({"links"}, FORMATS, "inline"),
    "display-none": ({"links"}, ("markdown", "html"), "block"),
    "visibility-hidden": ({"links"}, ("markdown", "html"), "block"),
    "zero-font": ({"links"}, ("markdown", "html"), "inline"),
    "off-screen": ({"links"}, ("markdown", "html"), "block"),
    "anchor-pharmacy": ({"links"}, FORMATS, "inline"),
    "anchor-casino": ({"links"}, FORMATS, "inline"),
    "anchor-essay": ({"links"}, FORMATS, "inline"),
    "anchor-diet": ({"links"}, FORMATS, "inline"),
    "anchor-crypto": ({"links"}, FORMATS, "inline"),
    "foreign-anchor": ({"links"}, FORMATS, "inline"),
    "foreign-bare-url": ({"links"}, FORMATS, "inline"),
    "pasted-paragraph": ({"off-topic"}, FORMATS, "block"),
    "promo-block": ({"off-topic", "links"}, FORMATS, "block"),
    # Added last, so that the draws of the kinds above stay as they were for each seed: anchors
    # and bare URLs of the `fresh` templates, written to test that fixes generalise.
    "fresh-anchor": ({"links"}, FORMATS, "inline"),
    "fresh-bare-url": ({"links"}, FORMATS, "inline"),
    # The same two shapes from the `fresh2` templates (session 7), written blind after the rules had
    # been widened to the `fresh` ones.
    "fresh2-anchor": ({"links"}, FORMATS, "inline"),
    "fresh2-bare-url": ({"links"}, FORMATS, "inline"),
    # The `fresh3` templates (session 8), written blind, one kind per form: a link line, a commercial anchor
    # mid-sentence (English, another language), a bare URL (Latin, other scripts), a link in a spam sentence
    # (English, another language), each way of hiding links, and promo blocks. "auto": a hidden block element
    # is placed as a block of its own, a hidden inline one mid-sentence.
    "fresh3-link-line": ({"links"}, FORMATS, "block"),
    "fresh3-anchor": ({"links"}, FORMATS, "inline"),
    "fresh3-foreign-anchor": ({"links"}, FORMATS, "inline"),
    "fresh3-bare-url": ({"links"}, FORMATS, "inline"),
    "fresh3-foreign-bare-url": ({"links"}, FORMATS, "inline"),
    "fresh3-sentence": ({"links"}, FORMATS, "block"),
    "fresh3-foreign-sentence": ({"links"}, FORMATS, "block"),
    **{f"fresh3-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("display-none", "visibility-hidden", "tiny-font", "off-screen", "same-colour", "clipped",
                   "stylesheet")},
    "fresh3-promo-block": ({"off-topic", "links"}, FORMATS, "block"),
    # The `fresh4` templates (session 9), written blind, with twelve trades none of the above use: the forms of
    # fresh3, except that a spam sentence carries no link (a call to action naming a shop, so either category
    # counts), hidden links may be in any language, one more way of hiding (a <marquee> shrunk or scrolled away),
    # and promo blocks in several languages.
    **{f"fresh4-{form}": ({"links"}, FORMATS, placement)
       for form, placement in (("link-line", "block"), ("anchor", "inline"), ("foreign-anchor", "inline"),
                               ("bare-url", "inline"), ("foreign-bare-url", "inline"))},
    "fresh4-sentence": ({"links", "off-topic"}, FORMATS, "block"),
    "fresh4-foreign-sentence": ({"links", "off-topic"}, FORMATS, "block"),
    **{f"fresh4-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("display-none", "visibility-hidden", "tiny-font", "off-screen", "same-colour", "clipped",
                   "stylesheet", "marquee")},
    "fresh4-promo-block": ({"off-topic", "links"}, FORMATS, "block"),
    # The `fresh5` templates (session 10), written blind, with twelve more trades and ten more languages: links
    # where link sellers put them (a heading, a "related" list, a table, an image caption, a testimonial, a fake
    # source, an author bio, a comment), reference-style links and autolinks, addresses that are not links (spelled
    # out, behind a shortener, in another script), keyword-stuffed runs of anchors, a paragraph in the host's news
    # style, and eight more ways of hiding. A form with no link counts for either category.
    **{f"fresh5-{form}": ({"links"}, FORMATS, "inline")
       for form in ("anchor", "foreign-anchor", "keyword-run", "bare-url", "idn-url", "shortener", "autolink")},
    "fresh5-obfuscated": ({"links", "off-topic"}, FORMATS, "inline"),
    "fresh5-reference-link": ({"links"}, ("text", "markdown"), "block"),
    **{f"fresh5-{form}": ({"links"}, FORMATS, "block")
       for form in ("heading", "related-list", "caption", "testimonial", "fake-reference", "author-bio", "comment")},
    "fresh5-table": ({"links"}, ("markdown", "html"), "block"),
    **{f"fresh5-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("mimic", "sentence", "foreign-sentence")},
    **{f"fresh5-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("noscript", "details", "hidden-attr", "collapsed", "text-indent", "parent-zero-font", "font-tag",
                   "opacity")},
    # The `fresh6` templates (session 11), written blind, with twelve more trades and ten more languages, in forms the
    # sets above do not use: a banner image wrapped in a link, an address in an image's alt or title text, a footnote,
    # an FAQ answer, breadcrumbs and tag lines, a sponsored box, a signature, messaging deep links, a coupon line, a
    # made-up expert's quote, a "see also" line in another language, a step of a numbered list, a bold lead-in, a
    # disclosure or update line, a link in parentheses mid-sentence; links run by a script, image maps and SVG links
    # (HTML, also in Markdown); shops named with a phone, a handle or an e-mail address and no link (either category);
    # and five more ways of hiding.
    **{f"fresh6-{form}": ({"links"}, FORMATS, "block")
       for form in ("footnote", "faq", "breadcrumb", "signature", "messaging", "coupon", "expert-quote", "see-also",
                    "steps", "bold-lead", "disclosure")},
    "fresh6-parenthetical": ({"links"}, FORMATS, "inline"),
    "fresh6-sponsored-box": ({"links", "off-topic"}, FORMATS, "block"),
    **{f"fresh6-{form}": ({"links"}, ("markdown", "html"), "block") for form in ("image-link", "image-alt")},
    "fresh6-js-link": ({"links"}, ("markdown", "html"), "inline"),
    **{f"fresh6-{form}": ({"links"}, ("markdown", "html"), "auto") for form in ("image-map", "svg-link")},
    **{f"fresh6-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("handle", "sentence", "foreign-sentence")},
    **{f"fresh6-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("script-hidden", "inherited", "fallback", "unshown", "selector-stylesheet")},
    # The `fresh7` templates (session 12), written blind, with twelve more trades and ten more languages, in forms the
    # sets above do not use: BBCode pasted as text, a link through an open redirect with the address percent-encoded,
    # an address broken by zero-width characters or <wbr>, one with look-alike letters, an href in HTML entities or a
    # percent-encoded host, an anchor that is one mark or emoji, a <meta> refresh or <link rel> in the body, an
    # <iframe>/<embed>/<object> showing the shop, a <form> whose button buys, a <select> of "partner sites", an address
    # only in a blockquote's cite, a share bar, a cookie banner, a glossary (definition list), a pasted forum reply;
    # blocks about another subject (a translated abstract with a link, a press release, a job ad, classified notices,
    # a paragraph in another language); and six more ways of hiding.
    **{f"fresh7-{form}": ({"links"}, FORMATS, "inline") for form in ("bbcode", "redirect", "zero-width", "homoglyph")},
    **{f"fresh7-{form}": ({"links"}, ("markdown", "html"), "inline") for form in ("entity-encoded", "tiny-anchor")},
    **{f"fresh7-{form}": ({"links"}, ("markdown", "html"), "auto") for form in ("meta-link", "embed-src")},
    **{f"fresh7-{form}": ({"links"}, ("markdown", "html"), "block")
       for form in ("form-button", "select-menu", "blockquote-cite")},
    **{f"fresh7-{form}": ({"links"}, FORMATS, "block")
       for form in ("share-bar", "cookie-banner", "definition-list", "forum-reply")},
    **{f"fresh7-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("translated-abstract", "press-release", "job-ad", "classified", "foreign-paragraph")},
    **{f"fresh7-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("html-comment", "css-variable", "page-colour", "transformed", "overlay", "invisible-ink")},
    # The `fresh8` templates (session 13), written blind, with twelve more trades and ten more languages, in forms the
    # sets above do not use: a guest-post byline, structured data (JSON-LD url/sameAs) in a script block, a <base href>
    # that sends relative links to the shop, an <a ping> to it, a "link in bio" list, a newsletter sign-up blurb, a
    # store-locator card with a map, podcast show notes with a sponsor read, an events list, a tooltip on a word of the
    # article, a "read in <language>" switcher, a "website by" footer credit, a syndication note ("first appeared
    # on"), a QR code whose image carries the address, a table of contents with one entry off the site; blocks about
    # another subject (a spec sheet, terms and conditions, a sponsored sports report, a shop notice in another
    # language); and five more ways of hiding.
    **{f"fresh8-{form}": ({"links"}, FORMATS, "block")
       for form in ("byline", "link-in-bio", "newsletter", "map-card", "show-notes", "language-switcher",
                    "footer-credit", "syndication", "qr-code", "toc-entry")},
    "fresh8-event-listing": ({"links", "off-topic"}, FORMATS, "block"),
    **{f"fresh8-{form}": ({"links"}, ("markdown", "html"), "block") for form in ("json-ld", "base-href")},
    **{f"fresh8-{form}": ({"links"}, ("markdown", "html"), "inline") for form in ("ping-link", "tooltip")},
    **{f"fresh8-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("spec-sheet", "terms-excerpt", "match-report", "foreign-notice")},
    **{f"fresh8-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("ua-hidden", "animated", "css-properties", "system-colour", "pushed-out")},
    # The `fresh9` templates (session 14), written blind, with twelve more trades and ten more languages, in forms the
    # sets above do not use: pingbacks, an infographic's embed code, an affiliate product card, a pasted social post, a
    # quoted e-mail, a citation export, a leaked RSS item, an "add to calendar" link, a PDF download on the shop's site;
    # addresses in another markup, behind a trusted-looking name and an @, reversed by a bidi override, in mathematical
    # letters, in a code span, split by empty elements; a data-href, a MathML href, an address only in CSS; blocks about
    # another subject (a sponsored weather box and horoscope, reviews in another language); and five more ways of hiding.
    **{f"fresh9-{form}": ({"links"}, FORMATS, "block")
       for form in ("pingback", "embed-code", "product-card", "social-embed", "email-quote", "cite-export", "feed-item",
                    "calendar-link", "pdf-download")},
    **{f"fresh9-{form}": ({"links"}, FORMATS, "inline")
       for form in ("wiki-markup", "userinfo-url", "bidi-reversed", "fancy-letters", "code-span")},
    **{f"fresh9-{form}": ({"links"}, ("markdown", "html"), "inline") for form in ("split-markup", "data-href", "mathml-link")},
    "fresh9-css-content": ({"links"}, ("markdown", "html"), "block"),
    **{f"fresh9-{form}": ({"links", "off-topic"}, FORMATS, "block") for form in ("weather-box", "horoscope", "foreign-review")},
    **{f"fresh9-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("theme-class", "at-rule", "masked", "colour-function", "shadow-dom")},
    # The `fresh10` templates (session 15), written blind, with ten more trades and ten more languages, in forms the
    # sets above do not use: WordPress shortcodes left raw, a CMS blogroll or partners widget, a pasted vCard, a task
    # list, a tip callout, a "people also search for" box; AMP elements, newer frames (<portal>, <fencedframe>,
    # <webview>), microdata/RDFa/h-card, a comment form echoing the spammer's "website", a data: URI, an SMS or e-mail
    # link whose pre-filled body carries the shop, SVG resources on the shop's site, an <a> whose address is only in
    # xlink:href (which HTML does not follow); blocks about another subject (a
    # sponsored poll, lottery results, a property listing, a death notice, a household tip in another language); and
    # five more ways of hiding.
    "fresh10-raw-shortcode": ({"links"}, FORMATS, "inline"),
    **{f"fresh10-{form}": ({"links"}, FORMATS, "block")
       for form in ("blogroll", "vcard", "task-list", "callout", "search-chips")},
    **{f"fresh10-{form}": ({"links"}, ("markdown", "html"), "inline")
       for form in ("amp-markup", "data-uri", "prefilled-message", "svg-resource", "xlink-anchor")},
    **{f"fresh10-{form}": ({"links"}, ("markdown", "html"), "block")
       for form in ("exotic-frame", "microdata", "comment-form-echo")},
    **{f"fresh10-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("poll-widget", "lottery-results", "property-listing", "obituary", "foreign-howto")},
    **{f"fresh10-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("svg-unrendered", "raw-text", "filtered", "media-gated", "blank-font")},
    # The `fresh11` templates (session 16), written blind, with ten more trades and ten more languages, in forms the
    # sets above do not use: an address only in an image's srcset or a <picture> source, in a player's poster, source,
    # captions or sound, in a resource hint in the body (<link rel=preload, modulepreload, dns-prefetch, manifest, an
    # oEmbed alternate>), in the cite of an <ins>, <del> or <q>, in a CSS url(), in a link's title (its href on the
    # page), in an abbreviation's expansion; a link wrapped in a web archive or cache; a bookmark card, a revision
    # log, an accessibility toolbar, a "was this helpful?" widget, a "listen to this article" player, each crediting
    # the shop; blocks about another subject (a recipe card, a market ticker, a puzzle corner with the shop linked;
    # tide times, TV listings, a traffic report and a seasonal greeting in another language naming it with a phone);
    # and four more ways of hiding.
    **{f"fresh11-{form}": ({"links"}, ("markdown", "html"), "inline")
       for form in ("srcset-image", "resource-hint", "edit-cite", "css-url", "link-title")},
    **{f"fresh11-{form}": ({"links"}, ("markdown", "html"), "block") for form in ("media-source", "abbreviation")},
    "fresh11-archive-wrapper": ({"links"}, FORMATS, "inline"),
    **{f"fresh11-{form}": ({"links"}, FORMATS, "block")
       for form in ("bookmark-card", "revision-log", "accessibility-toolbar", "feedback-widget", "audio-player")},
    **{f"fresh11-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("recipe-card", "market-ticker", "puzzle-corner", "tide-times", "tv-guide", "traffic-report",
                    "foreign-greeting")},
    **{f"fresh11-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("contained", "target-gated", "toggle-gated", "disc-masked")},
    # The `fresh12` templates (session 17), written blind, with ten more trades and ten more languages, in forms the
    # sets above do not use, most of them shown to the reader or followed by a click, many of them plain text: an
    # article spinner's template left unspun with its alternative links; a link whose address opens another browser
    # from an app (intent:, x-safari-https:, googlechromes:, microsoft-edge:, firefox:); an address on a bare IP
    # address, dotted, decimal or hex; the shop behind a trusted-sounding subdomain; an address with whitespace a
    # browser ignores; a paragraph of advice wrapped in one link; subtitles and a chat export pasted in; the text OCR
    # read off a flyer; a newsletter pasted whole; a print module's list of links; a health calculator credited to the
    # shop; a setext heading and a box-drawn table (plain text and Markdown); blocks about another subject (the night
    # sky, travel deals and on this day with the shop linked; bin days, lost and found and a proverb in another
    # language naming it with a phone); and four more ways of hiding.
    **{f"fresh12-{form}": ({"links"}, FORMATS, "inline")
       for form in ("spintax", "app-scheme", "ip-host", "lookalike-subdomain")},
    **{f"fresh12-{form}": ({"links"}, FORMATS, "block")
       for form in ("subtitle-cues", "chat-export", "ocr-flyer", "newsletter-paste", "print-footer", "calculator-widget")},
    **{f"fresh12-{form}": ({"links"}, ("text", "markdown"), "block") for form in ("underlined-heading", "ascii-table")},
    "fresh12-whitespace-url": ({"links"}, ("markdown", "html"), "inline"),
    "fresh12-wrapped-paragraph": ({"links"}, ("markdown", "html"), "block"),
    **{f"fresh12-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("star-gazing", "travel-deals", "on-this-day", "bin-collection", "lost-and-found", "foreign-proverb")},
    **{f"fresh12-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("grid-collapsed", "nested-rule", "behind-viewer", "motion-path")},
    # The `fresh13` templates (session 18), written blind, with ten more trades and eight more languages, in forms the
    # sets above do not use, most of them shown to the reader or followed by a click, many of them plain text: an
    # address run into the words around it and a shop's name left where its link was stripped (scraped copies); a
    # forum post's "sent from" line, a sponsor's read in a podcast transcript, an "as seen on" strip, a caption's
    # hashtags, a price list with dotted leaders, a forwarded text message, a till receipt, a pager's "next" link,
    # app-store badges; YAML front matter and a Gemini page's link lines (plain text and Markdown); a LaTeX \href, a
    # Mermaid diagram's click, a consent checkbox (Markdown and HTML); blocks about another subject (garden jobs, film
    # times and quiz answers with the shop linked; school term dates and a riddle in another language naming it with a
    # phone); and four more ways of hiding.
    **{f"fresh13-{form}": ({"links"}, FORMATS, "inline") for form in ("glued-address",)},
    "fresh13-stripped-anchor": ({"links", "off-topic"}, FORMATS, "inline"),
    **{f"fresh13-{form}": ({"links"}, FORMATS, "block")
       for form in ("sent-from", "transcript-ad", "as-seen-on", "hashtag-trail", "sms-forward", "receipt-paste", "pager-link",
                    "app-badge")},
    **{f"fresh13-{form}": ({"links"}, ("text", "markdown"), "block") for form in ("front-matter", "gemtext-link")},
    "fresh13-latex-href": ({"links"}, ("markdown", "html"), "inline"),
    **{f"fresh13-{form}": ({"links"}, ("markdown", "html"), "block") for form in ("diagram-click", "consent-checkbox")},
    **{f"fresh13-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("price-list", "garden-jobs", "cinema-listings", "pub-quiz", "term-dates", "foreign-riddle")},
    **{f"fresh13-{way}": ({"links"}, ("markdown", "html"), "auto")
       for way in ("meter-fallback", "math-semantics", "lang-selector", "ellipsis-width")},
    # The `fresh14` templates (session 19), written blind, with ten more trades and eight more languages, in forms the
    # sets above do not use, most of them what hacked or SEO-farmed health pages show a reader: a fake "medically
    # reviewed by" line, a fake accreditation seal, a price-comparison widget, a notification prompt, a live-chat bubble,
    # a translation credit, a webring bar, each with the shop's link; PHP warnings printing the shop's address a hacked
    # template includes; a newsletter's raw quoted-printable source; an onion address mid-sentence; a ruby annotation and
    # a margin note (Markdown and HTML); the overlays of hacked sites (a fake CAPTCHA telling the reader to run a command,
    # a fake browser update, a virus scare, a prize survey) and blocks about another subject (fuel prices, pets to adopt,
    # auction lots and a knitting pattern with the shop linked; a ferry timetable and a word of the day in another
    # language naming it with a phone), counted for either category.
    **{f"fresh14-{form}": ({"links"}, FORMATS, "block")
       for form in ("reviewer-line", "trust-seal", "price-compare", "push-prompt", "chat-bubble", "translator-credit", "webring",
                    "php-warning", "quoted-printable")},
    "fresh14-onion-address": ({"links"}, FORMATS, "inline"),
    **{f"fresh14-{form}": ({"links"}, ("markdown", "html"), "inline") for form in ("ruby-annotation", "marginal-note")},
    **{f"fresh14-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("fake-captcha", "update-prompt", "scareware-alert", "prize-survey", "fuel-prices", "pet-adoption",
                    "auction-lots", "knitting-pattern", "ferry-timetable", "foreign-lesson")},
    # The `fresh15` templates (session 20), written blind, with eight more trades and eight more languages, in forms the
    # sets above do not use, most of them what hacked, spammed or SEO-farmed health pages show a reader: a scraped
    # footnote whose back-reference goes to the shop, a health word auto-linked to it and a citation marker pointing at
    # it (Markdown and HTML); a chatbot's reply and a content mill's brief left in the post, an unrolled social thread, a
    # pasted spreadsheet, a doorway list of towns served, a "you are being redirected" notice, a defacer's banner, each
    # with the shop's link; a "copy your link" field (Markdown and HTML); a text-ad unit, an exit-intent discount popup
    # and blocks about another subject (a school lunch menu, mortgage rates, a league table, a snow report and a chess
    # problem with the shop linked; planning notices, and opening hours and a radio schedule in another language naming
    # it with a phone), counted for either category.
    **{f"fresh15-{form}": ({"links"}, ("markdown", "html"), "inline") for form in ("autolinked-term", "citation-marker")},
    **{f"fresh15-{form}": ({"links"}, ("markdown", "html"), "block") for form in ("footnote-backref", "copy-field")},
    **{f"fresh15-{form}": ({"links"}, FORMATS, "block")
       for form in ("seo-brief", "thread-unroll", "csv-paste", "service-areas", "redirect-notice")},
    **{f"fresh15-{form}": ({"links", "off-topic"}, FORMATS, "block")
       for form in ("ai-leftover", "hacked-banner", "text-ads", "exit-popup", "lunch-menu", "mortgage-rates", "league-table",
                    "snow-report", "chess-problem", "planning-notices", "foreign-hours", "foreign-radio")},
}

# Kinds whose address no reader is shown or sent to, and no search engine follows: out of the link rules' scope
# (docs/links-and-off-topic.md, "Out of scope"; README, "Injected spam"): a file the page draws or plays (an SVG
# picture's href, an image's srcset, a CSS url(), a player's poster, source, captions or sound), a resource hint in
# the body (preload, modulepreload, dns-prefetch, manifest, an oEmbed discovery link: data), an HTML comment. The
# summary counts them apart; a rule should not find them.
OUT_OF_SCOPE = frozenset(("fresh7-html-comment", "fresh10-svg-resource", "fresh11-srcset-image",
                          "fresh11-resource-hint", "fresh11-css-url", "fresh11-media-source"))


def snippets_digest(family: str, draw_class, templates: dict, seeds: int) -> str:
    """SHA-256 of the snippets of every kind of `family` ("fresh3"), every format, drawn by `draw_class`
    with the first `seeds` seeds: a family scored as a measure must keep its draws when a later one is
    added, and tests pin this digest."""
    digest = hashlib.sha256()
    prefix = family + "-"
    for kind, (_, formats, _) in KINDS.items():
        if kind.startswith(prefix):
            for fmt in formats:
                for seed in range(seeds):
                    snippet = draw_class(templates, random.Random(seed)).snippet(kind.removeprefix(prefix), fmt)
                    digest.update(snippet.encode() + b"\0")
    return digest.hexdigest()


# kind -> the templates (`fresh`, `fresh2`) whose anchors or bare URLs it injects
FRESH = {"fresh-anchor": "fresh", "fresh-bare-url": "fresh", "fresh2-anchor": "fresh2", "fresh2-bare-url": "fresh2"}


# -- hosts -------------------------------------------------------------------------------------------

@dataclass
class Host:
    """A real article in one format: its source and the spans of its body paragraphs' text."""

    name: str
    fmt: str
    source: str
    paragraphs: list[tuple[int, int]]


def _join(parts: list[str], sep: str) -> tuple[str, list[tuple[int, int]]]:
    """Join rendered blocks; return the text and the span of each block (the title excluded)."""
    out, spans, pos = [], [], 0
    for i, (prefix, body, suffix) in enumerate(parts):
        if i:
            out.append(sep)
            pos += len(sep)
        start = pos + len(prefix)
        out.append(prefix + body + suffix)
        pos += len(prefix) + len(body) + len(suffix)
        if i:
            spans.append((start, start + len(body)))
    return "".join(out), spans


def news_hosts(fmt: str) -> list[Host]:
    """The health-news texts, as they are (text) or rendered as a Markdown or HTML page."""
    hosts = []
    for path in sorted(HEALTH_NEWS.glob("*.txt")):
        blocks = [" ".join(b.split()) for b in _normalise(path.read_text(encoding="utf-8")).split("\n\n")]
        blocks = [b for b in blocks if b]
        title, body = blocks[0], blocks[1:]
        if fmt == "text":
            parts = [("", title, "")] + [("", b, "") for b in body]
            source, spans = _join(parts, "\n\n")
            source += "\n"
        elif fmt == "markdown":
            parts = [("# ", title, "")] + [("", b, "") for b in body]
            source, spans = _join(parts, "\n\n")
            source += "\n"
        else:
            head = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
                    f"</head>\n<body><article>\n<h1>")
            parts = [(head, html.escape(title), "</h1>")] + [("<p>", html.escape(b), "</p>") for b in body]
            source, spans = _join(parts, "\n")
            source += "\n</article></body></html>\n"
        hosts.append(Host(f"health-news/{path.stem}", fmt, source, spans))
    return hosts


_PARA = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def _text_of(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def page_hosts() -> list[Host]:
    """The health pages of readability-test-pages: their whole real HTML, paragraphs of the article body."""
    hosts = []
    for name in HEALTH_PAGES:
        folder = PAGES / name
        if not (folder / "source.html").is_file():
            continue
        source = _normalise((folder / "source.html").read_text(encoding="utf-8", errors="replace"))
        body_text = _text_of((folder / "expected.html").read_text(encoding="utf-8", errors="replace"))
        spans = []
        for m in _PARA.finditer(source):
            text = _text_of(m.group(1))
            if len(text.split()) >= 25 and text[:60] in body_text:
                spans.append(m.span(1))
        if len(spans) >= 3:
            hosts.append(Host(f"pages/{name}", "html", source, spans))
    return hosts


def donor_paragraphs() -> list[tuple[str, str]]:
    """(page, paragraph text) from non-health English pages, 40 to 150 words each."""
    found = []
    for name in DONOR_PAGES:
        path = PAGES / name / "expected.html"
        if not path.is_file():
            continue
        for m in _PARA.finditer(path.read_text(encoding="utf-8", errors="replace")):
            text = _text_of(m.group(1))
            if 40 <= len(text.split()) <= 150 and "http" not in text:
                found.append((name, text))
    return found


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- spam ----------------------------------------------------------------------------------------------

class Spam:
    """Fills the templates with a seeded random generator."""

    def __init__(self, rng: random.Random, templates: dict, donors: list[tuple[str, str]]):
        self.rng = rng
        self.t = templates
        self.donors = donors

    def slots(self) -> dict[str, str]:
        """One value for each slot, so an anchor and its URL name the same drug."""
        return {k: self.rng.choice(v) for k, v in self.t["slots"].items()}

    def url(self, shop: str, slots: dict[str, str] | None = None) -> str:
        first, second, tld = (self.rng.choice(part) for part in self.t["domains"][shop])
        path = self.rng.choice(self.t["paths"][shop]).format(**(slots or self.slots()))
        scheme = self.rng.choice(("https://", "https://", "http://", "https://www."))
        return f"{scheme}{first}{second}{tld}{path}"

    def anchor(self, shop: str) -> tuple[str, str]:
        """(anchor text, URL) for a shop kind."""
        slots = self.slots()
        return self.rng.choice(self.t["anchors"][shop]).format(**slots), self.url(shop, slots)

    def shop(self) -> str:
        return self.rng.choice(("pharmacy", "pharmacy", "casino", "essay", "diet", "crypto"))

    def foreign(self) -> str:
        return self.rng.choice(("russian", "spanish", "indonesian"))

    def promo(self) -> str:
        """A promotional paragraph whose URL, if any, is the advertiser's own invented site."""
        slots = self.slots()
        site = slots["name"].lower().replace(" ", "") + self.rng.choice(("deals", "events", "online", "now", ""))
        slots["url"] = f"{self.rng.choice(('https://', 'https://www.', 'www.'))}{site}.com"
        return self.rng.choice(self.t["blocks"]["promos"]).format(**slots)

    def donor(self) -> tuple[str, str]:
        return self.rng.choice(self.donors)


def render_link(fmt: str, text: str, url: str, style: int, attributes: str = "") -> str:
    if fmt == "html":
        return f'<a href="{html.escape(url)}"{attributes}>{html.escape(text)}</a>'
    if fmt == "markdown":
        return f"[{text}]({url})"
    return (f"{text} {url}", f"{text}: {url}", f"{text} ({url})")[style % 3]


HIDING = {
    "display-none": ('<div style="display:none">', '<p style="display: none;">', "<div style='display:none'>"),
    "visibility-hidden": ('<div style="visibility:hidden">', '<span style="visibility: hidden;">'),
    "off-screen": ('<div style="position:absolute;left:-9999px">',
                   '<div style="position: absolute; top: -5000px; left: -5000px;">'),
    "zero-font": ('<span style="font-size:0">', '<span style="font-size:0px;">', '<font style="font-size: 0">'),
}


def make_snippet(kind: str, fmt: str, spam: Spam) -> str:
    """The text to insert for one injection, in the host's format."""
    rng = spam.rng
    style = rng.randrange(3)
    if kind == "visible-anchor":
        text, url = spam.anchor(spam.shop())
        lead = rng.choice(spam.t["blocks"]["leads"])
        link = (lead + render_link(fmt, text, url, style)) if fmt != "html" else \
            f"{html.escape(lead)}{render_link(fmt, text, url, style)}"
        return link
    if kind == "bare-url":
        return spam.url(spam.shop())
    if kind == "foreign-bare-url":
        return spam.url("hacked")
    if kind in FRESH and kind.endswith("-bare-url"):
        return spam.url(FRESH[kind])
    if kind.startswith("anchor-") or kind in FRESH:
        text, url = spam.anchor(kind.split("-", 1)[1] if kind.startswith("anchor-") else FRESH[kind])
        return render_link(fmt, text, url, style)
    if kind == "foreign-anchor":
        text, url = spam.anchor(spam.foreign())
        return render_link(fmt, text, url, style)
    if kind in HIDING:
        opener = rng.choice(HIDING[kind])
        tag = re.match(r"<(\w+)", opener).group(1)
        links = " ".join(render_link("html", *spam.anchor(spam.shop()), style) for _ in range(rng.randint(1, 3)))
        return f"{opener}{links}</{tag}>"
    if kind == "pasted-paragraph":
        _, text = spam.donor()
        return html.escape(text) if fmt == "html" else text
    if kind == "promo-block":
        text = spam.promo()
        return html.escape(text) if fmt == "html" else text
    if kind.startswith("fresh3-"):
        return Fresh3(spam.t["fresh3"], rng).snippet(kind.removeprefix("fresh3-"), fmt)
    if kind.startswith("fresh4-"):
        return Fresh4(spam.t["fresh4"], rng).snippet(kind.removeprefix("fresh4-"), fmt)
    if kind.startswith("fresh5-"):
        return Fresh5(spam.t["fresh5"], rng).snippet(kind.removeprefix("fresh5-"), fmt)
    if kind.startswith("fresh6-"):
        return Fresh6(spam.t["fresh6"], rng).snippet(kind.removeprefix("fresh6-"), fmt)
    if kind.startswith("fresh7-"):
        return Fresh7(spam.t["fresh7"], rng).snippet(kind.removeprefix("fresh7-"), fmt)
    if kind.startswith("fresh8-"):
        return Fresh8(spam.t["fresh8"], rng).snippet(kind.removeprefix("fresh8-"), fmt)
    if kind.startswith("fresh9-"):
        return Fresh9(spam.t["fresh9"], rng).snippet(kind.removeprefix("fresh9-"), fmt)
    if kind.startswith("fresh10-"):
        return Fresh10(spam.t["fresh10"], rng).snippet(kind.removeprefix("fresh10-"), fmt)
    if kind.startswith("fresh11-"):
        return Fresh11(spam.t["fresh11"], rng).snippet(kind.removeprefix("fresh11-"), fmt)
    if kind.startswith("fresh12-"):
        return Fresh12(spam.t["fresh12"], rng).snippet(kind.removeprefix("fresh12-"), fmt)
    if kind.startswith("fresh13-"):
        return Fresh13(spam.t["fresh13"], rng).snippet(kind.removeprefix("fresh13-"), fmt)
    if kind.startswith("fresh14-"):
        return Fresh14(spam.t["fresh14"], rng).snippet(kind.removeprefix("fresh14-"), fmt)
    if kind.startswith("fresh15-"):
        return Fresh15(spam.t["fresh15"], rng).snippet(kind.removeprefix("fresh15-"), fmt)
    raise ValueError(kind)


# HTML that opens a block of its own (placed after a paragraph, not inside one)
BLOCK_OPENERS = ("<div", "<p ", "<section", "<style", "<aside", "<nav",
                 "<h2", "<h3", "<h4", "<ul", "<table", "<figure", "<blockquote", "<details",
                 # fresh6's hidden forms (no earlier snippet opens with these)
                 "<dialog", "<object", "<video", "<audio", "<canvas", "<iframe", "<noembed",
                 # fresh7's (no earlier snippet opens with these either)
                 "<form", "<dl", "<select",
                 # fresh8's (no earlier snippet opens with these either)
                 '<script type="application/ld+json"', "<base ", "<footer")


class Fresh3:
    """Snippets of the `fresh3` templates: a shop's anchors, sentences and URLs drawn together."""

    def __init__(self, templates: dict, rng: random.Random):
        self.t = templates
        self.rng = rng
        self.slots = {k: rng.choice(v) for k, v in templates["slots"].items()}

    def _shop(self, key: str) -> dict:
        return self.t["shops"][self.rng.choice([name for name, shop in self.t["shops"].items() if key in shop])]

    def _in_url(self, template: str) -> str:
        """A URL template filled with the slots as slugs ("test cypionate" -> "test-cypionate")."""
        return template.format(**{k: re.sub(r"[^\w.]+", "-", v.lower()) for k, v in self.slots.items()})

    def url(self, shop: dict, schemes: str = "link_schemes") -> str:
        first, second, tld = (self.rng.choice(part) for part in shop["domains"])
        path = self._in_url(self.rng.choice(shop["paths"]))
        return f"{self.rng.choice(self.t[schemes])}{first}{second}{tld}{path}"

    def foreign_url(self, shop: dict) -> str:
        return self._in_url(self.rng.choice(shop["foreign_urls"]))

    def link(self, fmt: str, shop: dict, key: str = "anchors") -> str:
        text = self.rng.choice(shop[key]).format(**self.slots)
        attributes = self.rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return render_link(fmt, text, self.url(shop), self.rng.randrange(3), attributes)

    def snippet(self, form: str, fmt: str) -> str:
        rng = self.rng
        escape = html.escape if fmt == "html" else str
        if form in ("anchor", "foreign-anchor"):
            key = "anchors" if form == "anchor" else "foreign_anchors"
            return self.link(fmt, self._shop(key), key)
        if form == "bare-url":
            return self.url(self._shop("domains"), "bare_schemes")
        if form == "foreign-bare-url":
            return self.foreign_url(self._shop("foreign_urls"))
        if form == "link-line":
            links = [self.link(fmt, self._shop("anchors")) for _ in range(rng.randint(1, 4))]
            return escape(rng.choice(self.t["leads"])) + escape(rng.choice(self.t["separators"])).join(links)
        if form in ("sentence", "foreign-sentence"):
            key = "sentences" if form == "sentence" else "foreign_sentences"
            shop = self._shop(key)
            before, after = rng.choice(shop[key]).format(**self.slots, link="\0").split("\0")
            if form == "sentence":
                return escape(before) + self.link(fmt, shop) + escape(after)
            url = self.url(shop)  # in another language the link's words are its address, as such pages do
            name = re.sub(r"^\w*:?//(www\.)?|^www\.|/.*", "", url)
            link = url if fmt == "text" else render_link(fmt, name, url, 0)
            return escape(before) + link + escape(after)
        if form == "promo-block":
            brand = self.slots["brand"].lower()
            url = f"{rng.choice(('https://', 'https://www.', 'www.', ''))}{brand}{rng.choice(('', 'hq', 'now'))}.com"
            return escape(rng.choice(self.t["promos"]["blocks"]).format(**self.slots, url=url))
        return self.hidden(form)

    def hidden_link(self) -> str:
        """One link to hide, in HTML."""
        return self.link("html", self._shop("anchors"))

    def hidden(self, form: str) -> str:
        """1 to 3 links hidden one way: inside an element that hides them, or with the hiding on each <a>."""
        hiding = self.rng.choice(self.t["hiding"][form])
        on_links = hiding if hiding.startswith(" ") else ""
        links = " ".join(self.hidden_link().replace("<a ", f"<a{on_links} ", 1)
                         for _ in range(self.rng.randint(1, 3)))
        if on_links:
            return links
        tag = re.findall(r"<(\w+)", hiding)[-1]
        return f"{hiding}{links}</{tag}>"


class Fresh4(Fresh3):
    """Snippets of the `fresh4` templates: the forms of Fresh3, with spam sentences that carry no link, hidden
    links in English or another language, and promo blocks whose site may be on any top-level domain."""

    def hidden_link(self) -> str:
        key = self.rng.choice(("anchors", "anchors", "foreign_anchors"))
        return self.link("html", self._shop(key), key)

    def snippet(self, form: str, fmt: str) -> str:
        escape = html.escape if fmt == "html" else str
        if form in ("sentence", "foreign-sentence"):  # a call to action naming the shop, with no link
            key = "sentences" if form == "sentence" else "foreign_sentences"
            return escape(self.rng.choice(self._shop(key)[key]).format(**self.slots))
        if form == "promo-block":
            promos = self.t["promos"]
            site = re.sub(r"\W+", "", self.slots["brand"].lower())
            url = f"{self.rng.choice(promos['schemes'])}{site}{self.rng.choice(promos['tlds'])}"
            return escape(self.rng.choice(promos["blocks"]).format(**self.slots, url=url))
        return super().snippet(form, fmt)


def _open_tags(html_text: str) -> list[str]:
    """The elements an HTML fragment opens and leaves open, outermost first."""
    stack: list[str] = []
    for closing, tag in re.findall(r"<(/?)(\w+)", html_text):
        if closing and stack and stack[-1] == tag:
            stack.pop()
        elif not closing:
            stack.append(tag)
    return stack


class Fresh5(Fresh3):
    """Snippets of the `fresh5` templates: links in the places link sellers put them, addresses that dodge being
    links, and more ways of hiding. The words are in the templates; the markup of each format is here."""

    def __init__(self, templates: dict, rng: random.Random):
        super().__init__(templates, rng)
        self.words = templates["words"]

    def fill(self, template: str, **extra: str) -> str:
        return template.format(**self.slots, **extra)

    def pick(self, key: str) -> str:
        return self.fill(self.rng.choice(self.words[key]))

    def anchor_and_url(self, key: str = "anchors", shop: dict | None = None) -> tuple[str, str]:
        shop = shop or self._shop(key)
        return self.rng.choice(shop[key]).format(**self.slots), self.url(shop)

    def around(self, template: str, link: str, escape) -> str:
        """A template with one {link}, its words escaped for the format and the link put in as it is."""
        before, after = self.fill(template, link="\0").split("\0")
        return escape(before) + link + escape(after)

    def url_as_link(self, fmt: str, url: str) -> str:
        """A link whose words are its address, as in a reference list."""
        if fmt == "markdown":
            return self.rng.choice((f"<{url}>", f"[{url}]({url})"))
        return render_link(fmt, url, url, 0) if fmt == "html" else url

    def snippet(self, form: str, fmt: str) -> str:
        rng, words = self.rng, self.words
        escape = html.escape if fmt == "html" else str
        if form in ("anchor", "foreign-anchor"):
            key = "anchors" if form == "anchor" else "foreign_anchors"
            return self.link(fmt, self._shop(key), key)
        if form == "keyword-run":  # one shop's anchors back to back, each to its own page
            shop = self._shop("anchors")
            anchors = rng.sample(shop["anchors"], min(rng.choice(words["keyword_runs"]), len(shop["anchors"])))
            return " ".join(render_link(fmt, a.format(**self.slots), self.url(shop), 0) for a in anchors)
        if form == "bare-url":
            shop = self._shop("domains")
            tracker = self.fill(rng.choice(self.t["trackers"]))
            if rng.random() < 0.25:
                host = rng.choice(self.t["ip_hosts"])
                path = self._in_url(rng.choice(shop["paths"]))
                return escape(f"{rng.choice(('http://', 'https://'))}{host}{path}{tracker}")
            return escape(self.url(shop, "bare_schemes") + tracker)
        if form == "idn-url":
            shop = self._shop("idn_hosts")
            host = rng.choice(shop["idn_hosts"])
            if rng.randrange(2):
                host = host.encode("idna").decode("ascii")
            url = f"{rng.choice(('https://', 'http://', '', 'www.'))}{host}{self._in_url(rng.choice(shop['paths']))}"
            return escape(url)
        if form == "shortener":
            code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                           for _ in range(rng.randint(5, 8)))
            url = rng.choice(self.t["shorteners"]) + code
            if rng.randrange(3) == 0:
                return url
            text, _ = self.anchor_and_url()
            href = url if url.startswith("https://") or fmt == "text" else "https://" + url
            return render_link(fmt, text, href, rng.randrange(3))
        if form == "autolink":
            url = self.url(self._shop("domains"))
            return render_link(fmt, url, url, 0) if fmt == "html" else f"<{url}>"
        if form == "obfuscated":
            first, second, tld = (rng.choice(part) for part in self._shop("domains")["domains"])
            name, tld = (first + second).lower(), tld.lstrip(".").replace(".", " . ")  # "co.uk" spaced out too
            address = rng.choice(self.t["obfuscated"]).format(name=name, NAME=name.upper(), tld=tld, TLD=tld.upper())
            return escape(rng.choice(self.t["obfuscated_leads"]) + address
                          + self.fill(rng.choice(self.t["obfuscated_tails"])))
        if form == "reference-link":
            text, url = self.anchor_and_url()
            label = self.fill(rng.choice(words["ref_labels"]))
            title = self.fill(rng.choice(words["ref_titles"]))
            if fmt == "markdown":
                return self.pick_around("ref_sentences", f"[{text}][{label}]") + f"\n\n[{label}]: {url}{title}"
            return self.pick_around("ref_sentences", f"{text} [{label}]") + f"\n\n[{label}] {url}"
        if form in ("sentence", "foreign-sentence"):
            key = "sentences" if form == "sentence" else "foreign_sentences"
            return escape(self.fill(rng.choice(self._shop(key)[key])))
        if form == "mimic":
            return self.around(rng.choice(words["mimic"]), self.link(fmt, self._shop("anchors")), escape)
        if form in self.t["hiding"]:
            return self.hidden(form)
        return getattr(self, form.replace("-", "_"))(fmt, escape)

    def pick_around(self, key: str, link: str) -> str:
        return self.around(self.rng.choice(self.words[key]), link, str)

    # -- the places a link is put, one method per form, each in the three formats

    def heading(self, fmt: str, escape) -> str:
        link = self.link(fmt, self._shop("anchors"))
        lead = self.pick("headings")
        level = self.rng.choice((2, 3, 4))
        with_lead = self.rng.randrange(2)
        if fmt == "html":
            return f"<h{level}>{escape(lead) + ': ' if with_lead else ''}{link}</h{level}>"
        if fmt == "markdown":
            return "#" * level + f" {lead + ': ' if with_lead else ''}{link}"
        return f"{lead.upper()}: {link}"

    def related_list(self, fmt: str, escape) -> str:
        lead = self.pick("list_leads")
        links = [self.link(fmt, self._shop("anchors")) for _ in range(self.rng.randint(2, 4))]
        if fmt == "html":
            items = "".join(f"<li>{link}</li>" for link in links)
            if self.rng.randrange(2):
                return f'<aside class="related-posts"><h4>{escape(lead)}</h4><ul>{items}</ul></aside>'
            return f'<ul class="related">{items}</ul>'
        bullet = "- " if fmt == "markdown" else self.rng.choice(("• ", "- ", "> "))
        head = f"**{lead}**" if fmt == "markdown" else f"{lead}:"
        return head + "\n\n" * (fmt == "markdown") + "\n" * (fmt == "text") + "\n".join(bullet + l for l in links)

    def table(self, fmt: str, escape) -> str:
        head = self.rng.choice(self.words["table_heads"])
        rows = [(self.link(fmt, self._shop("anchors")), self.pick("table_cells"))
                for _ in range(self.rng.randint(1, 3))]
        if fmt == "html":
            body = "".join(f"<tr><td>{link}</td><td>{escape(cell)}</td></tr>" for link, cell in rows)
            return (f'<table class="compare"><thead><tr><th>{escape(head[0])}</th><th>{escape(head[1])}</th></tr>'
                    f"</thead><tbody>{body}</tbody></table>")
        return "\n".join([f"| {head[0]} | {head[1]} |", "| --- | --- |"] + [f"| {l} | {c} |" for l, c in rows])

    def caption(self, fmt: str, escape) -> str:
        shop = self._shop("anchors")
        text, url = self.anchor_and_url(shop=shop)
        link = render_link(fmt, text, url, self.rng.randrange(3))
        caption = self.around(self.rng.choice(self.words["captions"]), link, escape)
        alt = self.pick("alts")
        image = re.match(r"^(\w+:)?//[^/]+|^[^/]+", url).group(0) + f"/uploads/{self.slots['id']}.jpg"
        return {"html": f'<figure class="wp-caption"><img src="{html.escape(image)}" alt="{escape(alt)}" width="640">'
                        f"<figcaption>{caption}</figcaption></figure>",
                "markdown": f"![{alt}]({image})\n*{caption}*",
                "text": f"[Image: {alt}]\n{caption}"}[fmt]

    def testimonial(self, fmt: str, escape) -> str:
        quote, person = self.pick("quotes"), self.slots["person"]
        link = self.link(fmt, self._shop("anchors"))
        return {"html": f'<blockquote class="testimonial"><p>“{escape(quote)}”</p>'
                        f"<footer>— {escape(person)}, {link}</footer></blockquote>",
                "markdown": f"> “{quote}”\n>\n> — {person}, {link}",
                "text": f"“{quote}” — {person}, {link}"}[fmt]

    def fake_reference(self, fmt: str, escape) -> str:
        head = self.pick("reference_heads")
        entries = []
        for _ in range(self.rng.randint(1, 3)):
            _, url = self.anchor_and_url()
            entries.append(self.around(self.rng.choice(self.words["references"]), self.url_as_link(fmt, url), escape))
        if fmt == "html":
            items = "".join(f"<li>{entry}</li>" for entry in entries)
            return f'<section class="references"><h4>{escape(head)}</h4><ol>{items}</ol></section>'
        head = f"**{head}**\n" if fmt == "markdown" else f"{head}"
        return head + "\n" + "\n".join(f"{i}. {entry}" for i, entry in enumerate(entries, 1))

    def author_bio(self, fmt: str, escape) -> str:
        bio = self.around(self.rng.choice(self.words["bios"]), self.link(fmt, self._shop("anchors")), escape)
        if fmt == "html":
            return f'<div class="author-box"><p class="author-bio">{bio}</p></div>'
        return f"*{bio}*" if fmt == "markdown" else bio

    def comment(self, fmt: str, escape) -> str:
        """A blog comment: the commenter's name linked to the shop (the "website" field), its words with a link."""
        name_text, name_url = self.anchor_and_url()
        linked_name = self.rng.randrange(2)
        name = self.pick("commenters")
        body = self.around(self.rng.choice(self.words["comments"]), self.link(fmt, self._shop("anchors")), escape)
        if fmt == "html":
            ugc = ' rel="external nofollow ugc"'
            who = render_link(fmt, name_text, name_url, 0, ugc) if linked_name else escape(name)
            return (f'<div class="comment" id="comment-{self.slots["id"]}"><p class="comment-author">{who} says:</p>'
                    f'<p class="comment-date">March 3, {self.slots["year"]} at 4:12 pm</p><p>{body}</p>'
                    f'<a class="comment-reply-link" href="#respond">Reply</a></div>')
        who = render_link(fmt, name_text, name_url, 0) if linked_name else name
        if fmt == "markdown":
            return f"**{who}** says:\n\n{body}\n\nReply"
        return f"{who} says:\n{body}\nReply"

    def hidden_link(self) -> str:
        key = self.rng.choice(("anchors", "anchors", "foreign_anchors"))
        return self.link("html", self._shop(key), key)

    def hidden(self, form: str) -> str:
        """1 to 3 links hidden one way: inside elements that hide them (all closed after them), or on each <a>."""
        hiding = self.rng.choice(self.t["hiding"][form])
        links = [self.hidden_link() for _ in range(self.rng.randint(1, 3))]
        if hiding.startswith(" "):
            return " ".join(link.replace("<a ", f"<a{hiding} ", 1) for link in links)
        return hiding + " ".join(links) + "".join(f"</{tag}>" for tag in reversed(_open_tags(hiding)))


class Fresh6(Fresh5):
    """Snippets of the `fresh6` templates: links in more of the places link sellers and hacked sites put them, shops
    named with no link, and five more ways of hiding. A shop's foreign words are keyed by language; each snippet draws
    one shop and the word it calls itself by ({trade}), so its words, links and names agree."""

    def __init__(self, templates: dict, rng: random.Random):
        super().__init__(templates, rng)
        self.slots["slug"] = re.sub(r"\W+", "", self.slots["brand"].lower())
        self.slots["wa"] = re.sub(r"\D+", "", self.slots["whatsapp"])
        self.slots["trade"] = ""

    def shop(self, key: str = "anchors") -> dict:
        shop = self._shop(key)
        self.slots["trade"] = self.rng.choice(shop["trades"])
        return shop

    def phrase(self, template: str, link: str, escape, **extra: str) -> str:
        """A template with one {link}: its words filled and escaped for the format, the link put in as it is."""
        before, after = self.fill(template, link="\0", **extra).split("\0")
        return escape(before) + link + escape(after)

    def foreign_link(self, fmt: str, shop: dict, lang: str, text: str | None = None) -> str:
        text = (text or self.rng.choice(shop["foreign_anchors"][lang])).format(**self.slots)
        attributes = self.rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return render_link(fmt, text, self.url(shop), self.rng.randrange(3), attributes)

    def brand_link(self, fmt: str, shop: dict) -> str:
        """The shop's link, its words one of its anchors or (half the time) its name."""
        if self.rng.randrange(2):
            return self.link(fmt, shop)
        text = self.fill("{brand} {trade}")
        attributes = self.rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return render_link(fmt, text, self.url(shop), self.rng.randrange(3), attributes)

    def domain(self, shop: dict) -> str:
        return "".join(self.rng.choice(part) for part in shop["domains"])

    def snippet(self, form: str, fmt: str) -> str:
        escape = html.escape if fmt == "html" else str
        if form in self.t["hiding"]:
            return self.hidden(form)
        return getattr(self, form.replace("-", "_"))(fmt, escape)

    # -- links in images, maps, scripts and SVG

    def image_link(self, fmt: str, escape) -> str:
        """A banner image wrapped in the shop's link, its alt text the anchor."""
        rng = self.rng
        alt, url = self.anchor_and_url(shop=self.shop())
        image = re.match(r"^(\w+:)?//[^/]+|^[^/]+", url).group(0) + "/img/" + self.pick("image_files")
        if fmt == "markdown":
            title = rng.choice(("", f' "{alt}"'))
            return f"[![{alt}]({image}{title})]({url})"
        width, height = rng.choice(self.words["banner_sizes"]).split("x")
        attributes = rng.choice(self.t["link_attributes"]).format(anchor=html.escape(alt))
        link = (f'<a href="{html.escape(url)}"{attributes}><img src="{html.escape(image)}" alt="{html.escape(alt)}" '
                f'width="{width}" height="{height}"></a>')
        return rng.choice(('<p class="aligncenter">{}</p>', '<div class="banner-slot">{}</div>',
                           '<figure class="wp-block-image size-full">{}</figure>')).format(link)

    def image_alt(self, fmt: str, escape) -> str:
        """An image uploaded to the site whose alt or title text carries the shop's address (no link)."""
        rng = self.rng
        shop = self.shop()
        anchor, second = (a.format(**self.slots) for a in rng.sample(shop["anchors"], 2))
        bare = self.url(shop, "bare_schemes")
        alt = self.fill(rng.choice(self.words["alt_forms"]), anchor=anchor, anchor2=second, bare=bare)
        title = self.fill(rng.choice(self.words["title_forms"]), anchor=anchor, bare=bare)
        image = f"/wp-content/uploads/{self.slots['year']}/0{rng.randint(1, 9)}/" + self.pick("image_files")
        if fmt == "markdown":
            return f"![{alt}]({image}" + (f' "{title}"' if title else "") + ")"
        width, height = rng.choice(self.words["banner_sizes"]).split("x")
        title = f' title="{html.escape(title)}"' if title else ""
        img = f'<img src="{image}" alt="{html.escape(alt)}"{title} width="{width}" height="{height}">'
        return rng.choice(('<figure class="wp-block-image">{}</figure>', '<div class="wp-caption aligncenter">{}</div>',
                           '<p class="post-image">{}</p>')).format(img)

    def js_link(self, fmt: str, escape) -> str:
        """A link whose address is in an onclick handler or a javascript: URL, in plain or base64 form."""
        text, url = self.anchor_and_url(shop=self.shop())
        encoded = base64.b64encode(url.encode("utf-8")).decode("ascii")
        template = self.rng.choice(self.t["js_links"])
        return (template.replace("@URL@", html.escape(url)).replace("@B64@", encoded)
                .replace("@TEXT@", html.escape(text)))

    def image_map(self, fmt: str, escape) -> str:
        """An image map whose areas link to the shop: on a 1-pixel spacer, or on a banner split into areas."""
        rng = self.rng
        shop = self.shop()
        name = f"m{self.slots['id']}"
        count = rng.randint(1, 3)
        pixel = rng.randrange(2)
        width = 468 // count
        areas = []
        for i in range(count):
            text, url = self.anchor_and_url(shop=shop)
            coords = "0,0,1,1" if pixel else f"{i * width},0,{(i + 1) * width},60"
            title = f' title="{html.escape(text)}"' if rng.randrange(2) else ""
            areas.append(f'<area shape="rect" coords="{coords}" href="{html.escape(url)}" '
                         f'alt="{html.escape(text)}"{title}>')
        if pixel:
            image = f'<img src="/images/spacer.gif" width="1" height="1" border="0" usemap="#{name}" alt="">'
        else:
            banner = "/img/" + self.pick("image_files")
            image = (f'<img src="{banner}" width="468" height="60" usemap="#{name}" '
                     f'alt="{html.escape(self.fill("{brand} {trade}"))}">')
        snippet = f'{image}<map name="{name}">{"".join(areas)}</map>'
        return f'<div class="ad-468">{snippet}</div>' if rng.randrange(3) == 0 else snippet

    def svg_link(self, fmt: str, escape) -> str:
        """A link inside an inline SVG: a badge, or text in an SVG of no size."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        xlink = rng.randrange(2)
        href = f'{"xlink:href" if xlink else "href"}="{html.escape(url)}"'
        namespaces = ' xmlns="http://www.w3.org/2000/svg"'
        if xlink:
            namespaces += ' xmlns:xlink="http://www.w3.org/1999/xlink"'
        if rng.randrange(2):
            return (f'<svg{namespaces} width="0" height="0" style="position:absolute"><a {href}>'
                    f'<text x="0" y="0">{html.escape(text)}</text></a></svg>')
        width = 12 + 7 * len(text)
        badge = (f'<svg{namespaces} width="{width}" height="24" role="img" aria-label="{html.escape(text)}">'
                 f'<a {href} target="_blank"><rect width="{width}" height="24" rx="4" fill="#2a7ae2"/>'
                 f'<text x="10" y="16" fill="#fff" font-size="12">{html.escape(text)}</text></a></svg>')
        return f'<div class="svg-badge">{badge}</div>' if rng.randrange(2) else badge

    # -- links in the page's own furniture

    def footnote(self, fmt: str, escape) -> str:
        label = self.rng.choice(self.words["footnote_labels"])
        note = self.phrase(self.rng.choice(self.words["footnote_notes"]), self.link(fmt, self.shop()), escape)
        if fmt == "html":
            if self.rng.randrange(2):
                return (f'<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn-{label}"><p>{note} '
                        f'<a href="#fnref-{label}" class="footnote-back">↩</a></p></li></ol></section>')
            return f'<div class="endnotes"><p><sup>{label}</sup> {note}</p></div>'
        sentence = self.pick("footnote_sentences")
        if fmt == "markdown":
            return f"{sentence}[^{label}]\n\n[^{label}]: {note}"
        return f"{sentence} [{label}]\n\n[{label}] {note}"

    def faq(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop("faq")
        question, answer = rng.choice(shop["faq"])
        question = self.fill(question)
        answer = self.phrase(answer, self.link(fmt, shop), escape)
        head = self.pick("faq_heads") if rng.randrange(2) else ""
        style = rng.randrange(3)
        if fmt == "html":
            if style == 0:
                return (f'<section class="faq">{f"<h2>{escape(head)}</h2>" if head else ""}<h3>{escape(question)}</h3>'
                        f"<p>{answer}</p></section>")
            if style == 1:
                return ('<div class="faq-item" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">'
                        f'<h3 itemprop="name">{escape(question)}</h3><div itemscope itemprop="acceptedAnswer" '
                        f'itemtype="https://schema.org/Answer"><div itemprop="text"><p>{answer}</p></div></div></div>')
            return f'<details class="faq" open><summary>{escape(question)}</summary><p>{answer}</p></details>'
        if fmt == "markdown":
            body = (f"### {question}\n\n{answer}", f"**{question}**\n\n{answer}",
                    f"**Q: {question}**  \nA: {answer}")[style]
            return (f"## {head}\n\n" if head else "") + body
        body = (f"Q: {question}\nA: {answer}", f"{question}\n{answer}", f"Q. {question}\nA. {answer}")[style]
        return (f"{head}\n\n" if head else "") + body

    def breadcrumb(self, fmt: str, escape) -> str:
        """A breadcrumb trail that ends in the shop, or a "tags:" line with one of its tags the shop."""
        rng = self.rng
        spam = self.link(fmt, self.shop())
        if rng.randrange(2):
            crumbs = [("Home", "/")] + [(c, "/category/" + re.sub(r"\W+", "-", c.lower()) + "/")
                                        for c in rng.sample(self.words["crumbs"], rng.randint(1, 2))]
            separator = rng.choice((" › ", " » ", " / ", " > "))
            lead = rng.choice(self.words["crumb_leads"])
            if fmt == "html":
                items = [f'<a href="{u}">{escape(t)}</a>' for t, u in crumbs] + [spam]
                trail = escape(separator).join(items)
                return f'<nav class="breadcrumb" aria-label="Breadcrumb">{escape(lead)}{trail}</nav>'
            items = [f"[{t}]({u})" if fmt == "markdown" else t for t, u in crumbs] + [spam]
            return lead + separator.join(items)
        lead = rng.choice(self.words["tag_leads"])
        tags = rng.sample(self.words["tags"], rng.randint(2, 4))
        if fmt == "html":
            items = [f'<a href="/tag/{t.replace(" ", "-")}/" rel="tag">{escape(t)}</a>' for t in tags]
        elif fmt == "markdown":
            items = [f"[{t}](/tag/{t.replace(' ', '-')}/)" for t in tags]
        else:
            items = list(tags)
        items.insert(rng.randint(1, len(items)), spam)
        line = f"{escape(lead)} " + ", ".join(items)
        return f'<div class="post-tags">{line}</div>' if fmt == "html" else line

    def sponsored_box(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        label = self.pick("sponsor_labels")
        blurb = self.phrase(rng.choice(self.words["sponsor_blurbs"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            return rng.choice((f'<aside class="sponsored-box"><span class="label">{escape(label)}</span>'
                               f"<p>{blurb}</p></aside>",
                               f'<div class="partner-box" style="border:1px solid #e3e3e3;padding:12px">'
                               f"<strong>{escape(label)}</strong><p>{blurb}</p></div>"))
        if fmt == "markdown":
            return rng.choice((f"> **{label}**\n>\n> {blurb}", f"**{label}:** {blurb}"))
        return rng.choice((f"{label.upper()}\n{blurb}", f"[{label}] {blurb}"))

    def signature(self, fmt: str, escape) -> str:
        """A signature under a guest post or a comment: a name, a role at the shop, its link and phone."""
        rng = self.rng
        shop = self.shop()
        link = self.brand_link(fmt, shop) if rng.randrange(2) else self.url_as_link(fmt, self.url(shop))
        lines = [rng.choice(self.words["signature_openers"]), self.slots["person"],
                 self.fill(rng.choice(self.words["signature_roles"]) + ", {brand} {trade}")]
        last = link + escape(f" | {self.slots['phone']}")
        if fmt == "html":
            return rng.choice(('<div class="signature"><p>{}</p></div>', '<p class="signature">{}</p>')).format(
                "<br>".join([escape(line) for line in lines] + [last]))
        return ("  \n" if fmt == "markdown" else "\n").join(lines + [last])

    def deep_link(self, fmt: str, app: str) -> str:
        """A messaging app's deep link to the shop: Telegram, WhatsApp, Viber or LINE."""
        rng = self.rng
        handle = self.slots["slug"] + rng.choice(self.words["tg_suffixes"])
        number, digits = self.slots["whatsapp"], self.slots["wa"]
        if app == "tg":
            href = f"https://t.me/{handle}"
            shown = rng.choice((f"t.me/{handle}", f"@{handle}", f"https://t.me/{handle}"))
            bare = rng.choice((f"t.me/{handle}", f"https://t.me/{handle}", f"telegram.me/{handle}"))
        elif app == "wa":
            href = rng.choice((f"https://wa.me/{digits}", f"https://api.whatsapp.com/send?phone={digits}",
                               f"whatsapp://send?phone=%2B{digits}"))
            shown = rng.choice((number, f"wa.me/{digits}"))
            bare = rng.choice((f"wa.me/{digits}", f"https://wa.me/{digits}",
                               f"https://api.whatsapp.com/send?phone={digits}"))
        elif app == "viber":
            href = bare = f"viber://chat?number=%2B{digits}"
            shown = number
        else:
            href, shown = f"https://line.me/ti/p/~{handle}", rng.choice((f"line.me/ti/p/~{handle}", f"@{handle}"))
            bare = f"line.me/ti/p/~{handle}"
        if fmt == "html":
            target = rng.choice(("", ' target="_blank"'))
            return f'<a href="{html.escape(href)}"{target}>{html.escape(shown)}</a>'
        if fmt == "markdown":
            autolink = f"<{href}>" if href.startswith("https://") else f"[{shown}]({href})"
            return rng.choice((f"[{shown}]({href})", autolink))
        return bare

    def messaging(self, fmt: str, escape) -> str:
        self.shop()
        pieces = re.split(r"\{(tg|wa|viber|line)\}", self.rng.choice(self.words["messaging"]))
        line = "".join(escape(self.fill(p)) if i % 2 == 0 else self.deep_link(fmt, p) for i, p in enumerate(pieces))
        return f'<p class="contact-line">{line}</p>' if fmt == "html" and self.rng.randrange(2) else line

    def coupon(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        code = self.pick("coupon_codes").upper()
        link = self.link(fmt, shop) if rng.randrange(3) else self.url_as_link(fmt, self.url(shop))
        line = self.phrase(rng.choice(self.words["coupons"]), link, escape, code=code)
        if fmt == "html":
            return f'<div class="coupon-box">{line}</div>' if rng.randrange(2) else line
        if fmt == "markdown":
            return rng.choice((line, f"> 🏷️ {line}"))
        return line

    def expert_quote(self, fmt: str, escape) -> str:
        """A made-up expert quoted on the shop's trade, the role carrying the link: a pull quote or a news paragraph."""
        rng = self.rng
        shop = self.shop("quotes")
        quote, expert = self.fill(rng.choice(shop["quotes"])), self.slots["expert"]
        role = self.phrase(rng.choice(self.words["quote_roles"]), self.brand_link(fmt, shop), escape)
        if rng.randrange(2):
            if fmt == "html":
                return rng.choice((f'<blockquote class="pullquote"><p>“{escape(quote)}”</p>'
                                   f"<cite>— {escape(expert)}, {role}</cite></blockquote>",
                                   f'<figure class="wp-block-pullquote"><blockquote><p>{escape(quote)}</p>'
                                   f"<cite>{escape(expert)}, {role}</cite></blockquote></figure>"))
            if fmt == "markdown":
                return f"> “{quote}”\n>\n> *— {expert}, {role}*"
            return f"“{quote}”\n— {expert}, {role}"
        said = quote.rstrip(".") + ","
        before, after = self.fill(rng.choice(self.words["news_quotes"]), said=said, quote=quote, role="\0").split("\0")
        return escape(before) + role + escape(after)

    def see_also(self, fmt: str, escape) -> str:
        """A "see also" line in another language, with one or two links whose words are in that language."""
        rng = self.rng
        shop = self.shop("foreign_anchors")
        lang = rng.choice(sorted(shop["foreign_anchors"]))
        lead = rng.choice(self.t["see_also"][lang])
        texts = rng.sample(shop["foreign_anchors"][lang], rng.choice((1, 1, 2)))
        links = escape(rng.choice((" | ", " · "))).join(self.foreign_link(fmt, shop, lang, text) for text in texts)
        if fmt == "html":
            return rng.choice((f'<p class="read-also"><strong>{escape(lead)}</strong> {links}</p>',
                               f"<strong>{escape(lead)}</strong> {links}", f"{escape(lead)} {links}"))
        if fmt == "markdown":
            return rng.choice((f"**{lead}** {links}", f"{lead} {links}", f"> {lead} {links}"))
        return f"{lead} {links}"

    def parenthetical(self, fmt: str, escape) -> str:
        return self.phrase(self.rng.choice(self.words["parentheticals"]), self.link(fmt, self.shop()), escape)

    def steps(self, fmt: str, escape) -> str:
        """A numbered list of advice with one step that sells (never the first)."""
        rng = self.rng
        shop = self.shop("steps")
        intro = self.pick("steps_intros")
        items = [escape(self.fill(step)) for step in rng.sample(self.words["steps_generic"], rng.randint(2, 3))]
        items.insert(rng.randint(1, len(items)), self.phrase(rng.choice(shop["steps"]), self.link(fmt, shop), escape))
        if fmt == "html":
            steps = "".join(f"<li>{item}</li>" for item in items)
            return f'<div class="how-to"><h3>{escape(intro)}</h3><ol>{steps}</ol></div>'
        if fmt == "markdown":
            return f"**{intro}**\n\n" + "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1))
        form = rng.choice(("{k}. {item}", "Step {k}: {item}", "{k}) {item}"))
        return f"{intro}:\n" + "\n".join(form.format(k=k, item=item) for k, item in enumerate(items, 1))

    def bold_lead(self, fmt: str, escape) -> str:
        lead, link, rest = self.pick("bold_leads"), self.link(fmt, self.shop()), self.pick("bold_rests")
        if fmt == "html":
            return f"<strong>{escape(lead)}: {link}.</strong> {escape(rest)}"
        if fmt == "markdown":
            return f"**{lead}: {link}.** {rest}"
        return f"{lead.upper()}: {link}. {rest}"

    def disclosure(self, fmt: str, escape) -> str:
        rng = self.rng
        line = self.phrase(rng.choice(self.words["disclosures"]), self.brand_link(fmt, self.shop()), escape)
        if fmt == "html":
            return rng.choice((f'<p class="disclosure"><em>{line}</em></p>', f"<em>{line}</em>",
                               f'<div class="update-note"><p>{line}</p></div>'))
        if fmt == "markdown":
            return rng.choice((f"*{line}*", f"> {line}", line))
        return line

    # -- shops named with no link

    def handle(self, fmt: str, escape) -> str:
        """The shop's handles, WhatsApp number and e-mail address, with no link and no web address."""
        rng = self.rng
        shop = self.shop()
        slug = self.slots["slug"]
        ig = slug + re.sub(r"[^\w.]+", "", self.fill(rng.choice(self.words["ig_suffixes"])).lower())
        line = self.fill(rng.choice(self.words["handle_lines"]), tg=slug + rng.choice(self.words["tg_suffixes"]), ig=ig,
                         snap=slug + rng.choice(("", "_snaps", "official")),
                         email=f"{rng.choice(self.words['email_users'])}@{self.domain(shop)}")
        return escape(line)

    def sentence(self, fmt: str, escape) -> str:
        return escape(self.fill(self.rng.choice(self.shop("sentences")["sentences"])))

    def foreign_sentence(self, fmt: str, escape) -> str:
        shop = self.shop("foreign_sentences")
        sentences = shop["foreign_sentences"][self.rng.choice(sorted(shop["foreign_sentences"]))]
        return escape(self.fill(self.rng.choice(sentences)))

    # -- hiding

    def hidden_link(self) -> str:
        shop = self._shop("anchors")
        if self.rng.randrange(3) == 0:
            return self.foreign_link("html", shop, self.rng.choice(sorted(shop["foreign_anchors"])))
        return self.link("html", shop)

    def hidden(self, form: str) -> str:
        """1 to 3 links put where the template hides them (@LINKS@), each <a> with the template's attributes."""
        around, on_links = self.rng.choice(self.t["hiding"][form])
        links = [self.hidden_link().replace("<a ", f"<a{on_links} ", 1) for _ in range(self.rng.randint(1, 3))]
        return around.replace("@ID@", self.slots["id"]).replace("@LINKS@", " ".join(links))


class Fresh7(Fresh6):
    """Snippets of the `fresh7` templates: links in forms the earlier sets do not use (BBCode, open redirects, addresses
    broken by invisible characters or look-alike letters, entity-encoded hrefs, one-mark anchors, <meta>/<link> tags,
    embedded frames, forms, menus, a blockquote's cite, share bars, cookie banners, glossaries, forum replies), blocks
    about another subject, and six more ways of hiding. Each snippet draws one shop, the word it calls itself by
    ({trade}) and one of its services ({service}), so its words, links and names agree."""

    def __init__(self, templates: dict, rng: random.Random):
        super().__init__(templates, rng)
        self.slots["service"] = ""

    def shop(self, key: str = "anchors") -> dict:
        shop = super().shop(key)
        self.slots["service"] = self.rng.choice(shop["services"])
        return shop

    def parts(self, shop: dict, schemes: str = "bare_schemes") -> tuple[str, str, str, str]:
        """A shop address in pieces: scheme, name, top-level domain, path."""
        first, second, tld = (self.rng.choice(part) for part in shop["domains"])
        return self.rng.choice(self.t[schemes]), first + second, tld, self._in_url(self.rng.choice(shop["paths"]))

    def with_attributes(self, fmt: str, text: str, url: str) -> str:
        attributes = self.rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return render_link(fmt, text, url, self.rng.randrange(3), attributes)

    def hidden(self, form: str) -> str:
        """As Fresh6's, with the made-up id also put into the attributes on each <a>."""
        around, on_links = self.rng.choice(self.t["hiding"][form])
        on_links = on_links.replace("@ID@", self.slots["id"])
        links = [self.hidden_link().replace("<a ", f"<a{on_links} ", 1) for _ in range(self.rng.randint(1, 3))]
        return around.replace("@ID@", self.slots["id"]).replace("@LINKS@", " ".join(links))

    # -- addresses that dodge being read as one

    def bbcode(self, fmt: str, escape) -> str:
        """A forum link pasted into a page that does not render BBCode: it stays as typed."""
        text, url = self.anchor_and_url(shop=self.shop())
        code = self.rng.choice(self.t["bbcode"]).replace("@URL@", url).replace("@TEXT@", text)
        return escape(code)

    def redirect(self, fmt: str, escape) -> str:
        """A link through an open redirect (the site's own or a redirector's), the shop's address percent-encoded."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        redirects = [r for r in self.t["redirects"] if fmt != "text" or r.startswith("http")]
        href = (rng.choice(redirects).replace("@U@", urllib.parse.quote(url, safe=""))
                .replace("@B64@", base64.urlsafe_b64encode(url.encode("utf-8")).decode("ascii").rstrip("="))
                .replace("@ID@", self.slots["id"]))
        if fmt == "text" and rng.randrange(3) == 0:
            return href
        return self.with_attributes(fmt, text, href)

    def zero_width(self, fmt: str, escape) -> str:
        """An address as text with invisible characters (or <wbr>) inside its name, so it reads whole but is broken."""
        rng = self.rng
        scheme, name, tld, path = self.parts(self.shop())
        cuts = sorted(rng.sample(range(1, len(name)), min(len(name) - 1, rng.randint(1, 2)))) + [len(name)]
        marks = self.t["zero_width"]["text" if fmt == "text" else rng.choice(("text", fmt))]
        mark = rng.choice(marks)
        pieces, last = [], 0
        for cut in cuts:
            pieces.append(escape(name[last:cut]))
            last = cut
        before_tld = mark if rng.randrange(2) else ""
        return escape(scheme) + mark.join(pieces) + before_tld + escape(tld + path)

    def homoglyph(self, fmt: str, escape) -> str:
        """An address with look-alike letters from other scripts (or in full-width forms), as text or a link."""
        rng = self.rng
        shop = self.shop()
        scheme, name, tld, path = self.parts(shop)
        table = self.t["homoglyphs"]
        if rng.randrange(4) == 0:  # full width: ｗｗｗ．ｎａｍｅ．ｃｏｍ
            host = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in name + tld)
        else:
            spots = [i for i, c in enumerate(name) if c in table]
            chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3))))
            host = "".join(table[c] if i in chosen else c for i, c in enumerate(name)) + tld
        address = scheme + host + path
        if fmt == "text" or rng.randrange(2):
            return escape(address)
        text = rng.choice((address, self.rng.choice(shop["anchors"]).format(**self.slots)))
        return self.with_attributes(fmt, text, "https://" + host + path)

    def entity_encoded(self, fmt: str, escape) -> str:
        """A link whose address is written in HTML character references, or whose host is percent-encoded."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        style = rng.randrange(4)
        if style == 0:
            address = "".join(f"&#{ord(c)};" for c in url)
        elif style == 1:
            address = "".join(f"&#x{ord(c):x};" for c in url)
        elif style == 2:  # the scheme and punctuation as references, the letters as they are
            named = {":": "&colon;", "/": "&sol;", ".": "&period;", "?": "&quest;", "=": "&equals;", "-": "&#45;"}
            address = "".join(named.get(c, c) for c in url)
        else:
            scheme, rest = re.match(r"^((?:\w+:)?//)?(.*)$", url).groups()
            host, _, path = rest.partition("/")
            address = (scheme or "https://") + "".join(f"%{b:02X}" for b in host.encode("utf-8")) + (
                "/" + path if _ else "")
        if fmt == "html":
            shown = address if rng.randrange(3) == 0 and style < 3 else html.escape(text)
            return f'<a href="{address}">{shown}</a>'
        if style == 3 and rng.randrange(2):
            return f"<{address}>"
        return rng.choice((f"[{text}]({address})", f'<a href="{address}">{html.escape(text)}</a>'))

    def tiny_anchor(self, fmt: str, escape) -> str:
        """A link whose words are one punctuation mark or an emoji."""
        text, url = self.anchor_and_url(shop=self.shop())
        mark = self.rng.choice(self.t["tiny_anchors"])
        if fmt == "markdown":
            return self.rng.choice((f"[{mark}]({url})", f'[{mark}]({url} "{text}")'))
        attributes = self.rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return render_link(fmt, mark, url, 0, attributes)

    # -- links in tags that are not <a>

    def fill_tag(self, template: str, shop: dict) -> str:
        text, url = self.anchor_and_url(shop=shop)
        home = re.match(r"^(\w+:)?//[^/]+|^[^/]+", url).group(0)
        if not home.startswith(("http", "//")):
            home = "https://" + home
        srcdoc = html.escape(f'<a href="{url}" target="_top">{text}</a>')
        return (template.replace("@URL@", html.escape(url)).replace("@HOME@", html.escape(home))
                .replace("@URLQ@", urllib.parse.quote(url, safe="")).replace("@SRCDOC@", srcdoc)
                .replace("@TEXT@", html.escape(text)).replace("@ID@", self.slots["id"])
                .replace("@N@", self.rng.choice(("0", "0", "1", "3", "5"))))

    def meta_link(self, fmt: str, escape) -> str:
        """A <meta> refresh, an og:url or a <link rel> (canonical, alternate, prefetch) in the article's body."""
        shop = self.shop()
        tags = [self.fill_tag(self.rng.choice(self.t["meta_links"]), shop)]
        if self.rng.randrange(3) == 0:
            tags.append(self.fill_tag(self.rng.choice(self.t["meta_links"]), shop))
        return "".join(tags)

    def embed_src(self, fmt: str, escape) -> str:
        """The shop's page or banner shown in an <iframe> (src or srcdoc), an <embed> or an <object>."""
        return self.fill_tag(self.rng.choice(self.t["embeds"]), self.shop())

    def form_button(self, fmt: str, escape) -> str:
        """A form that posts to the shop: a "buy" button, a hidden affiliate field, sometimes an e-mail box."""
        rng = self.rng
        shop = self.shop()
        _, url = self.anchor_and_url(shop=shop)
        action, label, lead = html.escape(url), html.escape(self.pick("buy_buttons")), html.escape(self.pick("cta_leads"))
        return rng.choice((
            f'<form action="{action}" method="post" class="buy-box"><input type="hidden" name="aff" '
            f'value="{self.slots["id"]}"><button type="submit">{label}</button></form>',
            f'<form action="{action}" method="get" target="_blank"><p>{lead}</p><input type="submit" value="{label}"></form>',
            f'<form class="cta" method="post"><p>{lead}</p><button type="submit" formaction="{action}">{label}</button></form>',
            f'<div class="cta-box"><p>{lead}</p><form action="{action}" method="post"><input type="email" name="email" '
            f'placeholder="Your email"><button type="submit">{label}</button></form></div>'))

    def select_menu(self, fmt: str, escape) -> str:
        """A drop-down of "partner sites" that goes to the chosen one: its options are the links."""
        rng = self.rng
        label = html.escape(self.pick("select_labels"))
        options = "".join(f'<option value="{html.escape(url)}">{html.escape(text)}</option>'
                          for text, url in (self.anchor_and_url(shop=self.shop()) for _ in range(rng.randint(2, 4))))
        handler, menu = rng.choice(self.t["select_handlers"]), f'ps-{self.slots["id"]}'
        select = f'<select name="partners" onchange="{handler}"><option value="">{label}</option>{options}</select>'
        labelled = select.replace("<select ", f'<select id="{menu}" ', 1)
        return rng.choice((f'<form class="jump-menu">{select}</form>', f'<p class="network">{select}</p>', select,
                           f'<div class="partner-sites"><label for="{menu}">{label}</label> {labelled}</div>'))

    def blockquote_cite(self, fmt: str, escape) -> str:
        """A quotation whose source is the shop: its address in the cite attribute (no link), or also linked."""
        rng = self.rng
        shop = self.shop()
        url = html.escape(self.url(shop))
        quote, who = html.escape(self.pick("cite_quotes")), html.escape(self.fill("{brand} {trade}"))
        return rng.choice((
            f'<blockquote cite="{url}"><p>“{quote}”</p></blockquote>',
            f'<blockquote cite="{url}"><p>{quote}</p><footer>— {html.escape(self.slots["person"])}, <cite>{who}</cite>'
            f"</footer></blockquote>",
            f'<blockquote class="wp-block-quote" cite="{url}"><p>{quote}</p><cite><a href="{url}">{who}</a></cite>'
            f"</blockquote>",
            f'<p class="quote-line">As one specialist put it, <q cite="{url}">{quote}</q></p>'))

    # -- links in the page's furniture

    def share_bar(self, fmt: str, escape) -> str:
        """A "share" or "print" bar whose last entries include the shop's link."""
        rng = self.rng
        spam = self.brand_link(fmt, self.shop())
        if rng.randrange(2):
            spam = escape(self.pick("share_sponsors")) + spam
        lead = rng.choice(self.words["share_leads"])
        items = []
        for net in rng.sample(self.words["share_networks"], rng.randint(2, 4)):
            slug = re.sub(r"\W+", "-", net.lower())
            href = {"Print": "javascript:window.print()", "Email": "mailto:?subject=Worth%20a%20read"}.get(
                net, f"/share/{slug}?u=%2Farticle%2F{self.slots['id']}")
            if fmt == "html":
                items.append(f'<a href="{href}" class="share-{slug}" rel="nofollow">{escape(net)}</a>')
            elif fmt == "markdown":
                items.append(f"[{net}]({href if net != 'Print' else '#print'})")
            else:
                items.append(net)
        items.insert(rng.randint(1, len(items)), spam)
        if fmt == "html":
            return rng.choice(('<div class="share-bar" role="group">{} {}</div>', '<nav class="social-share">{} {}</nav>')
                              ).format(escape(lead), " ".join(items))
        return lead + " " + rng.choice((" · ", " | ", "  ")).join(items)

    def cookie_banner(self, fmt: str, escape) -> str:
        """A cookie or consent notice that names an "advertising partner" with its link."""
        rng = self.rng
        line = self.phrase(rng.choice(self.words["cookie_texts"]), self.brand_link(fmt, self.shop()), escape)
        accept, manage = rng.choice(self.words["cookie_buttons"])
        if fmt == "html":
            return (f'<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>{line}</p>'
                    f'<button type="button" class="accept">{escape(accept)}</button> '
                    f'<button type="button" class="manage">{escape(manage)}</button></div>')
        if fmt == "markdown":
            return f"> 🍪 {line}\n>\n> **{accept}** · *{manage}*"
        return f"🍪 {line} [{accept}] [{manage}]"

    def definition_list(self, fmt: str, escape) -> str:
        """A glossary of the article's words in which one entry is the shop's trade, with its link."""
        rng = self.rng
        shop = self.shop("glossary")
        term, definition = rng.choice(shop["glossary"])
        entries = [(self.fill(t), escape(self.fill(d))) for t, d in rng.sample(self.words["glossary"], rng.randint(1, 2))]
        entries.insert(rng.randint(0, len(entries)),
                       (self.fill(term), self.phrase(definition, self.link(fmt, shop), escape)))
        head = self.pick("glossary_heads")
        if fmt == "html":
            items = "".join(f"<dt>{escape(t)}</dt><dd>{d}</dd>" for t, d in entries)
            return rng.choice((f'<dl class="glossary">{items}</dl>',
                               f'<div class="glossary"><h4>{escape(head)}</h4><dl>{items}</dl></div>'))
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n\n".join(f"{t}\n: {d}" for t, d in entries)
        return f"{head}\n" + "\n".join(f"{t} — {d}" for t, d in entries)

    def forum_reply(self, fmt: str, escape) -> str:
        """A reply pasted from a forum thread: a quoted question, an answer that recommends the shop with its link."""
        rng = self.rng
        shop = self.shop()
        user, asker = rng.sample(self.words["forum_users"], 2)
        user, asker = self.fill(user), self.fill(asker)
        topic, question = self.pick("forum_topics"), self.pick("forum_questions")
        reply = self.phrase(rng.choice(self.words["forum_replies"]), self.link(fmt, shop), escape)
        date = self.fill(rng.choice(self.words["forum_dates"]))
        if fmt == "html":
            return (f'<div class="forum-post" id="post-{self.slots["id"]}"><div class="post-header"><strong>'
                    f'{escape(user)}</strong> · {escape(date)} · Re: {escape(topic)}</div><blockquote class="bbquote">'
                    f"<p><b>{escape(asker)} wrote:</b> {escape(question)}</p></blockquote><p>{reply}</p></div>")
        if fmt == "markdown":
            return f"**Re: {topic}**\n\n> **{asker} wrote:** {question}\n\n{reply}\n\n*{user} · {date}*"
        return f"Re: {topic}\n{asker} wrote:\n> {question}\n{reply}\n-- {user}, {date}"

    # -- blocks about another subject

    def translated_abstract(self, fmt: str, escape) -> str:
        """A "summary in another language" that is about the shop's trade, with its link in that language's words."""
        rng = self.rng
        shop = self.shop("foreign_abstracts")
        lang = rng.choice(sorted(shop["foreign_abstracts"]))
        head = rng.choice(self.t["abstract_heads"][lang])
        link = self.foreign_link(fmt, shop, lang) if rng.randrange(3) else self.url_as_link(fmt, self.url(shop))
        body = self.phrase(rng.choice(shop["foreign_abstracts"][lang]), link, escape)
        if fmt == "html":
            return f'<section class="abstract-translation" lang="{lang}"><h4>{escape(head)}</h4><p>{body}</p></section>'
        if fmt == "markdown":
            return f"**{head}**\n\n{body}"
        return f"{head}\n{body}"

    def contact(self, shop: dict) -> dict[str, str]:
        return {"email": f"{self.rng.choice(self.words['email_users'])}@{self.domain(shop)}",
                "role": self.rng.choice(shop["roles"])}

    def press_release(self, fmt: str, escape) -> str:
        shop = self.shop()
        text = escape(self.fill(self.rng.choice(self.words["press_releases"]), **self.contact(shop)))
        if fmt == "html" and self.rng.randrange(2):
            return f'<div class="press-release"><p>{text}</p></div>'
        return text

    def job_ad(self, fmt: str, escape) -> str:
        shop = self.shop()
        text = self.fill(self.rng.choice(self.words["job_ads"]), **self.contact(shop))
        if fmt == "html":
            return self.rng.choice(('<aside class="job-ad"><p>{}</p></aside>', "{}")).format(escape(text))
        return f"**{text}**" if fmt == "markdown" and self.rng.randrange(2) else text

    def classified(self, fmt: str, escape) -> str:
        """Local classified notices, one of them the shop's, with phone numbers and no link."""
        rng = self.rng
        shop = self.shop()
        lines = [line.format(**{**self.slots, **{key: rng.choice(self.t["slots"][key]) for key in ("money", "phone", "day")}})
                 for line in rng.sample(self.words["classifieds"], rng.randint(2, 3))]  # other people's notices
        lines.insert(rng.randint(0, len(lines)), self.fill(rng.choice(self.words["classified_shop"]), **self.contact(shop)))
        head = rng.choice(self.words["classified_heads"])
        if fmt == "html":
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            return f'<div class="classifieds"><h4>{escape(head)}</h4><ul>{items}</ul></div>'
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n".join(f"- {line}" for line in lines)
        return f"{head}\n" + "\n".join(f"• {line}" for line in lines)

    def foreign_paragraph(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop("foreign_paragraphs")
        lang = rng.choice(sorted(shop["foreign_paragraphs"]))
        text = escape(self.fill(rng.choice(shop["foreign_paragraphs"][lang])))
        return f'<p lang="{lang}">{text}</p>' if fmt == "html" and rng.randrange(2) else text


class Fresh8(Fresh7):
    """Snippets of the `fresh8` templates: links where link sellers place them today (bylines, structured data, a
    <base href>, <a ping>, link-in-bio lists, newsletter blurbs, store locators, show notes, event listings, tooltips,
    language switchers, footer credits, syndication notes, QR codes, a table of contents), blocks about another subject,
    and five more ways of hiding. Each snippet draws one shop, the word it calls itself by ({trade}) and one of its
    services ({service}), so its words, links and names agree."""

    def home(self, url: str) -> str:
        """The shop's home page (with a scheme) from one of its addresses."""
        home = re.match(r"^(\w+:)?//[^/]+|^[^/]+", url).group(0)
        return home if home.startswith("http") else "https://" + home.removeprefix("//")

    def block(self, fmt: str, html_variants: tuple, markdown: str, text: str) -> str:
        return self.rng.choice(html_variants) if fmt == "html" else markdown if fmt == "markdown" else text

    def listing(self, fmt: str, head: str, entries: list[str], frame: str, escape, numbered: bool = False) -> str:
        """A headed list of entries (already in the format): in HTML inside `frame` ({head}, {items}), as a Markdown
        list under a bold head, or as lines under the head in plain text."""
        mark = (lambda i: f"{i}. ") if numbered else (lambda i: "- " if fmt == "markdown" else "• ")  # noqa: E731
        if fmt == "html":
            tag = "ol" if numbered else "ul"
            items = "".join(f"<li>{e}</li>" for e in entries)
            return frame.format(head=escape(head), items=f"<{tag}>{items}</{tag}>")
        lines = "\n".join(mark(i) + e for i, e in enumerate(entries, 1))
        return f"**{head}**\n\n{lines}" if fmt == "markdown" else f"{head}\n{lines}"

    # -- links in the places a paid link goes

    def byline(self, fmt: str, escape) -> str:
        """A guest post's byline: the author and the shop they "work for", linked."""
        line = self.phrase(self.rng.choice(self.words["bylines"]), self.brand_link(fmt, self.shop()), escape)
        return self.block(fmt, (f'<p class="byline guest-post">{line}</p>',
                                f'<div class="guest-author"><p>{line}</p></div>'),
                          self.rng.choice((f"*{line}*", f"_{line}_")), line)

    def json_ld(self, fmt: str, escape) -> str:
        """Structured data in the body: the shop as the page's publisher, organisation or product (url, sameAs)."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        same = [self.home(url)] + [self.url(shop) for _ in range(rng.randint(0, 2))]
        name = self.fill("{brand} {trade}")
        kind = rng.choice(self.words["ld_types"])
        if kind == "Article":
            data = {"@context": "https://schema.org", "@type": "Article", "headline": self.pick("ld_headlines"),
                    "publisher": {"@type": "Organization", "name": name, "url": url, "sameAs": same}}
        elif kind == "Product":
            data = {"@context": "https://schema.org", "@type": "Product", "name": self.fill("{brand} {service}"),
                    "offers": {"@type": "Offer", "url": url, "priceCurrency": "USD", "price": self.slots["n"] + "9"},
                    "brand": {"@type": "Brand", "name": name, "sameAs": same}}
        else:
            data = {"@context": "https://schema.org", "@type": kind, "name": name, "url": url, "sameAs": same,
                    "telephone": self.slots["phone"]}
        return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"

    def base_href(self, fmt: str, escape) -> str:
        """A <base href> naming the shop, then links with relative addresses, which it turns into the shop's."""
        rng = self.rng
        shop = self.shop()
        base = self.home(self.url(shop)) + "/"
        paths = [p.lstrip("/") for p in shop["paths"] if p.strip("/")]
        links = []
        for anchor in rng.sample(shop["anchors"], rng.randint(1, 3)):
            links.append(f'<a href="{html.escape(self._in_url(rng.choice(paths)))}">{html.escape(self.fill(anchor))}</a>')
        target = rng.choice(("", ' target="_blank"'))
        lead = html.escape(self.pick("base_leads"))
        return f'<base href="{html.escape(base)}"{target}><p class="related-links">{lead}{" · ".join(links)}</p>'

    def ping_link(self, fmt: str, escape) -> str:
        """A link that goes nowhere (or stays on the page) and pings the shop's address when clicked."""
        rng = self.rng
        shop = self.shop()
        text = html.escape(self.fill(rng.choice(shop["anchors"])))
        href = rng.choice(("#", f"#ref-{self.slots['id']}", f"/tag/{self.slots['slug']}", "?share=1"))
        pings = " ".join(html.escape(self.url(shop)) for _ in range(rng.randint(1, 2)))
        return rng.choice((f'<a href="{href}" ping="{pings}">{text}</a>',
                           f'<a ping="{pings}" href="{href}" rel="nofollow">{text}</a>'))

    def link_in_bio(self, fmt: str, escape) -> str:
        """A "link in bio" page pasted in: the shop's handle, a bio line and a column of buttons to its pages."""
        rng = self.rng
        shop = self.shop()
        handle, bio = "@" + self.slots["slug"], self.pick("bio_lines")
        buttons = [(self.fill(label), self.url(shop)) for label in rng.sample(self.words["bio_buttons"], rng.randint(3, 5))]
        if fmt == "html":
            items = "".join(f'<li><a class="lib-button" href="{html.escape(u)}">{escape(t)}</a></li>' for t, u in buttons)
            return (f'<div class="link-in-bio"><p class="lib-handle">{escape(handle)}</p><p class="lib-bio">{escape(bio)}'
                    f'</p><ul class="lib-buttons">{items}</ul></div>')
        if fmt == "markdown":
            return f"**{handle}** · {bio}\n\n" + "\n".join(f"- [{t}]({u})" for t, u in buttons)
        return f"{handle} — {bio}\n" + "\n".join(f"{t} → {u}" for t, u in buttons)

    def newsletter(self, fmt: str, escape) -> str:
        """A newsletter sign-up blurb whose sign-up (or "powered by") link is the shop's."""
        rng = self.rng
        head = self.pick("newsletter_heads")
        body = self.phrase(rng.choice(self.words["newsletters"]), self.brand_link(fmt, self.shop()), escape)
        return self.block(fmt, (f'<aside class="newsletter-signup"><h4>{escape(head)}</h4><p>{body}</p></aside>',
                                f'<div class="newsletter-box"><p><strong>{escape(head)}</strong> {body}</p></div>'),
                          f"> **{head}**\n>\n> {body}", f"✉ {head}\n{body}")

    def map_card(self, fmt: str, escape) -> str:
        """A store-locator card: the shop's name, street, hours and phone, a map, directions and its website."""
        rng = self.rng
        shop = self.shop()
        name, street, hours = self.fill("{brand} {trade}"), self.pick("streets"), self.pick("hours")
        place = urllib.parse.quote_plus(f"{name} {self.slots['city']}")
        directions = rng.choice(self.t["map_hosts"]) + "dir/?q=" + place
        site = self.brand_link(fmt, shop)
        if fmt == "html":
            image = html.escape(rng.choice(self.t["map_hosts"]) + f"static?q={place}&zoom=15&size=400x200")
            return (f'<div class="store-locator"><img src="{image}" alt="Map of {escape(name)}" width="400" height="200">'
                    f"<p><strong>{escape(name)}</strong><br>{escape(street)}, {escape(self.slots['city'])}<br>"
                    f"{escape(hours)} · {escape(self.slots['phone'])}</p>"
                    f'<p><a href="{html.escape(directions)}" rel="nofollow">Get directions</a> · {site}</p></div>')
        if fmt == "markdown":
            return (f"**📍 {name}**  \n{street}, {self.slots['city']}  \n{hours} · {self.slots['phone']}  \n"
                    f"[Get directions]({directions}) · {site}")
        return f"📍 {name}\n{street}, {self.slots['city']}\n{hours} · {self.slots['phone']}\nWebsite: {site}"

    def show_notes(self, fmt: str, escape) -> str:
        """Podcast show notes: an episode, its timestamps, and a sponsor read with the shop's link."""
        rng = self.rng
        head = self.fill(rng.choice(self.words["episode_titles"]))
        marks = sorted(rng.sample(range(1, 50), rng.randint(2, 4)))
        lines = ["00:00 " + self.pick("episode_intros")] + [
            f"{m:02d}:{rng.randrange(60):02d} {self.fill(t)}"
            for m, t in zip(marks, rng.sample(self.words["episode_topics"], len(marks)))]
        read = self.phrase(rng.choice(self.words["sponsor_reads"]), self.brand_link(fmt, self.shop()), escape)
        notes = self.listing(fmt, head, [escape(line) for line in lines],
                             '<section class="show-notes"><h4>{head}</h4>{items}<p>@READ@</p></section>', escape)
        if fmt == "html":
            return notes.replace("@READ@", read)
        return f"{notes}\n\n{read}" if fmt == "markdown" else f"{notes}\n{read}"

    def event_listing(self, fmt: str, escape) -> str:
        """A "what's on" list: other people's events, and the shop's open day with a link to book."""
        rng = self.rng
        shop = self.shop()
        entries = [escape(self.fill(e)) for e in rng.sample(self.words["events"], rng.randint(1, 2))]
        entries.insert(rng.randint(0, len(entries)),
                       self.phrase(rng.choice(self.words["shop_events"]), self.brand_link(fmt, shop), escape))
        return self.listing(fmt, self.pick("event_heads"), entries, '<aside class="whats-on"><h4>{head}</h4>{items}</aside>',
                            escape)

    def tooltip(self, fmt: str, escape) -> str:
        """A word of the article with a tooltip that defines it and sends the reader to the shop."""
        rng = self.rng
        shop = self.shop()
        term = html.escape(self.pick("tooltip_terms"))
        template = rng.choice(self.words["tooltips"])
        style = rng.randrange(4)
        if style == 0:  # a tooltip element with the link inside it
            tip = self.phrase(template, self.link("html", shop), html.escape)
            return f'<span class="tooltip">{term}<span class="tooltip-text">{tip}</span></span>'
        text = html.escape(self.fill(template, link=re.sub(r"^https?://", "", self.url(shop))))
        return (f'<abbr title="{text}">{term}</abbr>', f'<span class="has-tip" data-tooltip="{text}">{term}</span>',
                f'<dfn title="{text}">{term}</dfn>')[style - 1]

    def language_switcher(self, fmt: str, escape) -> str:
        """A "read in" bar of the article's other languages, one of which is the shop in that language."""
        rng = self.rng
        shop = self.shop()
        lang = rng.choice(sorted(shop["foreign_anchors"]))
        title = self.fill(rng.choice(shop["foreign_anchors"][lang]))
        native, url = self.t["language_names"][lang], self.url(shop)
        others = [(name, f"/{code}/article-{self.slots['id']}")
                  for code, name in rng.sample(sorted(self.words["site_languages"].items()), rng.randint(1, 2))]
        head = self.pick("switcher_heads")
        if fmt == "html":
            items = [f'<a href="{p}" hreflang="{p[1:3]}">{escape(n)}</a>' for n, p in others]
            items.insert(rng.randint(0, len(items)), f'<a href="{html.escape(url)}" hreflang="{lang}" lang="{lang}" '
                                                     f'title="{html.escape(title)}">{escape(native)}</a>')
            return (f'<nav class="lang-switcher" aria-label="Language">{escape(head)} <strong>English</strong> · '
                    f'{" · ".join(items)}</nav>')
        if fmt == "markdown":
            items = [f"[{n}]({p})" for n, p in others]
            items.insert(rng.randint(0, len(items)), f'[{native}]({url} "{title}")')
            return f"{head} **English** · " + " · ".join(items)
        items = [n for n, _ in others]
        items.insert(rng.randint(0, len(items)), f"{native} ({title}): {url}")
        return f"{head} English | " + " | ".join(items)

    def footer_credit(self, fmt: str, escape) -> str:
        """A "website by" / "theme by" credit line, the classic paid footer link."""
        line = self.phrase(self.rng.choice(self.words["credits"]), self.brand_link(fmt, self.shop()), escape)
        return self.block(fmt, (f'<footer class="site-credit"><p>{line}</p></footer>',
                                f'<p class="credits"><small>{line}</small></p>'),
                          f"<small>{line}</small>" if self.rng.randrange(2) else f"*{line}*", line)

    def syndication(self, fmt: str, escape) -> str:
        """A note that the article "first appeared" on the shop's site."""
        line = self.phrase(self.rng.choice(self.words["syndications"]), self.brand_link(fmt, self.shop()), escape)
        return self.block(fmt, (f'<p class="syndication-note"><em>{line}</em></p>',
                                f'<div class="republish"><p>{line}</p></div>'),
                          f"*{line}*", line)

    def qr_code(self, fmt: str, escape) -> str:
        """A QR code whose image address carries the shop's address, with or without a link under it."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        src = rng.choice(self.t["qr_hosts"]).replace("@U@", urllib.parse.quote(url, safe=""))
        alt, caption = self.pick("qr_alts"), self.pick("qr_captions")
        domain = re.sub(r"^\w*:?//(www\.)?|^www\.|/.*", "", url)
        if fmt == "html":
            linked = f'{escape(caption)} <a href="{html.escape(url)}">{escape(domain)}</a>'
            under = rng.choice((escape(self.pick("qr_notes")), linked))
            return (f'<figure class="qr-code"><img src="{html.escape(src)}" alt="{escape(alt)}" width="150" height="150">'
                    f"<figcaption>{under}</figcaption></figure>")
        if fmt == "markdown":
            return f"![{alt}]({src})\n\n*{caption}* <{url if url.startswith('http') else 'https://' + url.lstrip('/')}>"
        return f"[QR code: {alt}]\n{caption} {url}"

    def toc_entry(self, fmt: str, escape) -> str:
        """A table of contents of the article's sections with one entry that leaves the site."""
        rng = self.rng
        shop = self.shop()
        sections = [self.fill(s) for s in rng.sample(self.words["toc_items"], rng.randint(3, 5))]
        spot = rng.randint(1, len(sections))
        text, url = self.fill(rng.choice(shop["anchors"])), self.url(shop)
        head = self.pick("toc_heads")
        slug = lambda s: re.sub(r"\W+", "-", s.lower()).strip("-")  # noqa: E731
        if fmt == "html":
            items = [f'<li><a href="#{slug(s)}">{escape(s)}</a></li>' for s in sections]
            items.insert(spot, f"<li>{self.with_attributes(fmt, text, url)}</li>")
            return f'<nav class="toc"><p class="toc-title">{escape(head)}</p><ol>{"".join(items)}</ol></nav>'
        if fmt == "markdown":
            items = [f"[{s}](#{slug(s)})" for s in sections]
            items.insert(spot, f"[{text}]({url})")
            return f"**{head}**\n\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
        items = sections[:]
        items.insert(spot, f"{text} — {url}")
        return f"{head}\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))

    # -- blocks about another subject (no link: the shop is named with a phone)

    def spec_sheet(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        specs = [(k, self.fill(v)) for k, v in rng.sample(shop["specs"], rng.randint(3, len(shop["specs"])))]
        head, tail = self.pick("spec_heads"), self.pick("spec_tails")
        if fmt == "html":
            rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in specs)
            return f'<table class="spec-sheet"><caption>{escape(head)}</caption>{rows}</table><p>{escape(tail)}</p>'
        if fmt == "markdown":
            return f"**{head}**\n\n| Specification | |\n| --- | --- |\n" + "\n".join(
                f"| {k} | {v} |" for k, v in specs) + f"\n\n{tail}"
        return f"{head}\n" + "\n".join(f"{k}: {v}" for k, v in specs) + f"\n{tail}"

    def terms_excerpt(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        clauses = [escape(self.fill(c)) for c in rng.sample(self.words["terms_clauses"], rng.randint(2, 4))]
        return self.listing(fmt, self.pick("terms_heads"), clauses, '<div class="terms"><h4>{head}</h4>{items}</div>', escape,
                            numbered=True)

    def match_report(self, fmt: str, escape) -> str:
        self.shop()
        text = escape(self.pick("match_reports"))
        if fmt == "html":
            return self.rng.choice((f'<div class="local-sport"><p>{text}</p></div>', text))
        return text

    def foreign_notice(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop("foreign_notices")
        lang = rng.choice(sorted(shop["foreign_notices"]))
        text = escape(self.fill(rng.choice(shop["foreign_notices"][lang])))
        return f'<div class="notice" lang="{lang}"><p>{text}</p></div>' if fmt == "html" and rng.randrange(2) else text


class Fresh9(Fresh8):
    """Snippets of the `fresh9` templates: links in forms the earlier sets do not use (pingbacks, an infographic's embed
    code, an affiliate product card, a pasted social post, a quoted e-mail, a citation export, a leaked RSS item, an
    "add to calendar" link, a PDF download), addresses that dodge being read as one (another markup, a name before an
    @, reversed by a bidi override, mathematical letters, a code span, split by empty elements), links outside <a href>
    (data-href, MathML, CSS), blocks about another subject, and five more ways of hiding. Each snippet draws one shop,
    the word it calls itself by ({trade}) and one of its services ({service}), so its words, links and names agree."""

    # lowercase letters and digits of mathematical and enclosed alphabets: (first letter, first digit), 0 for none
    ALPHABETS = ((0x1D41A, 0x1D7CE), (0x1D5EE, 0x1D7EC), (0x1D68A, 0x1D7F6), (0x1D552, 0x1D7D8), (0x24D0, 0))

    def tag(self, template: str, url: str, text: str, label: str = "") -> str:
        """A template of the table filled: @URL@ the address, @HOME@ its home page, @TEXT@ the anchor, @LABEL@, @ID@."""
        return (template.replace("@URL@", html.escape(url)).replace("@HOME@", html.escape(self.home(url)))
                .replace("@TEXT@", html.escape(text)).replace("@LABEL@", html.escape(label))
                .replace("@ID@", self.slots["id"]))

    def around_address(self, key: str, name: str, address: str, escape) -> str:
        """A phrase of the words (`key`) with the address (already in the format) at {`name`}."""
        before, after = self.fill(self.rng.choice(self.words[key]), **{name: "\0"}).split("\0")
        return escape(before) + address + escape(after)

    # -- links in the furniture of a post and the things pasted into it

    def pingback(self, fmt: str, escape) -> str:
        """Pingbacks and trackbacks under the article: titles of the shop's posts, linked, with an excerpt."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("pingback_heads")
        entries = []
        for _ in range(rng.randint(1, 3)):
            anchor = self.fill(rng.choice(shop["anchors"]))
            title = self.fill(rng.choice(self.words["pingback_titles"]), anchor=anchor)
            lead, quote = rng.choice(self.words["pingback_leads"]), self.pick("pingback_quotes")
            entries.append((lead, self.with_attributes(fmt, title, self.url(shop)), quote))
        if fmt == "html":
            items = "".join(f'<li class="pingback"><p>{escape(lead)}{link}</p>' + (f"<p>{escape(quote)}</p>" if quote else "")
                            + "</li>" for lead, link, quote in entries)
            return f'<section class="comments-area"><h3>{escape(head)}</h3><ol class="comment-list">{items}</ol></section>'
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n".join(f"- {lead}{link}" + (f" — *{quote}*" if quote else "")
                                                 for lead, link, quote in entries)
        return f"{head}\n" + "\n".join(f"{lead}{link}" + (f"\n  {quote}" if quote else "") for lead, link, quote in entries)

    def embed_code(self, fmt: str, escape) -> str:
        """An "embed this infographic" box whose code links the image and a credit to the shop."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        alt, credit, name = self.pick("embed_alts"), rng.choice(self.words["embed_credits"]), self.fill("{brand} {trade}")
        image = f"{self.home(url)}/infographics/{self.slots['slug']}-{self.slots['id']}.png"
        code = (f'<a href="{html.escape(url)}"><img src="{html.escape(image)}" alt="{html.escape(alt)}" width="600"></a><br>'
                f'{html.escape(credit)} <a href="{html.escape(url)}">{html.escape(name)}</a>')
        head = self.pick("embed_heads")
        if fmt == "html":
            return (f'<div class="embed-code"><p><strong>{escape(head)}</strong></p>'
                    f'<textarea readonly rows="4" cols="60" onclick="this.select()">{html.escape(code)}</textarea></div>')
        if fmt == "markdown":
            return f"**{head}**\n\n```html\n{code}\n```"
        return f"{head}:\n{code}"

    def product_card(self, fmt: str, escape) -> str:
        """An affiliate product box: a badge, stars, a price, pros and a button to the shop."""
        rng = self.rng
        shop = self.shop()
        title = self.fill("{brand} {trade} — {service}")
        rating = rng.choice(self.words["card_ratings"])
        full = round(float(rating))
        stars = "★" * full + "☆" * (5 - full)
        badge = self.pick("card_badges")
        pros = [self.fill(p) for p in rng.sample(self.words["card_pros"], 3)]
        button = self.with_attributes(fmt, self.pick("card_buttons"), self.url(shop))
        price = self.slots["money"]
        if fmt == "html":
            items = "".join(f"<li>{escape(p)}</li>" for p in pros)
            return (f'<div class="product-box"><span class="badge">{escape(badge)}</span><h4>{escape(title)}</h4>'
                    f'<p class="rating" aria-label="{rating} out of 5">{stars} {rating}/5</p><ul class="pros">{items}</ul>'
                    f'<p class="price">From {escape(price)}</p><p class="cta">{button}</p></div>')
        if fmt == "markdown":
            return (f"**{badge}: {title}**  \n{stars} {rating}/5 · From {price}\n\n" + "\n".join(f"- ✓ {p}" for p in pros)
                    + f"\n\n👉 {button}")
        return (f"{badge.upper()}: {title}\n{stars} {rating}/5 · From {price}\n" + "\n".join(f"✓ {p}" for p in pros)
                + f"\n{button}")

    def social_embed(self, fmt: str, escape) -> str:
        """A social-media post pasted as its embed code (or quoted): the shop's post with its link."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        handle, name = self.slots["slug"] + self.slots["handle"], self.fill("{brand} {trade}")
        shown = re.sub(r"^\w+://(www\.)?", "", url)
        date = f"{self.slots['day']}, {self.slots['year']}"
        network = rng.choice(self.words["social_networks"])
        permalink = {"twitter": f"https://birdsite.example/{handle}/status/{self.slots['id']}{self.slots['n']}",
                     "instagram": f"https://photogram.example/p/{self.slots['id']}{self.slots['slug'][:4]}/",
                     "mastodon": f"https://toot.example/@{handle}/{self.slots['n']}0{self.slots['id']}",
                     "threads": f"https://threadline.example/@{handle}/post/{self.slots['id']}"}[network]
        if fmt == "html":
            link = f'<a href="{html.escape(url)}">{escape(shown)}</a>'
            body = self.phrase(rng.choice(self.words["social_posts"]), link, escape)
            return {"twitter": f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{body}</p>&mdash; {escape(name)} '
                               f'(@{handle}) <a href="{permalink}">{escape(date)}</a></blockquote>',
                    "instagram": f'<blockquote class="instagram-media" data-instgrm-permalink="{permalink}" '
                                 f'data-instgrm-version="14">'
                                 f"<div><p>{body}</p><p>A post shared by {escape(name)} (@{handle})</p></div></blockquote>",
                    "mastodon": f'<blockquote class="mastodon-embed" data-embed-url="{permalink}/embed"><p>{body}</p>'
                                f"<p>— {escape(name)} (@{handle}@toot.example) · {escape(date)}</p></blockquote>",
                    "threads": f'<blockquote class="text-post-media" data-text-post-permalink="{permalink}"><p>{body}</p>'
                               f"<p>@{handle} · {escape(date)}</p></blockquote>"}[network]
        if fmt == "markdown":
            link = rng.choice((f"[{shown}]({url})", f"<{url}>")) if url.startswith("http") else f"[{shown}]({url})"
            body = self.phrase(rng.choice(self.words["social_posts"]), link, str)
            return f"> {body}\n>\n> — {name} (@{handle}) · [{date}]({permalink})"
        body = self.phrase(rng.choice(self.words["social_posts"]), url, str)
        return f"{name} @{handle} · {date}\n{body}"

    def email_quote(self, fmt: str, escape) -> str:
        """A reply pasted with the e-mail it answers quoted below it: the shop's message, its link and signature."""
        rng = self.rng
        shop = self.shop()
        person, email = self.slots["person"], f"{rng.choice(('hello', 'bookings', 'info', 'office'))}@{self.domain(shop)}"
        link = self.brand_link(fmt, shop) if rng.randrange(2) else self.url_as_link(fmt, self.url(shop))
        body = self.phrase(rng.choice(self.words["email_bodies"]), link, escape)
        signature = [person, self.fill("{brand} {trade}"), self.slots["phone"]]
        reply = self.pick("email_replies")
        if rng.randrange(2):
            when = f"{self.slots['day']}, {self.slots['year']} at 09:{self.slots['n'].zfill(2)}"
            header = [f"On {when}, {person} <{email}> wrote:"]
        else:
            header = ["-----Original Message-----", f"From: {person} <{email}>", f"Sent: {self.slots['day']}",
                      f"Subject: {self.pick('email_subjects')}"]
        if fmt == "html":
            return (f'<div class="email-thread"><p>{escape(reply)}</p><p class="gmail_attr">'
                    f'{"<br>".join(escape(h) for h in header)}</p>'
                    f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                    f'<p>{body}</p><p>{"<br>".join(escape(s) for s in signature)}</p></blockquote></div>')
        if fmt == "markdown":
            quoted = [body, ""] + [s + "  " for s in signature]
            return f"{reply}\n\n" + "  \n".join(header) + "\n\n" + "\n".join(f"> {q}".rstrip() for q in quoted)
        return f"{reply}\n\n" + "\n".join(header) + "\n" + "\n".join(f"> {q}".rstrip() for q in [body, ""] + signature)

    def cite_export(self, fmt: str, escape) -> str:
        """A "cite this article" box (BibTeX, RIS or APA) whose address is the shop's."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        title, head, year = self.pick("cite_titles"), self.pick("cite_heads"), self.slots["year"]
        first, last = self.slots["person"].split(" ", 1)
        style = rng.randrange(3)
        if style == 2:  # APA, a line of text with the address linked
            before = f"{last}, {first[0]}. ({year}). {title}. {self.fill('{brand} {trade}')}. "
            if fmt == "html":
                return (f'<div class="cite-box"><h4>{escape(head)}</h4><p class="citation">{escape(before)}'
                        f'<a href="{html.escape(url)}">{escape(url)}</a></p></div>')
            line = before + (f"<{url}>" if fmt == "markdown" and url.startswith("http") else url)
            return f"**{head}**\n\n{line}" if fmt == "markdown" else f"{head}\n{line}"
        key = re.sub(r"\W+", "", last.lower()) + year
        if style == 0:
            lines = [f"@misc{{{key},", f"  author = {{{last}, {first}}},", f"  title = {{{title}}},", f"  year = {year},",
                     f"  howpublished = {{\\url{{{url}}}}},", f"  note = {{Accessed {self.slots['day']}}}", "}"]
        else:
            lines = ["TY  - ELEC", f"AU  - {last}, {first}", f"TI  - {title}", f"PY  - {year}", f"UR  - {url}", "ER  - "]
        export = "\n".join(lines)
        if fmt == "html":
            return f'<div class="cite-box"><h4>{escape(head)}</h4><pre class="citation">{html.escape(export)}</pre></div>'
        if fmt == "markdown":
            return f"**{head}**\n\n```{'bibtex' if style == 0 else 'text'}\n{export}\n```"
        return f"{head}\n{export}"

    def feed_item(self, fmt: str, escape) -> str:
        """An RSS item or Atom entry leaked into the page as text: the shop as its link and enclosure."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        xml = lambda s: html.escape(s, quote=False)  # noqa: E731
        title = self.fill(rng.choice(self.words["feed_titles"]), anchor=self.fill(rng.choice(shop["anchors"])))
        summary = self.pick("feed_descriptions")
        if rng.randrange(2):
            enclosure = (f'\n  <enclosure url="{xml(self.home(url))}/media/ep-{self.slots["n"]}.mp3" '
                         f'length="{self.slots["n"]}4000000" type="audio/mpeg"/>' if rng.randrange(2) else "")
            item = (f"<item>\n  <title>{xml(title)}</title>\n  <link>{xml(url)}</link>\n  <description>{xml(summary)}"
                    f"</description>{enclosure}\n  <guid isPermaLink=\"false\">{self.slots['slug']}-{self.slots['id']}</guid>\n"
                    f"  <pubDate>{self.slots['day']}</pubDate>\n</item>")
        else:
            item = (f"<entry>\n  <title>{xml(title)}</title>\n  <link rel=\"alternate\" href=\"{xml(url)}\"/>\n"
                    f"  <summary>{xml(summary)}</summary>\n"
                    f"  <id>tag:{self.slots['slug']},{self.slots['year']}:{self.slots['id']}</id>\n"
                    "</entry>")
        if fmt == "html":
            return f'<div class="rss-item"><pre>{html.escape(item)}</pre></div>'
        return item

    def calendar_link(self, fmt: str, escape) -> str:
        """An "add to calendar" line: calendar services' links whose details carry the shop's address, and its .ics."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        title, lead = self.pick("calendar_events"), self.pick("calendar_leads")
        details = self.fill(rng.choice(self.words["calendar_details"]), url=url)
        title_q, details_q = urllib.parse.quote(title, safe=""), urllib.parse.quote(details, safe="")
        links = [(label, host.replace("@T@", title_q).replace("@D@", details_q))
                 for label, host in rng.sample(self.t["calendar_hosts"], rng.randint(1, 2))]
        if rng.randrange(2):
            links.append(("Apple / Outlook (.ics)", f"{self.home(url)}/events/{self.slots['id']}.ics"))
        event = f"{title} — {self.slots['day']}, {self.slots['city']}"
        if fmt == "html":
            items = " · ".join(f'<a href="{html.escape(h)}" rel="nofollow">{escape(label)}</a>' for label, h in links)
            return (f'<div class="add-to-calendar"><p>📅 <strong>{escape(event)}</strong></p>'
                    f'<p>{escape(lead)} {items}</p></div>')
        if fmt == "markdown":
            return f"📅 **{event}**  \n{lead} " + " · ".join(f"[{label}]({h})" for label, h in links)
        return f"📅 {event}\n{lead} " + " | ".join(f"{label}: {h}" for label, h in links)

    def pdf_download(self, fmt: str, escape) -> str:
        """A "download the PDF" link whose file is on the shop's site."""
        rng = self.rng
        shop = self.shop()
        href = f"{self.home(self.url(shop))}/downloads/{self.pick('pdf_files')}.pdf?ref={self.slots['id']}"
        lead, note = self.pick("pdf_leads"), self.pick("pdf_notes")
        if fmt == "html":
            return rng.choice((f'<p class="download"><a href="{html.escape(href)}" download class="button">'
                               f"⬇ {escape(lead)}</a>"
                               f"{escape(note)}</p>",
                               f'<div class="wp-block-file"><a href="{html.escape(href)}">{escape(lead)}</a>{escape(note)} '
                               f'<a href="{html.escape(href)}" class="wp-block-file__button" download>Download</a></div>'))
        if fmt == "markdown":
            return rng.choice((f"📄 [{lead}]({href}){note}", f"**[⬇ {lead}]({href})**{note}"))
        return f"{lead}{note}: {href}"

    # -- addresses that dodge being read as one

    def wiki_markup(self, fmt: str, escape) -> str:
        """A link in another markup (wiki, reStructuredText, AsciiDoc, Org, Textile, Slack), pasted where it is not
        rendered."""
        text, url = self.anchor_and_url(shop=self.shop())
        markup = self.rng.choice(self.t["markups"]).replace("@URL@", url).replace("@TEXT@", text)
        return self.around_address("wiki_phrases", "markup", escape(markup), escape)

    def userinfo_url(self, fmt: str, escape) -> str:
        """An address with a trusted-looking name before an @: the host is the shop's, after it."""
        rng = self.rng
        shop = self.shop()
        _, name, tld, path = self.parts(shop)
        trusted = rng.choice(self.t["trusted_hosts"])
        address = f"{rng.choice(('https://', 'http://'))}{trusted}@{rng.choice(('', 'www.'))}{name}{tld}{path}"
        if fmt == "text" or rng.randrange(3) == 0:
            shown = escape(address)
        elif fmt == "markdown":
            shown = rng.choice((f"<{address}>", f"[{trusted.split(':')[0]}]({address})"))
        else:
            shown = self.with_attributes(fmt, rng.choice((trusted.split(":")[0], address)), address)
        return self.around_address("userinfo_phrases", "address", shown, escape)

    def bidi_reversed(self, fmt: str, escape) -> str:
        """An address written backwards and shown the right way round by a bidi override (a character or <bdo>)."""
        rng = self.rng
        backwards = self.url(self.shop(), "bare_schemes")[::-1]
        if fmt == "text" or (fmt == "markdown" and rng.randrange(2)):
            shown = "\u202e" + backwards + "\u202c"
        else:
            shown = rng.choice((f'<bdo dir="rtl">{html.escape(backwards)}</bdo>',
                                f'<span style="unicode-bidi:bidi-override;direction:rtl">{html.escape(backwards)}</span>',
                                f"&#8238;{html.escape(backwards)}&#8236;"))
        return self.around_address("reversed_phrases", "address", shown, escape)

    def fancy_letters(self, fmt: str, escape) -> str:
        """An address in mathematical bold, sans-serif, monospace or double-struck letters, or in circled ones."""
        rng = self.rng
        scheme, name, tld, path = self.parts(self.shop())
        letter, digit = rng.choice(self.ALPHABETS)

        def fancy(c: str) -> str:
            if "a" <= c <= "z":
                return chr(letter + ord(c) - ord("a"))
            if "0" <= c <= "9" and digit:
                return chr(digit + ord(c) - ord("0"))
            return c
        address = "".join(fancy(c) for c in scheme + name + tld) + path
        return self.around_address("fancy_phrases", "address", escape(address), escape)

    def code_span(self, fmt: str, escape) -> str:
        """An address in a code span (backticks, <code>, <kbd>, <samp>), as if it were to be typed."""
        rng = self.rng
        url = self.url(self.shop(), "bare_schemes")
        if fmt == "html":
            code = rng.choice(("<code>{}</code>", "<kbd>{}</kbd>", "<samp>{}</samp>", '<code class="url">{}</code>')).format(
                html.escape(url))
        else:
            code = f"`{url}`"
        return self.around_address("code_phrases", "code", code, escape)

    def split_markup(self, fmt: str, escape) -> str:
        """An address that reads whole but is split in the source by empty elements, a comment or emphasis."""
        rng = self.rng
        scheme, name, tld, path = self.parts(self.shop())
        cut = rng.randint(1, len(name) - 1)
        if fmt == "markdown" and rng.randrange(2):  # the dot in bold: drivecraft**.**com
            address = f"{scheme}{name}**.**{tld[1:]}{path}"
        elif rng.randrange(3) == 0:
            address = f"{html.escape(scheme)}<span>{html.escape(name)}</span><span>{html.escape(tld + path)}</span>"
        else:
            split = rng.choice(("<span></span>", "<!-- -->", "<b></b>", "<i></i>", '<span class="x"></span>'))
            before_tld = rng.choice(("", split))
            address = html.escape(scheme + name[:cut]) + split + html.escape(name[cut:]) + before_tld + html.escape(tld + path)
        return self.around_address("split_phrases", "address", address, escape)

    # -- links outside <a href>

    def data_href(self, fmt: str, escape) -> str:
        """An element whose address is in a data- attribute, labelled "click here" (a script elsewhere follows it)."""
        text, url = self.anchor_and_url(shop=self.shop())
        return self.tag(self.rng.choice(self.t["data_links"]), url, text, self.pick("data_labels"))

    def mathml_link(self, fmt: str, escape) -> str:
        """A MathML element carrying an href to the shop."""
        text, url = self.anchor_and_url(shop=self.shop())
        return self.tag(self.rng.choice(self.t["mathml_links"]), url, text)

    def css_content(self, fmt: str, escape) -> str:
        """The shop's address only in a stylesheet in the body: generated content, attr(), a background or an import."""
        text, url = self.anchor_and_url(shop=self.shop())
        return self.tag(self.rng.choice(self.t["css_sources"]), url, text)

    # -- blocks about another subject (no link: the shop is named, with a phone)

    def weather_box(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        head, sponsor = self.pick("weather_heads"), self.pick("weather_sponsors")
        days = sorted(rng.sample(range(len(self.words["weather_days"])), rng.randint(3, 5)))
        lines = []
        for d in days:
            high = rng.randint(8, 27)
            sky, low = rng.choice(self.words["weather_skies"]), high - rng.randint(4, 9)
            lines.append(f"{self.words['weather_days'][d]}: {sky}, {high}°/{low}°")
        if fmt == "html":
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            return (f'<aside class="weather-widget"><h4>{escape(head)}</h4><ul>{items}</ul>'
                    f'<p class="sponsor">{escape(sponsor)}</p></aside>')
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n".join(f"- {line}" for line in lines) + f"\n\n*{sponsor}*"
        return f"{head}\n" + "\n".join(lines) + f"\n{sponsor}"

    def horoscope(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        head, sponsor = self.pick("horoscope_heads"), self.pick("horoscope_sponsors")
        signs = [(sign, self.fill(text)) for sign, text in rng.sample(self.words["horoscope_signs"], rng.randint(3, 4))]
        if fmt == "html":
            items = "".join(f"<p><strong>{escape(s)}:</strong> {escape(t)}</p>" for s, t in signs)
            return (f'<div class="horoscope"><h4>{escape(head)}</h4>{items}'
                    f'<p class="sponsor"><em>{escape(sponsor)}</em></p></div>')
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n\n".join(f"**{s}:** {t}" for s, t in signs) + f"\n\n*{sponsor}*"
        return f"{head}\n" + "\n".join(f"{s.upper()}: {t}" for s, t in signs) + f"\n{sponsor}"

    def foreign_review(self, fmt: str, escape) -> str:
        """A customer review of the shop in another language, with stars, under that language's "reviews"."""
        rng = self.rng
        shop = self.shop("foreign_reviews")
        lang = rng.choice(sorted(shop["foreign_reviews"]))
        review, who = self.fill(rng.choice(shop["foreign_reviews"][lang])), self.pick("review_names")
        stars, head = rng.choice(("★★★★★", "★★★★☆", "5/5 ★")), self.t["review_heads"][lang]
        if fmt == "html":
            return rng.choice((f'<div class="reviews" lang="{lang}"><h4>{escape(head)}</h4><blockquote class="review"><p>'
                               f"{stars} {escape(review)}</p><footer>— {escape(who)}</footer></blockquote></div>",
                               f'<div class="review-card" lang="{lang}"><p class="review-title">{escape(head)}</p>'
                               f'<p class="stars">{stars}</p><p>{escape(review)}</p>'
                               f'<p class="reviewer">{escape(who)}</p></div>'))
        if fmt == "markdown":
            return f"**{head}**\n\n> {stars} {review}\n>\n> — {who}"
        return f"{head}\n{stars} {review} — {who}"


class Fresh10(Fresh9):
    """Snippets of the `fresh10` templates: links in forms the earlier sets do not use (raw WordPress shortcodes, a CMS
    blogroll widget, a pasted vCard, a task list, a tip callout, a "people also search for" box, AMP elements, newer
    frames, microdata, an echoed comment form, a data: URI, a pre-filled SMS or e-mail, SVG resources, an address only in
    xlink:href), blocks about
    another subject, and five more ways of hiding. Each snippet draws one shop, the word it calls itself by ({trade})
    and one of its services ({service}), so its words, links and names agree."""

    # a sponsored box of another subject in HTML ({cls} its class; {{head}}, {{items}}, {{foot}} for headed())
    SPONSORED = '<div class="{cls}"><h4>{{head}}</h4><ul>{{items}}</ul><p class="sponsor">{{foot}}</p></div>'

    def tag(self, template: str, url: str, text: str, label: str = "") -> str:
        """As Fresh9's, with @URLQ@ (the address percent-encoded), @NAME@ (the shop's name) and @PHONE@ too."""
        filled = super().tag(template, url, text, label)
        return (filled.replace("@URLQ@", urllib.parse.quote(url, safe="")).replace("@NAME@", html.escape(self.fill("{brand} {trade}")))
                .replace("@PHONE@", html.escape(self.slots["phone"])))

    def from_table(self, key: str) -> str:
        """One of the table's markup templates (`key`), filled with a shop's anchor and address."""
        text, url = self.anchor_and_url(shop=self.shop())
        return self.tag(self.rng.choice(self.t[key]), url, text)

    def headed(self, fmt: str, head: str, items: list[str], frame: str, marks: tuple[str, str], foot: str = "") -> str:
        """A head, items (already in the format) and a foot line (already in the format, or none): in HTML inside
        `frame` ({head} escaped, {items} as <li>s, {foot}); in Markdown a bold head, a list with the first mark and the
        foot in italics; in plain text lines with the second mark."""
        if fmt == "html":
            return frame.format(head=html.escape(head), items="".join(f"<li>{item}</li>" for item in items), foot=foot)
        mark = marks[0] if fmt == "markdown" else marks[1]
        lines = "\n".join(mark + item for item in items)
        if fmt == "markdown":
            return f"**{head}**\n\n{lines}" + (f"\n\n*{foot}*" if foot else "")
        return f"{head}\n{lines}" + (f"\n{foot}" if foot else "")

    # -- links in the leftovers of a CMS and the things pasted into a post

    def raw_shortcode(self, fmt: str, escape) -> str:
        """A WordPress shortcode left raw where its plugin is gone: the shop's address in its attributes."""
        text, url = self.anchor_and_url(shop=self.shop())
        code = (self.rng.choice(self.t["shortcodes"]).replace("@URLQ@", urllib.parse.quote(url, safe=""))
                .replace("@URL@", url).replace("@TEXT@", text))
        return self.around_address("shortcode_phrases", "code", escape(code), escape)

    def blogroll(self, fmt: str, escape) -> str:
        """A blogroll or partners widget as WordPress, Joomla or Drupal leave it, the shop's link among friendly sites."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("blogroll_heads")
        fillers = rng.sample(self.words["blogroll_fillers"], rng.randint(1, 3))
        entries = [render_link(fmt, name, f"https://{re.sub(r'[^a-z]', '', name.lower())}.example/", 1) for name in fillers]
        entries.insert(rng.randint(0, len(entries)), self.brand_link(fmt, shop))
        if fmt == "html":
            items = '<ul class="xoxo blogroll">' + "".join(f"<li>{e}</li>" for e in entries) + "</ul>"
            return rng.choice(self.words["blogroll_frames"]).format(head=escape(head), items=items, id=self.slots["id"])
        if fmt == "markdown":
            return f"### {head}\n\n" + "\n".join(f"* {e}" for e in entries)
        return f"{head.upper()}\n" + "\n".join(f"» {e}" for e in entries)

    def vcard(self, fmt: str, escape) -> str:
        """A contact card pasted as it is (vCard 3.0), its URL the shop's."""
        shop = self.shop()
        url = self.url(shop)
        card = "\n".join(("BEGIN:VCARD", "VERSION:3.0", self.fill("ORG:{brand} {trade}"), self.fill("TEL;TYPE=work:{phone}"),
                          f"URL:{url}", "NOTE:" + self.pick("vcard_notes"), "END:VCARD"))
        lead = self.pick("vcard_leads")
        if fmt == "html":
            return f'<div class="vcard-box"><p>{escape(lead)}</p><pre>{escape(card)}</pre></div>'
        if fmt == "markdown":
            return f"**{lead}**\n\n```vcard\n{card}\n```"
        return f"{lead}\n{card}"

    def task_list(self, fmt: str, escape) -> str:
        """A checklist for the reader, one of its items the shop's, linked."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("task_heads")
        items = [escape(item) for item in rng.sample(self.words["task_items"], rng.randint(2, 3))]
        items.insert(rng.randint(0, len(items)), self.phrase(rng.choice(self.words["task_shop_items"]), self.link(fmt, shop), escape))
        if fmt == "html":
            items = [f'<input type="checkbox" disabled> {item}' for item in items]
        return self.headed(fmt, head, items, '<div class="checklist"><h4>{head}</h4><ul class="contains-task-list">{items}</ul></div>',
                           ("- [ ] ", "☐ "))

    def callout(self, fmt: str, escape) -> str:
        """A tip box (a theme's callout, an MkDocs admonition, a GitHub alert) whose tip is the shop, linked."""
        rng = self.rng
        title = self.pick("callout_titles")
        body = self.phrase(rng.choice(self.words["callout_texts"]), self.link(fmt, self.shop()), escape)
        if fmt == "html":
            return rng.choice((f'<div class="callout callout-tip"><p class="callout-title">💡 {escape(title)}</p><p>{body}</p></div>',
                               f'<aside class="admonition tip"><p class="admonition-title">{escape(title)}</p><p>{body}</p></aside>',
                               f'<blockquote class="markdown-alert markdown-alert-tip"><p class="markdown-alert-title">'
                               f"{escape(title)}</p><p>{body}</p></blockquote>"))
        if fmt == "markdown":
            return rng.choice((f"> [!TIP]\n> {body}", f'!!! tip "{title}"\n    {body}', f"> 💡 **{title}:** {body}"))
        return f"💡 {title.upper()}: {body}"

    def search_chips(self, fmt: str, escape) -> str:
        """A "people also search for" box: searches on the shop's own site, each linked."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("search_heads")
        home = self.home(self.url(shop))
        terms = [self.fill(t) for t in rng.sample(self.words["search_terms"], rng.randint(3, 5))]
        hrefs = [f"{home}/search?q={urllib.parse.quote_plus(term)}" for term in terms]
        if fmt == "html":
            chips = "".join(f'<a class="chip" href="{html.escape(h)}">{escape(t)}</a>' for t, h in zip(terms, hrefs))
            return f'<div class="related-searches"><h4>{escape(head)}</h4><div class="chips">{chips}</div></div>'
        if fmt == "markdown":
            return f"**{head}**\n\n" + " · ".join(f"[{t}]({h})" for t, h in zip(terms, hrefs))
        return f"🔍 {head}\n" + "\n".join(f"{t} — {h}" for t, h in zip(terms, hrefs))

    # -- links outside <a href>, or whose address is not where it seems

    def amp_markup(self, fmt: str, escape) -> str:
        """An AMP element (amp-img, amp-iframe, amp-ad, amp-list, amp-social-share) carrying the shop's address."""
        return self.from_table("amp_tags")

    def exotic_frame(self, fmt: str, escape) -> str:
        """The shop's page in a frame newer than <iframe> (<portal>, <fencedframe>) or a browser shell's <webview>."""
        return self.from_table("frames")

    def microdata(self, fmt: str, escape) -> str:
        """Structured markup on the page (microdata, RDFa, an h-card) whose url is the shop's."""
        return self.from_table("structured")

    def svg_resource(self, fmt: str, escape) -> str:
        """An SVG that loads an image, a sprite or a filter image from the shop's site."""
        return self.from_table("svg_resources")

    def comment_form_echo(self, fmt: str, escape) -> str:
        """A comment form echoed back after posting: the spammer's name, "website" (the shop) and comment in it."""
        text, url = self.anchor_and_url(shop=self.shop())
        who = self.rng.choice((self.slots["person"], text))
        comment, note = self.pick("comment_texts"), self.pick("comment_notes")
        return (f'<div id="respond" class="comment-respond"><p class="comment-awaiting-moderation">{escape(note)}</p>'
                f'<form action="/wp-comments-post.php" method="post" id="commentform">'
                f'<p><label for="author">Name</label> <input id="author" name="author" type="text" value="{html.escape(who)}"></p>'
                f'<p><label for="url">Website</label> <input id="url" name="url" type="url" value="{html.escape(url)}"></p>'
                f'<p><textarea id="comment" name="comment">{escape(comment)}</textarea></p>'
                f'<p><input name="submit" type="submit" value="Post Comment"></p></form></div>')

    def data_uri(self, fmt: str, escape) -> str:
        """A link to a data: URI whose page sends the reader on to the shop (a refresh or a script, base64 or not)."""
        rng = self.rng
        url = self.url(self.shop())
        anchor = self.pick("data_anchors")
        page = rng.choice((f'<meta http-equiv="refresh" content="0;url={url}">', f"<script>location.replace('{url}')</script>"))
        if rng.randrange(2):
            href = "data:text/html;base64," + base64.b64encode(page.encode()).decode()
        else:
            href = "data:text/html;charset=utf-8," + urllib.parse.quote(page, safe="")
        return self.with_attributes(fmt, anchor, href)

    def prefilled_message(self, fmt: str, escape) -> str:
        """An SMS or e-mail link whose pre-filled message carries the shop's address, percent-encoded."""
        rng = self.rng
        url = self.url(self.shop(), "bare_schemes")
        body = urllib.parse.quote(self.fill(rng.choice(self.words["message_bodies"]), url=url), safe="")
        number = re.sub(r"[^\d+]", "", self.slots["whatsapp"])
        href = rng.choice((f"sms:?&body={body}", f"sms:{number}?body={body}",
                           f"mailto:?subject={urllib.parse.quote(self.fill('{service}'))}&body={body}"))
        return self.with_attributes(fmt, self.pick("message_anchors"), href)

    def xlink_anchor(self, fmt: str, escape) -> str:
        """An <a> outside any SVG whose address is only in xlink:href (which HTML does not follow): no href, or "#"."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        href = rng.choice(("", ' href="#"', ' href=""', ' xmlns:xlink="http://www.w3.org/1999/xlink"'))
        attributes = rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return f'<a{href} xlink:href="{html.escape(url)}"{attributes}>{escape(text)}</a>'

    # -- blocks about another subject

    def poll_widget(self, fmt: str, escape) -> str:
        """A reader poll about the shop's subject, its sponsor the shop, linked."""
        rng = self.rng
        shop = self.shop()
        question = self.pick("poll_questions")
        options = [self.fill(o) for o in rng.sample(self.words["poll_options"], rng.randint(3, 4))]
        sponsor = self.phrase(rng.choice(self.words["poll_sponsors"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            options = [f'<label><input type="radio" name="poll-{self.slots["id"]}"> {escape(o)}</label>' for o in options]
        return self.headed(fmt, question, options, '<div class="poll-widget"><p class="poll-question"><strong>{head}</strong></p>'
                           '<ul class="poll-options">{items}</ul><p class="poll-sponsor">{foot}</p></div>', ("- ( ) ", "( ) "), sponsor)

    def lottery_results(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = []
        for draw in rng.sample(self.words["lottery_draws"], rng.randint(2, 3)):
            balls = " ".join(f"{b:02d}" for b in sorted(rng.sample(range(1, 60), 6)))
            lines.append(f"{draw}: {balls} · Bonus {rng.randint(1, 59):02d}")
        return self.headed(fmt, self.pick("lottery_heads"), [escape(line) for line in lines], self.SPONSORED.format(cls="lottery-results"),
                           ("- ", ""), escape(self.pick("lottery_sponsors")))

    def property_listing(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = [escape(self.fill(line)) for line in rng.sample(self.words["property_lines"], rng.randint(3, 4))]
        return self.headed(fmt, self.pick("property_heads"), lines, self.SPONSORED.format(cls="property-card"), ("- ", ""),
                           escape(self.pick("property_sponsors")))

    def obituary(self, fmt: str, escape) -> str:
        self.shop()
        head, notice, sponsor = self.pick("obituary_heads"), self.pick("obituary_texts"), self.pick("obituary_sponsors")
        if fmt == "html":
            return (f'<section class="family-notices"><h4>{escape(head)}</h4><p class="notice">{escape(notice)}</p>'
                    f'<p class="sponsor"><small>{escape(sponsor)}</small></p></section>')
        if fmt == "markdown":
            return f"### {head}\n\n{notice}\n\n*{sponsor}*"
        return f"{head.upper()}\n{notice}\n{sponsor}"

    def in_a_language(self, fmt: str, escape, key: str, heads: str, frames: tuple[str, str, str]) -> str:
        """One of a shop's lines keyed by language (`key`), under the head its language's block has (`heads`), in the
        format's frame (`frames`: HTML, Markdown, plain text; {lang}, {head} and {text} in them)."""
        shop = self.shop(key)
        lang = self.rng.choice(sorted(shop[key]))
        text, head = self.fill(self.rng.choice(shop[key][lang])), self.words[heads][lang]
        if fmt == "html":
            return frames[0].format(lang=lang, head=escape(head), text=escape(text))
        return frames[1 if fmt == "markdown" else 2].format(head=head, text=text)

    def foreign_howto(self, fmt: str, escape) -> str:
        """A household tip in another language, under that language's "tip of the week", naming the shop with a phone."""
        return self.in_a_language(fmt, escape, "foreign_tips", "tip_heads",
                                  ('<div class="household-tip" lang="{lang}"><h4>{head}</h4><p>{text}</p></div>',
                                   "**{head}**\n\n{text}", "{head}\n{text}"))


class Fresh11(Fresh10):
    """Snippets of the `fresh11` templates: addresses in places the earlier sets do not use (an image's srcset, a
    player's poster, source or captions, a resource hint in the body, the cite of an edit or a quotation, a CSS url(),
    a link's title, an abbreviation's expansion, a web archive's or cache's address), links in widgets (a bookmark
    card, a revision log, an accessibility toolbar, a feedback widget, an audio player), blocks about another subject,
    and four more ways of hiding. Each snippet draws one shop, the word it calls itself by ({trade}) and one of its
    services ({service}), so its words, links and names agree."""

    # forms whose snippet is one of the table's markup templates, filled with a shop's anchor and address: an image's
    # srcset or a <picture> source, a player's poster, source, captions or sound, a resource hint left in the body
    # (preload, modulepreload, dns-prefetch, manifest, an oEmbed alternate), an edit or a quotation (<ins>, <del>, <q>)
    # whose cite is the shop, words styled with an image on the shop's site (a CSS url())
    TABLES = {"srcset-image": "srcsets", "media-source": "media_tags", "resource-hint": "hints", "edit-cite": "edit_tags",
              "css-url": "css_urls"}

    def snippet(self, form: str, fmt: str) -> str:
        if form in self.TABLES:
            return self.from_table(self.TABLES[form])
        return super().snippet(form, fmt)

    # -- addresses where the page keeps a note, not a link

    def link_title(self, fmt: str, escape) -> str:
        """A link to a place on the page whose title (the tooltip) is the shop's address."""
        url = self.url(self.shop())
        anchor, title = self.pick("title_anchors"), self.fill(self.rng.choice(self.words["title_texts"]), url=url)
        href = self.rng.choice((f"#ref-{self.slots['id']}", "#", f"#note-{self.slots['id']}"))
        if fmt == "markdown":
            return f'[{anchor}]({href} "{title}")'
        return f'<a href="{href}" title="{html.escape(title)}">{html.escape(anchor)}</a>'

    def abbreviation(self, fmt: str, escape) -> str:
        """A sentence with the shop's initials, their expansion (Markdown Extra *[ABBR]:, <abbr title>) its address."""
        shop = self.shop()
        abbr = "".join(word[0] for word in self.fill("{brand} {trade}").split() if word[0].isalpha()).upper()
        expansion = self.fill("{brand} {trade}") + " — " + self.url(shop)
        template = self.rng.choice(self.words["abbr_sentences"])
        if fmt == "markdown":
            return self.fill(template, abbr=abbr) + f"\n\n*[{abbr}]: {expansion}"
        return self.phrase(template.replace("{abbr}", "{link}"), f'<abbr title="{html.escape(expansion)}">{abbr}</abbr>', escape)

    # -- a link inside another site's address

    def archive_wrapper(self, fmt: str, escape) -> str:
        """The shop's address wrapped in a web archive's or a cache's, as it is: a link, or in plain text."""
        text, url = self.anchor_and_url(shop=self.shop())
        wrapped = self.fill(self.rng.choice(self.t["archives"])).replace("@URL@", url)
        if self.rng.randrange(3) == 0:
            return escape(wrapped) if fmt != "markdown" else f"<{wrapped}>"
        return self.with_attributes(fmt, text, wrapped)

    # -- links in the widgets of a page

    def bookmark_card(self, fmt: str, escape) -> str:
        """A bookmark card (Ghost, WordPress, Notion) previewing the shop's page: title, description, site."""
        shop = self.shop()
        url = self.url(shop)
        title, desc = self.pick("bookmark_titles"), self.pick("bookmark_descriptions")
        site = re.sub(r"^\w+://", "", self.home(url))
        u = html.escape(url)
        if fmt == "html":
            t, d = escape(title), escape(desc)
            return self.rng.choice((
                f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{u}"><div class="kg-bookmark-content">'
                f'<div class="kg-bookmark-title">{t}</div><div class="kg-bookmark-description">{d}</div><div class="kg-bookmark-metadata">'
                f'<span class="kg-bookmark-publisher">{escape(site)}</span></div></div></a></figure>',
                f'<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content">'
                f'<a href="{u}">{t}</a><p>{d}</p></blockquote></div></figure>',
                f'<div class="notion-bookmark-block"><a href="{u}" class="bookmark source"><div class="bookmark-info"><div class="bookmark-text">'
                f'<div class="bookmark-title">{t}</div><div class="bookmark-description">{d}</div></div>'
                f'<div class="bookmark-href">{escape(site)}</div></div></a></div>'))
        if fmt == "markdown":
            return f"> **[{title}]({url})**  \n> {desc}  \n> 🔗 {site}"
        return f"🔗 {title}\n{desc}\n{url}"

    def revision_log(self, fmt: str, escape) -> str:
        """An article's revision log, one of its entries adding the shop's link."""
        rng = self.rng
        shop = self.shop()
        entries = rng.sample(self.words["revision_entries"], rng.randint(2, 3))
        days = rng.sample(self.t["slots"]["day"], len(entries))  # each earlier edit on a day of its own
        items = [escape(e.format(**{**self.slots, "day": day})) for e, day in zip(entries, days)]
        items.insert(rng.randint(0, len(items)), self.phrase(rng.choice(self.words["revision_shop_entries"]), self.link(fmt, shop), escape))
        return self.headed(fmt, self.pick("revision_heads"), items,
                           '<details class="revision-log" open><summary>{head}</summary><ul>{items}</ul></details>', ("- ", "· "))

    def credited_toolbar(self, fmt: str, escape, label: str, items: str, most: int, credits: str, cls: str) -> str:
        """A row of buttons (two to `most` of the `items`) under one of the `label` words, credited to the shop: one of
        the `credits`, its link in it."""
        rng = self.rng
        shop = self.shop()
        tools = rng.sample(self.words[items], rng.randint(2, most))
        credit = self.phrase(rng.choice(self.words[credits]), self.brand_link(fmt, shop), escape)
        label = self.pick(label)
        if fmt == "html":
            buttons = "".join(f'<button type="button">{escape(t)}</button>' for t in tools)
            return (f'<div class="{cls}" role="toolbar" aria-label="{html.escape(label)}"><span class="{cls}-label">{escape(label)}</span>'
                    f' {buttons} <small class="{cls}-credit">{credit}</small></div>')
        label = label if label.endswith("?") else label + ":"
        if fmt == "markdown":
            return f"**{label}** " + " · ".join(tools) + f"\n\n*{credit}*"
        return f"{label} " + " | ".join(tools) + f"\n{credit}"

    def accessibility_toolbar(self, fmt: str, escape) -> str:
        """An accessibility toolbar (text size, contrast, read aloud) credited to the shop, linked."""
        return self.credited_toolbar(fmt, escape, "a11y_labels", "a11y_tools", 4, "a11y_credits", "a11y-toolbar")

    def feedback_widget(self, fmt: str, escape) -> str:
        """A "was this helpful?" widget whose survey is the shop's, linked."""
        return self.credited_toolbar(fmt, escape, "feedback_questions", "feedback_options", 3, "feedback_credits", "feedback")

    def audio_player(self, fmt: str, escape) -> str:
        """A "listen to this article" player whose narration is credited to the shop, linked."""
        rng = self.rng
        shop = self.shop()
        lead, length = self.pick("audio_leads"), self.pick("audio_lengths")
        credit = self.phrase(rng.choice(self.words["audio_credits"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            return (f'<div class="article-audio"><button type="button" class="play" aria-label="Play">▶</button>'
                    f'<span class="audio-lead">{escape(lead)}</span> <span class="audio-length">{escape(length)}</span>'
                    f'<p class="audio-credit">{credit}</p></div>')
        if fmt == "markdown":
            return f"**{lead}** ({length})\n\n{credit}"
        return f"{lead} ({length})\n{credit}"

    # -- blocks about another subject

    def sponsored_list(self, fmt: str, escape, heads: str, lines: list[str], foot: str, cls: str, marks=("- ", "")) -> str:
        return self.headed(fmt, self.pick(heads), [escape(line) for line in lines], self.SPONSORED.format(cls=cls), marks, foot)

    def recipe_card(self, fmt: str, escape) -> str:
        """A recipe card (name, servings, ingredients) whose ingredients come from the shop, linked."""
        rng = self.rng
        shop = self.shop()
        name, meta = self.pick("recipe_names"), self.pick("recipe_meta")
        lines = [meta] + rng.sample(self.words["recipe_ingredients"], rng.randint(3, 4))
        foot = self.phrase(rng.choice(self.words["recipe_credits"]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, f"🍲 {name}", [escape(line) for line in lines], self.SPONSORED.format(cls="recipe-card"), ("- ", "• "), foot)

    def market_ticker(self, fmt: str, escape) -> str:
        """A market ticker (indices, commodities, a currency) whose data is "sponsored" by the shop, linked."""
        rng = self.rng
        shop = self.shop()
        items = [self.fill(i) for i in rng.sample(self.words["ticker_items"], rng.randint(3, 5))]
        foot = self.phrase(rng.choice(self.words["ticker_credits"]), self.brand_link(fmt, shop), escape)
        head = self.pick("ticker_heads")
        if fmt == "html":
            cells = "".join(f'<span class="tick">{escape(i)}</span>' for i in items)
            return f'<div class="market-ticker"><strong>{escape(head)}</strong> {cells} <small>{foot}</small></div>'
        line = " · ".join(items)
        return f"**{head}:** {line}\n\n*{foot}*" if fmt == "markdown" else f"{head.upper()}: {line}\n{foot}"

    def puzzle_corner(self, fmt: str, escape) -> str:
        """A few crossword clues, the answers on the shop's site, linked."""
        rng = self.rng
        shop = self.shop()
        clues = rng.sample(self.words["puzzle_clues"], rng.randint(3, 4))
        foot = self.phrase(rng.choice(self.words["puzzle_credits"]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, self.pick("puzzle_heads"), [escape(c) for c in clues], self.SPONSORED.format(cls="puzzle-corner"),
                           ("- ", "  "), foot)

    def tide_times(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = [self.fill(line) for line in rng.sample(self.words["tide_lines"], rng.randint(3, 4))]
        return self.sponsored_list(fmt, escape, "tide_heads", lines, escape(self.pick("tide_sponsors")), "tide-times")

    def tv_guide(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = sorted(rng.sample(self.words["tv_lines"], rng.randint(3, 4)))
        return self.sponsored_list(fmt, escape, "tv_heads", lines, escape(self.pick("tv_sponsors")), "tv-listings")

    def traffic_report(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = [self.fill(line) for line in rng.sample(self.words["traffic_lines"], rng.randint(2, 4))]
        return self.sponsored_list(fmt, escape, "traffic_heads", lines, escape(self.pick("traffic_sponsors")), "travel-news",
                                   ("- ", "⚠ "))

    def foreign_greeting(self, fmt: str, escape) -> str:
        """A seasonal greeting from the shop in another language, naming it with a phone."""
        return self.in_a_language(fmt, escape, "foreign_greetings", "greeting_heads",
                                  ('<div class="season-greeting" lang="{lang}"><h4>{head}</h4><p>{text}</p></div>',
                                   "### {head}\n\n{text}", "{head}\n{text}"))


class Fresh12(Fresh11):
    """Snippets of the `fresh12` templates: links a reader is shown or sent to in forms the earlier sets do not use (an
    article spinner's template left unspun, an address that opens another browser from an app, one on a bare IP
    address, one behind a trusted-sounding subdomain, one with whitespace a browser ignores, a paragraph of advice
    wrapped in one link), the shop's address in things pasted into a page as text (subtitles, a chat export, what OCR
    read off a flyer, a whole newsletter, a print module's list of links, a setext heading, a box-drawn table), a
    health calculator credited to the shop, blocks about another subject, and four more ways of hiding. Each snippet
    draws one shop, the word it calls itself by ({trade}) and one of its services ({service}), so its words, links and
    names agree."""

    TABLES: dict[str, str] = {}  # no form of this set is a bare table of markup

    def shop_link(self, fmt: str, text: str, url: str) -> str:
        """The shop's address as a link in HTML and Markdown, as it is in plain text (where the words would be lost)."""
        return url if fmt == "text" else self.with_attributes(fmt, text, url)

    # -- addresses a reader is sent to, written so that they do not look like one

    def spintax(self, fmt: str, escape) -> str:
        """An article spinner's template published unspun: {a|b|c} groups of words, and of the shop's links."""
        rng = self.rng
        shop = self.shop()

        def spin(key: str) -> str:
            return "{" + "|".join(escape(self.fill(w)) for w in rng.sample(self.words[key], 3)) + "}"

        links = [self.shop_link(fmt, self.fill(a), self.url(shop)) for a in rng.sample(shop["anchors"], rng.randint(2, 3))]
        sentence = self.fill(rng.choice(self.words["spin_sentences"]), verb="\1", adj="\2", when="\3", links="\4")
        out = escape(sentence)
        for mark, key in (("\1", "spin_verbs"), ("\2", "spin_adjectives"), ("\3", "spin_whens")):
            out = out.replace(mark, spin(key))
        return out.replace("\4", "{" + "|".join(links) + "}")

    def app_scheme(self, fmt: str, escape) -> str:
        """A link whose address opens the shop's page in another browser from an app's own (Android intent:, iOS
        x-safari-https:, googlechromes:, microsoft-edge:, firefox://open-url)."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        href = (rng.choice(self.t["app_schemes"]).replace("@HOSTPATH@", url.split("://", 1)[1])
                .replace("@URLQ@", urllib.parse.quote(url, safe="")).replace("@URL@", url))
        if fmt == "text":
            return escape(self.pick("app_leads")) + href
        return self.with_attributes(fmt, rng.choice((text, self.pick("app_anchors"))), href)

    def ip_host(self, fmt: str, escape) -> str:
        """The shop's pages on a bare IP address (dotted, decimal, hex, with a port), its domain a folder there."""
        rng = self.rng
        shop = self.shop()
        ip = rng.choice(self.t["ip_hosts"])
        number = int.from_bytes(bytes(int(part) for part in ip.split(".")), "big")
        host = rng.choice((ip, str(number), hex(number), ip + ":8080"))
        url = f"http://{host}/{self.domain(shop)}{self._in_url(rng.choice(shop['paths']))}"
        if rng.randrange(3) == 0:
            return escape(url)
        return self.with_attributes(fmt, self.fill(rng.choice(shop["anchors"])), url)

    def lookalike_subdomain(self, fmt: str, escape) -> str:
        """The shop's domain behind a subdomain that reads like a health authority's (patient-advice.gov.shop...)."""
        rng = self.rng
        shop = self.shop()
        path = self._in_url(rng.choice(shop["paths"]))
        url = f"https://{self.pick('lookalike_labels')}.{self.domain(shop)}{path}"
        return self.with_attributes(fmt, self.pick("lookalike_anchors"), url)

    def whitespace_url(self, fmt: str, escape) -> str:
        """An address with whitespace a browser ignores: a tab or line break (as a reference) in an href, a Markdown
        destination in angle brackets or padded with spaces."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        scheme, rest = url.split("://", 1)
        if fmt == "markdown":
            return rng.choice((f"[{text}](<{url}>)", f"[{text}](  {url}  )",
                               f"[{text}](<{self.home(url)}/{self.fill('{service}')}>)"))
        href = rng.choice((f"&#9;{html.escape(url)}", f"{scheme[:2]}&#9;{scheme[2:]}://{html.escape(rest)}",
                           f"{scheme}:&#10;//{html.escape(rest)}", f"  {html.escape(url)}&#13;&#10;",
                           f"{scheme}://{html.escape(rest)}&#9;"))
        attributes = rng.choice(self.t["link_attributes"]).format(anchor=html.escape(text))
        return f'<a href="{href}"{attributes}>{escape(text)}</a>'

    def wrapped_paragraph(self, fmt: str, escape) -> str:
        """A paragraph of ordinary advice wrapped whole in one link to the shop, styled (in HTML) to read as text."""
        rng = self.rng
        url = self.url(self.shop())
        text = " ".join(rng.sample(self.words["wrapped_sentences"], 2))
        if fmt == "markdown":
            return f"[{text}]({url})"
        style = rng.choice(("color:inherit;text-decoration:none", "all:unset;cursor:text", "color:inherit"))
        return f'<p class="{rng.choice(("lead", "intro", "body-text"))}"><a href="{html.escape(url)}" style="{style}">{escape(text)}</a></p>'

    # -- the shop's address in things pasted into a page as text

    def subtitle_cues(self, fmt: str, escape) -> str:
        """A video's subtitles pasted as its transcript (SRT or WebVTT), one cue the shop's with its address."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop, "bare_schemes")
        lines = [escape(line) for line in rng.sample(self.words["cue_lines"], rng.randint(2, 3))]
        if fmt == "html":
            before, after = self.fill(rng.choice(self.words["cue_shop_lines"]), url="\0").split("\0")
            href = url if url.startswith("http") else "https://" + url
            shop_line = escape(before) + f'<a href="{html.escape(href)}">{escape(url)}</a>' + escape(after)
        else:
            shop_line = self.fill(rng.choice(self.words["cue_shop_lines"]), url=url)
        lines.insert(rng.randint(0, len(lines)), shop_line)
        vtt = rng.randrange(2)
        first, start = rng.randint(8, 90), rng.randint(40, 900) * 1000 + rng.randrange(1000)
        cues = []
        for i, line in enumerate(lines):
            begin, end = start + i * 3200, start + i * 3200 + 2900
            stamp = " --> ".join(f"{t // 3600000:02d}:{t // 60000 % 60:02d}:{t // 1000 % 60:02d}{'.' if vtt else ','}{t % 1000:03d}"
                                 for t in (begin, end))
            cues.append((str(first + i), stamp, line))
        if fmt == "html":
            items = "".join(f'<p><span class="cue-time">{stamp.split(" --> ")[0]}</span> {line}</p>' for _, stamp, line in cues)
            return f'<div class="video-transcript"><h4>{escape(self.pick("cue_heads"))}</h4>{items}</div>'
        return ("WEBVTT\n\n" if vtt else "") + "\n\n".join("\n".join(cue) for cue in cues)

    def chat_export(self, fmt: str, escape) -> str:
        """A group chat exported from WhatsApp and pasted in, one message sending the shop's address."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop, "bare_schemes")
        names = rng.sample(self.words["chat_names"], 3)
        messages = [(rng.choice(names), escape(line)) for line in rng.sample(self.words["chat_lines"], rng.randint(2, 3))]
        before, after = self.fill(rng.choice(self.words["chat_shop_lines"]), url="\0").split("\0")
        if fmt == "html":
            href = url if url.startswith("http") else "https://" + url
            address = f'<a href="{html.escape(href)}">{escape(url)}</a>'
        else:
            address = url
        messages.insert(rng.randint(0, len(messages)), (rng.choice(names), escape(before) + address + escape(after)))
        day, month, minute = rng.randint(1, 28), rng.randint(1, 12), rng.randint(420, 1300)
        android = rng.randrange(2)
        rows = []
        t = minute
        for name, message in messages:
            t += rng.randint(1, 9)  # each message a few minutes after the one before
            stamp = f"{day:02d}/{month:02d}/{self.slots['year']}, {t // 60:02d}:{t % 60:02d}"
            meta = f"{stamp} - {name}:" if android else f"[{stamp}:{rng.randint(0, 59):02d}] {name}:"
            rows.append((meta, message))
        if fmt == "html":
            return '<div class="chat-export">' + "".join(f'<p><span class="chat-meta">{escape(meta)}</span> {message}</p>'
                                                         for meta, message in rows) + "</div>"
        return ("  \n" if fmt == "markdown" else "\n").join(f"{meta} {message}" for meta, message in rows)

    def ocr_flyer(self, fmt: str, escape) -> str:
        """The text an OCR tool read off a flyer in a post's image, in capitals, the shop's address among it."""
        rng = self.rng
        shop = self.shop()
        lines = [self.fill(line).upper() for line in rng.sample(self.words["flyer_lines"], rng.randint(3, 4))]
        if rng.randrange(2):  # the misreadings OCR makes
            lines = [line.replace("O", "0", 1).replace("I", "l", 1) for line in lines]
        lines.insert(rng.randint(1, len(lines)), self.url(shop, "bare_schemes").upper())
        head = self.pick("ocr_heads")
        if fmt == "html":
            return (f'<div class="ocr-text" data-image="flyer-{self.slots["id"]}.jpg"><p class="ocr-label">{escape(head)}</p>'
                    f'<p>{"<br>".join(escape(line) for line in lines)}</p></div>')
        if fmt == "markdown":
            return f"*{head}*\n\n" + "  \n".join(lines)
        return head + "\n" + "\n".join(lines)

    def newsletter_paste(self, fmt: str, escape) -> str:
        """A newsletter pasted whole: its title, headlines, a sponsor's paragraph with the shop's address and a footer
        whose subscription link is on the shop's site."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        title, label = self.pick("digest_titles"), self.pick("digest_sponsor_labels")
        items = rng.sample(self.words["digest_items"], rng.randint(2, 3))
        sponsor, footer = self.pick("digest_sponsor_lines"), self.pick("digest_footers")
        manage = f"{self.home(url)}/newsletter/preferences?u={self.slots['id']}"
        if fmt == "html":
            headlines = "".join(f"<li>{escape(i)}</li>" for i in items)
            return (f'<table class="newsletter-paste" role="presentation"><tr><td><h4>{escape(title)}</h4></td></tr>'
                    f"<tr><td><ul>{headlines}</ul></td></tr>"
                    f'<tr><td class="sponsor"><strong>{escape(label)}</strong> {escape(sponsor)} {self.brand_link(fmt, shop)}</td></tr>'
                    f'<tr><td class="footer"><small>{escape(footer)} <a href="{html.escape(manage)}">Manage your subscription</a></small></td></tr></table>')
        if fmt == "markdown":
            return (f"**{title}**\n\n" + "\n".join(f"* {i}" for i in items) + f"\n\n**{label}:** {sponsor} {self.brand_link(fmt, shop)}"
                    + f"\n\n{footer} [Manage your subscription]({manage})")
        rule = rng.choice("=*~") * 44
        return (f"{rule}\n{title.upper()}\n{rule}\n" + "\n".join(f"* {i}" for i in items)
                + f"\n\n{label.upper()}\n{sponsor}\n{url}\n\n{footer}\nManage your subscription: {manage}")

    def print_footer(self, fmt: str, escape) -> str:
        """A print module's footer: when the page was printed, then every link of the page numbered, the shop's among
        them."""
        rng = self.rng
        shop = self.shop()
        links = [self.fill(f) for f in rng.sample(self.t["print_fillers"], rng.randint(1, 3))]
        links.insert(rng.randint(0, len(links)), self.url(shop))
        source, head = self.pick("print_sources"), self.pick("print_heads")
        if fmt == "html":
            items = "".join(f'<li><a href="{html.escape(link)}">{escape(link)}</a></li>' for link in links)
            return (f'<div class="print-footer"><p class="print-source">{escape(source)}</p><p><strong>{escape(head)}</strong></p>'
                    f'<ol class="print-links">{items}</ol></div>')
        if fmt == "markdown":
            return f"*{source}*\n\n**{head}**\n\n" + "\n".join(f"{i}. <{link}>" for i, link in enumerate(links, 1))
        return f"{source}\n{head}\n" + "\n".join(f"[{i}] {link}" for i, link in enumerate(links, 1))

    def calculator_widget(self, fmt: str, escape) -> str:
        """A health calculator (BMI, water, heart rate, calories) whose credit links to the shop."""
        rng = self.rng
        shop = self.shop()
        name, *fields = rng.choice(self.words["calculators"])
        button = self.pick("calc_buttons")
        credit = self.phrase(rng.choice(self.words["calc_credits"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            inputs = "".join(f'<label>{escape(f)} <input type="number"></label> ' for f in fields)
            return (f'<div class="health-calculator"><h4>{escape(name)}</h4>{inputs}<button type="button">{escape(button)}</button>'
                    f'<p class="calc-credit"><small>{credit}</small></p></div>')
        if fmt == "markdown":
            return f"**{name}**\n\n" + " · ".join(f"{f}: ____" for f in fields) + f" · [ {button} ]\n\n*{credit}*"
        return f"{name.upper()}\n" + "  ".join(f"{f}: [____]" for f in fields) + f"  [{button}]\n{credit}"

    def underlined_heading(self, fmt: str, escape) -> str:
        """A heading underlined with = or - (a setext heading in Markdown, a title in plain text) that is, or ends in,
        the shop's link, and a line under it."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        title = self.pick("heading_titles")
        if fmt == "markdown":
            line = rng.choice((f"[{title}]({url})", f"{title}: <{url}>", f"{title}, by [{text}]({url})"))
        else:
            line = rng.choice((f"{title.upper()}: {url}", f"{title} ({url})"))
        return f"{line}\n{rng.choice('=-') * len(line)}\n\n{self.pick('heading_blurbs')}"

    def ascii_table(self, fmt: str, escape) -> str:
        """A table drawn with box characters or + - | (a Pandoc grid table in Markdown) of useful contacts, the shop
        one row of it with its address."""
        rng = self.rng
        shop = self.shop()
        rows = [rng.choice(self.words["table_heads"])]
        rows += [[self.fill(cell) for cell in row] for row in rng.sample(self.words["table_rows"], rng.randint(1, 3))]
        rows.insert(rng.randint(1, len(rows)), [self.fill("{brand} {trade}"), self.slots["phone"], self.url(shop)])
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        box = rng.randrange(2) and fmt == "text"  # Markdown's is always a Pandoc grid table
        h, v, corners = ("─", "│", ("┌┬┐", "╞╪╡", "├┼┤", "└┴┘")) if box else ("-", "|", ("+++",) * 4)

        def rule(kind: int, fill: str) -> str:
            left, mid, right = corners[kind]
            return left + mid.join(fill * (w + 2) for w in widths) + right

        def cells(row) -> str:
            return v + v.join(f" {cell.ljust(w)} " for cell, w in zip(row, widths)) + v

        lines = [rule(0, h), cells(rows[0]), rule(1, "═" if box else "=")]
        for row in rows[1:]:
            lines += [cells(row), rule(2, h)]
        lines[-1] = rule(3, h)
        return "\n".join(lines)

    # -- blocks about another subject

    def linked_list(self, fmt: str, escape, heads: str, lines: str, credits: str, cls: str, marks=("- ", "· ")) -> str:
        rng = self.rng
        shop = self.shop()
        items = [escape(self.fill(line)) for line in rng.sample(self.words[lines], rng.randint(3, 4))]
        foot = self.phrase(rng.choice(self.words[credits]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, self.pick(heads), items, self.SPONSORED.format(cls=cls), marks, foot)

    def star_gazing(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "sky_heads", "sky_lines", "sky_credits", "night-sky", ("- ", "✦ "))

    def travel_deals(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "deal_heads", "deal_lines", "deal_credits", "travel-deals")

    def on_this_day(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "history_heads", "history_lines", "history_credits", "on-this-day")

    def bin_collection(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = rng.sample(self.words["bin_lines"], rng.randint(3, 4))
        return self.sponsored_list(fmt, escape, "bin_heads", lines, escape(self.pick("bin_sponsors")), "bin-days", ("- ", "🗑 "))

    def lost_and_found(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = rng.sample(self.words["lost_lines"], rng.randint(2, 3))
        return self.sponsored_list(fmt, escape, "lost_heads", lines, escape(self.pick("lost_sponsors")), "lost-found")

    def foreign_proverb(self, fmt: str, escape) -> str:
        """A proverb of the day in another language, from the shop, naming it with a phone."""
        return self.in_a_language(fmt, escape, "foreign_proverbs", "proverb_heads",
                                  ('<aside class="proverb-of-the-day" lang="{lang}"><h4>{head}</h4><p>{text}</p></aside>',
                                   "> **{head}**\n>\n> {text}", "« {head} »\n{text}"))


class Fresh13(Fresh12):
    """Snippets of the `fresh13` templates: the shop in forms the earlier sets do not use, most of them shown to the
    reader or followed by a click, many of them plain text: an address run into the words around it (scraped text
    that lost its spaces), a shop's name left where its link was stripped, a forum post's "sent from" line, a sponsor's
    read in a podcast transcript, an "as seen on" strip, a caption's trail of hashtags, a price list with dotted
    leaders, a forwarded text message, a pasted till receipt, the "next article" link of a post's pager, app-store
    badges, YAML front matter left in the body, a Gemini page's link lines, a LaTeX \\href in a formula, a Mermaid
    diagram's click, a consent checkbox; blocks about another subject; and four more ways of hiding. Each snippet draws
    one shop, the word it calls itself by ({trade}) and one of its services ({service}), so its words, links and names
    agree."""

    TABLES: dict[str, str] = {}  # no form of this set is a bare table of markup

    def address(self, shop: dict) -> str:
        """One of the shop's addresses as a page prints it (with or without a scheme, www. or none)."""
        return self.url(shop, "bare_schemes")

    def href(self, url: str) -> str:
        return url if url.startswith("http") else "https://" + url

    def linked_address(self, fmt: str, url: str, escape) -> str:
        """An address shown as itself: linked in HTML (as a CMS links it), as it is in Markdown and plain text."""
        if fmt == "html":
            return f'<a href="{html.escape(self.href(url))}">{escape(url)}</a>'
        return url

    def with_address(self, fmt: str, escape, template: str, url: str, **extra: str) -> str:
        """A template with one {url}: its words filled and escaped, the address shown as itself where {url} was."""
        before, after = self.fill(template, url="\0", **extra).split("\0")
        return escape(before) + self.linked_address(fmt, url, escape) + escape(after)

    # -- the shop's name or address in text that lost its markup

    def glued_address(self, fmt: str, escape) -> str:
        """Scraped text that lost the spaces around a link: the address run into the words before and after it."""
        url = self.address(self.shop())
        before, after = self.fill(self.rng.choice(self.words["glued_phrases"]), url="\0").split("\0")
        return escape(before.rstrip() + url + after.lstrip())

    def stripped_anchor(self, fmt: str, escape) -> str:
        """A copied page whose link was stripped: only its words are left, the shop's name run together."""
        self.shop()
        name = re.sub(r"\W+", "", self.fill("{brand}") + self.fill("{trade}").title())
        return escape(self.fill(self.rng.choice(self.words["stripped_phrases"]), name=name))

    # -- things pasted into a page, the shop's address in them

    def sent_from(self, fmt: str, escape) -> str:
        """A forum reply pasted in, its "Sent from my phone" line naming the shop's app and address."""
        rng = self.rng
        url = self.address(self.shop())
        post = rng.choice(self.words["forum_posts"])
        template = rng.choice(self.words["sent_lines"])
        line = self.with_address(fmt, escape, template, url, device=rng.choice(self.words["devices"]))
        who = self.fill("{person}")
        if fmt == "html":
            return (f'<div class="forum-post"><p class="post-author">{escape(who)} wrote:</p><p>{escape(post)}</p>'
                    f'<p class="sent-from"><small>{line}</small></p></div>')
        if fmt == "markdown":
            return f"**{who}** wrote:\n\n> {post}\n>\n> *{line}*"
        return f"{who} wrote:\n{post}\n\n{line}"

    def transcript_ad(self, fmt: str, escape) -> str:
        """A podcast's transcript with speaker labels and times, one turn the host's read for the shop."""
        rng = self.rng
        shop = self.shop()
        address = self.address(shop).split("://")[-1]
        code = re.sub(r"\W", "", self.fill("{brand}")).upper() + self.fill("{n}")
        turns = [escape(line) for line in rng.sample(self.words["transcript_lines"], rng.randint(2, 3))]
        turns.insert(rng.randint(1, len(turns)), escape(self.fill(rng.choice(self.words["ad_reads"]), address=address, code=code)))
        t = rng.randint(120, 2400)
        rows = []
        for i, turn in enumerate(turns):
            t += rng.randint(9, 40)  # each turn a little after the one before
            rows.append((self.words["speakers"][i % 2], f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", turn))
        head = self.pick("transcript_heads")
        if fmt == "html":
            return (f'<div class="podcast-transcript"><h4>{escape(head)}</h4>'
                    + "".join(f'<p><strong>{who}</strong> <span class="ts">[{ts}]</span> {turn}</p>' for who, ts, turn in rows) + "</div>")
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n\n".join(f"**{who}** [{ts}] {turn}" for who, ts, turn in rows)
        return f"{head}\n\n" + "\n".join(f"[{ts}] {who}: {turn}" for who, ts, turn in rows)

    def as_seen_on(self, fmt: str, escape) -> str:
        """An "as seen on" strip of (invented) outlets, then the shop's link."""
        rng = self.rng
        shop = self.shop()
        outlets = rng.sample(self.words["outlets"], rng.randint(3, 4))
        head = self.pick("seen_heads")
        credit = self.phrase(rng.choice(self.words["seen_credits"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            logos = "".join(f'<li class="press-logo">{escape(o)}</li>' for o in outlets)
            return f'<div class="as-seen-on"><p class="label">{escape(head)}</p><ul class="logos">{logos}</ul><p>{credit}</p></div>'
        if fmt == "markdown":
            return f"**{head}:** " + " · ".join(f"*{o}*" for o in outlets) + f"\n\n{credit}"
        return f"{head.upper()}: " + " | ".join(o.upper() for o in outlets) + f"\n{credit}"

    def hashtag_trail(self, fmt: str, escape) -> str:
        """A social post's caption pasted in, a trail of hashtags (the shop's among them) and its address."""
        rng = self.rng
        shop = self.shop()
        url = self.address(shop)
        tags = rng.sample(self.words["hashtags"], rng.randint(2, 3))
        tags.insert(rng.randint(0, len(tags)), "#" + re.sub(r"\W+", "", self.fill("{brand}{trade}")))
        tags.insert(rng.randint(0, len(tags)), "#" + re.sub(r"\W+", "", self.fill("{service}{city}")).lower())
        caption, mark = rng.choice(self.words["captions"]), rng.choice(self.words["link_marks"])
        if fmt == "html":
            spans = " ".join(f'<span class="hashtag">{escape(t)}</span>' for t in tags)
            return (f'<div class="social-caption"><p>{escape(caption)}</p><p>{spans}</p>'
                    f'<p>{escape(mark)}{self.linked_address(fmt, url, escape)}</p></div>')
        sep = "\\" if fmt == "markdown" else ""  # a # opening a Markdown line would make it a heading
        return f"{caption}\n\n" + " ".join(sep + t if i == 0 else t for i, t in enumerate(tags)) + f"\n{mark}{url}"

    # -- lists and records with the shop's address on them

    def price_list(self, fmt: str, escape) -> str:
        """The shop's price list, its lines run to their prices with dotted leaders, and its link below."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("price_heads")
        lines = [self.fill(line) for line in rng.sample(self.words["price_lines"], rng.randint(3, 4))]
        currency = rng.choice(("£", "$", "€"))
        prices = [f"{currency}{rng.randint(8, 480)}" for _ in lines]
        foot = self.phrase(rng.choice(self.words["price_foots"]), self.brand_link(fmt, shop), escape)
        if fmt == "html":
            rows = "".join(f'<tr><td>{escape(line)}</td><td class="leader">{"." * 12}</td><td>{p}</td></tr>' for line, p in zip(lines, prices))
            return f'<table class="price-list"><caption>{escape(head)}</caption>{rows}<tr><td colspan="3">{foot}</td></tr></table>'
        width = max(len(line) for line in lines) + 8
        rows = [f"{line} {'.' * (width - len(line))} {p}" for line, p in zip(lines, prices)]
        if fmt == "markdown":
            return f"**{head}**\n\n" + "  \n".join(rows) + f"\n\n{foot}"
        return f"{head}\n" + "\n".join(rows) + f"\n{foot}"

    def sms_forward(self, fmt: str, escape) -> str:
        """A marketing text message forwarded and pasted in: the shop's sender name, its address, "Reply STOP"."""
        rng = self.rng
        shop = self.shop()
        sender = re.sub(r"\W", "", self.fill("{brand}"))[:11].upper()
        url = self.address(shop)
        head = self.fill(rng.choice(self.words["sms_heads"]), sender=sender)
        body = self.with_address(fmt, escape, rng.choice(self.words["sms_bodies"]), url, sender=sender)
        stamp = f"{self.fill('{day}')}, {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if fmt == "html":
            return f'<blockquote class="sms"><p><small>{escape(head)} · {escape(stamp)}</small></p><p>{body}</p></blockquote>'
        if fmt == "markdown":
            return f"> **{head}** ({stamp})\n>\n> {body}"
        return f"{head} ({stamp})\n{body}"

    def receipt_paste(self, fmt: str, escape) -> str:
        """A till receipt typed or scanned into a post: the shop's name, lines, TOTAL and its web address."""
        rng = self.rng
        shop = self.shop()
        url = self.address(shop).split("://")[-1]
        width = max(32, len(url) + 2)
        items = [self.fill("{service}")] + rng.sample(self.words["receipt_extras"], rng.randint(1, 2))
        prices = [rng.randint(150, 9000) / 100 for _ in items]
        lines = [self.fill("{brand} {trade}").upper().center(width), self.fill("{city}").center(width),
                 self.fill("TEL {phone}").center(width), "-" * width]
        lines += [f"{item[:width - 10]:<{width - 9}}{price:>9.2f}" for item, price in zip(items, prices)]
        lines += ["-" * width, f"{'TOTAL':<{width - 9}}{sum(prices):>9.2f}", "",
                  rng.choice(self.words["receipt_thanks"]).center(width), url.center(width)]
        text = "\n".join(line.rstrip() for line in lines)
        if fmt == "html":
            return f'<div class="receipt-scan"><pre>{escape(text)}</pre></div>'
        if fmt == "markdown":
            return f"```\n{text}\n```"
        return text

    # -- the shop in the furniture of a page

    def pager_link(self, fmt: str, escape) -> str:
        """A post's pager: "previous" to an article of the site, "next" to the shop's page."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        prev, nxt = rng.choice(self.words["pager_prev"]), self.pick("pager_next")
        slug = "/" + re.sub(r"\W+", "-", prev.lower()).strip("-") + "/"
        if fmt == "html":
            return (f'<nav class="post-navigation" aria-label="Posts"><a class="prev" rel="prev" href="{slug}">← {escape(prev)}</a> '
                    f'<a class="next" rel="next" href="{html.escape(url)}">{escape(nxt)} →</a></nav>')
        if fmt == "markdown":
            return f"[← Previous: {prev}]({slug}) | [Next: {nxt} →]({url})"
        return f"← Previous: {prev}\nNext: {nxt} → {url}"

    def app_badge(self, fmt: str, escape) -> str:
        """App-store badges ("Download on the App Store", "Get it on Google Play") whose links go to the shop."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("app_heads")
        badges = self.words["app_badges"][:rng.randint(1, 2)]
        urls = [self.url(shop) for _ in badges]
        if fmt == "html":
            links = "".join(f'<a href="{html.escape(u)}"><img src="{html.escape(self.home(u))}/img/badge-{i}.svg" alt="{escape(b)}" height="40"></a> '
                            for i, (b, u) in enumerate(zip(badges, urls)))
            return f'<div class="app-badges"><p>{escape(head)}</p>{links.rstrip()}</div>'
        if fmt == "markdown":
            return f"**{head}**\n\n" + " ".join(f"[![{b}]({self.home(u)}/img/badge-{i}.svg)]({u})" for i, (b, u) in enumerate(zip(badges, urls)))
        return f"{head}\n" + "\n".join(f"{b}: {u}" for b, u in zip(badges, urls))

    def front_matter(self, fmt: str, escape) -> str:
        """A page's YAML front matter left in its body by a migration, its canonical (or redirect) the shop's."""
        rng = self.rng
        shop = self.shop()
        title = self.pick("front_titles")
        lines = [f'title: "{title}"', f"{rng.choice(self.words['front_keys'])}: {self.url(shop)}",
                 f"author: {self.fill('{person}')}", f"date: {self.fill('{year}')}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 f"tags: [{self.fill('{service}')}, {self.fill('{city}').lower()}]"]
        head = lines[:1] + rng.sample(lines[1:], len(lines) - 1)
        return "---\n" + "\n".join(head) + "\n---"

    def gemtext_link(self, fmt: str, escape) -> str:
        """A Gemini capsule's page pasted as it is: "=> address label" link lines, one of them the shop's."""
        rng = self.rng
        shop = self.shop()
        text, url = self.anchor_and_url(shop=shop)
        lines = [f"=> {filler} {label}" for filler, label in zip(rng.sample(self.t["gem_fillers"], rng.randint(1, 2)),
                                                                 rng.sample(self.words["gem_labels"], 2))]
        lines.insert(rng.randint(0, len(lines)), f"=> {url} {text}")
        return rng.choice(self.words["gem_heads"]) + "\n\n" + "\n".join(lines)

    def latex_href(self, fmt: str, escape) -> str:
        """A formula (MathJax or KaTeX) whose \\href makes its words a link to the shop."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        body = rf"\href{{{url}}}{{\text{{{text}}}}}"
        lead = rng.choice(self.words["latex_leads"]) + " "
        if fmt == "markdown":
            return lead + f"${body}$"
        return escape(lead) + f'<span class="math inline">\\({escape(body)}\\)</span>'

    def diagram_click(self, fmt: str, escape) -> str:
        """A Mermaid flowchart of advice, its last step the shop, with a click that opens the shop's page."""
        rng = self.rng
        shop = self.shop()
        steps = rng.sample(self.words["diagram_steps"], rng.randint(2, 3)) + [self.fill("{brand} {trade}")]
        names = "ABCD"[:len(steps)]
        lines = ["flowchart " + rng.choice(("LR", "TD"))]
        lines += [f"  {a}[{s}] --> {b}[{t}]" for a, s, b, t in zip(names, steps, names[1:], steps[1:])]
        tip = self.pick("diagram_tips")
        url = self.url(shop)
        lines.append(rng.choice((f'  click {names[-1]} "{url}" "{tip}"', f'  click {names[-1]} href "{url}" "{tip}" _blank')))
        code = "\n".join(lines)
        if fmt == "html":
            return f'<figure class="diagram"><pre class="mermaid">{escape(code)}</pre></figure>'
        return f"```mermaid\n{code}\n```"

    def consent_checkbox(self, fmt: str, escape) -> str:
        """A consent checkbox (ticked) in a comment or sign-up form, its label linking to the shop (raw HTML in
        Markdown too)."""
        rng = self.rng
        shop = self.shop()
        label = self.phrase(rng.choice(self.words["consent_texts"]), self.brand_link("html", shop), html.escape)
        return (f'<div class="form-consent"><label><input type="checkbox" name="optin-{self.slots["id"]}" value="1" checked> '
                f"{label}</label></div>")

    # -- blocks about another subject

    def garden_jobs(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "garden_heads", "garden_lines", "garden_credits", "garden-jobs", ("- ", "🌱 "))

    def cinema_listings(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "cinema_heads", "cinema_lines", "cinema_credits", "film-times", ("- ", "🎬 "))

    def pub_quiz(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        lines = [escape(line) for line in rng.sample(self.words["quiz_lines"], rng.randint(3, 5))]
        lines.sort()
        foot = self.phrase(rng.choice(self.words["quiz_credits"]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, self.pick("quiz_heads"), lines, self.SPONSORED.format(cls="quiz-answers"), ("* ", "  "), foot)

    def term_dates(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = rng.sample(self.words["term_lines"], rng.randint(3, 4))
        return self.sponsored_list(fmt, escape, "term_heads", lines, escape(self.pick("term_sponsors")), "term-dates", ("- ", "• "))

    def foreign_riddle(self, fmt: str, escape) -> str:
        """A riddle of the day in another language, from the shop, naming it with a phone."""
        return self.in_a_language(fmt, escape, "foreign_riddles", "riddle_heads",
                                  ('<aside class="riddle-of-the-day" lang="{lang}"><h4>{head}</h4><p>{text}</p></aside>',
                                   "**{head}**\n\n_{text}_", "~ {head} ~\n{text}"))


class Fresh14(Fresh13):
    """Snippets of the `fresh14` templates: the shop in forms the earlier sets do not use, most of them what hacked or
    SEO-farmed health pages show a reader: a fake "medically reviewed by" line, a fake accreditation seal, a price
    comparison widget, a browser notification prompt, a live-chat bubble, a translation credit, a webring bar; the
    overlays hacked sites inject (a fake CAPTCHA telling the reader to run a command, a fake browser update, a virus
    scare, a prize survey); what a hacked template leaks (a PHP warning printing the address it includes); an onion
    address; a newsletter's raw quoted-printable source pasted in; a ruby annotation and a margin note (Markdown and
    HTML); blocks about another subject. Each snippet draws one shop, the word it calls itself by ({trade}) and one of
    its services ({service}), so its words, links and names agree."""

    TABLES: dict[str, str] = {}  # no form of this set is a bare table of markup

    def host_of(self, url: str) -> str:
        """The host an address names, without www."""
        return self.home(url).split("//", 1)[1].removeprefix("www.")

    def in_english_or(self, escape, key: str, foreign_key: str, link: str) -> tuple[str, str]:
        """(language, line): one of the English lines (`key`), or a third of the time the line of another language
        (`foreign_key`, keyed by language), with the link put in at {link}."""
        if self.rng.randrange(3):
            return "en", self.phrase(self.rng.choice(self.words[key]), link, escape)
        lang = self.rng.choice(sorted(self.words[foreign_key]))
        return lang, self.phrase(self.words[foreign_key][lang], link, escape)

    def name_link(self, fmt: str, shop: dict) -> str:
        """The shop's link, its words the shop's name (as a credit names whom it credits)."""
        return self.with_attributes(fmt, self.fill("{brand} {trade}"), self.url(shop))

    # -- the shop's link in the furniture of a health page

    def reviewer_line(self, fmt: str, escape) -> str:
        """A "medically reviewed by" line under the headline whose reviewer works "for" the shop, linked."""
        lang, line = self.in_english_or(escape, "reviewer_lines", "foreign_reviewer_lines", self.name_link(fmt, self.shop()))
        date = self.pick("reviewer_dates")
        if fmt == "html":
            attr = "" if lang == "en" else f' lang="{lang}"'
            return self.rng.choice((f'<div class="medical-review"{attr}><p><span class="reviewer">{line}</span> · <time>{escape(date)}</time></p></div>',
                                    f'<p class="article-meta reviewed"{attr}>{line}<br><small>{escape(date)}</small></p>'))
        if fmt == "markdown":
            return f"*{line}*  \n*{date}*"
        return f"{line}\n{date}"

    def trust_seal(self, fmt: str, escape) -> str:
        """A made-up accreditation seal for health information: its image links to the shop, its text credits it."""
        rng = self.rng
        shop = self.shop()
        seal, url = self.pick("seals"), self.url(shop)
        image = f"{self.home(url)}/seal/{self.slots['id']}.png"
        text = self.phrase(rng.choice(self.words["seal_texts"]), self.name_link(fmt, shop), escape, seal=seal)
        if fmt == "html":
            return (f'<div class="trust-seal"><a href="{html.escape(url)}" rel="nofollow"><img src="{html.escape(image)}" '
                    f'alt="{escape(seal)}" width="88" height="31"></a><p><small>{text}</small></p></div>')
        if fmt == "markdown":
            return f"[![{seal}]({image})]({url})\n\n*{text}*"
        return f"[{seal.upper()}]\n{text}"

    def price_compare(self, fmt: str, escape) -> str:
        """A price-comparison widget: the shop and other retailers, each "Check price" button to the shop's pages."""
        rng = self.rng
        shop = self.shop()
        head, foot = self.pick("compare_heads"), self.pick("compare_foots")
        sellers = [self.fill("{brand} {trade}")] + rng.sample(self.words["retailers"], rng.randint(1, 3))
        rng.shuffle(sellers)
        currency = rng.choice(("£", "$", "€"))
        rows = [(seller, f"{currency}{rng.randint(9, 480)}.{rng.choice(('00', '49', '95', '99'))}", self.pick("compare_buttons"),
                 self.url(shop)) for seller in sellers]
        if fmt == "html":
            body = "".join(f'<tr><td>{escape(s)}</td><td>{p}</td><td><a class="btn" href="{html.escape(u)}" rel="sponsored nofollow">'
                           f"{escape(b)}</a></td></tr>" for s, p, b, u in rows)
            return (f'<table class="price-compare"><caption>{escape(head)}</caption><tbody>{body}</tbody>'
                    f'<tfoot><tr><td colspan="3"><small>{escape(foot)}</small></td></tr></tfoot></table>')
        if fmt == "markdown":
            return (f"**{head}**\n\n| Retailer | Price | |\n|---|---|---|\n" + "\n".join(f"| {s} | {p} | [{b}]({u}) |" for s, p, b, u in rows)
                    + f"\n\n*{foot}*")
        return f"{head}\n" + "\n".join(f"{s}: {p} - {b}: {u}" for s, p, b, u in rows) + f"\n{foot}"

    def push_prompt(self, fmt: str, escape) -> str:
        """A browser-style "wants to show notifications" prompt drawn in the page, its Allow button the shop's."""
        rng = self.rng
        url = self.url(self.shop())
        domain = self.host_of(url)
        head = self.fill(rng.choice(self.words["push_heads"]), domain=domain)
        text = self.pick("push_texts")
        allow = f"{self.home(url)}/push/subscribe?src={self.slots['id']}"
        if fmt == "html":
            return (f'<div class="push-prompt" role="dialog"><p><strong>{escape(head)}:</strong></p><p>{escape(text)}</p>'
                    f'<p><button type="button">Block</button> <a class="allow" href="{html.escape(allow)}">Allow</a></p></div>')
        if fmt == "markdown":
            return f"**{head}:** {text}  \nBlock · [Allow]({allow})"
        return f"{head}:\n{text}\n[Block] [Allow] {allow}"

    def chat_bubble(self, fmt: str, escape) -> str:
        """A live-chat bubble: an agent of the shop greets the reader, the button opens the shop's page."""
        rng = self.rng
        shop = self.shop()
        url = self.url(shop)
        agent = rng.choice(self.words["agents"])
        greeting = self.fill(rng.choice(self.words["chat_greetings"]), agent=agent)
        button = self.fill(rng.choice(self.words["chat_buttons"]), agent=agent)
        name = self.fill("{brand} {trade}")
        if fmt == "html":
            return (f'<aside class="live-chat-bubble"><p class="agent"><img src="{html.escape(self.home(url))}/agents/{self.slots["id"]}.jpg" '
                    f'alt="" width="32" height="32"> <strong>{escape(agent)}</strong> · {escape(name)} <span class="status">online</span></p>'
                    f"<p>{escape(greeting)}</p>{self.with_attributes(fmt, button, url)}</aside>")
        if fmt == "markdown":
            return f"💬 **{agent}** ({name}, online)\n\n{greeting}\n\n[{button}]({url})"
        return f"💬 {agent} ({name}, online): {greeting}\n{button}: {url}"

    def translator_credit(self, fmt: str, escape) -> str:
        """A translation credit under the article, in English or another language, crediting the shop, linked."""
        lang, line = self.in_english_or(escape, "translator_lines", "foreign_translator_lines", self.name_link(fmt, self.shop()))
        if fmt == "html":
            attr = "" if lang == "en" else f' lang="{lang}"'
            return f'<p class="translation-credit"{attr}><em>{line}</em></p>'
        return f"*{line}*" if fmt == "markdown" else f"— {line}"

    def webring(self, fmt: str, escape) -> str:
        """A webring bar: previous member, the ring's home, and "next" the shop."""
        rng = self.rng
        url = self.url(self.shop())
        ring = self.pick("ring_names")
        slug = re.sub(r"\W+", "", ring.lower())
        home, prev = f"https://{slug}.example/", rng.choice(self.t["ring_sites"])
        text = self.fill(rng.choice(self.words["ring_texts"]), ring=ring)
        name = self.fill("{brand} {trade}")
        if fmt == "html":
            return (f'<nav class="webring" aria-label="Webring"><p>{escape(text)}</p><a href="{prev}">← Previous</a> | '
                    f'<a href="{home}">{escape(ring)}</a> | <a href="{html.escape(url)}">Next: {escape(name)} →</a> | '
                    f'<a href="{home}random">Random</a></nav>')
        if fmt == "markdown":
            return f"{text}\n\n[← Previous]({prev}) | [{ring}]({home}) | [Next: {name} →]({url}) | [Random]({home}random)"
        return f"{text}\n← Previous: {prev} | {ring}: {home} | Next: {name} → {url}"

    # -- what hacked sites put over or into a page

    def fake_captcha(self, fmt: str, escape) -> str:
        """A fake "verify you are human" box telling the reader to paste a command that fetches the shop's address."""
        rng = self.rng
        shop = self.shop()
        command = self.fill(rng.choice(self.words["captcha_commands"]), url=self.url(shop))
        head, steps = self.pick("captcha_heads"), self.words["captcha_steps"][:rng.randint(3, 4)]
        foot = self.phrase(rng.choice(self.words["captcha_foots"]), self.linked_address(fmt, self.address(shop), escape), escape)
        if fmt == "html":
            items = "".join(f"<li>{escape(s)}</li>" for s in steps)
            return (f'<div class="cf-challenge" role="dialog" aria-modal="true"><h4>{escape(head)}</h4>'
                    f"<p><label><input type=\"checkbox\"> I'm not a robot</label></p><ol>{items}</ol>"
                    f"<p><code>{escape(command)}</code></p><p><small>{foot}</small></p></div>")
        numbered = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
        if fmt == "markdown":
            return f"**{head}**\n\n☐ I'm not a robot\n\n{numbered}\n\n`{command}`\n\n*{foot}*"
        return f"{head}\n☐ I'm not a robot\n{numbered}\n\n{command}\n\n{foot}"

    def update_prompt(self, fmt: str, escape) -> str:
        """A fake browser update notice whose download is on the shop's site."""
        rng = self.rng
        url = self.url(self.shop())
        target = f"{self.home(url)}/update/{rng.choice(('chrome', 'browser', 'edge', 'firefox'))}-{self.slots['id']}.html"
        head, text, button = self.pick("update_heads"), self.pick("update_texts"), self.pick("update_buttons")
        if fmt == "html":
            return (f'<div class="browser-update" role="alert" style="border:2px solid #d93025;padding:16px"><h3>{escape(head)}</h3>'
                    f'<p>{escape(text)}</p><p>{self.with_attributes(fmt, button, target)}</p></div>')
        if fmt == "markdown":
            return f"### {head}\n\n{text}\n\n**[{button}]({target})**"
        return f"{head.upper()}\n{text}\n{button}: {target}"

    def scareware_alert(self, fmt: str, escape) -> str:
        """A virus scare: the reader's device "infected", a phone number to call and the shop's address."""
        shop = self.shop()
        head = self.pick("scare_heads")
        text = self.phrase(self.rng.choice(self.words["scare_texts"]), self.linked_address(fmt, self.address(shop), escape), escape)
        if fmt == "html":
            return f'<div class="alert alert-danger" role="alert"><p><strong>{escape(head)}</strong></p><p>{text}</p></div>'
        if fmt == "markdown":
            return f"> **{head}**\n>\n> {text}"
        return f"{head.upper()}\n{text}"

    def prize_survey(self, fmt: str, escape) -> str:
        """A "you have been selected" survey: questions, and a button to claim the prize on the shop's site."""
        rng = self.rng
        url = self.url(self.shop())
        head, text, button = self.pick("survey_heads"), self.pick("survey_texts"), self.pick("survey_buttons")
        questions = self.words["survey_questions"][:rng.randint(2, 4)]
        if fmt == "html":
            asked = "".join(f"<p>{escape(q)}</p>" for q in questions)
            return (f'<div class="survey-popup"><h3>{escape(head)}</h3><p>{escape(text)}</p>{asked}'
                    f'<p>{self.with_attributes(fmt, button, url)}</p></div>')
        asked = "\n".join(q.replace(". ", "\\. ", 1) if fmt == "markdown" else q for q in questions)
        if fmt == "markdown":
            return f"## {head}\n\n{text}\n\n{asked}\n\n[**{button}**]({url})"
        return f"{head}\n{text}\n{asked}\n{button}: {url}"

    def php_warning(self, fmt: str, escape) -> str:
        """PHP warnings a hacked template prints when the shop's file it includes does not load: the address in them."""
        rng, words = self.rng, self.words
        url = self.url(self.shop())
        function = rng.choice(words["php_functions"])
        path = self.fill(rng.choice(words["php_paths"]), user=rng.choice(words["php_users"]), theme=rng.choice(words["php_themes"]))
        line = rng.randint(2, 140)
        messages = [f"{function}({url}): {rng.choice(words['php_errors'])}"]
        if function.startswith(("include", "require")) and rng.randrange(2):
            messages.append(f"{function}(): Failed opening '{url}' for inclusion (include_path='.:/usr/share/php')")
        if fmt == "html":
            return "<br />\n".join(f"<b>Warning</b>:  {escape(m)} in <b>{escape(path)}</b> on line <b>{line}</b>" for m in messages)
        return "\n".join(f"Warning: {m} in {path} on line {line}" for m in messages)

    # -- addresses written so that they do not look like a shop's

    def onion_address(self, fmt: str, escape) -> str:
        """A Tor onion address (v3: 56 letters and digits, the last "d") on the shop's path, mid-sentence."""
        rng = self.rng
        shop = self.shop()
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(55)) + "d"
        url = f"http://{name}.onion{self._in_url(rng.choice(shop['paths']))}"
        if fmt == "html" and rng.randrange(2):
            address = f'<a href="{html.escape(url)}">{escape(url)}</a>'
        elif fmt == "markdown" and rng.randrange(2):
            address = f"<{url}>"
        else:
            address = escape(url)
        return self.around_address("onion_phrases", "url", address, escape)

    def quoted_printable(self, fmt: str, escape) -> str:
        """A newsletter's raw source pasted in: headers, then its HTML in quoted-printable (= as =3D, lines broken with
        a trailing =), the shop's link split across lines."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        link = f'<a href="{url}" style="color:#1a73e8;text-decoration:underline">{text}</a>'
        body = f'<p style="font-family:Arial,sans-serif;font-size:15px">{self.fill(rng.choice(self.words["qp_sentences"]), link=link)}</p>'
        headers = [self.fill("From: {brand} {trade} <news@") + self.host_of(url) + ">",
                   "Subject: " + self.pick("qp_subjects"), 'Content-Type: text/html; charset="UTF-8"',
                   "Content-Transfer-Encoding: quoted-printable"]
        raw = "\n".join(headers) + "\n\n" + quopri.encodestring(body.encode()).decode().replace("\r\n", "\n").rstrip("\n")
        head = self.pick("qp_heads")
        if fmt == "html":
            return f'<div class="pasted-source"><p>{escape(head)}</p><pre>{escape(raw)}</pre></div>'
        if fmt == "markdown":
            return f"{head}\n\n```\n{raw}\n```"
        return f"{head}\n\n{raw}"

    def ruby_annotation(self, fmt: str, escape) -> str:
        """A word with a ruby annotation (shown above it) that is the shop's link (raw HTML in Markdown too)."""
        rng = self.rng
        shop = self.shop()
        base = self.pick("ruby_bases")
        if rng.randrange(2):
            text, url = self.anchor_and_url(shop=shop)
        else:
            text = self.address(shop)
            url = self.href(text)
        return f'<ruby>{html.escape(base)}<rp>(</rp><rt><a href="{html.escape(url)}">{html.escape(text)}</a></rt><rp>)</rp></ruby>'

    def marginal_note(self, fmt: str, escape) -> str:
        """A margin note (Tufte-style sidenote in HTML, a Pandoc inline note in Markdown) carrying the shop's link."""
        rng = self.rng
        note = self.phrase(rng.choice(self.words["margin_notes"]), self.brand_link(fmt, self.shop()), escape)
        if fmt == "markdown":
            return f"^[{note}]"
        box = f"mn-{self.slots['id']}"
        return (f'<label for="{box}" class="margin-toggle">{rng.choice(self.words["margin_marks"])}</label>'
                f'<input type="checkbox" id="{box}" class="margin-toggle"><span class="marginnote">{note}</span>')

    # -- blocks about another subject

    def fuel_prices(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "fuel_heads", "fuel_lines", "fuel_credits", "fuel-prices", ("- ", "⛽ "))

    def pet_adoption(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "pet_heads", "pet_lines", "pet_credits", "pets-of-the-week", ("- ", "🐾 "))

    def auction_lots(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "auction_heads", "auction_lines", "auction_credits", "auction-lots", ("- ", ""))

    def ordered_list(self, fmt: str, escape, heads: str, lines: str, credits: str, cls: str, marks: tuple[str, str], least: int) -> str:
        """A sponsored list of at least `least` of its lines, kept in their order (rows of a pattern, days of a week),
        the shop linked in its credit line."""
        rng = self.rng
        shop = self.shop()
        rows = self.words[lines]
        kept = sorted(rng.sample(range(len(rows)), rng.randint(least, len(rows))))
        foot = self.phrase(rng.choice(self.words[credits]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, self.pick(heads), [escape(rows[i]) for i in kept], self.SPONSORED.format(cls=cls), marks, foot)

    def knitting_pattern(self, fmt: str, escape) -> str:
        """A knitting pattern (its rows in order), the yarn from the shop, linked."""
        return self.ordered_list(fmt, escape, "knit_heads", "knit_lines", "knit_credits", "knitting-pattern", ("- ", "* "), 4)

    def ferry_timetable(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = sorted(rng.sample(self.words["ferry_lines"], rng.randint(3, 5)))
        return self.sponsored_list(fmt, escape, "ferry_heads", lines, escape(self.pick("ferry_sponsors")), "ferry-times", ("- ", "⛴ "))

    def foreign_lesson(self, fmt: str, escape) -> str:
        """A "word of the day" in another language, from the shop, naming it with a phone."""
        return self.in_a_language(fmt, escape, "foreign_lessons", "lesson_heads",
                                  ('<aside class="word-of-the-day" lang="{lang}"><h4>{head}</h4><p>{text}</p></aside>',
                                   "**{head}**\n\n> {text}", "{head}: {text}"))


class Fresh15(Fresh14):
    """Snippets of the `fresh15` templates: the shop in forms the earlier sets do not use, most of them what hacked,
    spammed or SEO-farmed health pages show a reader: a footnote whose back-reference goes to the shop (a scraped copy),
    a health word of the article auto-linked to it, a citation marker pointing at it; what content mills leave in a
    post (a chatbot's reply pasted whole, the writer's brief with the target URL); an unrolled social thread, a pasted
    spreadsheet, a doorway list of towns served, a "you are being redirected" notice (in English or another language),
    a defacer's banner, a text-ad unit, an exit-intent discount popup, a "copy your link" field; blocks about another
    subject (a school lunch menu, mortgage rates, a league table, a snow report, a chess problem with the shop linked;
    planning notices, opening hours and a radio schedule in another language naming it with a phone). Each snippet
    draws one shop, the word it calls itself by ({trade}) and one of its services ({service}), so its words, links and
    names agree."""

    TABLES: dict[str, str] = {}  # no form of this set is a bare table of markup

    def block_lines(self, fmt: str, escape, head: str, lines: list[str], cls: str, attributes: str = "") -> str:
        """A head and lines (already in the format): a <div> of paragraphs in HTML, a bold head and hard-broken lines in
        Markdown, plain lines in text."""
        if fmt == "html":
            return f'<div class="{cls}"{attributes}><p><strong>{escape(head)}</strong></p>' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
        if fmt == "markdown":
            return f"**{head}**\n\n" + "  \n".join(lines)
        return head + "\n" + "\n".join(lines)

    def grid(self, fmt: str, escape, head: str, header: list[str], rows: list[list[str]], foot: str, cls: str) -> str:
        """A table (cells plain words) with a head and a foot line (already in the format): HTML, a Markdown pipe table,
        or columns padded with spaces in plain text."""
        if fmt == "html":
            cells = "".join(f"<th>{escape(h)}</th>" for h in header)
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
            return (f'<table class="{cls}"><caption>{escape(head)}</caption><thead><tr>{cells}</tr></thead><tbody>{body}</tbody>'
                    f'<tfoot><tr><td colspan="{len(header)}">{foot}</td></tr></tfoot></table>')
        if fmt == "markdown":
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(row) + " |" for row in rows]
            return f"**{head}**\n\n" + "\n".join(lines) + f"\n\n*{foot}*"
        widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header] + rows]
        return f"{head}\n" + "\n".join(lines) + f"\n{foot}"

    # -- links a scraped, auto-linked or sourced article carries

    def footnote_backref(self, fmt: str, escape) -> str:
        """A footnote copied from another site whose back-reference (↩) still points at that site: the shop's post."""
        rng = self.rng
        url = f"{self.home(self.url(self.shop()))}/blog/{self.slots['id']}#fnref:{self.slots['d']}"
        note, mark, number = self.pick("backref_notes"), rng.choice(self.words["backref_marks"]), self.slots["d"]
        if fmt == "markdown":  # as a converter writes a rendered footnote: a numbered item after a rule
            return f"* * *\n\n{number}. {note} [{mark}]({url})"
        return (f'<section class="footnotes" role="doc-endnotes"><hr><ol start="{number}"><li id="fn:{number}"><p>{escape(note)} '
                f'<a href="{html.escape(url)}" class="footnote-backref" role="doc-backlink">{escape(mark)}</a></p></li></ol></section>')

    def autolinked_term(self, fmt: str, escape) -> str:
        """An everyday health word of the sentence linked to the shop, as a keyword auto-linking plugin does."""
        term, url = self.rng.choice(self.words["autolinked_terms"]), self.url(self.shop())
        if fmt == "markdown":
            return f"[{term}]({url})"
        return f'<a href="{html.escape(url)}" class="{self.rng.choice(("kwlink", "auto-link", "seo-smart-link"))}">{escape(term)}</a>'

    def citation_marker(self, fmt: str, escape) -> str:
        """A superscript citation marker ([3]) that goes to the shop, not to the article's list of references."""
        number, url = self.rng.choice(self.words["citation_numbers"]), self.url(self.shop())
        if fmt == "markdown":
            return f"<sup>[[{number}]]({url})</sup>"
        return f'<sup class="reference"><a href="{html.escape(url)}">[{number}]</a></sup>'

    # -- what content mills and hacked sites leave in a post

    def ai_leftover(self, fmt: str, escape) -> str:
        """A chatbot's whole reply pasted into the post: its preamble, the paragraph with the shop's link, its offer to
        rewrite."""
        shop = self.shop()
        body = self.phrase(self.rng.choice(self.words["ai_bodies"]), self.brand_link(fmt, shop), escape)
        lines = [escape(self.pick("ai_openers")), body, escape(self.pick("ai_closers"))]
        if fmt == "html":
            return "<div class=\"entry-content-part\">" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
        return "\n\n".join(lines)

    def seo_brief(self, fmt: str, escape) -> str:
        """The writer's brief a content mill sent with the order, left above or below the post: the anchor and the
        target URL."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        chosen = rng.sample(self.words["brief_lines"], rng.randint(4, len(self.words["brief_lines"])))
        if not any("{url}" in line for line in chosen):
            chosen.append(next(line for line in self.words["brief_lines"] if "{url}" in line))
        lines = [self.with_address(fmt, escape, line, url, anchor=text) if "{url}" in line else escape(self.fill(line, anchor=text))
                 for line in chosen]
        head = self.pick("brief_heads")
        if fmt == "html":
            return f'<div class="editor-note"><p><strong>{escape(head)}</strong></p><ul>' + "".join(f"<li>{line}</li>" for line in lines) + "</ul></div>"
        if fmt == "markdown":
            return f"**{head}**\n\n" + "\n".join(f"- {line}" for line in lines)
        return f"--- {head} ---\n" + "\n".join(lines) + "\n---"

    def thread_unroll(self, fmt: str, escape) -> str:
        """A social thread unrolled into the post, numbered 1/n, one of its posts the shop's link."""
        rng = self.rng
        shop = self.shop()
        posts = [escape(self.fill(post)) for post in self.words["thread_posts"][:rng.randint(3, 5)]]
        # the link after the post that leads to it ("Third, I treat myself"), before the sign-off
        posts.insert(min(len(posts), 4), self.phrase(rng.choice(self.words["thread_links"]), self.brand_link(fmt, shop), escape))
        numbered = [f"{i}/{len(posts)} {post}" for i, post in enumerate(posts, 1)]
        head = self.pick("thread_heads")
        if fmt == "markdown":  # a paragraph per post
            return f"**{head}**\n\n" + "\n\n".join(numbered)
        return self.block_lines(fmt, escape, head, numbered, "unrolled-thread")

    def csv_paste(self, fmt: str, escape) -> str:
        """A spreadsheet pasted as it is (comma- or tab-separated), the shop's row among local services."""
        rng = self.rng
        url = self.address(self.shop())
        header = rng.choice(self.words["csv_headers"])
        sep = "\t" if "\t" in header else ","
        rows = [list(row) for row in rng.sample(self.words["csv_fillers"], rng.randint(1, 3))]
        rows.insert(rng.randint(0, len(rows)), [self.fill("{brand} {trade}"), self.slots["service"], url, self.slots["phone"]])
        lead = self.pick("csv_leads")
        if fmt == "html":  # a paste from a spreadsheet app: a table of plain cells, the address linked as the app links it
            cells = ["".join(f"<td>{self.linked_address(fmt, c, escape) if i == 2 else escape(c)}</td>" for i, c in enumerate(row))
                     for row in rows]
            head = "".join(f"<td>{escape(c)}</td>" for c in header.split(sep))
            return (f'<div class="pasted-sheet"><p>{escape(lead)}</p><table data-sheets-root="1"><tbody><tr>{head}</tr>'
                    + "".join(f"<tr>{c}</tr>" for c in cells) + "</tbody></table></div>")
        raw = "\n".join([header] + [sep.join(row) for row in rows])
        if fmt == "markdown":
            return f"{lead}\n\n```{'csv' if sep == ',' else 'tsv'}\n{raw}\n```"
        return f"{lead}\n{raw}"

    def service_areas(self, fmt: str, escape) -> str:
        """A doorway list of towns served, each a link to the shop's page for that town."""
        rng = self.rng
        shop = self.shop()
        home = self.home(self.url(shop))
        towns = rng.sample(self.words["area_towns"], rng.randint(4, 7))
        pattern = rng.choice(self.words["area_lines"])
        links = [render_link(fmt, self.fill(pattern, town=town), f"{home}/{self.slots['service'].replace(' ', '-')}-{town.lower()}", 1)
                 for town in towns]
        head = self.pick("area_heads")
        if fmt == "html":
            return f'<div class="service-areas"><h4>{escape(head)}</h4><p>' + " | ".join(links) + "</p></div>"
        if fmt == "markdown":
            return f"#### {head}\n\n" + " | ".join(links)
        return f"{head}:\n" + "\n".join(links)

    def redirect_notice(self, fmt: str, escape) -> str:
        """The notice of a hacked page's redirect ("you are being redirected … click here"), in English or another
        language, its link the shop's."""
        rng = self.rng
        url = self.url(self.shop())
        english = rng.randrange(3)
        if fmt == "text" or not english or rng.randrange(3) == 0:  # the address itself, linked in HTML
            link = self.linked_address(fmt, url, escape)
        else:
            link = self.with_attributes(fmt, rng.choice(self.words["redirect_link_words"]), url)
        if english:
            lang, line = "en", self.phrase(rng.choice(self.words["redirect_lines"]), link, escape, domain=self.host_of(url))
        else:
            lang = rng.choice(sorted(self.words["foreign_redirects"]))
            line = self.phrase(self.words["foreign_redirects"][lang], link, escape)
        head = self.pick("redirect_heads") if lang == "en" else "…"
        return self.block_lines(fmt, escape, head, [line], "redirect-notice", f' lang="{lang}"')

    def hacked_banner(self, fmt: str, escape) -> str:
        """A defacer's banner left on the page: the handle, taunts, greetings and a link (the shop's) to "contact"."""
        rng = self.rng
        shop = self.shop()
        head = self.pick("deface_heads")
        lines = [escape(line) for line in rng.sample([self.fill(t) for t in self.words["deface_lines"]], 2)]
        lines.append(escape(self.pick("deface_greets")))
        lines.append(self.phrase(rng.choice(self.words["deface_contacts"]), self.brand_link(fmt, shop), escape))
        if fmt == "html":
            return (f'<div style="background:#000;color:#0f0;text-align:center;font-family:monospace;padding:20px"><h2>{escape(head)}</h2>'
                    + "".join(f"<p>{line}</p>" for line in lines) + "</div>")
        if fmt == "markdown":
            return f"## {head}\n\n" + "\n\n".join(lines)
        return f"=== {head} ===\n" + "\n".join(lines)

    # -- the shop's own advertising in the page

    def text_ads(self, fmt: str, escape) -> str:
        """A unit of text ads (headline, display address, description), the shop's among other advertisers'."""
        rng = self.rng
        text, url = self.anchor_and_url(shop=self.shop())
        ads = [(title, f"https://{display.split('/')[0]}/", display, desc)
               for title, display, desc in rng.sample(self.words["ad_fillers"], rng.randint(1, 2))]
        display = self.host_of(url).split("/")[0] + "/" + self.slots["service"].split()[0].lower()
        ads.insert(rng.randint(0, len(ads)), (text[:1].upper() + text[1:], url, display, self.pick("ad_descriptions")))
        label = rng.choice(self.words["ad_labels"])
        if fmt == "html":
            units = "".join(f'<div class="ad"><a class="ad-title" href="{html.escape(u)}" rel="sponsored">{escape(t)}</a>'
                            f'<div class="ad-url">{escape(d)}</div><p>{escape(s)}</p></div>' for t, u, d, s in ads)
            return f'<aside class="text-ads"><p class="ad-label">{escape(label)}</p>{units}</aside>'
        if fmt == "markdown":
            return f"*{label}*\n\n" + "\n\n".join(f"**[{t}]({u})**  \n`{d}`  \n{s}" for t, u, d, s in ads)
        return f"{label}\n" + "\n".join(f"{t} - {u}\n{s}" for t, u, d, s in ads)

    def exit_popup(self, fmt: str, escape) -> str:
        """An exit-intent popup: "Wait! Before you go", a discount code for the shop, a button to it and a guilt-trip."""
        rng = self.rng
        url = self.url(self.shop())
        code = re.sub(r"\W", "", self.slots["brand"]).upper()[:6] + self.slots["pct"]
        head, text = self.pick("exit_heads"), self.fill(rng.choice(self.words["exit_texts"]), code=code)
        button, decline = self.pick("exit_buttons"), self.pick("exit_declines")
        if fmt == "html":
            return (f'<div class="exit-intent-modal" role="dialog" aria-modal="true"><button class="close" aria-label="Close">×</button>'
                    f'<h3>{escape(head)}</h3><p>{escape(text)}</p><p class="coupon"><strong>{code}</strong></p>'
                    f'<p>{self.with_attributes(fmt, button, url)}</p><p><small>{escape(decline)}</small></p></div>')
        if fmt == "markdown":
            return f"### {head}\n\n{text}\n\n**`{code}`**\n\n[**{button}**]({url})\n\n*{decline}*"
        return f"{head}\n{text}\n{code}\n{button}: {url}\n{decline}"

    def copy_field(self, fmt: str, escape) -> str:
        """A read-only "copy your link" field: the shop's address only in the input's value, shown in the box."""
        url = self.url(self.shop())
        box = f"ref-{self.slots['id']}"
        return (f'<div class="copy-link"><label for="{box}">{html.escape(self.pick("copy_labels"))}</label> '
                f'<input id="{box}" type="text" readonly value="{html.escape(url)}" size="40"> '
                f'<button type="button">{html.escape(self.pick("copy_buttons"))}</button></div>')

    # -- blocks about another subject

    def lunch_menu(self, fmt: str, escape) -> str:
        return self.ordered_list(fmt, escape, "lunch_heads", "lunch_lines", "lunch_credits", "school-menu", ("- ", ""), 3)

    def mortgage_rates(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        rows = [[self.fill(cell) for cell in row] for row in rng.sample(self.words["mortgage_rows"], rng.randint(3, 5))]
        foot = self.phrase(rng.choice(self.words["mortgage_credits"]), self.brand_link(fmt, shop), escape)
        return self.grid(fmt, escape, self.pick("mortgage_heads"), ["Product", "Rate", "APRC"], rows, foot, "mortgage-rates")

    def league_table(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        teams = rng.sample(self.words["league_teams"], rng.randint(4, 6))
        played = rng.randint(8, 20)
        rows = []
        for team in teams:
            won = rng.randint(0, played)
            drawn = rng.randint(0, played - won)
            rows.append([team, str(played), str(won), str(drawn), str(played - won - drawn), str(3 * won + drawn)])
        rows.sort(key=lambda row: -int(row[-1]))
        rows = [[str(i)] + row for i, row in enumerate(rows, 1)]
        foot = self.phrase(rng.choice(self.words["league_credits"]), self.brand_link(fmt, shop), escape)
        return self.grid(fmt, escape, self.pick("league_heads"), ["Pos", "Team", "P", "W", "D", "L", "Pts"], rows, foot, "league-table")

    def snow_report(self, fmt: str, escape) -> str:
        return self.linked_list(fmt, escape, "snow_heads", "snow_lines", "snow_credits", "snow-report", ("- ", "❄ "))

    def chess_problem(self, fmt: str, escape) -> str:
        rng = self.rng
        shop = self.shop()
        lines = self.words["chess_lines"][:rng.randint(3, len(self.words["chess_lines"]))]
        foot = self.phrase(rng.choice(self.words["chess_credits"]), self.brand_link(fmt, shop), escape)
        return self.headed(fmt, self.pick("chess_heads"), [escape(line) for line in lines], self.SPONSORED.format(cls="chess-column"),
                           ("- ", "♞ "), foot)

    def planning_notices(self, fmt: str, escape) -> str:
        rng = self.rng
        self.shop()
        lines = [self.fill(line) for line in sorted(rng.sample(self.words["planning_lines"], rng.randint(3, 5)))]
        return self.sponsored_list(fmt, escape, "planning_heads", lines, escape(self.pick("planning_sponsors")), "planning-notices")

    def foreign_hours(self, fmt: str, escape) -> str:
        """The shop's opening hours in another language, naming it with a phone."""
        return self.in_a_language(fmt, escape, "foreign_hours", "hours_heads",
                                  ('<div class="opening-hours" lang="{lang}"><h4>{head}</h4><p>{text}</p></div>',
                                   "**{head}**\n\n{text}", "{head}\n{text}"))

    def foreign_radio(self, fmt: str, escape) -> str:
        """A radio schedule in another language, one of its shows the shop's, with its phone."""
        return self.in_a_language(fmt, escape, "foreign_radio", "radio_heads",
                                  ('<aside class="radio-schedule" lang="{lang}"><h4>{head}</h4><p>{text}</p></aside>',
                                   "### {head}\n\n{text}", "{head}:\n{text}"))


# -- placing ---------------------------------------------------------------------------------------------

@dataclass
class Injection:
    kind: str
    fmt: str
    host: str
    source: str
    start: int
    end: int
    snippet: str


def _outside_tags(text: str, pos: int) -> bool:
    return text.rfind("<", 0, pos) <= text.rfind(">", 0, pos)


def _inline_position(source: str, span: tuple[int, int], rng: random.Random) -> int | None:
    """A word boundary inside the paragraph, mid-sentence, not inside a tag or an entity."""
    start, end = span
    text = source[start:end]
    spaces = [m.start() for m in re.finditer(r"(?<=[a-z,]) (?=[a-z])", text)]
    spaces = [p for p in spaces if _outside_tags(text, p) and len(text) * 0.2 < p < len(text) * 0.9]
    if not spaces:
        return None
    return start + rng.choice(spaces) + 1


def inject(host: Host, kind: str, spam: Spam) -> Injection | None:
    rng = spam.rng
    placement = KINDS[kind][2]
    inner = host.paragraphs[1:-1] or host.paragraphs
    snippet = make_snippet(kind, host.fmt, spam)
    if placement == "auto":
        placement = "block" if snippet.startswith(BLOCK_OPENERS) else "inline"
    if placement == "inline":
        candidates = [s for s in inner if len(host.source[s[0]:s[1]].split()) >= 25] or inner
        rng.shuffle(candidates)
        pos = next((p for p in (_inline_position(host.source, s, rng) for s in candidates) if p), None)
        if pos is None:
            return None
        text = snippet + " "
        new = host.source[:pos] + text + host.source[pos:]
        return Injection(kind, host.fmt, host.name, new, pos, pos + len(snippet), snippet)
    # a block of its own after a body paragraph
    _, end = rng.choice(inner)
    if host.fmt == "html":
        close = host.source.find(">", end) + 1  # after the paragraph's closing tag
        is_block_html = snippet.startswith(BLOCK_OPENERS)
        block = snippet if is_block_html else f"<p>{snippet}</p>"
        text = "\n" + block
        offset = close + 1 + (0 if is_block_html else 3)
        new = host.source[:close] + text + host.source[close:]
        return Injection(kind, host.fmt, host.name, new, offset, offset + len(snippet), snippet)
    text = "\n\n" + snippet
    new = host.source[:end] + text + host.source[end:]
    return Injection(kind, host.fmt, host.name, new, end + 2, end + 2 + len(snippet), snippet)


# -- linting and scoring ----------------------------------------------------------------------------------

def _offsets(source: str):
    starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def span(f) -> tuple[int, int]:
        return starts[f.line - 1] + f.column - 1, starts[f.end_line - 1] + f.end_column - 1
    return span


def lint(linter, source: str, name: str, fmt: str) -> list:
    result = linter.lint_source(source, f"{name}{SUFFIX[fmt]}")
    if result.error:
        print(f"{name} ({fmt}): {result.error}", file=sys.stderr)
    return result.findings


def found_at(injection: Injection, findings: list) -> list:
    """Findings of the expected category whose span overlaps the injected text."""
    wanted = KINDS[injection.kind][0]
    span = _offsets(injection.source)
    hits = []
    for f in findings:
        if f.category in wanted:
            start, end = span(f)
            if start < injection.end and end > injection.start:
                hits.append(f)
    return hits


def build(per_cell: int, kinds: list[str], formats: list[str], seed: int = SEED) -> tuple[list[Injection], list[Host]]:
    templates = tomllib.loads((HERE / "inject_templates.toml").read_text(encoding="utf-8"))
    hosts = {fmt: news_hosts(fmt) for fmt in FORMATS}
    hosts["html"] += page_hosts()
    spam = Spam(random.Random(seed), templates, donor_paragraphs())
    injections = []
    for kind in KINDS:
        for fmt in KINDS[kind][1]:
            news = [h for h in hosts[fmt] if h.name.startswith("health-news/")]
            chosen = spam.rng.sample(news, min(per_cell, len(news)))
            chosen += [h for h in hosts[fmt] if h.name.startswith("pages/")]  # always the real web pages
            for host in chosen:
                made = inject(host, kind, spam)
                if made and kind in kinds and fmt in formats:
                    injections.append(made)
    controls = [h for fmt in formats for h in hosts[fmt]]
    return injections, controls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-cell", type=int, default=24, help="health-news hosts per kind and format")
    parser.add_argument("--seed", type=int, default=SEED, help="another draw of hosts, places and spam")
    parser.add_argument("--kind", choices=tuple(KINDS), action="append", help="only this kind (repeatable)")
    parser.add_argument("--format", choices=FORMATS, action="append", help="only this format (repeatable)")
    parser.add_argument("--misses", action="store_true", help="list every injection not found")
    parser.add_argument("--write", metavar="DIR", help="write the injected documents into DIR")
    parser.add_argument("--record", metavar="FILE", default=str(HERE / "cache" / "inject" / "last-run.jsonl"),
                        help="where each injection went and what was found there, one JSON line each "
                             "(default: the git-ignored cache)")
    args = parser.parse_args(argv)
    if not HEALTH_NEWS.is_dir():
        print(f"{HEALTH_NEWS} not found: nothing to inject into", file=sys.stderr)
        return 0

    from lint_med.engine import Linter, Overrides

    linter = Linter(Overrides(isolated=True))
    kinds = args.kind or list(KINDS)
    formats = args.format or list(FORMATS)
    injections, controls = build(args.per_cell, kinds, formats, args.seed)

    table: dict[tuple[str, str], list[int]] = {}
    misses = []
    record = Path(args.record)
    record.parent.mkdir(parents=True, exist_ok=True)
    log = record.open("w", encoding="utf-8")
    for n, inj in enumerate(injections):
        findings = lint(linter, inj.source, inj.host, inj.fmt)
        hit = found_at(inj, findings)
        log.write(json.dumps({"kind": inj.kind, "format": inj.fmt, "host": inj.host, "start": inj.start,
                              "end": inj.end, "snippet": inj.snippet, "found": [f.code for f in hit]}) + "\n")
        cell = table.setdefault((inj.kind, inj.fmt), [0, 0])
        cell[0] += bool(hit)
        cell[1] += 1
        if not hit:
            misses.append((inj, findings))
        if args.write:
            out = Path(args.write) / inj.kind / f"{n:04d}-{inj.host.replace('/', '-')}{SUFFIX[inj.fmt]}"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(inj.source, encoding="utf-8")

    log.close()
    control = {fmt: [0, 0, 0, 0] for fmt in formats}  # documents, with a links error, links, off-topic
    alarms = []
    for host in controls:
        findings = lint(linter, host.source, host.name, host.fmt)
        row = control[host.fmt]
        row[0] += 1
        errors = [f for f in findings if f.category == "links" and f.severity == "error"]
        row[1] += bool(errors)
        row[2] += sum(f.category == "links" for f in findings)
        row[3] += sum(f.category == "off-topic" for f in findings)
        alarms += [(host, f) for f in findings if f.category in ("links", "off-topic")]

    print(f"Injections found where they were put (seed {args.seed}, up to {args.per_cell} health-news hosts "
          f"per cell, plus {len(HEALTH_PAGES)} real health pages in HTML)")
    print(f"{'kind':<18} " + " ".join(f"{fmt:>9}" for fmt in formats) + f" {'all':>9}")
    total, out = [0, 0], [0, 0]
    for kind in kinds:
        cells = []
        row = [0, 0]
        for fmt in formats:
            got, made = table.get((kind, fmt), (0, 0))
            cells.append(f"{got}/{made}" if made else "-")
            row[0] += got
            row[1] += made
        count = out if kind in OUT_OF_SCOPE else total
        count[0] += row[0]
        count[1] += row[1]
        print(f"{kind:<18} " + " ".join(f"{c:>9}" for c in cells) + f" {row[0]}/{row[1]:<5}".rjust(10)
              + ("  (out of scope)" if kind in OUT_OF_SCOPE else ""))
    print(f"{'all':<18} " + " " * (10 * len(formats)) + f" {total[0]}/{total[1]}".rjust(10)
          + ("  (in scope)" if out[1] else ""))
    if out[1]:
        print(f"{'out of scope':<18} " + " " * (10 * len(formats)) + f" {out[0]}/{out[1]}".rjust(10)
              + "  (no reader shown or sent there: OUT_OF_SCOPE)")
    print("\nControls (the same hosts untouched)")
    print(f"{'format':<10} {'docs':>5} {'links-error docs':>17} {'links findings':>15} {'off-topic findings':>19}")
    for fmt, (docs, err, links, off) in control.items():
        print(f"{fmt:<10} {docs:>5} {err:>17} {links:>15} {off:>19}")

    if args.misses:
        for inj, findings in misses:
            near = [f for f in findings if f.category in KINDS[inj.kind][0]]
            print(f"\nMISS  {inj.kind}  {inj.fmt}  {inj.host}  at {inj.start}")
            print(f"  injected: {inj.snippet[:200]}")
            before = " ".join(inj.source[max(0, inj.start - 120):inj.start].split())
            after = " ".join(inj.source[inj.end:inj.end + 80].split())
            print(f"  context:  ...{before} [*] {after}...")
            for f in near:
                print(f"  (elsewhere) {f.line}:{f.column} {f.code} {f.message}")
        for host, f in alarms:
            print(f"\nCONTROL {host.fmt} {host.name} {f.line}:{f.column} {f.code} {f.severity} {f.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
