"""A self-contained HTML page for editors: each article's text with its flagged passages marked.

The page needs nothing from the network: inline CSS, system fonts, no script. Everything that
comes from an article (its text, its path, messages that quote it) is escaped, and the page's
Content-Security-Policy forbids scripts as well, so hostile markup in an article shows as text.

The article's text is ``FileResult.document`` (the blocks as linted, with their source
offsets); a finding is placed on the characters whose source offsets fall within its span.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import escape

from ..rules import SEVERITIES

_BY_WEIGHT = tuple(reversed(SEVERITIES))  # error, warning, info
_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}


@dataclass(eq=False)
class _Item:
    """A finding as this page shows it."""

    finding: object
    number: int  # 1-based, as listed
    key: str  # unique in the page: "<file>-<number>"
    whole_article: bool = False
    marked: bool = False  # some of its text is marked in the article

    @property
    def mark_id(self) -> str:
        return f"mark-{self.key}"

    @property
    def item_id(self) -> str:
        return f"finding-{self.key}"


def render(report) -> str:
    parts = [_HEAD, '<header class="top">', _summary(report), "</header>", "<main>"]
    for index, result in enumerate(report.files, start=1):
        parts.append(_file_section(result, index, report.rules))
    used = sorted({f.code for f in report.findings if f.code in report.rules})
    if used:
        parts.append('<section class="rules"><h2>About the rules</h2>')
        parts.extend(_rule_doc(report.rules[code]) for code in used)
        parts.append("</section>")
    parts.append(f'</main><footer>lint-med {escape(report.version)}</footer></body></html>\n')
    return "\n".join(parts)


# -- summary ------------------------------------------------------------------


def _summary(report) -> str:
    counts = report.counts()
    total = sum(counts.values())
    files = len(report.files)
    lines = ["<h1>lint-med report</h1>"]
    flagged = sum(1 for r in report.files if r.findings)
    lines.append(f'<p class="lead">{_plural(total, "finding")} in {flagged} of {_plural(files, "file")}'
                 + (" &middot; this run fails the check" if report.failed() else "") + "</p>")
    chips = "".join(f'<span class="chip {"sev-" + s if counts[s] else "zero"}">{counts[s]} {_LABEL[s].lower()}{"s" if counts[s] != 1 else ""}'
                    f"</span>" for s in _BY_WEIGHT)
    lines.append(f'<p class="chips">{chips}</p>')
    by_category = Counter((f.category, f.severity) for f in report.findings)
    if by_category:
        categories = sorted({c for c, _ in by_category}, key=lambda c: -sum(by_category[c, s] for s in SEVERITIES))
        rows = "".join(
            f"<tr><th scope=row>{escape(c)}</th>"
            + "".join(f'<td class="{"sev-" + s if by_category[c, s] else "zero"}">{by_category[c, s]}</td>'
                      for s in _BY_WEIGHT) + "</tr>"
            for c in categories)
        head = "".join(f"<th scope=col>{_LABEL[s]}s</th>" for s in _BY_WEIGHT)
        lines.append(f'<table class="counts"><thead><tr><th scope=col>Category</th>{head}</tr></thead>'
                     f"<tbody>{rows}</tbody></table>")
    if len(report.files) > 1:
        links = "".join(f'<li><a href="#file-{i}">{escape(r.path)}</a> '
                        f'<span class="muted">{_plural(len(r.findings), "finding")}'
                        f'{" · could not be linted" if r.error else ""}</span></li>'
                        for i, r in enumerate(report.files, start=1))
        lines.append(f'<ul class="files">{links}</ul>')
    return "\n".join(lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


# -- one file ----------------------------------------------------------------------


def _file_section(result, index: int, rules) -> str:
    items = [_Item(f, n, f"{index}-{n}") for n, f in enumerate(result.findings, start=1)]
    head = (f'<section class="file" id="file-{index}"><h2 class="path">{escape(result.path)}</h2>')
    if result.error:
        return head + f'<p class="problem">This file could not be linted: {escape(result.error)}</p></section>'
    if result.notice:
        return head + f'<p class="muted">{escape(result.notice)}</p></section>'
    doc = result.document
    if doc is None:
        article = '<p class="muted">The article\'s text is not available; the findings are listed beside.</p>'
    else:
        article = _article(doc, items)
    return (head + '<div class="columns"><article class="article">' + article + "</article>"
            + _findings_list(items, rules) + "</div></section>")


def _article(doc, items: list[_Item]) -> str:
    anchor = doc.anchor_span()
    runs_by_block: dict[int, list[tuple[int, int, _Item]]] = {}
    ranges = [(min(b.offsets), max(b.offsets) + 1) if b.offsets else (0, 0) for b in doc.blocks]
    for item in items:
        start, end = _source_span(doc, item.finding)
        # The engine puts findings about the whole article on its anchor (Document.anchor_span).
        if (start, end) == anchor:
            item.whole_article = True
            continue
        for block, (low, high) in zip(doc.blocks, ranges):
            if low < end and start < high:
                for run in _runs(block.offsets, start, end):
                    runs_by_block.setdefault(block.index, []).append((*run, item))
                    item.marked = True
    parts = []
    whole = [i for i in items if i.whole_article]
    if whole:
        parts.append('<div class="whole"><h3>About the whole article</h3><ul>')
        parts.extend(f'<li class="sev-{i.finding.severity}"><a href="#{i.item_id}" class="ref sev-{i.finding.severity}">'
                     f"{i.number}</a> {escape(i.finding.message)}</li>" for i in whole)
        parts.append("</ul></div>")
    if not doc.blocks:
        parts.append('<p class="muted">No article text was found in this file.</p>')
    open_list = False
    for block in doc.blocks:
        if block.kind == "list_item" and not open_list:
            parts.append("<ul>")
        elif block.kind != "list_item" and open_list:
            parts.append("</ul>")
        open_list = block.kind == "list_item"
        parts.append(_block_html(block, runs_by_block.get(block.index, [])))
    if open_list:
        parts.append("</ul>")
    return "\n".join(parts)


def _source_span(doc, finding) -> tuple[int, int]:
    starts = doc.line_starts

    def offset(line: int, column: int) -> int:
        line = min(max(line, 1), len(starts))
        return starts[line - 1] + column - 1

    start = offset(finding.line, finding.column)
    return start, max(offset(finding.end_line, finding.end_column), start + 1)


def _runs(offsets: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a block's text whose source offsets are within [start, end)."""
    runs, begin = [], None
    for i, offset in enumerate(offsets):
        inside = start <= offset < end
        if inside and begin is None:
            begin = i
        elif not inside and begin is not None:
            runs.append((begin, i))
            begin = None
    if begin is not None:
        runs.append((begin, len(offsets)))
    return runs


