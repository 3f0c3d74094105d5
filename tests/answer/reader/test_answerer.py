"""The answerer around the reader, with the fake graph: citations, tables, lists, refusals, scripts."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np

from qa.answer.reader.answerer import ReaderAnswerer
from qa.answer.reader.quotes import MAX_ANSWER
from qa.answer.reader.windows import SEP
from qa.ingest.chunking import Chunk
from qa.search.glossary import Glossary, Term
from qa.search.keyword import tokenize
from qa.search.retrieve import Hit
from tests.fakes import DIGIT_IDS, FakeLogits, fake_reader

DOC = "001_demo"


def _chunk(n: int, text: str, start: int, context: str = "", doc: str = DOC) -> Chunk:
    section = f"第{'一二三四五六七八九十'[n]}节"  # no digits: the fake graph answers with the first digits it reads
    return Chunk(
        f"{doc}#{n}", doc, f"{doc}.txt", "示范方案", section, start, start + len(text), text, len(text), context
    )


PROSE = _chunk(0, "总体要求。到2025年，研发经费占比超过4.2%。（牵头单位：市科技局；责任单位：各区）", 0)
TABLE = _chunk(1, "重点项目表\n| 序号 | 城市 | 投资 |\n| 一 | 鄂州 | 20亿元 |\n| 二 | 咸宁 | 15亿元 |", 100)
EMPTY = _chunk(2, "坚持创新驱动，推动高质量发展。", 200)
LIST = _chunk(
    3,
    "实施“三个强化”行动。\n强化平台支撑，建设实验室。\n强化人才引进，引进专家。\n强化金融服务，设立基金。",
    300,
)


def _answerer(*chunks: Chunk) -> ReaderAnswerer:
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=list(chunks)), glossary=None)
    return ReaderAnswerer(retriever, fake_reader())  # type: ignore[arg-type]


def _hits(*chunks: Chunk) -> list[Hit]:
    return [Hit(c, 1.0 - i / 10, None, None) for i, c in enumerate(chunks)]


def test_the_answer_is_the_spans_sentence_cited_with_exact_offsets() -> None:
    answer = _answerer(PROSE).answer("研发经费占比目标是多少？", _hits(EMPTY, PROSE))
    # the task's "（牵头单位：…）" belongs to it (`attributed_sentences`)
    assert answer.answerable
    assert answer.answer == "到2025年，研发经费占比超过4.2%。（牵头单位：市科技局；责任单位：各区）[1]"
    c = answer.citations[0]
    assert PROSE.text[c.start - PROSE.start : c.end - PROSE.start] == c.quote
    assert answer.short_answer == "2025" and answer.short_answer in c.quote
    assert answer.confidence is not None and answer.confidence > 0.9


def test_the_short_answer_is_the_span_even_when_it_is_the_whole_sentence() -> None:
    dated = _chunk(6, "印发日期\n2021\n", 0)
    answer = _answerer(dated).answer("印发日期是哪年？", _hits(dated))
    assert answer.answer == "2021[1]" and answer.short_answer == "2021"


def test_a_parenthesis_after_a_task_reads_with_the_task() -> None:
    chunk = _chunk(5, "建设基地。（牵头单位：市科技局2处；责任单位：各区）", 0)
    answer = _answerer(chunk).answer("谁牵头？", _hits(chunk))
    assert answer.citations[0].quote == "建设基地。（牵头单位：市科技局2处；责任单位：各区）"


def test_a_long_sentence_is_cut_to_the_clauses_around_the_span() -> None:
    text = "，".join(["坚持创新驱动发展战略不动摇"] * 8) + "，投资50亿元，" + "，".join(["推动高质量发展"] * 8) + "。"
    chunk = _chunk(6, text, 0)
    quote = _answerer(chunk).answer("投资多少？", _hits(chunk)).citations[0].quote
    assert "50亿元" in quote and len(quote) <= MAX_ANSWER and len(quote) < len(text)


def test_a_table_row_reads_with_its_caption_and_column_names() -> None:
    answer = _answerer(TABLE).answer("鄂州投资多少？", _hits(TABLE))
    assert answer.answer == "重点项目表：序号：一，城市：鄂州，投资：20亿元[1]"
    # the question names the row and the column: the cell is looked up whole (`qa.answer.lookup`), not read
    assert answer.citations[0].quote == "| 一 | 鄂州 | 20亿元 |" and answer.short_answer == "20亿元"


CITIES = _chunk(
    7, "重点项目表\n| 序号 | 城市 | 投资 |\n| 一 | 鄂州 | 20亿元 |\n| 二 | 咸宁 | 15亿元 |\n| 三 | 黄石 | 9亿元 |", 700
)


def test_a_question_for_several_rows_gets_each_row_it_names_cited() -> None:
    answer = _answerer(CITIES).answer("鄂州和咸宁各自投资多少？", _hits(CITIES))
    assert [c.quote for c in answer.citations] == ["| 一 | 鄂州 | 20亿元 |", "| 二 | 咸宁 | 15亿元 |"]
    assert answer.answer == "重点项目表：序号：一，城市：鄂州，投资：20亿元[1]；序号：二，城市：咸宁，投资：15亿元[2]"
    assert answer.short_answer == "20亿元、15亿元" and answer.confidence is not None


def test_a_typo_in_a_cells_name_is_read_as_the_table_writes_it() -> None:
    """鄂洲 sounds like the table's 鄂州: the rows are chosen by the question as the reader reads it."""
    reader = fake_reader()
    reader.lexicon = frozenset({"鄂州", "咸宁", "黄石"})
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[CITIES]), glossary=None)
    answer = ReaderAnswerer(retriever, reader).answer("鄂洲和咸宁各自投资多少？", _hits(CITIES))  # type: ignore[arg-type]
    assert answer.short_answer == "20亿元、15亿元"


