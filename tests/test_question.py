"""Question analysis: language, type and the terms the evidence must cover."""

from __future__ import annotations

import pytest

from qa.question import analyse


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
        ("会场在哪里？", "place"),
        ("宜昌是否被列入功能区？", "yes_no"),
        ("六个强化是什么？", "definition"),
        ("How many provincial platforms were built?", "quantity"),
        ("When was the plan issued?", "date"),
        ("Who leads the task?", "organisation"),
    ],
)
def test_types(question: str, qtype: str) -> None:
    assert analyse(question).qtype == qtype


def test_scripts_and_terms() -> None:
    hant = analyse("光谷科技創新大走廊到2030年的研發經費佔比目標是多少？")
    hans = analyse("光谷科技创新大走廊到2030年的研发经费占比目标是多少？")
    assert (hant.language, hans.language, analyse("What is it?").language) == ("zh-Hant", "zh-Hans", "en")
    assert hant.terms == hans.terms and "研发" in hans.terms and "多少" not in hans.terms
    assert hans.numbers == ("2030",)


def test_proper_names_are_found_for_the_unknown_name_rule() -> None:
    assert "宜昌" in analyse("宜昌是否被列入光谷科技创新大走廊的功能区？").names
    assert analyse("李春洋是谁？").names == ("李春洋",)
    assert analyse("比亚迪上半年销量合计多少辆？").names == ("比亚迪",)
    assert analyse("What is the target?").names == ()