_TAGS = {"heading": None, "paragraph": "p", "list_item": "li", "quote": "blockquote",
         "table_cell": "p", "caption": "p"}


def _block_html(block, runs: list[tuple[int, int, _Item]]) -> str:
    if block.kind == "heading":
        tag = f"h{min(block.level + 2, 6)}" if block.level else "h3"
    else:
        tag = _TAGS.get(block.kind) or "p"
    css = f' class="{block.kind.replace("_", "-")}"' if block.kind in ("table_cell", "caption") else ""
    return f"<{tag}{css}>{_marked(block.text, runs)}</{tag}>"


def _marked(text: str, runs: list[tuple[int, int, _Item]]) -> str:
    """The text, escaped, with each run inside a <mark> (nested where findings overlap)."""
    if not runs:
        return escape(text)
    first = {}
    last = {}
    for start, end, item in runs:
        first[item.key] = min(first.get(item.key, start), start)
        last[item.key] = max(last.get(item.key, end), end)
    cuts = sorted({0, len(text), *(s for s, _, _ in runs), *(e for _, e, _ in runs)})
    out, ending = [], []
    for a, b in zip(cuts, cuts[1:]):
        active = [item for s, e, item in runs if s <= a and b <= e]
        # The heaviest severity innermost, so its colour is the one seen.
        active.sort(key=lambda i: SEVERITIES.index(i.finding.severity))
        piece = escape(text[a:b])
        for item in reversed(active):
            f = item.finding
            identity = f' id="{item.mark_id}"' if first[item.key] == a else ""
            title = escape(f"{f.code} {f.name} ({f.severity}): {f.message}", quote=True)
            piece = (f'<mark class="sev-{f.severity}"{identity} data-code="{escape(f.code, quote=True)}" '
                     f'data-finding="{item.key}" title="{title}">{piece}</mark>')
        out.append(piece)
        ending.extend(i for i in active if last[i.key] == b and i not in ending)
        # The numbers that link to the list go after the whole marked stretch, not inside it.
        if ending and not any(s <= b < e for s, e, _ in runs):
            out.extend(f'<a class="ref sev-{i.finding.severity}" href="#{i.item_id}" '
                       f'aria-label="finding {i.number}">{i.number}</a>'
                       for i in sorted(ending, key=lambda i: i.number))
            ending = []
    return "".join(out)


