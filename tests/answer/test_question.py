"""Question analysis: language and type."""

from __future__ import annotations

import pytest

from qa.answer.question import analyse, as_asked


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("光谷科技创新大走廊到2025年研发经费占比目标是多少？", "quantity"),
        ("鄂州累計建成多少家省市級創新平臺？", "quantity"),
        ("黄冈离岸科创中心什么时候开园？", "date"),
        ("李春洋是谁？", "person"),
        ("这项任务的牵头单位是谁？", "organisation"),
        ("方案持续支持哪几个地方建设离岸科创园？", "list"),
        ("表3中有哪些项目？", "table"),
        ("方案支持哪两个园区建设离岸科创园？", "list"),
        ("会场在哪里？", "place"),
        ("宜昌是否被列入功能区？", "yes_no"),
        ("六个强化是什么？", "definition"),
        ("How many provincial platforms were built?", "quantity"),
        ("What was the value of technology contract turnover in 2025?", "quantity"),
        ("When was the plan issued?", "date"),
        ("Who leads the task?", "organisation"),
    ],
)
def test_types(question: str, qtype: str) -> None:
    assert analyse(question).qtype == qtype


def test_scripts() -> None:
    hant = analyse("光谷科技創新大走廊到2030年的研發經費佔比目標是多少？")
    hans = analyse("光谷科技创新大走廊到2030年的研发经费占比目标是多少？")
    assert (hant.language, hans.language, analyse("What is it?").language) == ("zh-Hant", "zh-Hans", "en")
    assert hant.simple == hans.simple and hant.qtype == hans.qtype == "quantity"


@pytest.mark.parametrize(
    ("question", "several", "counts"),
    [
        ("表1中哪两个项目已经建成？", True, False),
        ("鄂州功能區和咸寧功能區各自的項目是什麼？", True, False),
        ("黃岡功能區和咸寧功能區的項目各是什麼？", True, False),
        ("Which projects are listed in Table 2?", True, False),
        ("List the projects of Table 2.", True, False),
        ("列出通知重点支持的五个领域。", True, False),
        ("表2共列了哪几个园区？", True, False),  # 哪几个 asks which, not how many
        ("表1中咸宁离岸科创园什么时候建成？", False, False),
        ("Which project is listed for Huangshi?", False, False),
        ("表1中有几个项目已经建成？", False, True),
        ("表2列了多少個園區？", False, True),
        ("How many projects does Table 3 list?", False, True),
        ("黄冈离岸科创中心引进了多少亿元投资？", False, False),
        ("研发经费占比是多少？", False, False),
    ],
)
def test_questions_that_ask_for_several_things_or_how_many(question: str, several: bool, counts: bool) -> None:
    q = analyse(question)
    assert (q.several, q.counts) == (several, counts)


def test_a_question_is_read_ending_with_a_question_mark() -> None:
    assert as_asked("光谷有几个园区") == "光谷有几个园区？" and as_asked("请介绍目标。 ") == "请介绍目标？"
    assert as_asked("Who leads it") == "Who leads it?" and as_asked("Who leads it?  ") == "Who leads it?"
    assert as_asked("光谷有几个园区?") == "光谷有几个园区?"  # "?" and "？" read alike: left as typed
    assert as_asked("有几个？方案要征集它们的需求。") == "有几个？方案要征集它们的需求。"  # context after it
    assert as_asked("  。 ") == "。"


def test_invisible_characters_pasted_into_a_question_are_dropped() -> None:
    assert as_asked("武\u200b汉都\u200d市圈有几个园\ufeff区\u00ad") == "武汉都市圈有几个园区？"
    assert analyse(as_asked("哪\u2060天开园")).qtype == "date"


def test_which_one_is_not_a_list() -> None:
    assert analyse("STARSHIP Entertainment七成的股份被哪一个企业收购？").qtype != "list"
