"""Token-edge boundaries counted on training answers: which parts of an edge token answers leave out."""

from __future__ import annotations

from qa.training.boundaries import edge_tokens, fit
from qa.training.data import Question
from tests.fakes import VocabTokenizer

TOKENS = VocabTokenizer("美国的", "中国的", "目的", "1990", "年起")


def _question(n: int, context: str, answer: str) -> Question:
    return Question(f"T_{n}_QUERY_0", f"T_{n}", "问题？", context, answer, context.index(answer))


def test_edge_tokens_name_the_labelled_tokens_and_what_the_answer_leaves_of_them() -> None:
    q = _question(0, "他说美国的总统自1990年起来访", "美国")
    assert edge_tokens([q], TOKENS) == [("美国的", 0, [2], "美国的", 1, [1])]
    # an answer_start that does not point at the answer is skipped, not miscounted
    assert edge_tokens([Question("T_1_QUERY_0", "T_1", "问？", "甲乙丙", "乙", 0)], TOKENS) == []


def test_a_part_most_answers_leave_out_is_kept_and_one_they_keep_is_not() -> None:
    left = [_question(k, f"第{k}次：他说美国的总统来了", "美国") for k in range(6)]
    left += [_question(10 + k, f"第{k}次：她说中国的工厂多", "中国") for k in range(6)]
    kept = [_question(20 + k, f"第{k}次：他为了这个目的来了", "这个目的") for k in range(12)]
    learned = fit(left + kept, TOKENS, min_count=10)
    assert learned.tails == ("的",)  # 12 of 12 leave it out; 目的 is one word, so it is never counted
    assert learned.heads == ()
    assert fit(left[:6] + kept, TOKENS, min_count=10).tails == ()  # seen 6 times: too few to trust
