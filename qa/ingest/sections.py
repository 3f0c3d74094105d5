"""Heading recognition and the section tree of a cleaned document.

Chinese policy texts number their headings in several conventions (一、 /
（一） / 1. / ■ / 第X章 …) and nest them in whatever order the author chose.
So the nesting is learned per document: a heading style seen for the first
time becomes a child of the current section; a style already on the stack
closes everything below it and becomes its sibling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_CN_NUM = "一二三四五六七八九十百零〇两"

#: (kind, pattern) in priority order; each pattern matches the start of a line.
HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[{_CN_NUM}\d]+章")),
    ("part", re.compile(rf"^第[{_CN_NUM}\d]+[节節]")),
    ("article", re.compile(rf"^第[{_CN_NUM}\d]+[条條](?![件例])")),
    # 壹、貳、參: the formal numerals Taiwan's official documents number their top level with, above 一、
    ("cn_formal", re.compile(r"^[壹贰貳叁參肆伍陆陸柒捌玖拾]+、")),
    ("cn_num", re.compile(rf"^[{_CN_NUM}]+、")),
    ("cn_shi", re.compile(rf"^[{_CN_NUM}]+是(?=\S{{4,}}[。；，])")),
    ("cn_paren", re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    ("arabic", re.compile(r"^\d{1,2}[.．、](?![\d%])")),
    ("arabic_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("marker", re.compile(r"^[■□◆◇●▲►◎]")),
    ("table", re.compile(r"^表\s*[\d〓]+")),
)

#: Sentence-final punctuation: a line ending in one of these is complete.
TERMINAL = "。！？；：!?;:…”」』"
#: The numbering of laws and regulations (GB/T 9704, 立法技术规范), largest first: a chapter, section or
#: article opens a text of its own, as when a notice's "一、征求意见时间 / 二、反馈方式" is followed by the draft
#: it asks about, and is never the child of the notice's "（三）电话：…".
_LEGAL = ("chapter", "part", "article")
#: Kinds that never become parents of numbered headings.
_LEAF_KINDS = {"title"}
_TITLE_MAX = 40
_PARAGRAPH_MIN = 25
_BYLINE = re.compile(r"(记者|記者|通讯员|通訊員|编辑|編輯)")
_DATE = re.compile(r"^\d{4}年\d{1,2}月(\d{1,2}日)?$")


#: What ends a heading line cut short (`heading_title`).
ELLIPSIS = "…"
#: Between the headings of a section path ("三、产业共聚 > （三）促进科技型企业量质齐增").
SECTION_SEPARATOR = " > "


@dataclass
class Section:
    """A heading and the text it governs.

    `start`/`end` cover the heading line and all its descendants;
    `body_end` is where the section's *own* text stops (its first child or
    next heading), which is what the chunker cuts.
    """

    id: int
    kind: str
    level: int
    title: str
    start: int
    body_end: int
    end: int
    parent: int | None
    path: tuple[str, ...]
    children: list[int] = field(default_factory=list)

    @property
    def path_text(self) -> str:
        return SECTION_SEPARATOR.join(self.path)


def is_table_row(line: str) -> bool:
    return line.count("|") >= 2


def heading_kind(line: str) -> str | None:
    """The numbering style of a heading line, or None for body text."""
    if is_table_row(line):
        return None
    for kind, pattern in HEADING_PATTERNS:
        if pattern.match(line):
            if kind == "table" and (len(line) > 60 or "。" in line):
                return None
            return kind
    return None


def heading_marker(line: str) -> int:
    """How many characters of `line` its heading number takes ("（一）", "1.", "第三条"): 0 for body text."""
    kind = heading_kind(line)
    pattern = next((p for k, p in HEADING_PATTERNS if k == kind), None)
    found = pattern.match(line) if pattern is not None else None
    return found.end() if found is not None else 0


def heading_title(line: str) -> str:
    """The heading's own words: up to the first full stop, at most 60 characters."""
    head = re.split(r"[。！？；]", line, maxsplit=1)[0].strip()
    return head if len(head) <= 60 else head[:59] + ELLIPSIS


def _is_one_line_title(line: str, following: str | None) -> bool:
    """A short unpunctuated line standing alone before a paragraph, e.g. a subtitle."""
    if following is None or len(line) > _TITLE_MAX or is_table_row(line):
        return False
    if any(ch in line for ch in "。；，,") or line[-1] in TERMINAL or _BYLINE.search(line) or _DATE.match(line):
        return False
    return len(following) >= _PARAGRAPH_MIN or heading_kind(following) is not None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def parse_sections(text: str) -> list[Section]:
    """Build the section tree of a cleaned document (sections in reading order)."""
    lines = [(off, line) for off, line in _lines(text) if line.strip()]
    sections: list[Section] = []
    stack: list[Section] = []
    for i, (offset, line) in enumerate(lines):
        following = lines[i + 1][1] if i + 1 < len(lines) else None
        kind = heading_kind(line)
        if kind is None and _is_one_line_title(line, following):
            kind = "title"
        if kind is None:
            continue
        if kind not in _LEAF_KINDS:
            while stack and stack[-1].kind in _LEAF_KINDS:
                stack.pop()
        if kind in _LEGAL:  # a 第X章/节/条 is under no other numbering, only under a larger 第X章/节
            while stack and not (stack[-1].kind in _LEGAL and _LEGAL.index(stack[-1].kind) < _LEGAL.index(kind)):
                stack.pop()
        kinds = [s.kind for s in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        parent = stack[-1] if stack else None
        title = heading_title(line)
        section = Section(
            id=len(sections),
            kind=kind,
            level=len(stack) + 1,
            title=title,
            start=offset,
            body_end=len(text),
            end=len(text),
            parent=parent.id if parent else None,
            path=(*(parent.path if parent else ()), title),
        )
        if parent:
            parent.children.append(section.id)
        sections.append(section)
        stack.append(section)
    _set_ends(sections, len(text))
    return sections


def _set_ends(sections: list[Section], text_end: int) -> None:
    """A section's own text stops at the next heading; its subtree at the next non-descendant."""
    for i, section in enumerate(sections):
        later = sections[i + 1 :]
        section.body_end = later[0].start if later else text_end
        section.end = next((s.start for s in later if s.level <= section.level), text_end)