def test_a_question_for_several_rows_naming_none_gets_every_row() -> None:
    answer = _answerer(CITIES).answer("表里列了哪些项目的投资？", _hits(CITIES))
    assert len(answer.citations) == 3


def test_a_question_for_one_row_gets_one() -> None:
    assert len(_answerer(CITIES).answer("鄂州投资多少？", _hits(CITIES)).citations) == 1


PARKS = _chunk(
    8,
    "园区表\n| 序号 | 名称 | 状态 |\n| 一 | 鄂州1号园 | 已建成 |\n| 二 | 咸宁2号园 | 已建成 |\n"
    "| 三 | 黄石3号园 | 在建 |",
    800,
)


def test_a_how_many_question_over_a_table_counts_the_rows_it_names() -> None:
    answer = _answerer(PARKS).answer("园区表中有几个园区已建成？", _hits(PARKS))
    assert answer.short_answer == "2" and answer.answer.startswith("共2项：园区表：序号：一")
    assert [c.quote for c in answer.citations] == ["| 一 | 鄂州1号园 | 已建成 |", "| 二 | 咸宁2号园 | 已建成 |"]


def test_a_how_many_question_about_a_number_cell_reads_the_cell() -> None:
    """The span is in a column of numbers: the question asks a value ("多少个亿"), not a count of rows."""
    answer = _answerer(CITIES).answer("鄂州投资多少个亿？", _hits(CITIES))
    assert len(answer.citations) == 1 and answer.short_answer == "20"


def test_the_row_a_question_names_answers_in_the_readers_column() -> None:
    """The fake graph reads the first digits (鄂州's 20亿元): the question names 咸宁's row, so that row's
    cell in the same column is the answer."""
    answer = _answerer(CITIES).answer("咸宁投资多少？", _hits(CITIES))
    assert answer.citations[0].quote == "| 二 | 咸宁 | 15亿元 |" and answer.short_answer == "15亿元"


def test_a_row_named_and_a_unit_asked_is_looked_up_in_the_one_column_of_that_unit() -> None:
    """The question "咸宁多少亿元" names no column, but only 投资's cells are money: 咸宁's is the answer, unread."""
    answer = _answerer(CITIES).answer("咸宁多少亿元？", _hits(CITIES))
    assert answer.citations[0].quote == "| 二 | 咸宁 | 15亿元 |" and answer.short_answer == "15亿元"


