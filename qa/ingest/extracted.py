"""What a format reader gives cleaning: the text, and what the file itself says about its lines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """A file's text; `pages` are the offsets in `text` where each PDF page starts (empty otherwise);
    `headings` the lines the file itself marks as headings (Markdown #, HTML h1–h6, Word heading styles),
    which cleaning never joins to the line after (a short title above a short first paragraph); `items` the
    lines it marks as list items (Markdown and HTML lists, Word's list paragraphs), which cleaning never joins
    either: "自然科学奖 32项" and "技术发明奖 28项", both short and unpunctuated, would read as one line."""

    text: str
    pages: tuple[int, ...] = ()
    headings: frozenset[str] = frozenset()
    items: frozenset[str] = frozenset()
