"""The rewordings measured on the dev split keep the question's meaning and change only the question."""

from __future__ import annotations

from dataclasses import replace

from qa.training.data import Question
from qa.training.rewording import REWORDINGS, interrogative, reworded
from qa.training.scripts import measure
from tests.fakes import fake_reader

CONTEXT = "该中心于2021年建成。"
WHEN = Question("DEV_1_QUERY_0", "DEV_1", "该中心什么时候建成？", CONTEXT, "2021", CONTEXT.index("2021"))
WHAT = Question("DEV_1_QUERY_1", "DEV_1", "该中心建成了吗？", CONTEXT, "2021", CONTEXT.index("2021"))


def test_a_question_word_is_swapped_for_its_synonym_either_way() -> None:
    assert interrogative("该中心什么时候建成？") == "该中心何时建成？"
    assert interrogative("该中心何时建成？") == "该中心什么时候建成？"
    assert interrogative("国富论为谁所写？") == "国富论为何人所写？"
    assert interrogative("何年建成？") == "哪一年建成？"


def test_a_question_without_a_question_word_is_not_reworded() -> None:
    assert interrogative("该中心建成了吗？") is None
    assert reworded([WHEN, WHAT], interrogative) == [(WHEN, replace(WHEN, question="该中心何时建成？"))]


def test_only_the_question_changes_and_the_reader_still_answers() -> None:
    for name, reword in REWORDINGS.items():
        pairs = reworded([WHEN], reword)
        assert len(pairs) == 1, name
        written, asked = pairs[0]
        assert (asked.context, asked.answer, asked.answer_start) == (
            written.context,
            written.answer,
            written.answer_start,
        )
        assert measure(fake_reader(), [asked], str) == {"questions": 1, "em": 100.0, "f1": 100.0, "refused": 0.0}


def test_polite_and_unpunctuated_forms() -> None:
    assert REWORDINGS["polite"]("该中心何时建成？") == "请问该中心何时建成？"
    assert REWORDINGS["unpunctuated"]("该中心何时建成?") == "该中心何时建成"
