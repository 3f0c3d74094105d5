"""Cells a question picks out of a table by what it names, without the reader.

Two questions about a table are answered by its structure rather than by reading a span: which row has the most
of something (`qa.answer.superlatives`), and a value at a row and column the question names both by their full
names: "指标表中，每万人口高价值发明专利拥有量到2030年的目标值是多少件" names the row 每万人口高价值发明专利拥有量（件）
and the column 2030年. The reader, trained on prose, may instead take the sentence that gives the same indicator's
figure for another year, or refuse a row it reads as "a | b | c".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.levels import level_frame
from qa.answer.particulars import Particulars, grade_frame
from qa.answer.question import QUANTITY, Question
from qa.answer.reader.quantities import Kind, asked_kind, count_unit, counts_in, of_kind, with_unit
from qa.answer.superlatives import extreme_row
from qa.answer.tables import TableRow, numbering, says_header
from qa.answer.titles import untitled


def picked(q: Question, naming: str, table: Sequence[TableRow]) -> tuple[TableRow, int | None] | None:
    """The row a question picks out of `table` and the column of its answer (None: the row is the answer):
    the extreme row a superlative asks for, else the cell a value question names by row and column. `naming`
    is the question as it names cells (`ReaderAnswerer._naming`)."""
    if not table:
        return None
    extreme = extreme_row(naming, table)
    if extreme is not None or not QUANTITY.search(q.simple) or q.several:
        return extreme  # a count ("多少家") may ask a cell too: a row and a column named leave no rows to count
    found = looked_up(naming, table)
    return found if found is None or not q.counts or _counted_in(found, q.simple) else None


def _counted_in(found: tuple[TableRow, int], question: str) -> bool:
    """Whether a count's measure word is the looked-up cell's unit, its own or its header's (`counts_in`):
    "多少家" reads a 高新技术企业数（家） row, "多少个行政村" no 科技特派员（人） row the question names beside the
    villages it counts."""
    row, column = found
    return counts_in(question, count_unit(with_unit(row.row.cells[column], row)))


#: A question asking a table's total, and the row that gives it: "合计 |  | 2298" under a list of projects.
_TOTAL_ASKED = re.compile("一共|总共|合计|共计|总计|总额")
_TOTAL_ROW = re.compile(r"\s*(?:合\s*计|总\s*计|共\s*计)\s*")


def looked_up(question: str, table: Sequence[TableRow]) -> tuple[TableRow, int] | None:
    """The one row whose name `question` (Simplified, lower case) says in full, less its unit (or the total row,
    when it asks a total), and the one other column whose header it says, when that cell holds a figure."""
    header, plain = table[0].table.header, untitled(question, table[0].chunk.title)
    rows = [r for r in table if any(_names(plain, cell) for cell in r.row.cells)]
    if not rows and _TOTAL_ASKED.search(plain):  # "一共拟资助多少万元": the total row, which no name names
        rows = [r for r in table if any(_TOTAL_ROW.fullmatch(cell) for cell in r.row.cells[:2])]
    if len(rows) != 1:
        return None
    cells = rows[0].row.cells
    # the year of "宜昌市科学技术局2026年部门预算的表1里…2025年的预算数" names the budget, not the column 2026年 预算数;
    # tried first, as a 2025 report's "2025年" may be all that says which year's column a question means
    # a header of another grade is no column asked: "获评良好的…绩效奖补" does not name 绩效奖补（优秀）
    for asking in (plain, question):
        asked = Particulars.asking(asking)
        said = [
            i
            for i, h in enumerate(header)
            if i < len(cells)
            and not numbering(h)
            and says_header(asking, h)
            and not _names(asking, cells[i])
            and grade_frame(asked, (h,)) is not False
            and level_frame(asked.levels, (h,)) is not False
        ]
        if len(said) == 1:
            return (rows[0], said[0]) if re.search(r"\d", cells[said[0]]) else None
    # no column said: the one whose figures are of the unit asked ("新材料专题一个项目最多给多少万元" of a table whose
    # only column of 万元 is 支持强度（万元）)
    kind = asked_kind(question)
    if kind is None:
        return None
    of_unit = [i for i in range(len(cells)) if all(_of_unit(question, kind, r, i) for r in _reaching(table, i))]
    return (rows[0], of_unit[0]) if len(of_unit) == 1 else None


def _of_unit(question: str, kind: Kind, row: TableRow, column: int) -> bool:
    """Whether `row`'s cell in `column` is a quantity of the `kind` asked, counted by the measure word asked if
    any (`counts_in`): "发明专利授权多少件" is not asked of a 高新技术企业（家） column."""
    cell = with_unit(row.row.cells[column], row)
    return of_kind(kind, cell) and counts_in(question, count_unit(cell))


def _reaching(table: Sequence[TableRow], column: int) -> list[TableRow]:
    """The rows of `table` that have a cell in `column`."""
    return [r for r in table if column < len(r.row.cells)]


def _names(question: str, cell: str) -> bool:
    """Whether `question` says a cell that names its row: in full, less a unit in brackets; not a figure or date."""
    return not re.fullmatch(r"[\d.,%\s\-—～~年月日]*", cell) and says_header(question, cell)
