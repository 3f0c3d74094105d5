"""qa.ingest.plain_tables: tables drawn with tabs, box-drawing lines or aligned spaces become rows."""

from __future__ import annotations

from pathlib import Path

from qa.ingest.documents import load_document
from qa.ingest.plain_tables import box_tables, in_runs
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