def test_english_in_a_question_is_read_as_the_corpus_words_for_its_terms() -> None:
    glossary = Glossary.build(set(tokenize(CITIES.text)), [("城市", ["city"])])
    reader = fake_reader()
    read, asked = reader.read, []
    reader.read = lambda question, passages, *rest: asked.append(question) or read(question, passages, *rest)  # type: ignore[method-assign]
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[CITIES]), glossary=glossary)
    answerer = ReaderAnswerer(retriever, reader)  # type: ignore[arg-type]
    answerer.answer("Which city is Xianning?", _hits(CITIES))
    answerer.answer("咸宁的项目在哪里？", _hits(CITIES))
    answerer.answer("咸宁是哪个city？", _hits(CITIES))  # a Chinese question with an English word
    assert asked == ["which 城市 is 咸宁?", "咸宁的项目在哪里？", "咸宁是哪个城市？"]
    refused = answerer.answer("Which city is Suizhou?", _hits(CITIES))  # no word of the corpus sounds like it
    assert not refused.answerable and refused.confidence == 0.0 and len(asked) == 3
    song = _chunk(9, "专辑第一首歌曲为《Monica》，2005年发表。", 0)
    retriever = SimpleNamespace(
        index=SimpleNamespace(chunks=[song]), glossary=Glossary.build(set(tokenize(song.text)), [])
    )
    answer = ReaderAnswerer(retriever, reader).answer("歌曲《Monica》是哪年发表的？", _hits(song))  # type: ignore[arg-type]
    assert answer.short_answer == "2005"  # the document writes the name so: read, not refused


def test_an_english_question_names_cells_through_the_glossary() -> None:
    glossary = SimpleNamespace(
        translate=lambda text: (Term("xianning", ("咸宁",)),),
        render=lambda text, said: text.replace("Xianning", "咸宁"),  # as `Glossary.render` writes a term said
        unsaid_names=lambda text: [],
    )
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[CITIES]), glossary=glossary)
    answer = ReaderAnswerer(retriever, fake_reader()).answer("How much is invested in Xianning?", _hits(CITIES))  # type: ignore[arg-type]
    assert answer.short_answer == "15亿元" and answer.language == "en"


def test_no_span_is_a_refusal_with_see_also_and_its_confidence() -> None:
    answer = _answerer(EMPTY).answer("推动创新驱动要投资多少？", _hits(EMPTY))
    assert not answer.answerable and not answer.citations and answer.answer.startswith("资料中没有找到")
    assert [c.n for c in answer.see_also] == [1] and answer.confidence is not None and answer.confidence < 0.5


#: Asked of EMPTY (which shares 发展 with it, so it is read, and refused) and PROSE (which answers it).
ASKED = "推动高质量发展的研发经费占比是多少？"


def test_a_question_sharing_no_term_with_the_passages_is_refused_without_reading_them() -> None:
    reader = fake_reader()
    read, calls = reader.read, []
    reader.read = lambda question, passages, *rest: calls.append(question) or read(question, passages, *rest)  # type: ignore[method-assign]
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[PROSE]), glossary=None)
    answerer = ReaderAnswerer(retriever, reader)  # type: ignore[arg-type]
    for text in ("你好", "的？", "a?", "2?"):  # the fake graph would answer PROSE's first digits
        answer = answerer.answer(text, _hits(PROSE))
        assert not answer.answerable and answer.confidence == 0.0 and [c.n for c in answer.see_also] == [1]
    assert calls == []
    assert answerer.answer("研发占比？", _hits(PROSE)).short_answer == "2025" and calls == ["研发占比？"]


def test_a_name_no_retrieved_document_says_is_refused_without_reading() -> None:
    cities = _chunk(7, "咸宁园区2025年投资15亿元。", 0)
    reader = fake_reader()
    read, calls = reader.read, []
    reader.read = lambda question, passages, *rest: calls.append(question) or read(question, passages, *rest)  # type: ignore[method-assign]
    answerer = ReaderAnswerer(SimpleNamespace(index=SimpleNamespace(chunks=[cities]), glossary=None), reader)  # type: ignore[arg-type]
    refused = answerer.answer("荆州园区2025年投资多少？", _hits(cities))
    assert not refused.answerable and refused.confidence == 0.0 and calls == []
    assert answerer.answer("咸宁园区2025年投资多少？", _hits(cities)).short_answer == "2025"


