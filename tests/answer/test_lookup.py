"""A value looked up at the row and column a question names, and the superlative row, without the reader."""

from __future__ import annotations

from qa.answer.lookup import looked_up, picked
from qa.answer.question import analyse
from qa.answer.tables import TableRow, parse_table
from qa.ingest.chunking import Chunk

INDICATORS = "\n".join(
    [
        "表1 “十五五”科技创新主要指标",
        "类别 | 指标 | 2025年 | 2030年 | 属性",
        "创新投入 | 全社会研发经费投入强度（%） | 2.62 | 3.1 | 预期性",
        "创新产出 | 每万人口高价值发明专利拥有量（件） | 14.6 | 24 | 预期性",
        "创新主体 | 规模以上工业企业中有研发活动的企业占比（%） | 42 | 55 | 预期性",
    ]
)


def _rows(text: str = INDICATORS) -> list[TableRow]:
    table = parse_table(text)
    assert table is not None
    chunk = Chunk("t#0", "t", "t.txt", "T", "S", 0, len(text), text, len(text))
    return [TableRow(chunk, table, r) for r in table.rows]


def _cell(question: str) -> str | None:
    q = analyse(question)
    found = picked(q, q.simple, _rows())
    if found is None:
        return None
    row, column = found
    return row.row.cells[column] if column is not None else row.row.cells[1]


def test_a_value_at_the_row_and_column_the_question_names() -> None:
    # the row named less its unit, and the year's column
    assert _cell("指标表中，每万人口高价值发明专利拥有量到2030年的目标值是多少件？") == "24"
    assert _cell("2025年规模以上工业企业中有研发活动的企业占比是百分之多少？") == "42"


def test_nothing_looked_up_unless_one_row_and_one_column_are_named_and_a_value_asked() -> None:
    assert _cell("每万人口高价值发明专利拥有量是多少件？") is None  # no column: which year is for the reader
    assert _cell("2025年和2030年的每万人口高价值发明专利拥有量各是多少？") is None  # two columns
    assert _cell("2030年研发投入强度是多少？") is None  # the row not named in full
    assert _cell("每万人口高价值发明专利拥有量2030年的属性是什么？") is None  # not a value asked
    assert looked_up("全社会研发经费投入强度的属性", _rows()) is None  # a cell without a figure


def test_a_superlative_is_compared_first() -> None:
    # 55 (%) is the largest figure of the 2030年 column; the rows are named by 指标
    assert _cell("2030年目标值最高的是哪项指标？") == "规模以上工业企业中有研发活动的企业占比（%）"


BUDGET = "\n".join(
    [
        "表1 宜昌市科技专项资金分类别安排情况表（单位：万元）",
        "项目类别 | 2025年 预算数 | 2025年 执行数 | 2026年 预算数 | 2026年 增减%",
        "基础研究与自然科学基金 | 1200 | 1186 | 1350 | 12.5",
        "重点研发计划 | 3800 | 3725 | 4180 | 10.0",
    ]
)


def test_the_year_that_names_the_document_names_no_column() -> None:
    table = parse_table(BUDGET)
    assert table is not None
    chunk = Chunk("b#0", "b", "b.docx", "宜昌市科学技术局2026年部门预算说明", "S", 0, len(BUDGET), BUDGET, 9)
    rows = [TableRow(chunk, table, r) for r in table.rows]
    asked = "宜昌市科学技术局2026年部门预算的表1里，基础研究与自然科学基金在2025年的预算数是多少？"
    found = looked_up(asked, rows)
    assert found is not None and found[0].row.cells[found[1]] == "1200"
    # without the title, 2026 is the year asked
    found = looked_up("表1里，基础研究与自然科学基金在2026年的预算数是多少？", rows)
    assert found is not None and found[0].row.cells[found[1]] == "1350"


COUNTS = "\n".join(
    [
        "表1 主要科技指标",
        "指标 | 2025年 | 2030年",
        "高新技术企业数（家） | 3260 | 5000",
        "科技特派员（人） | 1345 | 1500",
    ]
)


