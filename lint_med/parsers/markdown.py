"""Markdown (CommonMark plus tables) with YAML or TOML front matter."""

from __future__ import annotations

import re

from ..document import Block, Document, Link, TextBuilder, align
from . import bare_links, find_directives, normalize_meta

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)


class FrontMatterError(ValueError):
    """Front matter that does not parse."""


def parse(source: str, path: str, options: dict) -> Document:
    meta, body_start = _front_matter(source)
    # Parse the body with the front matter blanked out, so line numbers hold.
    body = "\n" * source.count("\n", 0, body_start) + source[body_start:]
    tokens = _markdown().parse(body)
    # The same line ends as Document.line_col (markdown-it maps lines after normalising \r\n and \r).
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]

    blocks: list[Block] = []
    links: list[Link] = []
    containers: list[str] = []
    heading_level = 0
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list_item")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "inline" and token.map:
            parent = tokens[index - 1].type if index else ""
            kind = ("heading" if parent == "heading_open"
                    else "table_cell" if parent in ("th_open", "td_open")
                    else containers[-1] if containers else "paragraph")
            start = line_starts[token.map[0]]
            end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(source)
            block, block_links = _inline_block(token, source, start, end, kind)
            if block is not None:
                block.level = heading_level if kind == "heading" else 0
                blocks.append(block)
                links.extend(block_links)

    doc = Document(path=path, format="markdown", source=source, blocks=blocks,
                   meta=meta, directives=find_directives(source, plain_text=False),
                   has_structured_meta=body_start > 0)
    doc.title = meta.get("title") or next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    linked = {(link.start, link.end) for link in links}
    doc.links = sorted(links + bare_links(blocks, linked), key=lambda link: link.start)
    return doc


def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _front_matter(source: str) -> tuple[dict, int]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, 0
    text = match.group(2)
    try:
        if match.group(1) == "+++":
            import tomllib

            raw = tomllib.loads(text)
        else:
            import yaml

            raw = yaml.safe_load(text) or {}
    except Exception as exc:  # yaml.YAMLError, tomllib.TOMLDecodeError
        reason = str(exc).splitlines()[0]
        raise FrontMatterError(f"front matter does not parse: {reason}") from exc
    if not isinstance(raw, dict):
        raise FrontMatterError("front matter is not a table of keys and values")
    return normalize_meta(raw, {}), match.end()


def _inline_block(token, source: str, start: int, end: int, kind: str):
    builder = TextBuilder()
    links: list[Link] = []
    cursor = start
    open_link: dict | None = None
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            offsets, cursor = align(source, child.content, cursor, end)
            if open_link is not None and offsets:
                open_link.setdefault("start", offsets[0])
                open_link["end"] = offsets[-1] + 1
                open_link["text"] += child.content
            builder.add(child.content, offsets)
        elif child.type in ("softbreak", "hardbreak"):
            builder.space()
        elif child.type == "link_open":
            open_link = {"url": str(child.attrs.get("href", "")), "text": "", "tag_at": cursor}
        elif child.type == "link_close" and open_link is not None:
            span_start = open_link.get("start", open_link["tag_at"])
            links.append(Link(open_link["url"], open_link["text"].strip(), span_start,
                              open_link.get("end", span_start + 1)))
            open_link = None
    if not builder:
        return None, []
    text, offsets = builder.build()
    block = Block(text=text, offsets=offsets, kind=kind)
    for link in links:
        link.block = block
    return block, links
