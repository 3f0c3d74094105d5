"""Rows of a tiered table picked by the quantity a question gives ("营收3000万元的企业…" → "2000万元（含）至5000万元").

Policy tables grade what they give by bands ("5亿元以上", "2亿元（含）至5亿元", "2000万元以下"). A question
says where it stands in them with a figure of its own, which no cell names; read by its words, it picks no row
(or every row), and the reader guesses among them. A column whose cells are bands of one unit, two rows or more,
is read as bands; the row whose band holds the question's figure (in that unit, magnitudes such as 万 and 亿
multiplied out; a figure without a unit is no standing) is the one it asks about. In Chinese legal usage "以上"
and "以下" include their bound and "超过", "不足" exclude it; a span "A至B" holds A and not B unless B is marked
"（含）".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.answer.tables import TableRow
from qa.ingest import to_simplified

_MAGNITUDES = {"": 1.0, "十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
#: A figure with its magnitude and unit: "3000万元", "5亿元", "200人", "90分", "1.5%".
_AMOUNT = r"(\d+(?:\.\d+)?)\s*([十百千万亿]?)\s*(元|人|家|个|项|平方米|亩|吨|分|%)?"
_FIGURE = re.compile(_AMOUNT)
_INCLUDED = r"\s*[（(]含[)）]"
_SPAN = re.compile(rf"^{_AMOUNT}(?:{_INCLUDED})?\s*(?:至|到|—|－|-|~|～)\s*{_AMOUNT}({_INCLUDED})?$")
_FROM = re.compile(
    rf"^(?:(?P<lead>不低于|不少于|超过|高于|大于|多于)\s*)?{_AMOUNT}(?:{_INCLUDED})?\s*(?P<tail>及?以上)?$"
)
_TO = re.compile(
    rf"^(?:(?P<lead>不超过|不高于|不足|低于|少于|小于|未满|不满)\s*)?{_AMOUNT}(?:{_INCLUDED})?\s*(?P<tail>及?以下)?$"
)
_EXCLUSIVE_FROM = ("超过", "高于", "大于", "多于")
_EXCLUSIVE_TO = ("不足", "低于", "少于", "小于", "未满", "不满")


@dataclass(frozen=True)
class Band:
    """Values from `low` to `high` in `unit`, each bound held or not."""

    unit: str
    low: float = -math.inf
    high: float = math.inf
    low_held: bool = True
    high_held: bool = False

    def holds(self, value: float, unit: str) -> bool:
        if unit != self.unit:
            return False
        above = value > self.low or (self.low_held and value == self.low)
        below = value < self.high or (self.high_held and value == self.high)
        return above and below


def _value(number: str, magnitude: str) -> float:
    return float(number) * _MAGNITUDES[magnitude]


def _plain(text: str) -> str:
    return "".join(to_simplified(text).split()).replace("％", "%")


def band(cell: str) -> Band | None:
    """The band a cell states ("2亿元（含）至5亿元", "5亿元以上", "不超过50人"), or None for a plain figure or text."""
    text = _plain(cell)
    if m := _SPAN.match(text):
        n1, m1, u1, n2, m2, u2, held = m.groups()
        unit = u2 or u1 or ""
        if not unit or (u1 and u2 and u1 != u2):
            return None
        return Band(unit, _value(n1, m1 or m2), _value(n2, m2), True, held is not None)
    if (m := _FROM.match(text)) and (m["lead"] or m["tail"]) and m.group(4):
        number, magnitude, unit = m.group(2, 3, 4)
        return Band(unit, low=_value(number, magnitude), low_held=m["lead"] not in _EXCLUSIVE_FROM)
    if (m := _TO.match(text)) and (m["lead"] or m["tail"]) and m.group(4):
        number, magnitude, unit = m.group(2, 3, 4)
        return Band(unit, high=_value(number, magnitude), high_held=m["lead"] not in _EXCLUSIVE_TO)
    return None


def _figures(question: str, rows: Sequence[TableRow]) -> list[tuple[str, float, str]]:
    """(digits as written, value, unit) of each figure with a unit that `question` gives and no cell of `rows` says."""
    said = {_plain(c) for r in rows for c in r.row.cells}
    return [(n, _value(n, m), u) for n, m, u in _FIGURE.findall(_plain(question)) if u and f"{n}{m}{u}" not in said]


def _band_columns(rows: Sequence[TableRow]) -> list[list[Band | None]]:
    """Each column of `rows` whose cells state bands, two rows or more: the band of each row's cell, or None."""
    width = max((len(r.row.cells) for r in rows), default=0)
    columns = [[band(r.row.cells[i]) if i < len(r.row.cells) else None for r in rows] for i in range(width)]
    return [c for c in columns if sum(b is not None for b in c) >= 2]


def in_band(question: str, rows: Sequence[TableRow]) -> list[TableRow]:
    """The one row whose band, in a column of bands, holds a figure `question` gives that no cell of the table says;
    none when no column is of bands, no figure fits one row, or several rows fit."""
    figures = _figures(question, rows)
    for bands in _band_columns(rows) if figures else []:
        for _, value, unit in figures:
            held = [r for r, b in zip(rows, bands, strict=True) if b is not None and b.holds(value, unit)]
            if len(held) == 1:
                return held
    return []


def banded(question: str, rows: Sequence[TableRow]) -> set[str]:
    """The figures `question` gives (their digits, as `qa.answer.particulars` reads numbers) that a band of `rows`
    holds: a table that grades by bands says every figure within them, though it never writes the one asked."""
    figures = _figures(question, rows)
    columns = _band_columns(rows) if figures else []
    return {n for n, value, unit in figures if any(b is not None and b.holds(value, unit) for c in columns for b in c)}