def test_only_the_top_chunks_are_read_when_the_calibration_never_reads_deeper() -> None:
    hits = _hits(EMPTY, EMPTY, EMPTY, PROSE)
    assert not _answerer(PROSE).answer(ASKED, hits).answerable  # PROSE is 4th: not read


def _deeper(level: float, *chunks: Chunk) -> ReaderAnswerer:
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=list(chunks)), glossary=None)
    return ReaderAnswerer(retriever, fake_reader(deeper=level))  # type: ignore[arg-type]


def test_the_next_chunks_answer_when_the_top_three_are_refused_and_the_reading_is_sure_enough() -> None:
    hits = _hits(EMPTY, EMPTY, EMPTY, EMPTY, PROSE)
    answer = _deeper(0.9, EMPTY, PROSE).answer(ASKED, hits)  # PROSE is 5th, read at ~0.99
    assert answer.answerable and answer.short_answer == "2025"
    c = answer.citations[0]
    assert c.doc_id == PROSE.doc_id and PROSE.text[c.start - PROSE.start : c.end - PROSE.start] == c.quote


def test_the_next_chunks_answer_only_above_the_deeper_level() -> None:
    hits = _hits(EMPTY, EMPTY, EMPTY, PROSE)
    answer = _deeper(0.999, EMPTY, PROSE).answer(ASKED, hits)  # read at ~0.99: above the threshold, not `deeper`
    assert not answer.answerable and answer.confidence is not None and answer.confidence < 0.5
    assert [c.n for c in answer.see_also] == [1, 2, 3]


def test_the_chunks_after_the_fifth_are_never_read() -> None:
    hits = _hits(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, PROSE)
    assert not _deeper(0.9, EMPTY, PROSE).answer(ASKED, hits).answerable


def test_a_notices_date_line_retrieved_below_the_top_three_is_read_with_them() -> None:
    notice = _chunk(4, "各区人民政府：\n现印发给你们。\n武汉市人民政府办公厅\n2021年3月28日\n", 400)
    hits = _hits(EMPTY, EMPTY, EMPTY, notice)  # 4th: else read only once the top three are refused
    answer = _answerer(EMPTY, notice).answer("实施方案的印发日期是哪天？", hits)
    assert answer.answerable and answer.citations[0].quote == "2021年3月28日"


def test_the_notice_line_a_question_asks_for_is_read_first_written_out_and_cited_in_place() -> None:
    notice = _chunk(4, "各区人民政府：\n现印发给你们。\n武汉市人民政府办公厅\n2021年3月28日\n", 400)
    hits = _hits(PROSE, notice)  # PROSE's "2025" would be the answer, read first
    answer = _answerer(PROSE, notice).answer("实施方案的印发日期是哪天？", hits)
    assert answer.answerable and answer.answer == "2021年3月28日[1]"
    c = answer.citations[0]
    assert c.doc_id == notice.doc_id and notice.text[c.start - notice.start : c.end - notice.start] == "2021年3月28日"
    assert _answerer(PROSE, notice).answer("研发经费占比目标是多少？", hits).short_answer == "2025"


def test_a_traditional_question_gets_a_traditional_answer_quoting_the_source() -> None:
    answer = _answerer(PROSE).answer("研發經費佔比目標是多少？", _hits(PROSE))
    assert answer.language == "zh-Hant" and "研發經費佔比超過4.2%" in answer.answer
    assert answer.citations[0].quote == "到2025年，研发经费占比超过4.2%。（牵头单位：市科技局；责任单位：各区）"


def test_a_counted_list_is_assembled_item_by_item() -> None:
    answer = _answerer(LIST).answer("“三个强化”分别是什么？", _hits(LIST))
    assert [c.quote for c in answer.citations] == ["强化平台支撑", "强化人才引进", "强化金融服务"]
    assert answer.answer.endswith("强化金融服务[3]") and answer.confidence is None
    second = _answerer(LIST).answer("三个强化中的第二个是什么？", _hits(LIST))  # one item, by its ordinal
    assert second.answer == "强化人才引进[1]" and second.short_answer == "强化人才引进"


