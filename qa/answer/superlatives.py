"""Which row of a table has the most or the least of something.

"哪一项二级指标的分值最高", "拟支持经费最多的项目由哪家单位承担", "which city's R&D spending grew fastest": the
answer is the row whose figure in one column is the largest or smallest. The reader reads one span at a time and
cannot compare forty rows' figures, so a question that asks *which* with a superlative, over a table whose column
of figures it names by the header (or in other words, `_paraphrased`), is answered by comparing that column.
The rows that total the others (合计, 全省) are not compared: they are no item of the list. A tie, or a column with
fewer than two figures, answers nothing, and the reader reads the question as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.tables import TableRow, bare_header, naming_column, numbering, says_header
from qa.ingest import is_han

#: A superlative and whether it asks for the largest figure: 最高/最多/最大/最快/最长, 最低/最少/最小/最慢/最短.
_SUPERLATIVE = re.compile(r"最([高多大快长强])|最([低少小慢短弱])")
_ENGLISH = re.compile(
    r"\b(?:(highest|largest|biggest|most|greatest|fastest|longest|strongest)|"
    r"(lowest|smallest|least|fewest|slowest|shortest|weakest))\b"
)
#: A superlative that states a figure ("补助最高40万元的是哪一档") names a cap, as policy texts write caps, and asks
#: for no extreme; "最高一档" (the top one) asks for one.
_CAP = re.compile(r"\s*(?:为|是|达到?|不超过)?\s*(?:\d|[两二三四五六七八九十]|一[十百千万亿])")
#: A question that asks which thing, not how much: "最高能拿多少" asks a cap, not a row.
_WHICH = re.compile(r"哪|什么|谁|\bwhich\b|\bwho\b|\bwhat\b(?! (?:is|was) the (?:highest|largest|most|lowest))")
#: A superlative of growth ("增长最快", "增幅最大", "grew fastest"): only a column of growth rates answers it.
_GROWTH = re.compile(r"(?:增长|增速|增幅|提高|上升)[^，,。？?]{0,3}$|\b(?:grew|grow|growth|increased?)\b", re.I)
#: A column of growth: its header says so ("增长（%）", "比上年增减%", "同比").
_GROWTH_COLUMN = re.compile(r"增长|增速|增幅|增减|同比|比上年|growth", re.I)
#: A row that totals the others, by its first cells.
_TOTAL = re.compile(r"^(?:合计|总计|小计|共计|全省|全市|全区|全县|全国|总体|total\b)", re.I)
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")
_UNIT = re.compile(r"[（(][^）)]*[）)]")
#: Characters a header shares with the clause naming it, at least: a word's two.
_SHARED = 2


def extreme_row(question: str, table: Sequence[TableRow]) -> tuple[TableRow, int | None] | None:
    """The row of `table` that the superlative `question` (Simplified, lower case) asks for, and the column
    whose cell names it: a header the question says besides the compared one, else what the rows are called."""
    found = _SUPERLATIVE.search(question) or _ENGLISH.search(question)
    if found is None or not table or _WHICH.search(question) is None or _CAP.match(question, found.end()):
        return None
    largest = found.group(1) is not None
    header = table[0].table.header
    said = [i for i, h in enumerate(header) if not numbering(h) and says_header(question, h)]
    figures = {i: _figures(table, i) for i in range(len(header)) if not numbering(header[i])}
    compared = [i for i in said if len(figures[i]) >= 2]
    speed = (
        found.group(1) in ("快", "fastest")
        or found.group(2) in ("慢", "slowest")
        or _GROWTH.search(question[: found.start()]) is not None
    )
    # of the columns said with figures, the one said nearest before the superlative; else one said in other words
    column = (
        min(compared, key=lambda i: _distance(question, header[i], found.start()))
        if compared
        else _paraphrased(question[: found.start()], header, [i for i, f in figures.items() if len(f) >= 2], speed)
    )
    if column is None:
        return None
    if speed and not _GROWTH_COLUMN.search(header[column]):
        return None  # "发明专利授权量增长最快": a column of amounts cannot say which grew fastest
    values = figures[column]
    best = (max if largest else min)(values.values())
    rows = [r for r, value in values.items() if value == best]
    if len(rows) != 1:
        return None
    asked = [i for i in said if i != column and i not in compared]
    return table[rows[0]], asked[0] if len(asked) == 1 else naming_column(table)


def _paraphrased(before: str, header: Sequence[str], columns: Sequence[int], speed: bool) -> int | None:
    """The column of figures a superlative names in other words: the only column of growth when it asks which
    grew most ("增长幅度最大" over "2026年 增减%"), else the one whose header has most of its characters in the
    clause before the superlative ("每案上限金额最高" over 每案补助上限, not 补助比率), when one has most."""
    if speed:
        growth = [i for i in columns if _GROWTH_COLUMN.search(header[i])]
        return growth[0] if len(growth) == 1 else None
    clause = re.split(r"[，,。；;？?]", before)[-1]
    shared = {i: sum(is_han(ch) and ch in clause for ch in set(_UNIT.sub("", bare_header(header[i])))) for i in columns}
    most = max(shared.values(), default=0)
    best = [i for i, n in shared.items() if n == most]
    return best[0] if len(best) == 1 and most >= _SHARED else None


def _figures(table: Sequence[TableRow], column: int) -> dict[int, float]:
    """The figure of each row's cell in `column`, by row index, for the rows that are items (not totals)."""
    out = {}
    for i, row in enumerate(table):
        cells = row.row.cells
        if column >= len(cells) or any(_TOTAL.match(cell.strip()) for cell in cells[:2]):
            continue
        figure = _FIGURE.search(cells[column].replace(",", ""))
        if figure is not None:
            out[i] = float(figure.group())
    return out


def _distance(question: str, header: str, before: int) -> int:
    """How far before `before` the question says `header`: the length of the shortest text ending there that
    says it (longer than the question when none does)."""
    return next((before - k for k in range(before, -1, -1) if says_header(question[k:before], header)), len(question))
