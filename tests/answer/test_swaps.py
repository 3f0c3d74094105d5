"""A question naming a thing of a table's kind that none of its rows is."""

from __future__ import annotations

from qa.answer.swaps import swapped
from qa.answer.tables import TableRow, parse_table
from qa.ingest.chunking import Chunk

PARKS = (
    "表1 园区建设项目\n序号 | 名称 | 建成时间\n1 | 黄石（武汉）离岸科创园 | 已建成\n"
    "2 | 咸宁（武汉）离岸科创园 | 2023年\n3 | 光谷咸宁生物医药产业园 | 2025年"
)


def _rows(text: str = PARKS) -> list[TableRow]:
    table = parse_table(text)
    assert table is not None
    chunk = Chunk("d#0", "d", "d.txt", "方案", "表1", 0, len(text), text, len(text))
    return [TableRow(chunk, table, r) for r in table.rows]


def test_a_rows_name_with_another_name_in_place_of_a_part_names_another_thing() -> None:
    rows = _rows()
    assert swapped("光谷(孝感)生物医药产业园的建成时间", rows) == "光谷(孝感)生物医药产业园"
    assert swapped("随州（武汉）离岸科创园什么时候建成", rows) == "随州（武汉）离岸科创园"
    assert swapped("荆州离岸科创园什么时候建成", rows) == "荆州离岸科创园"


def test_the_swap_is_found_in_the_clause_that_names_it() -> None:
    rows = _rows(
        "表1 首批中试平台\n序号 | 平台名称 | 依托单位\n1 | 环境功能材料中试平台 | 城市环境研究所\n"
        "2 | 新能源电池材料中试平台 | 厦门大学"
    )
    asked = "首批中试平台中，量子信息中试平台的依托单位是哪家？"  # the kind said twice, once in each clause
    assert swapped(asked, rows) == "量子信息中试平台"


def test_a_row_named_or_named_in_part_is_no_swap() -> None:
    rows = _rows()
    for question in (
        "光谷咸宁生物医药产业园的建成时间",  # the row itself
        "黄石离岸科创园建成了吗",  # its name shortened
        "光谷咸宁生物医学产业园的建成时间",  # one character mistyped: a typo, not another name
        "黄时（武汉）离岸科创园建成了吗",  # a homophone
        "咸宁有哪些离岸科创园",  # 咸宁 is another row's: the question picks rows
        "哪个离岸科创园已建成",  # a question word where the name goes
        "武汉的离岸科创园有几个",
        "黄石申报离岸科创园的条件",  # a verb jieba tags as a name (申报 nz) in place of part of a row's name
        "研发投入增长多少",
    ):
        assert swapped(question, rows) is None, question


def test_a_year_in_place_of_part_of_a_rows_name_is_no_swap() -> None:
    rows = _rows(
        "表1 平台清单\n序号 | 名称 | 所在区\n"
        "1 | 无锡物联网感知技术创新中心 | 新吴区\n2 | 无锡未来食品技术创新中心 | 滨湖区"
    )
    assert swapped("无锡市2026年技术合同成交额的目标是多少", rows) is None


def test_a_table_without_a_naming_column_names_nothing() -> None:
    rows = _rows("表2 指标\n年份 | 地区 | 数值\n2023 | 武汉 | 10\n2023 | 武汉 | 10")
    assert swapped("2023年荆州的数值", rows) is None


def test_the_words_that_name_the_document_name_no_swap() -> None:
    """ "柳州中试基地支持标准表中…" names the 柳州 plan by its title, not a 中试基地 of another city."""
    rows = _rows(
        "表1 中试基地建设支持标准\n支持事项 | 支持对象 | 单项支持上限\n"
        "新认定市级中试基地 | 当年通过认定的市级中试基地 | 100万元\n"
        "新认定自治区级中试基地 | 当年获自治区认定的中试基地 | 200万元"
    )
    asked = "柳州中试基地支持标准表中，获得自治区认定的中试基地一次性奖励最多能拿多少？"
    assert swapped(asked, rows) == "柳州中试基地"  # read without the naming, it looks like another city's base
    assert swapped(asked, rows, ["柳州中试基地"]) is None


def test_a_row_named_by_its_parts_in_another_order_is_no_swap() -> None:
    rows = _rows(
        "附表 补助类别\n补助类别 | 补助比率 | 执行期程\n甲类（创新研发） | 50% | 12个月\n丙类（智慧制造） | 35% | 9个月"
    )
    assert swapped("嘉义县智慧制造类（丙类）研发补助项目最长做多久？", rows) is None
    assert swapped("随州（武汉）离岸科创园什么时候建成", _rows()) is not None  # 黄石（武汉）…: a part it does not say