def test_a_count_is_looked_up_when_its_measure_word_is_the_cells_unit() -> None:
    rows = _rows(COUNTS)

    def cell(question: str) -> str | None:
        q = analyse(question)
        found = picked(q, q.simple, rows)
        return None if found is None or found[1] is None else found[0].row.cells[found[1]]

    assert cell("指标表中，高新技术企业数量2030年的目标是多少家？") == "5000"
    assert cell("2025年科技特派员服务覆盖了多少个行政村？") is None  # counts villages, not the 人 of the row named


TOPICS = "\n".join(
    [
        "表1 重大科技专项申报专题",
        "序号 | 专题名称 | 支持强度（万元） | 拟支持项目数 | 实施期限",
        "1 | 新材料 | 250 | 6项 | 30个月",
        "2 | 生物医药 | 200 | 5项 | 42个月",
    ]
)


def test_a_question_naming_no_column_asks_the_one_whose_figures_are_of_its_unit() -> None:
    rows = _rows(TOPICS)
    found = looked_up("新材料专题一个项目市里最多给多少万元？", rows)
    assert found is not None and found[0].row.cells[found[1]] == "250"  # the only column of 万元
    assert looked_up("新材料专题的实施期限是多久？", rows) is not None  # a column said is still read first
    assert looked_up("新材料专题一个项目最多给多少？", rows) is None  # no unit asked: no column


def test_no_column_by_unit_when_two_columns_share_it() -> None:
    text = "\n".join(["表2 资金安排", "专题 | 市级资金（万元） | 自筹资金（万元）", "新材料 | 250 | 500"])
    assert looked_up("新材料专题要投入多少万元？", _rows(text)) is None


def test_a_thing_counted_by_ge_may_be_counted_by_its_first_character() -> None:
    q = analyse("郑州生物医药专题今年打算立几个项目？")
    found = picked(q, q.simple, _rows(TOPICS))
    assert found is not None and found[1] is not None and found[0].row.cells[found[1]] == "5项"
    q = analyse("生物医药专题有几个平台？")  # 平台 are not counted by 项
    assert picked(q, q.simple, _rows(TOPICS)) is None


def test_a_header_of_another_grade_is_no_column_the_question_names() -> None:
    """What a 优秀 rating earns answers nothing about a 良好 one: the reader is left to weigh it."""
    text = "\n".join(["表1 奖补标准", "机构级别 | 认定奖励 | 绩效奖补（优秀）", "省级研发机构 | 70万元 | 22万元"])
    found = looked_up("获评优秀的省级研发机构能拿多少绩效奖补？", _rows(text))
    assert found is not None and found[0].row.cells[found[1]] == "22万元"
    assert looked_up("获评良好的省级研发机构能拿多少绩效奖补？", _rows(text)) is None


def test_a_total_asked_is_the_total_rows() -> None:
    rows = ["1 | 氧化铝制备 | 80", "2 | 巡检机器人 | 95", "合计 |  | 175"]
    text = "\n".join(["表1 拟立项项目", "序号 | 项目名称 | 市财政资助（万元）", *rows])
    q = analyse("这次公示的项目，市财政一共拟拿出多少万元？")
    found = picked(q, q.simple, _rows(text))
    assert found is not None and found[0].row.cells[0] == "合计" and found[1] == 2
    q = analyse("这次公示的项目，市财政拟拿出多少万元？")  # no total asked: which project's is for the reader
    assert picked(q, q.simple, _rows(text)) is None


def test_a_count_asked_by_another_measure_word_is_no_column_of_counts() -> None:
    rows = ["全市 | 41.36 | 412", "宣威市 | 5.62 | 47"]
    text = "\n".join(["表1 各县R&D经费投入情况", "县（市、区） | R&D经费（亿元） | 高新技术企业（家）", *rows])
    assert looked_up("宣威市发明专利授权多少件？", _rows(text)) is None  # 件 is not 家
    found = looked_up("宣威市有多少家？", _rows(text))
    assert found is not None and found[0].row.cells[found[1]] == "47"
