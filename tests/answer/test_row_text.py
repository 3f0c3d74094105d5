"""Table rows written out for the reader as "column：value" lines."""

from __future__ import annotations

from qa.answer.row_text import RowText, column_at
from tests.answer.test_tables import _table_rows


def test_rows_are_written_out_as_column_value_lines_that_map_back_to_their_cells() -> None:
    rows = _table_rows()
    written = RowText.of(rows[1:])
    assert written.caption == "表3 科技园区建设项目（部分）"
    assert written.text.split("\n") == [
        "序号：2，地区：武汉 功能区，名称：小洪山科学城，建设时间：2023-2025年",
        "序号：3，地区：鄂州 功能区，名称：滨江科学城，建设时间：2023-2025年",
    ]
    for start, end, row, column in written.cells:
        assert written.text[start:end] == row.row.cells[column]
    at = written.text.index("滨江")
    found = written.cell_at(at, at + 2)
    assert found is not None and found[0].row.cells[found[1]] == "滨江科学城"
    assert written.cell_at(0, 2) is None  # "序号" names a column: no cell


def test_the_column_at_an_offset_counts_the_cells_a_merged_cell_filled_down() -> None:
    """Row 2 writes no 地区 (the 武汉 功能区 above it spans two rows): its 小洪山科学城 is still the 名称 column."""
    rows = _table_rows()
    text = rows[0].chunk.text
    for row in rows:
        for column, cell in enumerate(row.row.cells):
            at = text.find(cell, row.row.start, row.row.end)
            if at >= 0:
                assert column_at(row, at) == column, cell
    assert column_at(rows[1], text.index("小洪山")) == 2
    assert column_at(rows[1], rows[0].row.start) is None  # another row's offset
