"""Tables in chunks: header, rows with offsets, merged cells filled down."""

from __future__ import annotations

import pytest

from qa.answer.tables import (
    TableRow,
    answer_column,
    asked_column,
    asked_label,
    asked_rows,
    best_named,
    called_a_table,
    label_lines,
    labelled,
    names,
    naming_column,
    numbered,
    other_table,
    parse_table,
    rows_of,
    says_header,
    table_label,
    titled,
    whole_table,
)
from qa.ingest.chunking import Chunk
from qa.ingest.documents import Document

TEXT = "\n".join(
    [
        "表3 科技园区建设项目（部分）",
        "序号 | 地区 | 名称 | 建设时间",
        "1 | 武汉 功能区 | 光谷科学岛科创中心 | 2023-2025年",
        "2 | 小洪山科学城 | 2023-2025年",
        "3 | 鄂州 功能区 | 滨江科学城 | 2023-2025年",
    ]
)


def test_rows_with_offsets_and_filled_down_cells() -> None:
    table = parse_table(TEXT)
    assert table is not None and table.caption == "表3 科技园区建设项目（部分）"
    assert table.header == ("序号", "地区", "名称", "建设时间")
    assert [TEXT[r.start : r.end][:1] for r in table.rows] == ["1", "2", "3"]
    assert table.rows[1].cells == ("2", "武汉 功能区", "小洪山科学城", "2023-2025年")
    assert table.describe(table.rows[1]) == "序号：2，地区：武汉 功能区，名称：小洪山科学城，建设时间：2023-2025年"


def test_continuation_chunk_uses_context_header() -> None:
    rows = "\n".join(TEXT.split("\n")[3:])
    table = parse_table(rows, context="\n".join(TEXT.split("\n")[:2]))
    assert table is not None and len(table.rows) == 2 and table.header[3] == "建设时间"


def test_the_prose_after_a_continuations_last_row_is_not_its_caption() -> None:
    caption, header = TEXT.split("\n")[:2]
    rest = TEXT.split("\n")[4] + "\n各依托单位应于每季度首月10日前报送建设进展。"
    table = parse_table(rest, context=f"{caption}\n{header}")
    assert table is not None and table.caption == caption and len(table.rows) == 1


def test_a_question_may_call_a_table_a_table_by_no_label_or_title() -> None:
    rows = _table_rows()
    assert called_a_table("科技园区建设项目表里排在第三个的是哪个项目？") and called_a_table("名单中的第五个")
    assert not called_a_table("第三个园区在哪？")
    assert [r.row.cells[2] for r in whole_table("建设项目表里排在第三个的是哪个项目？", rows)] == ["滨江科学城"]


def test_no_table() -> None:
    assert parse_table("没有表格的段落。") is None
    assert label_lines("没有表格的段落。") == ()


def test_caption_and_header_are_labels_rows_are_not() -> None:
    caption, header = TEXT.split("\n")[:2]
    assert [TEXT[a:b] for a, b in label_lines(TEXT)] == [caption, header]


def test_a_continuation_chunk_has_no_labels() -> None:
    rows = "\n".join(TEXT.split("\n")[3:])
    assert label_lines(rows, context="\n".join(TEXT.split("\n")[:2])) == ()


def test_a_sentence_above_a_table_is_not_a_label() -> None:
    text = "重点项目如下，2023年全部开工：\n" + "\n".join(TEXT.split("\n")[1:])
    assert [text[a:b] for a, b in label_lines(text)] == ["序号 | 地区 | 名称 | 建设时间"]


def test_every_row_of_the_seed_tables_parses(seeds: dict[str, Document]) -> None:
    text = seeds["003"].text
    start = text.index("表3")
    table = parse_table(text[start : text.index("（四）推進武漢新城", start)])
    assert table is not None and len(table.rows) == 7
    assert all(len(r.cells) == 4 for r in table.rows)


def test_a_lone_line_with_bars_is_prose_not_a_header() -> None:
    """Wiki text can hold two "|" on one line; with no row under it, nothing is a label."""
    assert label_lines("歌曲 | 专辑 | 年份是一段普通的文字。\n下一段没有竖线。") == ()


