import pytest

from qa.answer.reader.quantities import asked_kind, counted_column, of_kind, unfit, with_unit
from qa.answer.tables import Row, Table, TableRow
from qa.ingest.chunking import Chunk


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("到2028年，昆明规模以上生物医药企业研发投入总额要达到多少亿元？", "money"),
        ("武进区天使投资基金已经投资了多少个项目？", "count"),
        ("大连计划建设多少套海洋科技人才公寓？", "count"),
        ("研发投入强度提高几个百分点？", "share"),
        ("贷款利息补贴百分之多少？", "share"),
        ("How many national high-tech enterprises did Yantai have?", "count"),
        ("How many 10,000 yuan is the total investment?", "money"),
        ("What percentage of loan interest is subsidised?", "share"),
        # a proportion asked in words
        ("补助款最多能占计划总经费的多少？", "share"),
        ("企业投入的研发经费在全社会研发经费里占多大比重？", "share"),
        ("签约后能先领到几成？", "share"),
        ("补助比例是多少？", "share"),
        ("孵化场地占地多少平方米？", None),  # 占地: an area, no share
        ("黄冈离岸科创中心是哪天开园的？", "day"),
        ("印发这份管理办法的文件文号是多少？", "number"),
        ("What is the document number of the notice?", "number"),
        ("2025年湖北省科技创新大会是几月几日召开的?", "day"),
        ("On what date was the signing ceremony held?", "day"),
        ("When was the plan issued?", None),  # a year may answer
        # no unit named, or one that is no kind asked here
        ("陕西省对技术经理人培训基地给予多少建设补助？", "amount"),  # money or a share
        ("东营考核拿了优秀的重点实验室，能领到多少运转经费？", "amount"),
        ("补助多少家企业？", "count"),  # the kind its unit names
        ("资助期限是多少年？", None),
        ("单个项目最多能拿到省级财政多少支持？", None),  # 支 begins 支持: no measure word
        ("唐山引进的顶尖人才团队最高给予多少项目资助？", "amount"),  # 项 begins 项目: no count of 项
        ("每年引进多少人才？", None),  # 人 begins 人才
        ("授权多少件发明专利？", "count"),
        ("南陵县有多少家高企？", "count"),  # no word 家高企
        ("哪几家单位入选？", None),  # which ones: names, not a number
        ("贴息期限最长几年？", None),
        ("公示期是多少个工作日？", "days"),
        ("获批后要在多少天内签资助协议？", "days"),
        ("Within how many working days is the subsidy paid?", "days"),
        ("How many years does the project last?", None),
        ("新增多少家企业、投资多少亿元？", None),  # two kinds: not judged
        # an amount asked in English: money or a share
        ("How much does Dongying award a newly approved provincial key laboratory?", "amount"),
        ("What is the maximum annual subsidy per person for a foreign expert?", "amount"),
        ("What was the total value of technology contracts registered in 2025?", "amount"),
        ("How much time does the review take?", None),
        ("How much money does the city give?", "money"),
    ],
)
def test_asked_kind(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


@pytest.mark.parametrize(
    ("asked", "span", "unfits"),
    [
        ("money", "规模以上生物医药企业研发投入占营业收入比重达到4.5%", True),
        ("count", "设立总规模10亿元的武进区科技创新天使投资基金", True),
        ("count", "2025年", True),
        ("count", "500套", False),
        ("count", "2.5万家", False),
        ("share", "2个百分点", False),
        ("money", "最高500万元", False),
        ("money", "每年新台币一千五百万元", False),
        ("money", "300", False),  # a bare figure: its unit may be a table header's
        ("money", "1.2万亿", False),
        ("count", "一次性奖励50万元", False),  # one figure of the kind asked is enough
        ("count", "定期征集八市技术需求", False),  # 八市: eight cities
        ("count", "“锡科贷”投放", True),  # prose without a figure gives no count
        ("count", "二、各孵化器应当完善孵化服务体系", True),
        ("money", "3年", False),  # a duration: a figure of no kind judged here
        ("day", "2026年", True),  # a year does not say which day
        ("day", "柳州市举行2026年产学研合作签约活动", True),
        ("day", "3月17日下午", False),
        ("day", "每年十二月十五日前", False),
        ("day", "2026年3月", False),  # the month, when that is all a document says
        ("day", "2026-03-19", False),
        ("days", "15个工作日", False),
        ("days", "三十日内", False),
        ("days", "60天", False),
        ("days", "18个月", True),  # a number of months
        ("days", "7项", True),
        ("days", "5个", True),  # the reader's "5个" of "5个工作日"
        ("days", "15", True),  # a bare figure in prose says no unit
        ("day", "10个工作日内", True),  # a duration
        ("day", "受理截止后60日内", True),  # so is a number of days
        ("day", "次日起七日内", True),
        ("day", "3月30日", False),
        ("day", "5月31日内完成", False),  # a day of a month, though 内 follows
        ("day", "春节", False),  # a day with a name: not judged
        ("day", "乡试放榜次日", False),
        ("day", "星期五", False),
        ("number", "甬科规〔2025〕5号", False),  # a document's number
        ("number", "武政发[2025]27号", False),
        ("number", "宁波市科学技术局", True),  # its issuer
        ("number", "2025年9月", True),
        ("amount", "按研发投入的10%给予补助", False),
        ("amount", "最高150万元", False),
        ("amount", "优先支持链主企业联合上下游企业开展协同攻关", True),  # prose without a figure
        ("amount", "2450家", True),
        ("money", "不得低于百分之三十", True),  # a share in words
        ("share", "不得低于百分之三十", False),
        ("amount", "2026年3月", True),
        (None, "4.5%", False),
        (None, "“锡科贷”投放", False),
    ],
)
def test_unfit(asked: str | None, span: str, unfits: bool) -> None:
    assert unfit(asked, "前文。" + span + "。后文", 3, 3 + len(span)) is unfits  # type: ignore[arg-type]


def test_a_span_of_days_is_no_day_though_it_stops_before_the_words_that_say_so() -> None:
    text = "并于受理截止后60日内公告核定结果。"
    start = text.index("60日")
    assert unfit("day", text, start, start + 3)  # the reader's "60日" of "60日内"
    dated = "受理期间至4月30日，逾期不予受理。"
    assert not unfit("day", dated, dated.index("4月30日"), dated.index("，"))


def test_a_tables_bare_figure_may_be_a_number_of_days() -> None:
    text = "事项 | 公示天数 |\n拟认定名单 | 15 |"
    assert not unfit("days", text, text.index("15"), text.index("15") + 2)


def test_a_table_cell_without_a_figure_may_be_a_condition_to_count() -> None:
    text = "序号 | 名称 | 类型 |\n1 | 云鼎孵化器 | 综合型 |"
    start = text.index("综合型")
    assert not unfit("count", text, start, start + 3)  # "how many are of the comprehensive type"


@pytest.mark.parametrize(
    ("cell", "header", "cells", "short"),
    [
        ("58.7", ("地区", "R&D经费（亿元）"), ("遵义市", "58.7"), "58.7亿元"),
        ("1.21", ("地区", "投入强度（%）"), ("全省", "1.21"), "1.21%"),
        ("12", ("类型", "数量(家)"), ("孵化器", "12"), "12家"),
        ("3.1", ("指标", "2025年", "2030年"), ("研发经费投入强度（%）", "2.62", "3.1"), "3.1%"),  # the row's unit
        ("2.62", ("指标", "数值（2025年）"), ("研发人员", "2.62"), "2.62"),  # a year is no unit
        ("遵义市", ("地区", "R&D经费（亿元）"), ("遵义市", "58.7"), "遵义市"),  # no figure
        ("58.7亿元", ("地区", "R&D经费"), ("遵义市", "58.7亿元"), "58.7亿元"),
    ],
)
def test_with_unit(cell: str, header: tuple[str, ...], cells: tuple[str, ...], short: str) -> None:
    chunk = Chunk("d#0", "d", "d.txt", "公报", "", 0, 1, "x", 1)
    row = TableRow(chunk, Table("表1", header, (Row(0, 1, cells),)), Row(0, 1, cells))
    assert with_unit(cell, row) == short
    assert with_unit(cell, None) == cell  # prose: a figure says its own unit


@pytest.mark.parametrize(
    ("cell", "header", "short"),
    [
        ("1200", "2025年 预算数", "1200万元"),  # the caption's unit: every figure of the table
        ("12.5", "2026年 增减%", "12.5"),  # a column of its own unit (a share)
        ("98.2", "执行率", "98.2"),
        ("3", "数量（项）", "3项"),  # the column's own unit first
    ],
)
def test_with_the_captions_unit(cell: str, header: str, short: str) -> None:
    chunk = Chunk("d#0", "d", "d.txt", "预算", "", 0, 1, "x", 1)
    cells = ("基础研究", cell)
    table = Table("表1 科技专项资金分类别安排情况表（单位：万元）", ("项目类别", header), (Row(0, 1, cells),))
    assert with_unit(cell, TableRow(chunk, table, Row(0, 1, cells))) == short


INDICATORS = (("指标", "2024年", "2025年", "增长"), ("工程技术研究中心（个）", "205", "231", "12.7%"))


@pytest.mark.parametrize(
    ("question", "header", "cells", "column"),
    [
        ("2024年工程技术研究中心有几个？", *INDICATORS, 1),  # of two counts, the one whose header is said
        ("工程技术研究中心有几个？", *INDICATORS, None),  # two counts, neither said
        ("宁夏有多少家高新技术企业？", ("指标", "数值", "同比"), ("高新技术企业（家）", "812", "增长14.9%"), 1),
        ("How many high-tech enterprises?", ("指标", "数值", "同比"), ("高新技术企业（家）", "812", "增长14.9%"), 1),
        ("宁夏有多少项高新技术企业？", ("指标", "数值", "同比"), ("高新技术企业（家）", "812", "增长14.9%"), None),
        ("公益性研究计划准备立多少个项目？", ("专项", "额度", "项目数"), ("公益性研究计划", "每项10万元", "约60项"), 2),
        ("表中有几个园区在孝感？", ("序号", "园区", "投资"), ("1", "孝感园", "20亿元"), None),  # rows counted
        (
            "how many patents?",
            ("指标", "单位", "2023年"),
            ("每万人口发明专利拥有量", "件", "11.6"),
            None,
        ),  # 万人: no cell
    ],
)
def test_a_count_asked_of_one_row_is_its_cell_counted_in_the_measure_asked(
    question: str, header: tuple[str, ...], cells: tuple[str, ...], column: int | None
) -> None:
    chunk = Chunk("d#0", "d", "d.txt", "公报", "", 0, 1, "x", 1)
    row = TableRow(chunk, Table("表1", header, (Row(0, 1, cells),)), Row(0, 1, cells))
    assert counted_column(question.lower(), row) == column


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("250万元", True),
        ("新臺幣20萬元", True),
        ("一次性奖励50万元", False),
        ("6项", False),
        ("250", False),
        ("最高100万元，不超过50%", False),
        ("暂无", False),
    ],
)
def test_of_kind(text: str, money: bool) -> None:
    """Strict: "一次性" reads as a count (一次), so such a cell leaves its column to the reader."""
    assert of_kind("money", text) is money
