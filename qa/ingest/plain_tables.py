"""Tables drawn in plain text, written as the rows every reader here writes ("cell | cell |").

A table pasted into a text file keeps only its drawing: tabs between cells (copied out of Word or a
spreadsheet), commas (a spreadsheet saved as CSV and pasted in), columns lined up with runs of spaces, or
box-drawing lines (┌─┬─┐, │ between cells) as Chinese and Taiwanese word processors export them. Cleaning folds
runs of spaces into one and sections read such lines as prose, so each kind is turned into rows first; a line
that only draws (a rule under the header, a box's border) goes when it sits between or around rows, and stays
elsewhere (a document's own separator).
"""

from __future__ import annotations

import bisect
import csv
import re
from itertools import groupby

#: Cells separated by tabs, as text copied out of Word or a spreadsheet has them: three cells or more.
_TAB_ROW = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.MULTILINE)
#: Where a table aligned with spaces (pasted from Word into a text file) puts its column breaks.
_SPACED = re.compile(r"[ \u3000]{2,}")
#: A rule drawn under a table's header (or between its rows) with dashes, equals signs or box-drawing lines.
_RULE = re.compile(r"\s*[-—=─━_＿－]{3,}[-—=─━_＿－\s]*")
#: Lines of a spaced table: a header and two rows at least, each cut into the same number of cells (three or more).
_SPACED_ROWS = 3
#: The vertical strokes a box-drawn table puts between its cells (light, heavy, double).
_BOX_BARS = "│┃║"
#: A row of a box-drawn table: a stroke first and last, two cells at least between.
_BOX_ROW = re.compile(rf"\s*[{_BOX_BARS}](?:[^{_BOX_BARS}\n]*[{_BOX_BARS}]){{2,}}\s*")
#: A border of a box-drawn table: box-drawing characters (U+2500–U+257F) and spaces only.
_BOX_RULE = re.compile(r"\s*[\u2500-\u257f][\u2500-\u257f\s]*")


#: What no line of comma-separated values has: a comma followed by a space (prose writes ", ") or a thousands
#: separator ("1,000万元"), either of which would cut a line of prose or a figure into cells.
_NOT_VALUES = re.compile(r",\s|\d,\d{3}(?!\d)")


def plain_tables(text: str) -> str:
    """`text` with its tab-separated, comma-separated, box-drawn and space-aligned tables written as rows."""
    return spaced_tables(box_tables(comma_tables(tab_tables(text))))


def comma_tables(text: str) -> str:
    """`text` with each run of `_SPACED_ROWS` lines or more of comma-separated values, cut into the same number of
    cells (three or more), written as rows; a quoted cell keeps its commas ("企业技术中心,含分中心"), as the csv
    module reads it."""
    lines = text.split("\n")
    cells = [_values(line) for line in lines]
    rows = in_runs([len(c) if c else None for c in cells], _SPACED_ROWS)
    return "\n".join(
        " | ".join(v.strip().replace("|", "｜") for v in c) if row and c else line
        for line, c, row in zip(lines, cells, rows, strict=True)
    )


def _values(line: str) -> list[str] | None:
    """The cells of a line of comma-separated values (three or more), or None."""
    if line.count(",") < 2 or _NOT_VALUES.search(line):
        return None
    try:
        values = next(csv.reader([line]))
    except csv.Error:
        return None
    return values if len(values) >= 3 else None


def tab_tables(text: str) -> str:
    """`text` with each run of tab-separated lines written as rows. A tab copied out of a spreadsheet ends one
    cell ("A\t\tC" has an empty B); one typed to line columns up may be doubled ("约20项\t\t30万元"). Of the two
    readings, the run's rows are cut as the one under which they all have as many cells: every tab, or each run
    of tabs (the rows of a spreadsheet with an empty cell agree on the first; a typed table's on the second)."""
    out: list[str] = []
    for tabbed, run in groupby(text.split("\n"), key=lambda line: bool(_TAB_ROW.fullmatch(line))):
        lines = list(run)
        if not tabbed:
            out += lines
            continue
        cells = [line.split("\t") for line in lines]
        folded = [re.split(r"\t+", line) for line in lines]
        if len({len(c) for c in cells}) > 1 and len({len(c) for c in folded}) == 1:
            cells = folded
        out += [" | ".join(cell.strip() for cell in row) for row in cells]
    return "\n".join(out)


def box_tables(text: str) -> str:
    """`text` with each line between vertical strokes (│ 补助类别 │ 上限 │) written as a row of its cells, and
    the borders drawn above, between and below such rows left out. A cell's own padding (spaces that line the
    strokes up) goes with it."""
    lines = text.split("\n")
    rows = [bool(_BOX_ROW.fullmatch(line)) for line in lines]
    borders = [not row and bool(_BOX_RULE.fullmatch(line)) for row, line in zip(rows, lines, strict=True)]
    above = _nearest_is_row(rows, borders, range(len(lines)))
    below = _nearest_is_row(rows, borders, range(len(lines) - 1, -1, -1))
    out = []
    for i, line in enumerate(lines):
        if rows[i]:
            cells = re.split(f"[{_BOX_BARS}]", line.strip())[1:-1]
            out.append(" | ".join(cell.strip(" \u3000") for cell in cells) + " |")
        elif not (borders[i] and (above[i] or below[i])):
            out.append(line)
    return "\n".join(out)


def _nearest_is_row(rows: list[bool], borders: list[bool], order: range) -> list[bool]:
    """For each line, walking the lines in `order`: whether the nearest line before it that is no border is a box
    row. One pass, so a file of nothing but borders costs no more than its length."""
    beyond = [False] * len(rows)
    found = False
    for i in order:
        beyond[i] = found
        if not borders[i]:
            found = rows[i]
    return beyond


def spaced_tables(text: str) -> str:
    """`text` with each run of `_SPACED_ROWS` lines or more that runs of spaces cut into the same number of
    cells (three or more) written as table rows. Prose never lines up so: one line with two wide gaps is left.
    A rule drawn between two rows ("-----" under the header) is no row: it neither breaks the run nor stays."""
    lines = text.split("\n")
    drawn = [i for i, line in enumerate(lines) if not _RULE.fullmatch(line)]  # every line but the rules
    cells = {i: _SPACED.split(lines[i].strip()) for i in drawn}
    shapes = [len(c) if len(c) >= 3 else None for c in cells.values()]
    rows = dict(zip(drawn, in_runs(shapes, _SPACED_ROWS), strict=True))
    out = []
    for i, line in enumerate(lines):
        if i in rows:
            out.append(" | ".join(cells[i]) if rows[i] else line)
            continue
        after = bisect.bisect(drawn, i)  # drawn[after - 1] and drawn[after]: the lines either side of this rule
        if not (0 < after < len(drawn) and rows[drawn[after - 1]] and rows[drawn[after]]):
            out.append(line)  # a rule outside a table (a document's own separator) stays
    return "\n".join(out)


def in_runs(shapes: list[int | None], least: int) -> list[bool]:
    """Which lines are in a run of `least` consecutive lines or more of one shape (their number of cells; None
    for a line that is no row): the rows of a table, where one such line alone may be prose."""
    rows = [False] * len(shapes)
    start = 0
    for end in range(1, len(shapes) + 1):
        if end == len(shapes) or shapes[end] != shapes[start]:
            if shapes[start] is not None and end - start >= least:
                rows[start:end] = [True] * (end - start)
            start = end
    return rows
