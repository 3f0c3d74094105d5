"""Counted lists assembled from the paragraphs that follow the line naming them."""

from __future__ import annotations

from qa.answer.enumeration import contiguous, counted_list, miscounted
from qa.answer.question import analyse
from qa.ingest.chunking import Chunk
from qa.search.retrieve import Hit

HEADING = "并给出“三个强化”的实施办法\n"
BODY = [
    "强化全域创新，着力优化创新空间布局。\n",
    "强化平台支撑，着力做强科技力量矩阵。\n",
    "强化人才驱动，着力建设创新人才队伍。\n",
    "近年来湖北推动科技创新实力不断提升。\n",
]


def _document() -> list[Chunk]:
    """The heading and the first paragraph in one chunk, each later paragraph in its own."""
    texts = [HEADING + BODY[0], *BODY[1:]]
    chunks, start = [], 0
    for i, text in enumerate(texts):
        chunks.append(Chunk(f"d:{i}", "d", "d.txt", "T", "S", start, start + len(text), text, 10))
        start += len(text)
    return chunks


def test_items_are_first_clauses_of_the_paragraphs_after_the_named_line() -> None:
    chunks = _document()
    items = counted_list(analyse("“三个强化”分别是什么？"), [Hit(chunks[2], 1.0, None, None)], {"d": chunks})
    assert items is not None
    assert [i.chunk.text[i.start : i.end] for i in items] == ["强化全域创新", "强化平台支撑", "强化人才驱动"]
    document = HEADING + "".join(BODY)
    assert [document[i.chunk.start + i.start : i.chunk.start + i.end] for i in items] == [
        "强化全域创新",
        "强化平台支撑",
        "强化人才驱动",
    ]  # offsets in the document, as citations need
    assert contiguous(items) == items  # paragraphs apart: cited one by one


def test_no_list_without_a_count_a_quoted_name_or_a_shared_opening() -> None:
    chunks = _document()
    hits = [Hit(chunks[0], 1.0, None, None)]
    assert counted_list(analyse("强化有哪些？"), hits, {"d": chunks}) is None  # no count, no quoted name
    assert counted_list(analyse("“三个强化”是什么意思？"), hits, {"d": chunks[:2]}) is None  # only two paragraphs
    assert counted_list(analyse("“四个强化”分别是什么？"), hits, {"d": chunks}) is None  # the 4th opens differently


def test_a_list_named_without_quotes_is_found_when_its_items_are_asked_for() -> None:
    chunks = _document()
    hits, documents = [Hit(chunks[2], 1.0, None, None)], {"d": chunks}
    items = counted_list(analyse("三个强化分别是什么？"), hits, documents)
    assert items is not None and [i.chunk.text[i.start : i.end] for i in items] == [
        "强化全域创新",
        "强化平台支撑",
        "强化人才驱动",
    ]
    assert counted_list(analyse("三个强化是哪年提出的？"), hits, documents) is None  # not asking for the items
    assert counted_list(analyse("三个项目分别是什么？"), hits, documents) is None  # no line names such a list


def test_an_ordinal_asks_for_one_item() -> None:
    chunks = _document()
    hits, documents = [Hit(chunks[2], 1.0, None, None)], {"d": chunks}
    for question, item in (
        ("三个强化中的第一个是什么？", "强化全域创新"),
        ("“三个强化”的第三项是什么？", "强化人才驱动"),
        ("三个强化里头一个是什么？", "强化全域创新"),
    ):
        items = counted_list(analyse(question), hits, documents)
        assert items is not None and [i.chunk.text[i.start : i.end] for i in items] == [item], question
    assert counted_list(analyse("三个强化中的第五个是什么？"), hits, documents) is None  # there is no fifth
    assert counted_list(analyse("第三个强化是什么？"), hits, documents) is None  # an ordinal, no count: no list


def test_a_list_given_in_the_sentence_that_names_it_is_read_there() -> None:
    text = (
        "二、实施“三大计划”\n按阶段施策，实施“三大计划”：种子企业培育计划、成长企业加速计划、领军企业跃升计划。\n"
        "（一）种子企业培育计划\n"
    )
    chunk = Chunk("e:0", "e", "e.txt", "T", "S", 0, len(text), text, 40)
    hits, documents = [Hit(chunk, 1.0, None, None)], {"e": [chunk]}
    items = counted_list(analyse("“三大计划”是哪三个？"), hits, documents)  # the heading names it first
    assert items is not None and [text[i.start : i.end] for i in items] == [
        "种子企业培育计划",
        "成长企业加速计划",
        "领军企业跃升计划",
    ]
    second = counted_list(analyse("三大计划中排在第二位的是哪一项？"), hits, documents)
    assert second is not None and [text[i.start : i.end] for i in second] == ["成长企业加速计划"]
    wrong = "实施“两大计划”：种子企业培育计划、成长企业加速计划、领军企业跃升计划。\n"
    wrongly = Chunk("f:0", "f", "f.txt", "T", "S", 0, len(wrong), wrong, 30)
    hit = Hit(wrongly, 1.0, None, None)
    assert counted_list(analyse("“两大计划”分别是什么？"), [hit], {"f": [wrongly]}) is None


