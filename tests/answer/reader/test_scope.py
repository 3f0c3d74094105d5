"""Which spans are of the years a question asks (a table cell by its column's header), and which namings of
documents hold (`qa.answer.reader.scope`)."""

from __future__ import annotations

from qa.answer.leads import Leads
from qa.answer.names import Said
from qa.answer.particulars import Particulars
from qa.answer.reader.runtime import Reading
from qa.answer.reader.scope import (
    beyond_title,
    framed_elsewhere,
    holding,
    in_chunk,
    passage,
    saying,
    says_romanised,
    titled,
    within_row,
)
from qa.answer.row_text import RowText
from qa.answer.tables import rows_of
from qa.answer.titles import Naming
from qa.ingest import Chunk
from qa.search.retrieve import Hit
from tests.answer.reader.test_answerer import _chunk

TABLE = _chunk(1, "表1 主要指标\n| 指标 | 2023年 | 2024年 | 增长 |\n| 研发投入强度 | 2.74 | 2.87 | 0.13 |", 0)
HIT = Hit(TABLE, 1.0, None, None)
ASKED = Particulars.of("2024年研发投入强度是多少？")


def _at(cell: str) -> Reading:
    at = TABLE.text.index(cell)
    return Reading(0, at, at + len(cell), 0.9, 1.0)


def test_a_cell_is_framed_by_its_columns_header_not_by_the_header_line() -> None:
    """The header line says 2024年 too; only 2.87's column is 2024's."""
    leads = Leads([TABLE])
    for cell, elsewhere in (("2.74", True), ("2.87", False)):
        reading = _at(cell)
        assert framed_elsewhere(ASKED, leads, HIT, reading.start, reading.end) is elsewhere, cell


def test_a_reading_moves_to_the_one_cell_of_its_row_whose_header_is_the_year_asked() -> None:
    moved = within_row(ASKED, [HIT], [], _at("2.74"))
    assert moved is not None and TABLE.text[moved.start : moved.end] == "2.87"
    assert within_row(Particulars.of("2028年研发投入强度是多少？"), [HIT], [], _at("2.74")) is None  # no 2028 column


def test_a_cell_of_rows_written_out_is_read_where_its_row_is() -> None:
    written = RowText.of(rows_of(TABLE, [TABLE]))
    at = written.text.index("2.74")
    reading = Reading(1, at, at + 4, 0.9, 1.0)  # passage 1: the rows written after the one chunk read
    hit, start, end = in_chunk([HIT], [(HIT, written)], reading.passage, reading.start, reading.end)
    assert hit.chunk is TABLE and TABLE.text[start:end] == "2.74"
    moved = within_row(ASKED, [HIT], [(HIT, written)], reading)
    assert moved is not None and moved.passage == 1 and written.text[moved.start : moved.end] == "2.87"


def test_a_year_the_question_writes_as_part_of_the_title_frames_no_figure() -> None:
    """ "泉州市2026年科技创新大会的报道中…比上年净增了多少家" names the report by its year; its figures are 2025's."""
    title = "泉州市召开2026年科技创新大会 现场签约28个项目"
    assert not beyond_title("泉州市2026年科技创新大会的报道中，全市高新技术企业比上年净增了多少家？", title).years
    # a year the question says again, outside the title's words, still frames
    asked = beyond_title("泉州市2026年科技创新大会上，2025年全市高新技术企业有多少家？", title)
    assert asked.years == {"2025"}
    # a title without the year leaves the question's year as asked
    assert beyond_title("2025年全市高新技术企业有多少家？", "泉州市科技创新大会").years == {"2025"}


def test_a_sentence_is_framed_by_the_year_a_clause_of_its_chunk_opens_before_it() -> None:
    """A report's paragraph on the coming year: its target is 2026's, though the section above it is 2025's."""
    text = "会议强调，2026年全市科技工作要坚持“四个面向”。主要目标是：研发投入强度力争达到3.0%，高企突破2500家。"
    hit = Hit(_chunk(3, text, 0), 1.0, None, None)
    at = text.index("3.0%")
    assert framed_elsewhere(Particulars.of("2025年研发投入强度是多少？"), Leads([hit.chunk]), hit, at, at + 4)
    assert not framed_elsewhere(Particulars.of("2026年研发投入强度目标是多少？"), Leads([hit.chunk]), hit, at, at + 4)


