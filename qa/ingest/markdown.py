"""Markdown read as a reader sees it rendered: one line per paragraph, list item and table row.

Parsed with markdown-it-py (CommonMark plus GitHub's tables and strikethrough), not with line patterns:
a pipe table's delimiter row ("|:---|---:|") is no row of it, list items that end in no punctuation
("- 自然科学奖 32项") are items of their own and not one wrapped line, and the marks of headings,
emphasis, quotes and links go while their words stay. Blocks are set apart by a blank line, as cleaning
expects of paragraphs; a paragraph's own line breaks are kept, for cleaning to join wrapped lines as in
any text file; a table's rows are written with " | " as every table is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from qa.ingest.extracted import Extracted

#: Bold or emphasis marks CommonMark leaves standing in Chinese: a closing "**" after punctuation must be
#: followed by a space or punctuation, so "**1.打造科创谷。**以弋江区为核心区" keeps its marks. The words stay.
_STRONG = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
#: Block tokens whose text is their `content` (code, and HTML blocks read for their text).
_LITERAL = ("fence", "code_block", "html_block")


@dataclass
class _Writer:
    """The blocks written so far, and the row being written when inside a table."""

    blocks: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    rows: list[str] | None = None
    cells: list[str] | None = None
    in_heading: bool = False
    #: Whether the next paragraph opens a list item (its first line is the item's line).
    in_item: bool = False
    #: The number and mark of the ordered list item whose first line comes next ("3. "); a bullet goes, so
    #: the item reads as its words.
    marker: str = ""


def markdown_text(source: str) -> Extracted:
    """The text of a Markdown document, its headings' words and its list items."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    out = _Writer()
    for token in parser.parse(source):
        _take(token, out)
    text = "\n\n".join(b for b in out.blocks if b.strip())
    return Extracted(text, headings=frozenset(h for h in out.headings if h), items=frozenset(i for i in out.items if i))


def _take(token: Token, out: _Writer) -> None:
    kind = token.type
    if kind in ("heading_open", "heading_close"):
        out.in_heading = kind == "heading_open"
    elif kind == "list_item_open":
        out.marker = f"{token.info}{token.markup} " if token.info else ""
        out.in_item = True
    elif kind == "table_open":
        out.rows = []
    elif kind == "table_close":
        out.blocks.append("\n".join(out.rows or []))
        out.rows = None
    elif kind == "tr_open":
        out.cells = []
    elif kind == "tr_close" and out.rows is not None:
        out.rows.append(" | ".join(out.cells or []))
        out.cells = None
    elif kind == "inline":
        _inline(token, out)
    elif kind in _LITERAL:
        out.blocks.append(_html_words(token.content) if kind == "html_block" else token.content.rstrip("\n"))


def _inline(token: Token, out: _Writer) -> None:
    """A paragraph, heading or table cell: its words, with the item marker of the list item it opens."""
    words = _STRONG.sub(r"\2", _words(token.children or []))
    if out.cells is not None:  # a bar escaped inside a cell ("PDF\|OFD") would end it, as in Word's and PDF's
        out.cells.append(" ".join(words.split()).replace("|", "｜"))
        return
    if out.in_heading:
        out.headings.append(words.strip())
    line = out.marker + words
    if out.in_item:
        out.items.append(line.split("\n")[0].strip())
    out.blocks.append(line)
    out.marker, out.in_item = "", False


def _words(children: Sequence[Token]) -> str:
    """Inline tokens as text: marks go, a line break stays a line break, an image leaves its alt text."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_words(child.children or []))
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            parts.append("\n")
    return "".join(parts)


def _html_words(html: str) -> str:
    """The text of an HTML block inside Markdown (a `<table>` pasted in is rare; its words are kept)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        return str(lxml.html.fromstring(html).text_content()).strip()
    except (ParserError, ValueError):
        return ""
