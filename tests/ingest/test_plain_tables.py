"""qa.ingest.plain_tables: tables drawn with tabs, box-drawing lines or aligned spaces become rows."""

from __future__ import annotations

from pathlib import Path

from qa.ingest.documents import load_document
from qa.ingest.plain_tables import box_tables, comma_tables, in_runs, tab_tables
from tests.ingest.test_formats import ARTICLE

BOX = """（一）各類補助上限如下表：
  ┌────────┬───────┬──────┐
  │ 補助類別       │ 每案補助上限 │ 預計件數   │
  ├────────┼───────┼──────┤
  │ 創新技術研發類 │ 200萬元      │ 12件       │
  │ 產品開發設計類 │ 80萬元       │ 20件       │
  └────────┴───────┴──────┘
（二）其餘事項另行公告。"""


def test_a_box_drawn_table_is_rows_without_its_borders(tmp_path: Path) -> None:
    (tmp_path / "box.txt").write_bytes(f"{ARTICLE}\r\n{BOX}\r\n{ARTICLE}".replace("\n", "\r\n").encode("utf-8"))
    lines = load_document(tmp_path / "box.txt").text.split("\n")
    assert "補助類別 | 每案補助上限 | 預計件數" in lines
    assert "創新技術研發類 | 200萬元 | 12件" in lines and "產品開發設計類 | 80萬元 | 20件" in lines
    assert not any(ch in line for line in lines for ch in "┌├└│")


def test_a_drawn_line_away_from_any_table_stays() -> None:
    text = "第一部分\n────────\n第二部分"
    assert box_tables(text) == text
    assert box_tables("│ 只有一格 │") == "│ 只有一格 │"  # one cell between strokes is a framed line, no row


def test_borders_alone_cost_their_length() -> None:
    borders = "\n".join(["────"] * 50_000)
    assert box_tables(borders) == borders


def test_runs_of_one_shape_are_rows() -> None:
    assert in_runs([3, 3, 3, None, 2, 2], 3) == [True, True, True, False, False, False]


def test_tabs_doubled_to_line_columns_up_cut_one_cell() -> None:
    typed = "项目类型\t支持数量\t单项资助额度\n研发攻关类\t约20项\t\t30万元\n创新培育类\t约40项\t\t5万元"
    assert tab_tables(typed).split("\n") == [
        "项目类型 | 支持数量 | 单项资助额度",
        "研发攻关类 | 约20项 | 30万元",
        "创新培育类 | 约40项 | 5万元",
    ]


def test_an_empty_spreadsheet_cell_keeps_its_column() -> None:
    copied = "类别\t项目\t上限\n研发类\t创新研发\t100万元\n\t数字转型\t80万元\n人才类\t\t30万元"
    assert tab_tables(copied).split("\n") == [
        "类别 | 项目 | 上限",
        "研发类 | 创新研发 | 100万元",
        " | 数字转型 | 80万元",
        "人才类 |  | 30万元",
    ]


def test_comma_separated_values_are_rows_and_a_quoted_cell_keeps_its_comma() -> None:
    pasted = "\n".join(
        [
            "附件：奖励标准",
            "序号,平台类型,国家级,省级",
            "1,重点实验室,300万元,80万元",
            '2,"企业技术中心,含分中心",180万元,45万元',
        ]
    )
    assert comma_tables(pasted).split("\n") == [
        "附件：奖励标准",
        "序号 | 平台类型 | 国家级 | 省级",
        "1 | 重点实验室 | 300万元 | 80万元",
        "2 | 企业技术中心,含分中心 | 180万元 | 45万元",
    ]


def test_prose_and_figures_with_commas_are_no_rows() -> None:
    english = "In 2025, the city, the county and the town\nset up funds, parks, and labs\nA, B, C"
    figures = "投资1,000万元,2,000万元,3,000万元\n投资4,000万元,5,000万元,6,000万元\n投资7,000万元,8,000万元,9,000万元"
    two = "a,b,c\n1,2,3"  # a header and one row: one such line alone may be anything
    for text in (english, figures, two):
        assert comma_tables(text) == text