def _findings_list(items: list[_Item], rules) -> str:
    if not items:
        return '<aside class="findings"><p class="clean">No problems found.</p></aside>'
    out = [f'<aside class="findings"><h3>{_plural(len(items), "finding")}</h3><ol>']
    for item in items:
        f = item.finding
        if item.whole_article:
            where = "the whole article"
        elif item.marked:
            where = f'<a href="#{item.mark_id}">line {f.line}</a>'
        else:
            where = f"line {f.line} (not in the text shown)"
        rule = rules.get(f.code)
        todo = f.suggestion or (rule.summary if rule else "")
        name = (f'<a href="#rule-{escape(f.code, quote=True)}">{escape(f.name)}</a>' if rule else escape(f.name))
        out.append(
            f'<li id="{item.item_id}" class="sev-{f.severity}">'
            f'<div class="meta"><span class="num">{item.number}</span>'
            f'<span class="badge sev-{f.severity}">{_LABEL[f.severity]}</span>'
            f'<code>{escape(f.code)}</code> {name} <span class="where">{where}</span></div>'
            f'<p class="message">{escape(f.message)}</p>'
            + (f'<p class="todo"><strong>What to do:</strong> {escape(todo)}</p>' if todo else "")
            + "</li>")
    out.append("</ol></aside>")
    return "".join(out)


# -- rule documentation ------------------------------------------------------------


def _rule_doc(rule) -> str:
    code = escape(rule.code, quote=True)
    return (f'<section class="rule" id="rule-{code}"><h3>{escape(rule.code)} {escape(rule.name)}</h3>'
            f'<p class="muted">{escape(rule.category)} · default severity {escape(rule.severity)} · '
            f"pack {escape(rule.pack)}</p>{_doc_html(rule.doc)}</section>")


def _doc_html(doc: str) -> str:
    """A rule's docstring (a little Markdown: ## headings, ``` fences, `code`), escaped."""
    out, paragraph, fence = [], [], None
    for line in doc.splitlines():
        if fence is not None:
            if line.strip().startswith("```"):
                out.append(f"<pre>{escape(chr(10).join(fence))}</pre>")
                fence = None
            else:
                fence.append(line)
            continue
        if line.strip().startswith("```") or line.startswith("## ") or not line.strip():
            if paragraph:
                out.append(f"<p>{_inline(' '.join(paragraph))}</p>")
                paragraph = []
        if line.strip().startswith("```"):
            fence = []
        elif line.startswith("## "):
            out.append(f"<h4>{_inline(line[3:])}</h4>")
        elif line.strip():
            paragraph.append(line.strip())
    if fence is not None:
        out.append(f"<pre>{escape(chr(10).join(fence))}</pre>")
    if paragraph:
        out.append(f"<p>{_inline(' '.join(paragraph))}</p>")
    return "".join(out)


def _inline(text: str) -> str:
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text))