def _table_chunk(n: int, text: str, context: str = "") -> Chunk:
    return Chunk(f"d#{n}", "d", "d.txt", "方案", "表3", 100 * n, 100 * n + len(text), text, len(text), context)


def test_a_long_tables_rows_are_gathered_from_its_chunks() -> None:
    lines = TEXT.split("\n")
    first = _table_chunk(0, "\n".join(lines[:4]))
    rest = _table_chunk(1, lines[4], context="\n".join(lines[:2]))
    other = _table_chunk(2, "表4 其他\n序号 | 名称\n1 | 别的项目")
    rows = rows_of(first, [first, rest, other])
    assert [(r.chunk.chunk_id, r.row.cells[2]) for r in rows] == [
        ("d#0", "光谷科学岛科创中心"),
        ("d#0", "小洪山科学城"),
        ("d#1", "滨江科学城"),
    ]


@pytest.mark.parametrize(
    ("question", "cell", "named"),
    [
        ("表1中哪两个项目已经建成？", "已建成", True),  # one character between its words
        ("武汉功能区有哪几个项目？", "武漢 功能區", True),  # either script, spaces ignored
        ("武汉有哪几个项目？", "武汉 功能区", False),
        ("表1中哪两个项目？", "1", False),  # one character tells nothing
        ("哪些项目2025年建成？", "2023年", False),
        ("2025年度名单里鹰潭市的机构有哪些？", "25", False),  # a number is named whole, not inside a year
        ("序号为25的机构在哪个市？", "25", True),
    ],
)
def test_a_question_names_a_cell(question: str, cell: str, named: bool) -> None:
    assert names(question, cell) is named


def _rows() -> list[TableRow]:
    chunk = _table_chunk(0, TEXT)
    return rows_of(chunk, [chunk])


def test_the_asked_rows_are_those_whose_cells_the_question_names() -> None:
    rows = _rows()
    asked = asked_rows("武汉功能区有哪几个项目？", rows)
    assert [r.row.cells[2] for r in asked] == ["光谷科学岛科创中心", "小洪山科学城"]  # row 2's region is filled down
    assert len(asked_rows("鄂州功能区和武汉功能区各自的项目是什么？", rows)) == 3
    assert [r.row.cells[2] for r in asked_rows("鄂州有哪些项目？", rows)] == ["滨江科学城"]  # "功能区" is every row's


def _titled_rows(title: str, *lines: str) -> list[TableRow]:
    """The rows of a table whose lines are `lines` (caption, header, rows), in a document titled `title`."""
    text = "\n".join(lines)
    chunk = Chunk("t#0", "t", "t.docx", title, "附件", 0, len(text), text, len(text))
    return rows_of(chunk, [chunk])


def test_words_of_the_documents_title_pick_no_row() -> None:
    # the question names the document by its title; 南京市 in one row's 配合单位 does not make it the row asked
    rows = _titled_rows(
        "南京市加快概念验证中心建设实施方案",
        "重点任务分工表",
        "序号 | 重点任务 | 配合单位 | 完成时限",
        "3 | 建立市级概念验证项目库并开展季度评审 | 市教育局 | 2025年10月",
        "5 | 设立概念验证投资子基金 | 南京市科创投资集团 | 2026年6月",
        "9 | 建设集成电路领域概念验证中心 | 市科技局 | 2027年12月",
    )
    asked = asked_rows("南京市概念验证中心实施方案分工表中，建立市级概念验证项目库这项任务要在什么时候完成？", rows)
    assert [r.row.cells[0] for r in asked] == ["3"]


def test_a_row_named_by_words_is_the_one_holding_most_of_them() -> None:
    """揭榜挂帅 and 重点研发 are the first row's; 研发 alone is also the second's in another column. Each column's
    named rows were intersected: that left the second row only."""
    rows = _titled_rows(
        "科技计划项目申报指南",
        "表1 专项设置",
        "专项 | 支持方向 | 资助额度",
        "重点研发计划（揭榜挂帅） | 关键核心技术攻关 | 最高300万元",
        "重点研发计划（竞争择优） | 共性技术研发 | 每项50万元",
        "国际科技合作 | 联合研发和技术引进 | 最高100万元",
        "软科学研究 | 科技政策研究 | 每项3万元",
    )
    asked = asked_rows("揭榜挂帅类重点研发项目每个最多资助多少钱？", rows)
    assert [r.row.cells[2] for r in asked] == ["最高300万元"]


