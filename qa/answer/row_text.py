"""Table rows written out as prose for the reader ("column：value" lines), with the cell each range came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from qa.answer.tables import TableRow, rows_of
from qa.ingest import Chunk


@dataclass(frozen=True)
class RowText:
    """Table rows written out for the reader as "column：value" lines, with the cell each range came from.

    The reader was trained on prose: asked "表3里黄冈功能区的项目叫什么？", it reads the one row as pairs
    at confidence 0.43 (黄冈科技新城), and the table's chunk, rows as "6 | 黄冈 功能区 | …", at 0.056 (新城,
    under the threshold), while what the row does not say ("…的投资额是多少？") stays refused (0.001)."""

    text: str
    caption: str
    cells: tuple[tuple[int, int, TableRow, int], ...]  # (start, end) in `text`, the row, the column

    @staticmethod
    def of(rows: Sequence[TableRow]) -> RowText:
        lines: list[str] = []
        cells: list[tuple[int, int, TableRow, int]] = []
        offset = 0
        for r in rows:
            parts: list[str] = []
            for column, (name, cell) in enumerate(zip(r.table.header, r.row.cells, strict=False)):
                if not cell:
                    continue
                at = offset + sum(len(p) + 1 for p in parts) + len(name) + 1
                cells.append((at, at + len(cell), r, column))
                parts.append(f"{name}：{cell}")
            line = "，".join(parts)
            lines.append(line)
            offset += len(line) + 1
        return RowText("\n".join(lines), rows[0].table.caption if rows else "", tuple(cells))

    def cell_at(self, start: int, end: int) -> tuple[TableRow, int] | None:
        """The row and column of the cell holding most of `text[start:end]`, or None outside every cell."""
        overlap = [(min(end, b) - max(start, a), r, c) for a, b, r, c in self.cells if a < end and b > start]
        if not overlap:
            return None
        _, row, column = max(overlap, key=lambda o: o[0])
        return row, column

    def placed(self, start: int, end: int) -> tuple[TableRow, int, int, int]:
        """The row and column of the cell `text[start:end]` is in (the first row it touches when it runs across
        rows), and where its chunk has that cell (`cell_spans`): the whole row for a merged cell filled down."""
        found = self.cell_at(start, end) or self.cell_at(start, start + 1) or (self.cells[0][2], self.cells[0][3])
        row, column = found
        at = next(((a, b) for c, a, b in cell_spans(row) if c == column), (row.row.start, row.row.end))
        return row, column, *at


def row_at(chunk: Chunk, offset: int) -> TableRow | None:
    """The data row of `chunk`'s table that chunk offset `offset` is in, if it is in one."""
    return next((r for r in rows_of(chunk, [chunk]) if r.row.start <= offset < r.row.end), None)


def cell_spans(row: TableRow) -> list[tuple[int, int, int]]:
    """The cells written on `row`'s line as (column, start, end) chunk offsets, counting the cells a merged cell
    filled down (which `parse_table` puts after the first and are not on the line)."""
    line = row.chunk.text[row.row.start : row.row.end]
    bounds = [-1, *(i for i, ch in enumerate(line) if ch == "|"), len(line)]
    if line.rstrip().endswith("|"):
        bounds.pop()
    filled = len(row.row.cells) - (len(bounds) - 1)
    spans = []
    for k, (a, b) in enumerate(pairwise(bounds)):
        cell = line[a + 1 : b]
        at = a + 1 + len(cell) - len(cell.lstrip())
        spans.append((k + filled if k else k, row.row.start + at, row.row.start + at + len(cell.strip())))
    return spans


def column_at(row: TableRow, offset: int) -> int | None:
    """The column of `row`'s cell at chunk offset `offset` (`cell_spans`); None outside the row."""
    if not row.row.start <= offset < row.row.end:
        return None
    return next((c for c, _, end in cell_spans(row) if offset < end), len(row.row.cells) - 1)
