"""Rows of a tiered table picked by the figure a question gives, and such figures said by the table."""

from __future__ import annotations

import math

import pytest

from qa.answer.ranges import Band, band, banded, in_band
from qa.answer.tables import TableRow
from tests.answer.test_lookup import _rows as table_rows

TIERS = "\n".join(
    [
        "高新技术企业认定奖补标准",
        "序号 | 上年度营业收入 | 首次认定 | 重新认定",
        "1 | 5亿元以上 | 40万元 | 18万元",
        "2 | 2亿元（含）至5亿元 | 32万元 | 14万元",
        "3 | 5000万元（含）至2亿元 | 26万元 | 11万元",
        "4 | 2000万元（含）至5000万元 | 21万元 | 9万元",
        "5 | 2000万元以下 | 16万元 | 7万元",
    ]
)


def _rows(text: str = TIERS) -> list[TableRow]:
    return table_rows(text)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("5亿元以上", Band("元", low=5e8)),
        ("2亿元（含）至5亿元", Band("元", 2e8, 5e8)),
        ("2至5亿元", Band("元", 2e8, 5e8)),  # the first bound in the second's magnitude
        ("1000万元（含）—2000万元（含）", Band("元", 1e7, 2e7, True, True)),
        ("2000万元以下", Band("元", high=2e7, high_held=True)),
        ("不超过50人", Band("人", high=50, high_held=True)),
        ("超过100万元", Band("元", low=1e6, low_held=False)),
        ("不足60分", Band("分", high=60)),
        ("90分及以上", Band("分", low=90)),
    ],
)
def test_bands_in_cells(cell: str, expected: Band) -> None:
    assert band(cell) == expected


@pytest.mark.parametrize("cell", ["40万元", "须建有市级以上研发机构", "2026年", "5以上", "3亿元至5人"])
def test_a_figure_text_or_unitless_span_is_no_band(cell: str) -> None:
    assert band(cell) is None


def test_bounds_held_as_chinese_legal_usage_holds_them() -> None:
    assert Band("元", high=2e7, high_held=True).holds(2e7, "元")  # 以下 holds its bound
    assert not Band("元", low=1e6, low_held=False).holds(1e6, "元")  # 超过 does not
    assert not Band("元", low=5e8).holds(6e8, "人") and math.isinf(Band("元").high)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("上年营收3000万元的企业首次认定能拿多少？", "4"),
        ("营业收入6亿元的企业重新认定奖补多少？", "1"),
        ("营收1亿元的企业呢？", "3"),
        ("营收1500万元的企业呢？", "5"),
    ],
)
def test_the_row_whose_band_holds_the_figure(question: str, row: str) -> None:
    (picked,) = in_band(question, _rows())
    assert picked.row.cells[0] == row


def test_no_row_for_a_figure_no_band_holds_one_a_cell_says_or_a_bare_number() -> None:
    rows = _rows()
    assert in_band("营收2000万元的企业呢？", rows) == []  # both 以下 and （含）至 hold it: not said which
    assert in_band("首次认定给40万元的是哪一档？", rows) == []  # a cell's own figure names a row by its words
    assert in_band("第3档的企业拿多少？", rows) == [] and in_band("营收3000万元的企业？", rows[:1]) == []


def test_a_figure_within_a_band_is_said_by_the_table() -> None:
    assert banded("上年营收3000万元、研发投入占比4%的企业", _rows()) == {"3000"}
    assert banded("营收3000万元的企业", []) == set()
