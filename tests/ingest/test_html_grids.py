"""qa.ingest.html_grids: tables a style sheet draws without `<table>` (div rows, CSS grids) are read as rows."""

from __future__ import annotations

from pathlib import Path

from qa.ingest import html
from qa.ingest.documents import load_document
from tests.ingest.test_formats import ARTICLE

ROWS = [("县（市、区）", "2026年", "2028年"), ("顺庆区", "2家", "4家"), ("南部县", "2家", "5家")]
STYLE = "<style>.grid-3{display:grid;grid-template-columns:1.6fr 1fr minmax(0, 1fr)}.gc{padding:8px}</style>"


def _page(tmp_path: Path, head: str, table: str) -> list[str]:
    body = f"<h1>银河市中试基地建设目标</h1><p>{ARTICLE}</p>{table}<p>{ARTICLE}</p>"
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    return [line.removesuffix(" |") for line in load_document(tmp_path / "page.html").text.split("\n")]


def test_div_rows_of_one_number_of_cells_are_a_table(tmp_path: Path) -> None:
    """Flex rows: the extractor dropped them as boilerplate, 南部县's row and all."""
    rows = "".join('<div class="fr">' + "".join(f'<div class="fc">{c}</div>' for c in row) + "</div>" for row in ROWS)
    lines = _page(tmp_path, "", f'<div class="ftable">{rows}</div>')
    assert "县（市、区） | 2026年 | 2028年" in lines and "南部县 | 2家 | 5家" in lines


def test_a_css_grids_cells_are_cut_into_rows_by_its_columns(tmp_path: Path) -> None:
    """Every cell a child of one `<div>`: read as text, "顺庆区2家4家南部县2家5家"."""
    cells = "".join(f'<div class="gc">{c}</div>' for row in ROWS for c in row)
    lines = _page(tmp_path, STYLE, f'<div class="grid-3">{cells}</div>')
    assert "顺庆区 | 2家 | 4家" in lines and "南部县 | 2家 | 5家" in lines
    inline = f'<div style="display:grid;grid-template-columns:repeat(3, 1fr)">{cells}</div>'
    assert "南部县 | 2家 | 5家" in _page(tmp_path, "", inline)


def test_layout_columns_and_cells_that_do_not_fill_the_grid_are_no_table() -> None:
    blocks = "".join(f"<div><div><p>{ARTICLE}</p></div><div><p>{ARTICLE}</p></div><div>侧栏</div></div>" for _ in ROWS)
    ragged = "".join(f'<div class="gc">{c}</div>' for row in ROWS for c in row) + '<div class="gc">注</div>'
    for page in (
        f"<html><body><div>{blocks}</div></body></html>",  # columns of paragraphs lay a page out
        f'<html><head>{STYLE}</head><body><div class="grid-3">{ragged}</div></body></html>',
    ):
        assert html.grids_tabled(page) == page
