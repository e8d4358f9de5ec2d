"""LM203's promotion of another subject, placed into real health articles of ../shared.

The promotional blocks and the clean counterparts are our own text; the articles are read from
../shared/corpus/health-news at test time (skipped when absent) and never copied here. Each block
goes into the article's body as a paragraph of plain text, Markdown or HTML (a list too)."""

import html
from pathlib import Path

import pytest

from lint_med.engine import Linter, Overrides
from lint_med_core._topic import topic_model
from lint_med_core.offtopic import _pitches, off_topic_paragraph, pitch_signs, promotional_block

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "health-news"

PROMOTIONS = [
    "Looking for the perfect sofa? Visit Harwick Home Furnishings this weekend and save 30% on every sectional, "
    "recliner and ottoman in stock. Free delivery on orders over $499. Shop online at harwickhome.example today!",
    "Need cash fast? QuickBridge Loans approves personal loans up to $5,000 in minutes, even with bad credit. "
    "Apply now, no paperwork and no hidden fees. Get your money as soon as tomorrow at quickbridge.example.",
    "Spin to win at Lucky Lagoon! New players get 200 free spins and a 100% match bonus on their first deposit. "
    "Join tonight and play the hottest slots from your phone.",
    "Struggling with your term paper? Our expert writers deliver original essays, dissertations and lab reports on "
    "any subject, on time, from just $12 a page. Use code SCHOLAR15 at checkout.",
    "Discover the Amalfi coast with SunVista Travel: seven nights in a seaside hotel, flights and transfers "
    "included, from only £799 per person. Book before Friday and kids stay free. Limited rooms left!",
    "Upgrade your workflow with TaskPilot, the best project management software for small teams. Try it free for "
    "30 days, no credit card required. Download TaskPilot now and see why 50,000 companies love it.",
    "Our handcrafted leather wallets are made to last a lifetime. Order yours from Brennan & Co. and get free "
    "engraving with every purchase. Visit our shop on Market Street or email orders@brennanco.example.",
    "Sell your car in 24 hours. AutoSwift buys any make or model, any condition, and pays cash on the spot. Get "
    "your free instant quote at autoswift.example or call 1-800-555-0199.",
    "Learn Spanish in just 10 minutes a day with Hablo, the award-winning language app trusted by millions. "
    "Download it free from the App Store and unlock premium lessons with the promo code HOLA50.",
    "Protect your home with SecureNest smart cameras. Crystal-clear 4K video, night vision and instant alerts on "
    "your phone. Order today and get professional installation free. Call our team at (555) 014-2231.",
    "Find your dream home with Parkline Realty. Browse hundreds of listings, book a viewing online and talk to "
    "our agents seven days a week. Visit parkline.example to start your search today.",
    "Claim your exclusive welcome bonus at Royal Ace Poker: deposit $20, play with $60, and cash out your "
    "winnings instantly at royalace.example.",
    # a banner: it does not address the reader, it shows a price, an address and an urgency
    "Northgate Tyres: all-season tyres from $59 fitted, this weekend at northgatetyres.example.",
    "The new Zenphone X12 is here: a 6.7-inch display, a 50MP camera and all-day battery life, starting at "
    "just $599. Pre-order now at zenphone.example and get free earbuds.",
]
# A list of selling points, as a sidebar box: one finding for the list.
PROMOTION_LIST = ["Summer clearance at Oakfield Garden Centre", "Patio sets and barbecues from $149",
                  "Free local delivery this weekend only", "Visit oakfieldgarden.example or call (555) 014-7720"]

# Blocks that are no promotion of another subject: a health service's line, a charity's appeal, a
# news report on a company's price, a health newsletter, a reader's next steps.
CLEAN = [
    "If you have questions about your treatment, call your doctor or the NHS 111 helpline today, or visit "
    "a pharmacy near you for advice.",
    "Your gift of $25 today funds a week of research into childhood cancers. Donate now at childrescharity.example "
    "and help us reach more families.",
    "The company said the new home test kit will sell for $49 in pharmacies and online at its website from "
    "March, and that insurers were expected to cover part of the cost.",
    "Sign up for our free weekly health newsletter to get the latest medical research delivered to your inbox.",
]


def _articles():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/health-news absent")
    return sorted(CORPUS.glob("*.txt"))[::15]


def _render(title: str, paragraphs: list, fmt: str) -> str:
    if fmt == "txt":
        return title + "\n\n" + "\n\n".join(p if isinstance(p, str) else "\n".join(p)
                                             for p in paragraphs) + "\n"
    if fmt == "md":
        return f"# {title}\n\n" + "\n\n".join(p if isinstance(p, str) else "\n".join(f"- {i}" for i in p)
                                            for p in paragraphs) + "\n"
    body = "\n".join(f"<p>{html.escape(p)}</p>" if isinstance(p, str) else
                     "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in p) + "</ul>" for p in paragraphs)
    return f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>" \
           f"\n{body}\n</article></body></html>"


def _findings(path: Path, block, fmt: str):
    """(LM203 messages on the inserted block, LM202 messages on it), the block placed after the
    article's third paragraph."""
    title, *paragraphs = [p.strip() for p in path.read_text().split("\n\n") if p.strip()]
    paragraphs.insert(min(3, len(paragraphs)), block)
    doc = Linter(Overrides(isolated=True)).parse(_render(title, paragraphs, fmt), f"article.{fmt}")
    first = block if isinstance(block, str) else block[0]
    at = [b for b in doc.blocks if b.text.startswith(first[:30])]

    def on_block(rule):
        return [h.message for h in rule.run(doc, {**rule.defaults(), "pack": {}}) if h.at in at]

    return on_block(promotional_block), on_block(off_topic_paragraph)


def test_promotions_of_other_subjects_are_found_in_real_articles():
    articles = _articles()
    missed = []
    for number, promotion in enumerate([*PROMOTIONS, PROMOTION_LIST]):
        for place, path in enumerate(articles):
            fmt = ("txt", "md", "html")[(number + place) % 3]
            promoted, _ = _findings(path, promotion, fmt)
            if not promoted:
                missed.append((path.name, fmt, str(promotion)[:40]))
    # a pitch worded with the article's own recurring words reads as its subject: a miss or two
    assert len(missed) <= 2, missed


@pytest.mark.parametrize("clean", CLEAN, ids=["health-line", "charity-appeal", "news-on-a-price", "newsletter"])
def test_clean_counterparts_are_not_reported(clean):
    for place, path in enumerate(_articles()):
        fmt = ("txt", "md", "html")[place % 3]
        promoted, pasted = _findings(path, clean, fmt)
        assert not [m for m in promoted if "not about" in m], (path.name, fmt, promoted)


def test_a_pitch_needs_an_offer_or_a_way_to_order():
    doc = Linter(Overrides(isolated=True)).parse("Title\n\nText.\n", "a.txt")
    assert _pitches(pitch_signs(doc, "Order today and get free shipping on every bottle."))
    # an author's line: a call to action and an address, nothing offered
    assert not _pitches(pitch_signs(doc, "Jane Roe covers health. Follow her on Twitter or email jane@news.example."))
    # a health service's line
    assert not _pitches(pitch_signs(doc, "Medical problem? Call 1800 000 000 for advice, day or night."))