def test_a_question_naming_no_cell_or_every_cell_asks_for_every_row() -> None:
    rows = _rows()
    assert asked_rows("表3列了哪些项目？", rows) == rows
    assert asked_rows("哪些项目在2023-2025年建设？", rows) == rows


def test_the_answer_column_is_the_spans_unless_the_question_names_it() -> None:
    rows = _rows()
    assert answer_column("武汉功能区有哪几个项目？", rows[0], "光谷科学岛") == 2
    assert answer_column("哪些项目在武汉功能区？", rows[0], "武汉") is None  # the span is the condition
    assert answer_column("哪些项目在武汉功能区？", rows[0], "武汉", rows) == 2  # …and the answer the rows' names


def test_a_row_number_answers_only_a_question_that_asks_for_it() -> None:
    rows = _rows()
    # the region is filled down (repeats), so the rows are told apart by 名称
    assert naming_column(rows) == 2
    assert answer_column("表3列了哪些项目？", rows[0], "1", rows) == 2
    assert answer_column("光谷科学岛科创中心的序号是几？", rows[0], "1", rows) == 0
    assert answer_column("表3列了哪些项目？", rows[0], "1") == 0  # no rows to name them by: as read
    numbers = _table_rows("园区表\n序号 | 面积 | 产值\n1 | 5 | 7\n2 | 6 | 8")
    assert naming_column(numbers) is None and answer_column("有哪些园区？", numbers[0], "1", numbers) == 0


def test_a_row_number_read_for_a_question_naming_a_column_answers_from_that_column() -> None:
    rows = _table_rows("项目表\n序号 | 名称 | 总投资（亿元）\n1 | 鄂州园 | 28.0\n2 | 咸宁园 | 15.5")
    assert says_header("咸宁园的总投资是多少亿元", "总投资（亿元）")  # said less its unit
    assert answer_column("咸宁园的总投资是多少亿元", rows[1], "2", rows) == 2  # the row's number read: its 总投资
    assert answer_column("咸宁园的序号是几", rows[1], "2", rows) == 0  # asked for the number itself
    assert answer_column("第2个项目叫什么", rows[1], "2", rows) == 1  # no column said: what the row is called
    assert answer_column("名称为咸宁园的项目总投资多少", rows[1], "咸宁园", rows) == 2  # the span is the condition
    assert answer_column("总投资为15.5亿元的是哪个项目", rows[1], "2", rows) == 1  # 总投资 is the condition


def test_a_question_asking_a_value_by_its_column_is_answered_from_that_column() -> None:
    header = "地区 | R&D经费（亿元） | 增长（%） | 投入强度（%）"
    rows = _table_rows(f"表1 各市研发经费\n{header}\n全省 | 279.4 | 9.9 | 1.21")
    # the reader read the row's R&D经费; the question asks its 投入强度 (研发经费 says no header: R&D经费 does)
    assert answer_column("2025年贵州省研发经费投入强度是多少", rows[0], "279.4", rows, value=True) == 3
    assert answer_column("2025年贵州省研发经费投入强度是多少", rows[0], "1.21", rows, value=True) == 3
    assert answer_column("2025年贵州省研发经费投入强度是多少", rows[0], "279.4", rows) == 1  # not asked a value
    assert answer_column("增长和投入强度各是多少", rows[0], "279.4", rows, value=True) == 1  # says two: as read


def test_a_column_under_a_group_is_said_by_every_part() -> None:
    assert says_header("2025年实际执行数是多少", "2025年 执行数")
    assert not says_header("2026年的执行数是多少", "2025年 执行数")
    assert not says_header("2025年的预算数是多少", "2025年 执行数")
    assert says_header("2026年比上年增减了百分之多少", "2026年 增减%")  # said less its unit


