"""Word's automatic numbering, written out: "一、", "（二）", "3." as the reader of the document sees them.

python-docx gives a paragraph's text without the number Word draws in front of it,
so a heading numbered by a list definition ("一、总体要求" with 一、 from numbering.xml)
would reach the section parser as "总体要求" and lose its place in the outline. This
module counts each numbered paragraph the way Word does (per list, a level's counter
restarting below a higher level unless its `w:lvlRestart` says otherwise: articles 第N条 may
count on across chapters) and renders the level's text pattern ("%1、", "（%1）", "%1.%2")
in its number format. Bullets are not numbers and stay unprefixed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from docx.oxml.ns import qn

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (Word's chineseCounting), up to 99; larger numbers stay digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_ROMAN = {1000: "m", 900: "cm", 500: "d", 400: "cd", 100: "c", 90: "xc", 50: "l", 40: "xl", 10: "x", 9: "ix"}
_ROMAN |= {5: "v", 4: "iv", 1: "i"}


def _roman(n: int) -> str:
    out = ""
    for value, glyph in _ROMAN.items():
        count, n = divmod(n, value)
        out += glyph * count
    return out


#: Word's `w:numFmt` values → how a counter is written; anything else is written in digits.
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese,
    "chineseCountingThousand": chinese,
    "chineseLegalSimplified": chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "taiwaneseCounting": chinese,
    "taiwaneseCountingThousand": chinese,
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalFullWidth": lambda n: "".join(chr(ord(d) + 0xFEE0) for d in str(n)),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str  # e.g. "%1、"
    restart: int | None = None  # `w:lvlRestart`: restart after a level above this (1-based) is used; 0: never
    spaced: bool = True  # `w:suff` is a tab (the default) or a space, not "nothing"


def _val(element: Any, tag: str) -> str | None:
    found = element.find(qn(tag)) if element is not None else None
    return found.get(qn("w:val")) if found is not None else None


class Numbering:
    """Renders the numbers of one document's numbered paragraphs, in body order (call `prefix` once per
    paragraph, in order: counting is stateful, as Word's is)."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._counters: defaultdict[str, dict[int, int]] = defaultdict(dict)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # a document without numbering.xml
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
        for num in numbering.findall(qn("w:num")):
            definition = abstract.get(_val(num, "w:abstractNumId"))
            if definition is None:
                continue
            levels = {}
            for lvl in definition.findall(qn("w:lvl")):
                restart = _val(lvl, "w:lvlRestart")
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                    int(_val(lvl, "w:start") or 1),
                    _val(lvl, "w:numFmt") or "decimal",
                    _val(lvl, "w:lvlText") or "",
                    int(restart) if restart is not None and restart.isdigit() else None,
                    _val(lvl, "w:suff") != "nothing",
                )
            for override in num.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = replace(levels[ilvl], start=int(start))
            self._levels[num.get(qn("w:numId"))] = levels

    def prefix(self, paragraph: Any) -> str:
        """The number Word shows before `paragraph` ("" for none or a bullet), counting it. A number that ends
        in a word or digit ("第一条", "1") is set off from the text by a space, as Word sets it off by a tab or
        space: "第一条为进一步…" would read as one word; "一、" and "（一）" end in their own mark."""
        found = _num_pr(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or levels[ilvl].fmt in ("bullet", "none"):
            return ""
        counters = self._counters[num_id]
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl and _restarts(levels.get(k), ilvl)]:
            del counters[deeper]  # a new item at this level restarts the levels below it (by default)
        text = levels[ilvl].text
        for k in range(ilvl, -1, -1):  # %10 never occurs (nine levels), so replacing %k in any order is safe
            if k in levels:
                value = counters.get(k, levels[k].start)
                text = text.replace(f"%{k + 1}", FORMATS.get(levels[k].fmt, str)(value))
        return text + " " if levels[ilvl].spaced and text[-1:].isalnum() else text

    def listed(self, paragraph: Any) -> bool:
        """Whether `paragraph` is an item of a list, numbered or bulleted (it has list numbering of its own or
        by its style)."""
        found = _num_pr(paragraph)
        return found is not None and found[0] in self._levels


def _restarts(level: Level | None, used: int) -> bool:
    """Whether a deeper `level` starts over when level `used` (0-based) is counted: by default after any
    level above it; with `w:lvlRestart` n, only after the levels 1…n (0: never)."""
    return level is None or level.restart is None or used < level.restart


def style_chain(paragraph: Any) -> list[Any]:
    """The paragraph's XML element, then its style's and each base style's: where Word looks a property up."""
    elements = [paragraph._p]
    style = paragraph.style
    while style is not None:
        elements.append(style.element)
        style = style.base_style
    return elements


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) from the paragraph's own properties, else from its style chain."""
    for element in style_chain(paragraph):
        ppr = element.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None:
            continue
        num_id = _val(num_pr, "w:numId")
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None
        return num_id, int(_val(num_pr, "w:ilvl") or 0)
    return None
