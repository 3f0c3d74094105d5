"""A table's header of two rows or more, written as the one header row every table reader here expects.

Budgets and statistics group their columns under a year or a measure: "2025年" spans "预算数 | 执行数", and
"项目类别" spans both header rows. Read row by row, the second header row reads as data and every column is
misnamed ("2026年：执行数"). Each column is named instead by the header cells above it, top to bottom
("2025年 执行数"), so a row reads "项目类别：重点研发计划，2025年 预算数：3800，2025年 执行数：3725, …".

Word says which cells are merged (`docx_header_depth`); an HTML page or Markdown file, as trafilatura and
authors write them, leaves the cells a merged one covers blank (`flatten_headers`), as pdfplumber does in a PDF's
ruled table (`grouped_names`). Either way the evidence is a
cell spanning columns above the names of its columns, beside a cell spanning both header rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from qa.ingest.sections import is_table_row

if TYPE_CHECKING:
    from docx.table import Table

#: A Markdown header rule ("|---|:---:|"), which trafilatura also writes under a table's first row.
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
#: Header rows beyond this are not looked for: real grouped headers have two, rarely three.
MAX_HEADER_ROWS = 3


def column_names(rows: Sequence[Sequence[str]]) -> list[str]:
    """One name per column from header rows of equal length: the distinct cells above it, top to bottom."""
    names = []
    for column in zip(*rows, strict=True):
        parts: list[str] = []
        for cell in column:
            if cell and cell not in parts:
                parts.append(cell)
        names.append(" ".join(parts))
    return names


def docx_header_depth(table: Table) -> int:
    """How many of a Word table's first rows are its header (one for a plain header): those under a cell of the row
    above that spans several columns, while a cell of the first row spans them too by a vertical merge. A wide cell
    alone is no group: "园区名称" may span the region and park cells of every data row."""
    rows = [[cell._tc for cell in row.cells] for row in table.rows[: MAX_HEADER_ROWS + 1]]
    if len(rows) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return 1
    width = len(rows[0])
    depth = 1
    for r in range(1, len(rows) - 1):  # a data row must remain below the header
        merged_down = any(rows[r][j] is rows[0][j] for j in range(width))
        grouped = any(
            rows[r - 1][j] is rows[r - 1][j + 1] and rows[r][j] is not rows[r][j + 1] for j in range(width - 1)
        )
        if not (merged_down and grouped):
            break
        depth = r + 1
    return depth


def flatten_headers(text: str) -> str:
    """`text` with each table whose first row leaves blank the cells a wider header cell spans ("| 项目类别 |
    2025年 |  | 2026年 |  |") and whose next row names them ("|  | 预算数 | 执行数 | 预算数 | 增减% |")
    given one header row of the combined names. Any other table is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = is_table_row(line) and not (out and is_table_row(out[-1]))
        below = i + 1
        while below < len(lines) and _RULE.match(lines[below].strip()):
            below += 1
        if starts and below < len(lines) and is_table_row(lines[below]):
            names = grouped_names(_cells(line), _cells(lines[below]))
            if names is not None:
                out.append(" | ".join(names) + " |")
                i = below + 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    """The cells of a written row, blanks kept; the outer bars of "| a | b |" are no cells."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


def grouped_names(top: Sequence[str], sub: Sequence[str]) -> list[str] | None:
    """The column names of a header whose first row `top` leaves blank the cells a wider cell spans and whose
    second row `sub` names them (`_grouped`); None for any other pair of rows. pdfplumber reads a PDF's ruled
    table so too, with None for a merged cell's other places."""
    if not _grouped(top, sub):
        return None
    filled = [cell or next((c for c in reversed(top[:j]) if c), "") for j, cell in enumerate(top)]
    return column_names([filled, sub])


def _grouped(top: Sequence[str], sub: Sequence[str]) -> bool:
    """Whether `sub` names the columns that cells of `top` span: as long, `top` blank right of a named cell
    somewhere, `sub` naming every such column and blank somewhere, only under a named cell (one spanning both
    rows). Without that blank, `sub` may be data under a wide header cell ("园区名称" over region and park)."""
    if len(top) != len(sub) or len(top) < 3 or not top[0]:
        return False
    spanned = [j for j in range(1, len(top)) if not top[j]]
    under = [j for j, cell in enumerate(sub) if not cell]
    return bool(spanned and under) and all(sub[j] for j in spanned) and all(top[j] for j in under)