def test_a_list_asked_with_another_measure_word_and_joined_by_he_is_read_whole() -> None:
    text = (
        "（三）创新平台加快布局\n全年重点推进六大科创载体建设：走廊、产业园、创新港、转化基地、中试基地和科技园，"
        "六大载体全年新入驻科技型企业386家。\n"
    )
    chunk = Chunk("g:0", "g", "g.txt", "T", "S", 0, len(text), text, 40)
    asked = analyse("全年重点推进建设的六个科创载体分别是哪些？")
    items = counted_list(asked, [Hit(chunk, 1.0, None, None)], {"g": [chunk]})
    # 六个 asks for the list the document counts as 六大; its last item follows 和; the clause after "，" is none
    assert items is not None and [text[i.start : i.end] for i in items] == [
        "走廊",
        "产业园",
        "创新港",
        "转化基地",
        "中试基地",
        "科技园",
    ]


def test_a_list_given_just_before_its_count_is_read_from_the_clause_naming_it() -> None:
    text = (
        "一、支持方向\n本年度重点支持电子信息、生物医药、新材料、高端装备制造和节能环保五个领域的技术创新项目，"
        "优先支持配套项目。\n"
    )
    chunk = Chunk("k:0", "k", "k.txt", "T", "S", 0, len(text), text, 40)
    hits, documents = [Hit(chunk, 1.0, None, None)], {"k": [chunk]}
    items = counted_list(analyse("通知重点支持哪五个领域？"), hits, documents)
    # the first item opens after the clause's last verb (重点支持); the last follows 和
    assert items is not None and [text[i.start : i.end] for i in items] == [
        "电子信息",
        "生物医药",
        "新材料",
        "高端装备制造",
        "节能环保",
    ]
    assert counted_list(analyse("通知重点支持哪四个领域？"), hits, documents) is None  # five items, not four
    quoted = "要全力打造人才集聚地，以超常规举措开展战略帅才、领军将才、产业英才、青年俊才“十百千万”行动。\n"
    other = Chunk("m:0", "m", "m.txt", "T", "S", 0, len(quoted), quoted, 40)
    four = counted_list(analyse("人才“十百千万”行动针对哪四类人才？"), [Hit(other, 1.0, None, None)], {"m": [other]})
    # the verb the first item follows is the one leaving it about as long as the others (开展, not 以 … 举措)
    assert four is not None and [quoted[i.start : i.end] for i in four] == [
        "战略帅才",
        "领军将才",
        "产业英才",
        "青年俊才",
    ]
    # written in one sentence, the list is cited once as written
    (whole,) = contiguous(items)
    assert text[whole.start : whole.end] == "电子信息、生物医药、新材料、高端装备制造和节能环保"


def test_a_list_told_by_ordinals_in_one_paragraph_is_read_there() -> None:
    text = (
        "围绕上述目标，《行动方案》部署实施三大工程：一是平台提能工程，力争新建重点实验室30家；"
        "二是企业培育工程，构建梯次培育体系；三是人才集聚工程，引进一批高层次人才。\n"
    )
    chunk = Chunk("h:0", "h", "h.txt", "T", "S", 0, len(text), text, 40)
    hits, documents = [Hit(chunk, 1.0, None, None)], {"h": [chunk]}
    items = counted_list(analyse("发布会介绍的三大工程分别是什么？"), hits, documents)
    told = ["平台提能工程", "企业培育工程", "人才集聚工程"]
    assert items is not None and [text[i.start : i.end] for i in items] == told
    third = counted_list(analyse("三大工程中的第三个是什么？"), hits, documents)
    assert third is not None and [text[i.start : i.end] for i in third] == ["人才集聚工程"]
    assert counted_list(analyse("四大工程分别是什么？"), hits, documents) is None  # no 四是: not this list


def test_items_that_share_the_word_the_list_is_named_by_are_its_items() -> None:
    text = (
        "一批高水平科研机构在此集聚。\n（一）实施平台“三个一批”工程\n建设一批重大创新平台。支持实验室建设。\n"
        "提升一批现有创新平台。开展绩效评估。\n布局一批新型研发机构。引进高校院所。\n"
    )
    chunk = Chunk("g:0", "g", "g.txt", "T", "S", 0, len(text), text, 60)
    hits, documents = [Hit(chunk, 1.0, None, None)], {"g": [chunk]}
    items = counted_list(analyse("平台“三个一批”工程中的第二个“一批”是什么？"), hits, documents)
    assert items is not None and [text[i.start : i.end] for i in items] == ["提升一批现有创新平台"]