def test_a_years_column_is_said_by_its_year() -> None:
    assert says_header("what was the value of technology contract turnover in 2025?", "2025年")
    assert not says_header("what was the value of technology contract turnover in 2025?", "2024年")
    assert not says_header("a total of 20251 contracts", "2025年")  # a number, not the year
    rows = _table_rows("表1 主要指标\n指标 | 2024年 | 2025年 | 增长\n技术合同成交额（亿元） | 126.5 | 158.2 | 25.1%")
    asked = "what was the value of technology contract turnover in 2025?"
    assert answer_column(asked, rows[0], "技术合同成交额（亿元）", rows, value=True) == 2  # the row's name read


def _table_rows(text: str = TEXT) -> list[TableRow]:
    table = parse_table(text)
    assert table is not None
    return [TableRow(_table_chunk(0, text), table, r) for r in table.rows]


def test_an_ordinal_picks_the_row_its_numbering_column_gives() -> None:
    rows = _table_rows()
    assert [r.row.cells[2] for r in numbered("表3里第三个项目叫什么", rows)] == ["滨江科学城"]
    assert [r.row.cells[2] for r in numbered("what is item no. 2?", rows)] == ["小洪山科学城"]
    for said in ("表3中序号为3的项目是什么", "序号是3的项目", "序号：3的项目", "序号三是什么项目"):
        assert [r.row.cells[2] for r in numbered(said, rows)] == ["滨江科学城"], said
    assert numbered("序号为31的项目", rows) == [] and numbered("滨江科学城的序号是几", rows) == []
    assert numbered("第二次会议是哪天", rows[:1]) == [] and numbered("鄂州的项目", rows) == []
    for said in ("排第三的项目在哪", "排在第三的项目", "第三位的项目"):  # a place in the list
        assert [r.row.cells[2] for r in numbered(said, rows)] == ["滨江科学城"], said
    spelled = _table_rows("园区表\n序号 | 名称 | 状态\n一 | 鄂州园 | 在建\n二 | 咸宁园 | 在建")  # numbered in Chinese
    assert [r.row.cells[1] for r in numbered("第2个园区", spelled)] == ["咸宁园"]
    unnumbered = _table_rows("园区表\n名称 | 面积 | 状态\n鄂州园 | 5 | 在建\n咸宁园 | 6 | 在建")
    assert numbered("第二个园区", unnumbered) == []


def test_an_english_ordinal_counts_rows_only_in_a_table_the_question_names() -> None:
    rows = _table_rows()
    assert [r.row.cells[2] for r in numbered("in table 3, when is the third park built?", rows)] == ["滨江科学城"]
    assert numbered("when was the first meeting held?", rows) == []  # no table named: "first" counts nothing


def test_a_table_is_named_by_its_label_and_other_tables_are_told_apart() -> None:
    assert table_label("表3里黄冈功能区的项目") == "3" and table_label("in table 2, what is item 4?") == "2"
    assert table_label("附表一 重点任务") == "1" and table_label("“一区一表”机制由谁牵头") is None
    chunk = _table_chunk(0, TEXT)  # 表3
    assert other_table(chunk, "2") and not other_table(chunk, "3")
    assert not other_table(_table_chunk(1, "没有表格的段落。"), "2")  # prose is never another table
    assert labelled(chunk, "3") and not labelled(chunk, "2") and not labelled(_table_chunk(1, "没有表格的段落。"), "3")


def test_a_table_is_named_by_its_captions_title_less_its_label_and_remarks() -> None:
    rows = "序号 | 名称 | 建设时间\n1 | 光谷鄂州产业园 | 2023\n2 | 光谷黄石产业园 | 2024"
    chunk = _table_chunk(0, f"表2 协同产业园区建设项目（部分）\n{rows}")
    assert titled(chunk, "协同产业园区建设项目表一共列了几个园区？")
    assert not titled(chunk, "协同产业园区有哪些？")  # part of the title: a topic, not the table
    short = _table_chunk(1, "表3 园区\n序号 | 名称 | 建设时间\n1 | 鄂州园 | 2023\n2 | 黄石园 | 2024")
    assert not titled(short, "园区表有几行")  # too short to name
    assert not titled(_table_chunk(2, "没有表格的段落。"), "没有表格的段落")