def test_each_chunk_is_read_under_the_heading_it_was_cut_from() -> None:
    """A chunk that is only "（牵头单位：…）" says nothing about which task it leads: its heading does."""
    seen: list[list[int]] = []

    class Spy(FakeLogits):
        def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            seen.extend(ids.tolist())
            return super().__call__(ids, mask)

    lead = _chunk(4, "（牵头单位：市科技局）", 400)  # its section is "第五节"
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[lead]), glossary=None)
    ReaderAnswerer(retriever, fake_reader(model=Spy())).answer("第五节由谁牵头？", _hits(lead))  # type: ignore[arg-type]
    row = seen[0]
    passage = row.index(SEP, row.index(SEP) + 1) + 1
    assert row[passage : passage + 3] == [3 + ord(ch) for ch in "第五节"]
    assert row[passage + 3 : passage + 3 + len(lead.text)] == [3 + ord(ch) for ch in lead.text]


def test_a_tables_caption_and_header_are_never_the_answer() -> None:
    """ "表1 …" names the table: the fake graph would answer with its "1"; the answer is a row."""
    table = _chunk(5, "表1 重点项目\n序号 | 城市 | 投资\n一 | 鄂州 | 20亿元", 500)

    class EveryDigit(FakeLogits):
        def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            start, end = super().__call__(ids, mask)
            digits = np.isin(ids, list(DIGIT_IDS))
            start[digits] = end[digits] = 5.0
            return start, end

    retriever = SimpleNamespace(index=SimpleNamespace(chunks=[table]), glossary=None)
    answer = ReaderAnswerer(retriever, fake_reader(model=EveryDigit())).answer("投资多少？", _hits(table))  # type: ignore[arg-type]
    assert answer.answerable and answer.citations[0].quote == "一 | 鄂州 | 20亿元"


def test_a_question_naming_a_document_is_read_in_that_document_and_in_chunks_that_say_the_name() -> None:
    plan = replace(_chunk(8, "推动7家实验室实体化运行。", 0, doc="002_plan"), title="武汉都市圈科技创新行动方案")
    other = replace(_chunk(9, "推动9家实验室实体化运行。", 0, doc="003_other"), title="光谷大走廊发展规划")
    answerer = _answerer(plan, other)
    asked = "都市圈方案要推动几家实验室？"
    assert answerer.answer(asked, _hits(other, plan)).short_answer == "7"
    refused = answerer.answer(asked, _hits(other))  # another plan's figure is not this plan's
    assert not refused.answerable and [c.doc_id for c in refused.see_also] == ["003_other"]
    says = replace(other, chunk_id="003_other#10", text="都市圈方案推动9家实验室。")
    assert answerer.answer(asked, _hits(says)).short_answer == "9"
    assert answerer.answer("要推动几家实验室？", _hits(other, plan)).short_answer == "9"  # names none: as retrieved


def test_a_question_naming_two_documents_is_answered_in_each_with_its_citations() -> None:
    plan = replace(_chunk(8, "推动7家实验室实体化运行。", 0, doc="002_plan"), title="武汉都市圈科技创新行动方案")
    other = replace(_chunk(9, "推动9家实验室实体化运行。", 0, doc="003_other"), title="光谷大走廊发展规划")
    empty = replace(_chunk(2, "坚持创新驱动，推动高质量发展。", 50, doc="003_other"), title="光谷大走廊发展规划")
    found: list[Hit] = []
    retriever = SimpleNamespace(
        index=SimpleNamespace(chunks=[plan, other, empty]), glossary=None, search=lambda q, k: found[:k]
    )
    answerer = ReaderAnswerer(retriever, fake_reader())  # type: ignore[arg-type]
    asked = "都市圈方案和光谷大走廊规划分别要推动几家实验室？"
    found[:] = _hits(other, plan)
    answer = answerer.answer(asked, found[:1])  # each document is searched for, not only the hits given
    assert answer.answerable and "7家" in answer.answer and "9家" in answer.answer
    assert sorted(c.doc_id for c in answer.citations) == ["002_plan", "003_other"]
    found[:] = _hits(empty, plan)  # the other plan does not say: its part is said not found
    answer = answerer.answer(asked, found)
    assert [c.doc_id for c in answer.citations] == ["002_plan"] and "没有找到" in answer.answer


