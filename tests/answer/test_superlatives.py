"""Which row of a table has the most or least of what a superlative question names."""

from __future__ import annotations

from qa.answer.superlatives import extreme_row
from qa.answer.tables import TableRow, parse_table
from qa.ingest.chunking import Chunk

CITIES = "\n".join(
    [
        "表1 2025年各市（州）R&D经费投入情况",
        "地区 | R&D经费（亿元） | 增长（%） | 投入强度（%）",
        "全省 | 279.4 | 19.9 | 1.21",
        "贵阳市 | 128.4 | 11.2 | 2.21",
        "遵义市 | 58.7 | 9.6 | 1.18",
        "铜仁市 | 11.8 | 14.5 | 0.81",
    ]
)
PROJECTS = "\n".join(
    [
        "附件：拟立项项目名单",
        "序号 | 项目名称 | 承担单位 | 支持经费（万元）",
        "1 | 机器翻译关键技术研发 | 译联智能科技有限公司 | 200",
        "2 | 铝合金结构件制备技术研发 | 铝创新材料有限公司 | 300",
        "3 | 内涝智能预警系统研发 | 邕水数字技术有限公司 | 150",
    ]
)


def _rows(text: str) -> list[TableRow]:
    table = parse_table(text)
    assert table is not None
    chunk = Chunk("t#0", "t", "t.txt", "T", "S", 0, len(text), text, len(text))
    return [TableRow(chunk, table, r) for r in table.rows]


def _answer(question: str, text: str) -> tuple[str, str | None] | None:
    found = extreme_row(question, _rows(text))
    if found is None:
        return None
    row, column = found
    return row.row.cells[1], None if column is None else row.row.cells[column]


def test_the_row_with_the_extreme_figure_in_the_column_said_nearest_the_superlative() -> None:
    # 增长 is compared (said next to 最快), not R&D经费; 全省 totals the cities and is no item (its 19.9 is not one)
    assert _answer("2025年贵州各市州中，研发经费增长最快的是哪一个？", CITIES) == ("11.8", "铜仁市")
    assert _answer("哪个市州的投入强度最高？", CITIES) == ("128.4", "贵阳市")


def test_the_cell_asked_is_in_the_other_column_the_question_says_else_the_rows_name() -> None:
    assert _answer("支持经费最多的是哪个项目？", PROJECTS) == ("铝合金结构件制备技术研发", "铝合金结构件制备技术研发")
    assert _answer("支持经费最少的项目的承担单位是哪家？", PROJECTS) == ("内涝智能预警系统研发", "邕水数字技术有限公司")


def test_a_column_named_in_other_words_is_compared_when_one_fits_best() -> None:
    # no header said as written: the growth column for "增幅最大", the header sharing most of the clause else
    assert _answer("哪个市州的研发经费增幅最大？", CITIES) == ("11.8", "铜仁市")
    assert _answer("哪个项目拿到的经费额度最高？", PROJECTS) == ("铝合金结构件制备技术研发", "铝合金结构件制备技术研发")
    assert _answer("哪个项目的单位最多？", PROJECTS) is None  # 承担单位 holds no figures to compare


def test_no_row_for_a_question_asking_how_much_or_naming_no_column_of_figures() -> None:
    assert _answer("单个项目支持经费最多是多少万元？", PROJECTS) is None  # a cap, not a row
    assert _answer("哪个项目最重要？", PROJECTS) is None  # no column said
    assert _answer("哪个项目的支持经费是200万元？", PROJECTS) is None  # no superlative
    assert _answer("支持经费最高300万元的是哪个项目？", PROJECTS) is None  # a cap it names, no extreme asked
    assert _answer("支持经费最高一档是哪个项目？", PROJECTS) == ("铝合金结构件制备技术研发", "铝合金结构件制备技术研发")
    tied = PROJECTS.replace("| 150", "| 300")
    assert _answer("支持经费最多的是哪个项目？", tied) is None  # a tie names no one row


def test_which_grew_fastest_is_compared_only_in_a_column_of_growth() -> None:
    assert _answer("哪个市的R&D经费增长最快？", CITIES) == ("11.8", "铜仁市")  # 增长（%）
    # a column of amounts cannot say which grew fastest, nor which grew most: the reader reads the prose
    assert _answer("哪个市的R&D经费增长得最快？", CITIES.replace("增长（%）", "人员（人）")) is None
    assert _answer("哪个项目的支持经费增幅最大？", PROJECTS) is None
    assert _answer("which city's R&D spending grew fastest?", CITIES.replace("增长（%）", "人员（人）")) is None
