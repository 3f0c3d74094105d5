"""Two-part questions: split, answered part by part, joined with renumbered citations."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from qa.answer.compound import MAX_PARTS, CompoundAnswerer, _resolve, join, split_question
from qa.answer.types import Answer, Citation
from qa.search.retrieve import Hit
from qa.service import Service


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("光谷大走廊方案由哪个单位印发？印发日期是哪天？", ["光谷大走廊方案由哪个单位印发？", "印发日期是哪天？"]),
        ("武汉的目标是多少；鄂州的目标是多少", ["武汉的目标是多少；", "鄂州的目标是多少"]),
        ("湖北实验室有几个？", ["湖北实验室有几个？"]),
        ("「先谒陵乎？先即位乎？」是谁说的？", ["「先谒陵乎？先即位乎？」是谁说的？"]),  # marks inside quotes
        ("“谁负责，何时完成？”一节是哪个单位写的？", ["“谁负责，何时完成？”一节是哪个单位写的？"]),
        ("清军攻入哪里；郑成功南下勤王？", ["清军攻入哪里；郑成功南下勤王？"]),  # the second clause does not ask
        ("速度极限是多快？-----语句不顺", ["速度极限是多快？-----语句不顺"]),
        ("方案是哪个单位印发的，哪天印发的？", ["方案是哪个单位印发的", "哪天印发的？"]),  # two asking clauses
        ("到2025年，高新技术企业要突破多少家？", ["到2025年，高新技术企业要突破多少家？"]),  # a scene-setting clause
        ("指任何影响系统的事件，是在哪个理论之中？", ["指任何影响系统的事件，是在哪个理论之中？"]),  # 任何 does not ask
        ("武汉、鄂州分别有哪些项目,建设时间是哪几年？", ["武汉、鄂州分别有哪些项目", "建设时间是哪几年？"]),
        ("目标是多少？对吗？", ["目标是多少？对吗？"]),  # a short tag is not a question of its own
        (
            "When was the plan issued, and by which office?",
            ["When was the plan issued", "by which office?"],
        ),
        (
            "What are the targets for growth and its share of GDP?",
            ["What are the targets for growth and its share of GDP?"],
        ),
    ],
)
def test_split_question(question: str, parts: list[str]) -> None:
    assert split_question(question) == parts


def _citation(n: int, start: int) -> Citation:
    return Citation(n, "d", "d.txt", "T", "S", "quote", start, start + 5, 1.0)


def _answer(text: str, citations: list[Citation], answerable: bool = True, short: str | None = "x") -> Answer:
    return Answer("q", text, answerable, short if answerable else None, "zh-Hans", citations, "other")


def test_a_text_asking_more_than_max_parts_is_read_as_one_question() -> None:
    """Each part costs a retrieval and a reading: 120 parts of a 960-character question took 17 s."""
    assert len(split_question("光谷有几个园区？" * MAX_PARTS)) == MAX_PARTS
    many = "光谷有几个园区？" * (MAX_PARTS + 1)
    assert split_question(many) == [many]


def test_join_renumbers_and_shares_identical_citations() -> None:
    first = _answer("甲。[1]", [_citation(1, 0)])
    second = _answer("乙[1]；丙[2]", [_citation(1, 10), _citation(2, 0)])
    joined = join("问？问？", ["问一？", "问二？"], [first, second])
    assert joined.answer == "甲。[1]乙[2]；丙[1]。"
    assert [(c.n, c.start) for c in joined.citations] == [(1, 0), (2, 10)]
    assert joined.answerable and joined.short_answer == "x" and joined.question == "问？问？"  # the same span once


def test_join_gives_each_parts_short_answer_in_order() -> None:
    first = _answer("累计实施重大项目60余项。[1]", [_citation(1, 0)], short="60余项")
    second = _answer("总投资超过500亿元。[1]", [_citation(1, 0)], short="500亿元")
    assert join("问？问？", ["一？", "二？"], [first, second]).short_answer == "60余项；500亿元"
    listed = _answer("甲[1]；乙[2]", [_citation(1, 0), _citation(2, 10)], short=None)  # a counted list has none
    assert join("问？问？", ["一？", "二？"], [first, listed]).short_answer is None
    refused = _answer("资料中没有找到", [], answerable=False)
    assert join("问？问？", ["一？", "二？"], [first, refused]).short_answer == "60余项"  # the part answered


def test_join_answers_in_the_whole_questions_script() -> None:
    """ "哪些已建成？" alone reads as Simplified; asked after "表一有幾項？" it is part of a Traditional question."""
    first = _answer("共4項：甲[1]", [_citation(1, 0)], short="4")
    second = _answer("黄石离岸科创园已建成[1]", [_citation(1, 10)], short="黄石离岸科创园")
    joined = join("表一有幾項？哪些已建成？", ["表一有幾項？", "哪些已建成？"], [first, second])
    assert joined.language == "zh-Hant" and "黃石離岸科創園已建成" in joined.answer
    assert joined.short_answer == "4；黃石離岸科創園"


def test_join_ends_a_part_cut_at_a_colon_with_a_full_stop() -> None:
    first = _answer("各成员单位：[1]", [_citation(1, 0)])
    second = _answer("2023年4月8日[1]", [_citation(1, 10)])
    joined = join("问？问？", ["问一？", "问二？"], [first, second])
    assert joined.answer == "各成员单位[1]。2023年4月8日[2]。"


def test_join_says_an_answer_both_parts_share_once() -> None:
    same = _answer("甲。[1]", [_citation(1, 0)])
    joined = join("问？问？", ["问一？", "问二？"], [same, same])
    assert joined.answer == "甲。[1]" and len(joined.citations) == 1


def test_join_says_which_part_was_not_found() -> None:
    refused = _answer("资料中没有找到", [], answerable=False)
    joined = join("问？", ["印发单位是什么？", "印发日期是哪天？"], [_answer("甲。[1]", [_citation(1, 0)]), refused])
    assert joined.answerable and joined.answer == "甲。[1]（“印发日期是哪天”：资料中没有找到。）"


def test_join_refuses_when_no_part_is_answered() -> None:
    refused = Answer("q", "资料中没有找到", False, None, "zh-Hans", [], "other", see_also=[_citation(1, 0)])
    joined = join("问？", ["一？", "二？"], [refused, refused])
    assert not joined.answerable and [c.n for c in joined.see_also] == [1]


class _Echo:
    """Answers each question with its own text, so the test sees which parts were asked."""

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        return _answer(f"{question}[1]", [_citation(1, len(question))])


class _Search:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, query: str, k: int = 5) -> list[Hit]:
        self.queries.append(query)
        return []


def test_later_parts_are_retrieved_with_the_first_part_as_context() -> None:
    search = _Search()
    answerer = CompoundAnswerer(_Echo(), search)  # type: ignore[arg-type]
    answer = answerer.answer("方案由谁印发？日期是哪天？", [])
    assert search.queries == ["方案由谁印发？", "方案由谁印发？ 日期是哪天？"]
    assert answer.answer == "方案由谁印发？[1]日期是哪天？[2]"
    single = answerer.answer("方案由谁印发？", [])
    assert single.answer == "方案由谁印发？[1]" and len(search.queries) == 2  # passed straight through


@pytest.mark.slow
def test_two_part_question_on_the_real_corpus(real_service: Service) -> None:
    answer = real_service.ask("大走廊靠哪支基金撬动社会资本做科创天使投资？上市培育计划叫什么？")
    assert answer.answerable and "楚天凤鸣" in answer.answer and "楚天种子" in answer.answer
    assert [c.n for c in answer.citations] == [1, 2]
    for c in answer.citations:
        doc = real_service.corpus.get(c.doc_id)
        assert doc is not None and doc.text[c.start : c.end] == c.quote


class _RefuseFirst(_Echo):
    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        if question.startswith("宜昌"):
            return _answer("资料中没有找到", [], answerable=False)
        return super().answer(question, hits)


class _RefuseClause(_Echo):
    """Refuses a clause read alone, as the reader does a condition ("在什么情况下") without its question."""

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        if not question.endswith("？"):
            return _answer("资料中没有找到", [], answerable=False)
        return super().answer(question, hits)


def test_a_question_split_at_a_comma_is_answered_whole_when_its_first_clause_is_refused() -> None:
    question = "组织在什么情况下，会判断该物种归入哪一个组别？"
    assert split_question(question) == ["组织在什么情况下", "会判断该物种归入哪一个组别？"]
    answer = CompoundAnswerer(_RefuseClause(), _Search()).answer(question, [])  # type: ignore[arg-type]
    assert answer.answerable and answer.answer == f"{question}[1]"
    quoting = "「先谒陵乎？先即位乎？」是谁说的，在哪一年说的？"  # the marks inside quotes split nothing
    answer = CompoundAnswerer(_RefuseClause(), _Search()).answer(quoting, [])  # type: ignore[arg-type]
    assert answer.answerable and answer.answer == f"{quoting}[1]"


def test_a_refused_first_part_refuses_the_parts_about_its_topic() -> None:
    answer = CompoundAnswerer(_RefuseFirst(), _Search()).answer("宜昌是功能区吗？其项目是什么？", [])  # type: ignore[arg-type]
    assert not answer.answerable and answer.question == "宜昌是功能区吗？其项目是什么？"


def test_parts_of_their_own_are_answered_after_a_refused_first_part() -> None:
    search = _Search()
    answer = CompoundAnswerer(_RefuseFirst(), search).answer("宜昌有几个园区？2023年实施了多少项工程？", [])  # type: ignore[arg-type]
    assert answer.answerable and "（“宜昌有几个园区”：资料中没有找到。）" in answer.answer
    assert search.queries == ["宜昌有几个园区？", "2023年实施了多少项工程？"]  # the later part searched alone


@pytest.mark.slow
def test_a_later_part_about_it_is_answered_about_the_first_parts_subject(real_service: Service) -> None:
    answer = real_service.ask("黄冈（光谷）离岸科创中心哪天开园？表1里它的建成状态是什么？")
    assert answer.answerable and "2月9日" in answer.answer and "已建成" in answer.answer
    assert "黃岡（光谷）離岸科創中心" in answer.citations[-1].quote
    assert "它" not in answer.answer  # nothing was reported missing (the message would quote the part)


def test_a_later_part_without_a_subject_is_asked_about_the_first_parts() -> None:
    assert _resolve("什么时候建成？", "表1中第4项是什么") == "表1中第4项什么时候建成？"
    assert _resolve("哪天印发的？", "光谷大走廊方案由哪个单位印发") == "光谷大走廊方案哪天印发的？"
    assert _resolve("印发日期是哪天？", "光谷大走廊方案由哪个单位印发") == "印发日期是哪天？"  # its own subject