_CSS = """
:root{--error:#b42318;--error-bg:#fde2df;--warning:#9a6700;--warning-bg:#fff1c2;--info:#0b63c4;
--info-bg:#dcecff;--line:#d8dee4;--muted:#5b6470;--paper:#fff;--ground:#f4f5f7}
*{box-sizing:border-box}
body{margin:0;background:var(--ground);color:#1f2328;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:var(--paper);border-bottom:1px solid var(--line);padding:20px 32px}
h1{font-size:24px;margin:0 0 4px}
.lead{margin:0 0 10px;color:var(--muted)}
.chips{margin:0 0 12px}
.chip{display:inline-block;padding:2px 10px;border-radius:999px;margin-right:6px;font-weight:600;font-size:13px}
.chip.sev-error,.badge.sev-error{background:var(--error-bg);color:var(--error)}
.chip.sev-warning,.badge.sev-warning{background:var(--warning-bg);color:var(--warning)}
.chip.sev-info,.badge.sev-info{background:var(--info-bg);color:var(--info)}
.chip.zero{background:#eceef1;color:var(--muted)}
table.counts{border-collapse:collapse;font-size:13px}
table.counts th,table.counts td{border:1px solid var(--line);padding:3px 10px;text-align:right}
table.counts th[scope=row]{text-align:left;font-weight:500}
table.counts td.zero{color:#aab1ba}
table.counts td.sev-error{color:var(--error);font-weight:700}
table.counts td.sev-warning{color:var(--warning);font-weight:700}
table.counts td.sev-info{color:var(--info);font-weight:700}
ul.files{margin:12px 0 0;padding-left:20px;font-size:14px}
main{padding:8px 32px 32px}
section.file{margin-top:20px}
h2.path{font:600 15px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0 0 10px;
overflow-wrap:anywhere}
.columns{display:grid;grid-template-columns:minmax(0,46em) minmax(300px,1fr);gap:24px;align-items:start}
@media (max-width:1000px){.columns{grid-template-columns:1fr}}
article.article{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:28px 40px;
font:18px/1.7 Georgia,"Times New Roman",Times,serif;overflow-wrap:break-word}
article h3,article h4,article h5,article h6{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;
line-height:1.3;margin:1.4em 0 .5em}
article h3{font-size:26px}article h4{font-size:21px}article h5,article h6{font-size:18px}
article p,article li,article blockquote{margin:0 0 .9em}
article>:first-child{margin-top:0}
article blockquote{border-left:3px solid var(--line);padding-left:14px;color:#3d444d}
article .caption{font-size:15px;color:var(--muted)}
mark{color:inherit;padding:1px 0;border-radius:2px}
mark.sev-error{background:var(--error-bg);border-bottom:2px solid var(--error)}
mark.sev-warning{background:var(--warning-bg);border-bottom:2px solid #d4a72c}
mark.sev-info{background:var(--info-bg);border-bottom:2px solid var(--info)}
mark:target{outline:3px solid #1f2328;outline-offset:2px}
a.ref{display:inline-block;min-width:1.5em;margin-left:2px;padding:0 4px;border-radius:9px;
font:700 11px/1.6 system-ui,Arial,sans-serif;text-align:center;vertical-align:super;text-decoration:none;color:#fff}
a.ref.sev-error{background:var(--error)}a.ref.sev-warning{background:#bf8700}a.ref.sev-info{background:var(--info)}
.whole{border:1px solid var(--line);border-radius:6px;background:#fafbfc;padding:10px 16px;margin-bottom:20px;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif}
.whole h3{font-size:14px;margin:0 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.whole ul{margin:0;padding-left:0;list-style:none}.whole li{margin:4px 0}
aside.findings{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:12px 0;
position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
aside.findings h3{font-size:14px;margin:0;padding:0 16px 8px;border-bottom:1px solid var(--line);
text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
aside.findings ol{list-style:none;margin:0;padding:0}
aside.findings li{padding:10px 16px;border-bottom:1px solid #eef0f2;border-left:4px solid transparent}
aside.findings li.sev-error{border-left-color:var(--error)}
aside.findings li.sev-warning{border-left-color:#d4a72c}
aside.findings li.sev-info{border-left-color:var(--info)}
aside.findings li:target{background:#f6f8fa}
.meta{font-size:13px;display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.meta .num{font-weight:700;color:var(--muted)}
.badge{padding:0 8px;border-radius:4px;font-weight:600;font-size:12px}
.meta code{font-size:12px;color:var(--muted)}
.meta .where{margin-left:auto;color:var(--muted)}
.message{margin:4px 0 2px;font-weight:500}
.todo{margin:2px 0 0;color:#3d444d;font-size:14px}
.clean{padding:0 16px;color:#1a7f37;font-weight:600}
.muted{color:var(--muted)}
.problem{color:var(--error);font-weight:600}
section.rules{margin-top:40px;max-width:60em}
section.rule{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:4px 24px 12px;
margin:12px 0}
section.rule h4{margin:14px 0 4px;font-size:15px}
pre{background:#f6f8fa;padding:8px 12px;border-radius:6px;white-space:pre-wrap;font-size:13px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
footer{padding:16px 32px;color:var(--muted);font-size:13px}
"""

_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    # No script, no request: whatever got into the page could not run or call out.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    f"<title>lint-med report</title><style>{_CSS}</style></head><body>"
)
