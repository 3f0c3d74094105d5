"""The extractive answerer: answers with exact citations, short answers, scripts and refusals."""

from __future__ import annotations

import pytest

from qa.service import Service


def _check_citations(service: Service, answer) -> None:  # type: ignore[no-untyped-def]
    for c in answer.citations + answer.see_also:
        doc = service.corpus.get(c.doc_id)
        assert doc is not None and doc.text[c.start : c.end] == c.quote and c.source == doc.source


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "short", "fact"),
    [
        ("光谷科技创新大走廊到2025年研发经费占比目标是多少？", "超過4.2%", "4.2%"),
        ("鄂州累计建成多少家省市级创新平台？", "151家", "151家"),
        ("黃岡（光谷）離岸科創中心引進孵化企業多少家？", "8家", "8家"),
        ("湖北综合科技创新排名全国第几？", "第7", "第7"),
        ("表1离岸科创园建设项目里，咸宁（武汉）离岸科创园计划什么时候建成？", "2023年", "2023年"),
        # the year is only in the document's number and date, not in the answering chunk
        ("2021年武汉计划引进多少战略科技人才？", "10名", "10名左右"),
        # the best-scored sentence has no title for the person; the next one does
        ("李春洋是谁？", "湖北省武漢都市圈研究會會長、武漢市社會科學院研究員", "研究會會長"),
        # a notice's signature lines: the issuer, then the date it was issued
        ("光谷大走廊行动方案的印发日期是哪天？", "2023年4月8日", "2023年4月8日"),
        ("光谷大走廊行动方案是由哪个单位印发的？", "湖北省科技創新辦公室", "湖北省科技創新辦公室"),
        ("光谷大走廊行动方案是发给哪些单位的？", None, "省推進科技創新領導小組各成員單位"),  # its addressees
    ],
)
def test_answers_carry_fact_short_answer_and_exact_quote(
    real_service: Service, question: str, short: str, fact: str
) -> None:
    answer = real_service.ask(question)
    assert answer.answerable and answer.answer.endswith("[1]")
    assert answer.short_answer == short or (answer.short_answer and fact in answer.short_answer)
    assert fact in answer.citations[0].quote or fact in answer.answer
    _check_citations(real_service, answer)


@pytest.mark.slow
def test_answer_in_the_askers_script(real_service: Service) -> None:
    simplified = real_service.ask("哪个天使基金为大走廊提供科创天使投资？")
    assert "楚天凤鸣" in simplified.answer and simplified.language == "zh-Hans"
    assert "楚天鳳鳴" in simplified.citations[0].quote  # quotes keep the source text
    traditional = real_service.ask("哪個天使基金為大走廊提供科創天使投資？")
    assert "楚天鳳鳴" in traditional.answer and traditional.language == "zh-Hant"


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "比亚迪上半年销量合计多少辆？",  # only in the removed headline list
        "湖南猎人10年猎杀了多少只老虎？",  # only in the removed click-bait tail
        "光谷科技创新大走廊到2030年的研发经费占比目标是多少？",  # 2030 is never mentioned
        "湖北省科技厅厅长是谁？",
        "宜昌是否被列入光谷科技创新大走廊的功能区？",  # a place the corpus never mentions
        "表1里孝感离岸科创园什么时候建成？",  # a place the corpus names once, but not in that table
        "武汉光源项目计划投资多少亿元？",  # the project is named, its investment is not
        "脉冲强磁场实验装置优化提升项目的总投资是多少？",  # "立项1-2个" is no amount of money
    ],
)
def test_refuses_with_see_also(real_service: Service, question: str) -> None:
    answer = real_service.ask(question)
    assert not answer.answerable and answer.citations == [] and answer.short_answer is None
    assert answer.answer.startswith(("资料中没有找到", "資料中沒有找到"))
    assert len(answer.see_also) == 3
    _check_citations(real_service, answer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # pinyin name + dictionary words; the answer is one clause of a long sentence
        ("Which industrial park is the innovation focus of Qingshan District?", ["武鋼大數據產業園"]),
        # the row numbered 4, not the caption; "when is it due" is answered by the same row
        (
            "In Table 1 (offshore sci-tech park projects), what is item no. 4 and when is it due?",
            ["鄂州（武漢）離岸創新中心", "2023年"],
        ),
        (
            "Which state-owned company is among the lead units for sci-tech finance in the corridor?",
            ["長江產業投資集團有限公司"],
        ),
    ],
)
def test_english_questions_are_answered_from_translated_terms(
    real_service: Service, question: str, facts: list[str]
) -> None:
    answer = real_service.ask(question)
    assert answer.answerable and answer.language == "en"
    assert all(fact in answer.answer for fact in facts), answer.answer
    assert len(answer.citations) == 1
    _check_citations(real_service, answer)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Which football manager was sacked by Everton, according to the recommendations?",
        "Does the Wuhan 2021 notice recommend any free online video website?",
    ],
)
def test_english_refusals(real_service: Service, question: str) -> None:
    answer = real_service.ask(question)
    assert not answer.answerable and answer.answer.startswith("The documents do not answer")


@pytest.mark.slow
def test_table_rows_named_by_the_question(real_service: Service) -> None:
    """ "各自": one cited row per place the question names, not only the best-matching one."""
    answer = real_service.ask("表3里黄石功能区和黄冈功能区各自有什么项目？")
    assert [c.quote.split("|")[2].strip() for c in answer.citations] == ["黃石科技城", "黃岡科技新城"]
    _check_citations(real_service, answer)


@pytest.mark.slow
def test_counted_list_cites_each_paragraph(real_service: Service) -> None:
    answer = real_service.ask("“六个强化”分别是什么？")
    assert len(answer.citations) == 6 and answer.citations[0].quote == "强化全域创新"
    _check_citations(real_service, answer)
