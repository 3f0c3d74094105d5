"""Code-switched training questions: content words become English glosses, names stay Chinese."""

from __future__ import annotations

import random

from qa.training.codeswitch import CodeSwitch, romanised


def test_every_glossable_word_is_english_and_the_question_word_comes_first() -> None:
    switch = CodeSwitch(rate=1.0)
    rng = random.Random(0)
    asked = {switch("白兰氏鸡精的发明者是谁？", rng) for _ in range(20)}
    assert all(a.endswith("?") and "inventor" in a and "白兰氏" in a and "发明者" not in a for a in asked)
    assert any(a.startswith("Who ") for a in asked)  # fronted in most questions
    assert any(a.endswith("who?") for a in asked)  # and left in place in some


def test_rate_zero_changes_only_the_punctuation() -> None:
    assert CodeSwitch(rate=0.0)("盘龙江河段有多宽？", random.Random(0)) == "盘龙江河段有多宽?"


def test_romanised_writes_the_chinese_left_in_pinyin() -> None:
    assert romanised("Who is the inventor of 白兰氏 chicken essence?").isascii()
    assert romanised("Which 武汉 plan?") == "Which Wuhan plan?"
