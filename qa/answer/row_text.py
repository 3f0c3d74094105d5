"""Table rows written out as prose for the reader ("column：value" lines), with the cell each range came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qa.answer.tables import TableRow


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