def test_a_title_the_question_says_outweighs_a_numeral_after_biao() -> None:
    """A title outweighs 表一 in "项目表一共" (一共 is "in all"): it names 表2."""
    chunks = [
        _table_chunk(0, "表1 离岸科创园\n序号 | 名称 | 状态\n1 | 黄石园 | 在建"),
        _table_chunk(1, "表2 协同产业园区建设项目\n序号 | 名称 | 状态\n1 | 鄂州园 | 在建"),
    ]
    assert asked_label("协同产业园区建设项目表一共列了几个园区", chunks) == "2"
    assert asked_label("表一一共有几个项目", chunks) == "1"  # no title said: the label stands
    assert asked_label("有几个项目", chunks) is None


def test_a_question_about_a_whole_labelled_table_gets_every_row_it_asks_for() -> None:
    rows = _rows()
    assert whole_table("表3一共列了几个项目？", rows) == rows
    assert whole_table("科技园区建设项目表（表3）共有几行？", rows) == rows  # the caption's words are the table's
    assert whole_table("科技园区建设项目表一共列了几个项目？", rows) == rows  # named by its title alone
    assert [r.row.cells[2] for r in whole_table("表3里武汉功能区的项目有哪些？", rows)] == [
        "光谷科学岛科创中心",
        "小洪山科学城",
    ]
    third = whole_table("表3第3项是什么项目？", rows)  # one row by its ordinal
    assert [r.row.cells[2] for r in third] == ["滨江科学城"]
    assert asked_column("表3第3项是什么项目？", rows) == 2  # no header said: the name
    assert asked_column("表3第3项的建设时间是哪年？", rows) == 3 and asked_column("序号是几", rows) == 2
    assert whole_table("表3第3项的投资额是多少？", rows) == []  # a column the table lacks


def test_a_question_saying_what_the_table_does_not_is_left_to_the_reader() -> None:
    rows = _rows()
    assert whole_table("表3里有几个项目在孝感？", rows) == []  # a place no cell names
    assert whole_table("表3中投资超过10亿元的项目有几个？", rows) == []  # a condition on a number
    assert whole_table("表3里已经投产的项目有几个？", rows) == []  # a state no cell says
    assert whole_table("表3有几个项目？", []) == []
    assert whole_table("表3里哪些项目还没建成？", rows) == []  # a negation: what no cell says
    assert whole_table("表3和表2一共有几个项目？", rows) == []  # two tables: not this one alone


def test_a_word_of_the_question_a_cell_holds_picks_its_row() -> None:
    rows = _rows()
    # "滨江" is part of one name, "鄂州" of one region; "功能区" is every region's and picks none
    assert [r.row.cells[2] for r in whole_table("表3中有几个项目在滨江？", rows)] == ["滨江科学城"]
    assert [r.row.cells[2] for r in asked_rows("表3中鄂州功能区有哪些项目？", rows)] == ["滨江科学城"]
    assert whole_table("表3中有几行在科学城？", rows) == rows[1:]  # 小洪山科学城, 滨江科学城


def test_a_word_picks_rows_only_when_no_cell_is_named() -> None:
    text = TEXT + "\n4 | 咸宁 功能区 | 咸宁横沟科学城 | 2023-2025年"
    chunk = _table_chunk(0, text)
    rows = rows_of(chunk, [chunk])
    # the regions are named; that 咸宁 is also in one name does not drop 鄂州's row
    asked = asked_rows("鄂州功能区和咸宁功能区各自的项目是什么？", rows)
    assert [r.row.cells[2] for r in asked] == ["滨江科学城", "咸宁横沟科学城"]


def test_a_question_for_one_thing_gets_the_row_that_holds_most_of_its_words() -> None:
    rows = _table_rows(
        "表1 离岸园\n序号 | 名称 | 建成时间\n"
        "1 | 黄冈（光谷）离岸科创中心 | 已建成\n2 | 鄂州（武汉）离岸创新中心 | 2023年"
    )
    naming = "huanggang optics valley offshore innovation center\n黄冈\n光谷\n离岸\n创新\n中心"  # an English question
    assert [r.row.cells[1] for r in best_named(naming, rows)] == ["黄冈（光谷）离岸科创中心"]
    assert best_named("建成时间是哪年", rows) == rows  # no row's words: all stand