def test_words_of_a_title_that_another_document_says_name_no_document() -> None:
    """ "有全国影响力的" is in one headline and in the other plan's text: a topic, not a second naming (which
    would split the question over two documents and find nothing in the second)."""
    plan = replace(_chunk(8, "到2025年建成有全国影响力的科创中心。", 0, doc="002_plan"), title="科技创新三年行动方案")
    news = replace(_chunk(9, "湖北打造科创高地。", 0, doc="003_news"), title="打造全国有影响力的科创高地")
    answerer = _answerer(plan, news)
    answer = answerer.answer("三年行动方案要到哪年建成有全国影响力的科创中心？", _hits(plan, news))
    assert answer.answerable and answer.short_answer == "2025" and "没有找到" not in answer.answer


class ProseOnly(FakeLogits):
    """The fake graph, unable to read a table's "a | b | c" lines (the real reader, trained on prose, reads
    them with little confidence): a window holding "|" votes "no answer"."""

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        start, end = super().__call__(ids, mask)
        for row in range(ids.shape[0]):
            if 3 + ord("|") in ids[row].tolist():
                start[row, 1:] = end[row, 1:] = -5.0
        return start, end


def _prose_only(*chunks: Chunk) -> ReaderAnswerer:
    retriever = SimpleNamespace(index=SimpleNamespace(chunks=list(chunks)), glossary=None)
    return ReaderAnswerer(retriever, fake_reader(model=ProseOnly()))  # type: ignore[arg-type]


def test_the_rows_a_question_names_are_read_written_out_and_cited_in_the_table() -> None:
    answer = _prose_only(CITIES).answer("咸宁投资多少？", _hits(CITIES))
    assert answer.answerable and answer.short_answer == "15亿元"
    assert answer.answer == "重点项目表：序号：二，城市：咸宁，投资：15亿元[1]"
    quote = answer.citations[0]
    assert quote.quote == "| 二 | 咸宁 | 15亿元 |"  # the row as the chunk has it
    assert CITIES.text[quote.start - CITIES.start : quote.end - CITIES.start] == quote.quote


def test_an_ordinal_names_a_row_by_the_tables_numbering() -> None:
    answer = _prose_only(PARKS).answer("园区表里第三个园区叫什么？", _hits(PARKS))
    assert answer.answerable and answer.short_answer == "黄石3号园"
    assert answer.citations[0].quote == "| 三 | 黄石3号园 | 在建 |"


def test_rows_a_question_does_not_narrow_are_not_written_out() -> None:
    """Naming no cell (or every row) picks no rows: the prose-only graph has nothing to read."""
    assert not _prose_only(PARKS).answer("园区表里的园区叫什么？", _hits(PARKS)).answerable


NUMBERED = _chunk(
    9,
    "园区表\n| 序号 | 名称 | 状态 |\n| 1 | 鄂州园 | 已建成 |\n| 2 | 咸宁园 | 已建成 |\n| 3 | 黄石园 | 在建 |",
    900,
)


def test_a_how_many_question_read_as_a_row_number_counts_the_rows() -> None:
    """The fake graph reads the first digits, row 1's 序号: a row number is no quantity, so the rows count."""
    answer = _answerer(NUMBERED).answer("园区表中有几个园区已建成？", _hits(NUMBERED))
    assert answer.short_answer == "2" and answer.answer.startswith("共2项：园区表：序号：1")


def test_a_year_the_documents_never_say_is_refused_not_answered_from_another_year() -> None:
    answerer = _answerer(PROSE, EMPTY)
    assert answerer.answer("到2025年研发经费占比目标是多少？", _hits(PROSE, EMPTY)).answerable
    refused = answerer.answer("2022年研发经费占比目标是多少？", _hits(PROSE, EMPTY))
    assert not refused.answerable and refused.see_also  # the closest passages are still listed


def test_a_span_of_another_years_sentence_gives_way_to_one_its_document_says_for_the_year_asked() -> None:
    """The fake graph reads 2026's figure first; asked 2028's, the sentence that says 2028 is read, not refused. A
    year only the title spans (2027 in "2026—2028年") frames no sentence: that is refused."""
    title = "专利方案（2026—2028年）"
    first = replace(_chunk(6, "到2026年，专利达到18件。", 0), title=title)
    then = replace(_chunk(7, "到2028年，专利达到25件。", 100), title=title)
    answerer = _answerer(first, then)
    answer = answerer.answer("2028年专利目标是多少？", _hits(first, then))
    assert answer.answerable and answer.citations[0].quote == then.text
    assert not answerer.answer("2027年专利目标是多少？", _hits(first, then)).answerable