def test_a_list_asked_with_another_count_than_its_document_gives_is_not_there() -> None:
    texts = ["".join(chunk.text for chunk in _document())]
    assert miscounted(analyse("“四个强化”中的第四个是什么？"), texts)  # the document says 三个强化
    assert not miscounted(analyse("“三个强化”中的第三个是什么？"), texts)
    assert not miscounted(analyse("四个强化是哪年提出的？"), texts)  # not asking for its items
    assert not miscounted(analyse("“四个示范”分别是什么？"), texts)  # no list of that name at all


def _sections(parts: list[tuple[str, str]]) -> list[Chunk]:
    """Chunks of (section path, text), as a document whose heading-only lines live in section paths alone."""
    chunks, start = [], 0
    for i, (section, text) in enumerate(parts):
        chunks.append(Chunk(f"s:{i}", "s", "s.txt", "工作要点", section, start, start + len(text), text, 10))
        start += len(text)
    return chunks


def test_a_list_named_by_a_heading_only_section_paths_hold_is_read_from_the_lines_under_it() -> None:
    chunks = _sections(
        [
            ("一、打造三大创新高地 > （一）物联网创新高地", "（一）物联网创新高地。推进感知芯片建设。"),
            ("一、打造三大创新高地 > （二）集成电路创新高地", "（二）集成电路创新高地。聚焦先进封装。"),
            ("一、打造三大创新高地 > （三）生物医药创新高地", "（三）生物医药创新高地。围绕创新药。"),
            ("二、实施两项行动 > （一）人才行动", "（一）人才行动。引进顶尖人才。"),
        ]
    )
    items = counted_list(analyse("三大创新高地分别是什么？"), [Hit(chunks[0], 1.0, None, None)], {"s": chunks})
    assert items is not None
    assert [i.chunk.text[i.start : i.end] for i in items] == ["物联网创新高地", "集成电路创新高地", "生物医药创新高地"]


def test_items_are_the_headings_of_one_numbering_under_the_naming_heading() -> None:
    chunks = _sections(
        [
            (
                "二、重点任务",
                "二、重点任务\n（一）实施三类工程\n1.攻坚工程。聚焦新药。\n甲项说明。\n2.提升工程。依托药材。\n",
            ),
            ("二、重点任务", "乙项说明。\n3.融合工程。推动设计。\n（二）建设平台\n1.中试平台。\n"),
        ]
    )
    hits = [Hit(chunks[0], 1.0, None, None)]
    items = counted_list(analyse("“三类工程”分别是哪些？"), hits, {"s": chunks})
    assert items is not None
    assert [i.chunk.text[i.start : i.end] for i in items] == ["攻坚工程", "提升工程", "融合工程"]
    second = counted_list(analyse("三类工程中第二类是什么？"), hits, {"s": chunks})
    assert second is not None and [i.chunk.text[i.start : i.end] for i in second] == ["提升工程"]


def test_headings_only_section_paths_hold_are_never_items() -> None:
    """ "（一）…行动" over paragraphs numbered 1., 2.: no chunk's text says it, so it cannot be cited as an item."""
    chunks = _sections(
        [
            ("二、实施两项行动 > （一）人才行动 > 1.引进人才", "1.引进人才。引进顶尖人才。"),
            ("二、实施两项行动 > （二）金融行动 > 1.设立基金", "1.设立基金。设立母基金。"),
        ]
    )
    assert counted_list(analyse("两项行动分别是什么？"), [Hit(chunks[0], 1.0, None, None)], {"s": chunks}) is None


def test_a_sentence_naming_a_list_says_nothing_of_the_headings_below_it() -> None:
    chunks = _sections(
        [
            (
                "二、工作安排",
                "二、工作安排\n聚焦海洋装备、生物医药、新能源、新材料四大领域开展攻关。\n1.培育行动。\n2.平台行动。\n3.转化行动。\n4.人才行动。\n",
            )
        ]
    )
    items = counted_list(analyse("聚焦哪四大领域？"), [Hit(chunks[0], 1.0, None, None)], {"s": chunks})
    # the sentence's own four, which it gives before its count, not the four headings below
    assert items is not None and [chunks[0].text[i.start : i.end] for i in items] == [
        "海洋装备",
        "生物医药",
        "新能源",
        "新材料",
    ]


def test_a_sentence_announcing_a_list_with_a_colon_is_read_from_the_headings_below_it() -> None:
    chunks = _sections(
        [
            (
                "二、工作安排",
                "二、工作安排\n市科技局将重点抓好两个方面工作：\n（一）实施攻关行动\n甲。\n（二）实施人才行动\n乙。\n",
            )
        ]
    )
    items = counted_list(analyse("要重点抓好哪两个方面的工作？"), [Hit(chunks[0], 1.0, None, None)], {"s": chunks})
    assert items is not None and [i.chunk.text[i.start : i.end] for i in items] == ["实施攻关行动", "实施人才行动"]