def test_a_level_is_read_in_the_spans_part_of_its_sentence() -> None:
    """Each item of a sentence gives its own level's award; a condition's level ("未主持过国家…") is no frame."""
    text = "对新备案的市级新型研发机构，给予补助100万元；对新备案的省级新型研发机构，给予奖励150万元。"
    hit, leads = Hit(_chunk(4, text, 0), 1.0, None, None), Leads([_chunk(4, text, 0)])
    provincial = beyond_title("新备案的省级新型研发机构奖励多少？", "某市若干措施")
    for figure, elsewhere in (("100万元", True), ("150万元", False)):
        at = text.index(figure)
        assert framed_elsewhere(provincial, leads, hit, at, at + len(figure)) is elsewhere, figure
    text = "申报人年龄不超过35周岁，且未主持过国家自然科学基金项目。"
    hit = Hit(_chunk(5, text, 0), 1.0, None, None)
    at = text.index("35周岁")
    assert not framed_elsewhere(
        beyond_title("省自然科学基金的年龄上限？", "某省指南"), Leads([hit.chunk]), hit, at, at + 4
    )
    # a table cell: the level of its column's header
    table = _chunk(6, "奖励标准\n| 平台 | 国家级 | 省级 |\n| 重点实验室 | 300万元 | 80万元 |", 0)
    hit, at = Hit(table, 1.0, None, None), table.text.index("80万元")
    national = beyond_title("国家级重点实验室奖励多少？", "某市措施")
    assert framed_elsewhere(national, Leads([table]), hit, at, at + 4)


def test_a_naming_belied_by_a_name_only_a_retrieved_document_says_does_not_hold() -> None:
    """ "湘潭…新添几家…企业创新平台": 企业 and 创新 are in the 临沂 title, the question is about 湘潭's document."""
    linyi = _chunk(0, "临沂市科技型企业创新能力提升扶持资金管理办法。", 0, doc="linyi")
    xiangtan = _chunk(1, "湘潭市2026年力争新增市级以上企业研发机构60家。", 0, doc="xiangtan")
    texts = {"linyi": Said.of([linyi]), "xiangtan": Said.of([xiangtan])}
    naming = Naming("企业创新", "linyi")
    hits = [Hit(xiangtan, 1.0, None, None)]
    assert holding([naming], {"湘潭"}, texts.__getitem__, hits) == []
    assert holding([naming], set(), texts.__getitem__, hits) == [naming]  # no name to belie it
    assert holding([naming], {"淄博"}, texts.__getitem__, hits) == [naming]  # a name no document says: refused later


def test_the_documents_that_say_the_questions_names_are_read_when_some_do() -> None:
    """ "荆州…多少": a 赣州 notice's sentence, however well it matches the rest, answers another question."""
    jingzhou = _chunk(0, "荆州市设立规模5亿元的科技成果转化引导基金。", 0, doc="jingzhou")
    ganzhou = _chunk(1, "赣州市设立规模3亿元的引导基金。", 0, doc="ganzhou")
    texts = {"jingzhou": Said.of([jingzhou]), "ganzhou": Said.of([ganzhou])}
    hits = [Hit(ganzhou, 1.0, None, None), Hit(jingzhou, 0.9, None, None)]
    assert saying(hits, ["荆州"], [], texts.__getitem__) == hits[1:]
    assert saying(hits, [], ["Jingzhou"], texts.__getitem__) == hits[1:]  # an English question's place
    assert saying(hits, ["荆州", "赣州"], [], texts.__getitem__) == hits  # compared: no document says both
    assert saying(hits, [], [], texts.__getitem__) == hits


def test_a_romanised_place_is_said_as_written_or_by_chinese_that_sounds_it() -> None:
    assert says_romanised(Said("桃園市中小企業創新研發補助"), "Taoyuan")
    assert says_romanised(Said("Huizhou Municipal Bureau"), "Huizhou")
    assert not says_romanised(Said("惠州市科技局"), "Jiujiang")
    assert not says_romanised(Said("陶然亭公园"), "Taoyuan")  # tao:ran:…:yuan: the syllables must be adjacent


def test_a_year_or_name_only_the_documents_title_writes_is_not_asked_of_its_sections() -> None:
    """The reader refused a section of a 2025 bulletin that never repeats 2025 as lacking the year asked."""
    text = "三、科技成果\n全年专利授权5218件，其中发明专利授权683件。"
    bulletin = Chunk(
        "b#3", "b", "b.txt", "曲靖市２０２５年科技创新发展统计公报", "三、科技成果", 0, len(text), text, len(text)
    )
    assert titled("曲靖2025年专利授权多少件？", ["曲靖"], bulletin, "") == ("2025年", "曲靖")
    assert passage(bulletin, question="2025年度曲靖专利授权多少件？").unasked == ("2025年度",)
    assert titled("曲靖2024年专利授权多少件？", ["曲靖"], bulletin, "") == ("曲靖",)  # 2024: not the title's
    assert titled("曲靖2025年专利授权多少件？", ["昆明"], bulletin, "2025年主要指标") == ()  # said above; not titled
    dated = Chunk(
        "b#4", "b", "b.txt", "曲靖市２０２５年科技创新发展统计公报", "三", 0, 20, "到2025年底，曲靖授权5218件。", 20
    )
    assert titled("曲靖2025年专利授权多少件？", ["曲靖"], dated, "") == ()  # the section says both
