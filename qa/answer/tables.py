"""Tables inside chunks: caption, header and data rows with their offsets.

Scraped tables lose merged cells: a row that spans fewer columns than the
header continues the region of the row above, so those cells are filled down
before a row is read as "column: value" pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa.ingest import heading_kind, is_table_row


@dataclass(frozen=True)
class Row:
    start: int  # offsets in the text the table was parsed from
    end: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def describe(self, row: Row) -> str:
        """A row as "column：value" pairs, so it reads on its own."""
        pairs = "，".join(f"{name}：{cell}" for name, cell in zip(self.header, row.cells, strict=False) if cell)
        return pairs or " | ".join(row.cells)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with its start offset."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def parse_table(text: str, context: str = "") -> Table | None:
    """The table in `text` (a chunk), using `context` (caption + header) for continuation chunks."""
    lines = _lines(text)
    rows = [(o, line) for o, line in lines if is_table_row(line)]
    if not rows:
        return None
    context_lines = [line for line in context.split("\n") if line]
    caption = next((line for _, line in lines if line and not is_table_row(line)), "")
    caption = caption or next((line for line in context_lines if not is_table_row(line)), "")
    header_line = next((line for line in context_lines if is_table_row(line)), None)
    if header_line is None:
        header_line = rows[0][1]
        rows = rows[1:]
    header = tuple(c.strip("〓 ") for c in _cells(header_line))
    parsed: list[Row] = []
    previous: list[str] = []
    for o, line in rows:
        cells = _cells(line)
        missing = len(header) - len(cells)
        if 0 < missing < len(previous):
            cells = cells[:1] + previous[1 : 1 + missing] + cells[1:]
        parsed.append(Row(o, o + len(line), tuple(cells)))
        previous = cells
    return Table(caption, header, tuple(parsed))


def label_lines(text: str, context: str = "") -> tuple[tuple[int, int], ...]:
    """Offsets of the lines of `text` (a chunk) that label its table rather than hold data: the header
    row (unless `context` carries it, as for a continuation chunk), and a caption line ("表3 …", as
    sections recognise one) that starts the chunk right above the table. An answer is in a row."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    # a header row has a data row under it: a lone line with two "|" is prose (wiki text has them)
    first = next(
        (i for i in range(len(lines) - 1) if is_table_row(lines[i][1]) and is_table_row(lines[i + 1][1])), None
    )
    if first is None:
        return ()
    if not any(is_table_row(line) for line in context.split("\n")):
        spans.append((lines[first][0], lines[first][0] + len(lines[first][1])))
    if first == 1 and heading_kind(lines[0][1].strip()) == "table":
        spans.insert(0, (0, len(lines[0][1])))
    return tuple(spans)