def test_a_table_cell_is_of_the_year_its_column_header_says() -> None:
    """The fake graph reads 2025's 2.62 first. Its plan spans 2026—2030, so 2028 is said, but no column is 2028's:
    refused, where the header line, which says 2030年 too, let 2.62 stand."""
    text = "表1 主要指标\n| 指标 | 2025年 | 2030年 |\n| 研发投入强度（%） | 2.62 | 3.20 |"
    table = replace(_chunk(1, text, 100), title="科技创新规划（2026—2030年）")
    answerer = _answerer(table)
    assert answerer.answer("2025年研发投入强度是多少？", _hits(table)).short_answer == "2.62%"
    assert answerer.answer("2030年研发投入强度目标是多少？", _hits(table)).short_answer == "3.20%"
    assert not answerer.answer("2028年研发投入强度目标是多少？", _hits(table)).answerable


def test_a_chunk_is_of_the_year_its_section_said_above_it() -> None:
    """A report on a 2026 meeting says "会议指出，2025年…" once, then a paragraph per field: the paragraph after it is
    2025's, though the title says 2026 (which alone frames it otherwise)."""
    opening = _chunk(4, "会议指出，2025年全市科技工作成效明显。", 0)
    review = replace(_chunk(5, "全年实施专项18项。", 100), section=opening.section, title="2026年全市科技工作会议")
    answerer = _answerer(opening, review)
    assert answerer.answer("2025年实施专项多少项？", _hits(review)).short_answer == "18"
    assert not _answerer(review).answer("2025年实施专项多少项？", _hits(review)).answerable  # the title's 2026


def test_a_thing_a_table_names_otherwise_is_read_elsewhere_or_refused() -> None:
    """A park named as a row is, with another place in its name, is no row of the table (`qa.answer.swaps`)."""
    rows = "| 一 | 光谷咸宁生物医药产业园 | 20亿元 |\n| 二 | 黄石园 | 15亿元 |"
    parks = _chunk(7, f"园区表\n| 序号 | 名称 | 投资 |\n{rows}", 400)
    assert _answerer(parks).answer("光谷咸宁生物医药产业园投资多少？", _hits(parks)).short_answer == "20亿元"
    refused = _answerer(parks).answer("光谷（孝感）生物医药产业园投资多少？", _hits(parks))
    assert not refused.answerable and refused.see_also
    said = _chunk(8, "光谷孝感生物医药产业园计划投资30亿元。", 600)
    answer = _answerer(parks, said).answer("光谷（孝感）生物医药产业园投资多少？", _hits(parks, said))
    assert answer.answerable and answer.short_answer == "30" and answer.citations[0].quote == said.text


def test_a_row_named_by_table_and_ordinal_is_read_without_the_prose_beside_it() -> None:
    labelled = _chunk(8, "表1 重点项目\n| 序号 | 城市 | 投资 |\n| 1 | 鄂州 | 20亿元 |\n| 2 | 咸宁 | 15亿元 |", 500)
    answer = _answerer(labelled, PROSE).answer("表1第2项投资多少？", _hits(PROSE, labelled))
    assert answer.citations and answer.citations[0].start >= labelled.start  # from the table, not PROSE's 2025


TIERS = _chunk(
    9,
    "奖补标准表\n| 上年度营业收入 | 首次认定 |\n| 5亿元以上 | 40万元 |\n| 2000万元（含）至5亿元 | 21万元 |\n"
    "| 2000万元以下 | 16万元 |",
    900,
)


def test_a_figure_within_a_band_picks_its_row_and_is_said_by_the_table() -> None:
    """No document writes 3000万元: without the bands the question would be refused as asking of another figure
    (`qa.answer.particulars`), and its row is the band that holds it (`qa.answer.ranges`)."""
    answer = _answerer(TIERS).answer("营收3000万元的企业首次认定奖补多少？", _hits(TIERS))
    assert answer.answerable and answer.citations[0].quote == "| 2000万元（含）至5亿元 | 21万元 |"
    assert not _answerer(TIERS).answer("营收3000人的企业首次认定奖补多少？", _hits(TIERS)).answerable  # no band of 人
