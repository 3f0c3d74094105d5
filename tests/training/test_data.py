"""Reader training data: answer windows, and the three kinds of window that must say "no answer"."""

from __future__ import annotations

import random

from qa.training.data import Question, examples, is_dev, name_pool, perturb
from tests.fakes import FakeTokenizer

CONTEXT = "会议于1990年在武汉召开第一次会议，张三担任主席。" * 3 + "北京大学位于北京。"
Q = Question("TRAIN_1_QUERY_0", "TRAIN_1", "第一次会议在1990年由谁担任主席？", CONTEXT, "张三", CONTEXT.index("张三"))
OTHER = Question("TRAIN_2_QUERY_0", "TRAIN_2", "上海交通大学在哪里？", "上海交通大学位于上海。", "上海", 8)


class _Search:
    passages = (OTHER.context, CONTEXT)

    def top(self, query: str, k: int) -> list[int]:
        return [0, 1][:k]


def test_perturbed_questions_name_something_the_passage_does_not_say() -> None:
    rng = random.Random(0)
    seen = {perturb(Q, rng, name_pool([Q, OTHER])) for _ in range(30)}
    assert None not in seen and Q.question not in seen
    for changed in seen:
        assert changed is not None
        novel = [w for w in ("1990", "第一") if w in Q.question and w not in changed]
        assert novel or changed != Q.question


def test_examples_label_answers_by_token_and_negatives_at_the_start_token() -> None:
    rates = {"elsewhere": 1.0, "retrieved": 1.0, "perturbed": 1.0}
    made = list(examples([Q], FakeTokenizer(), _Search(), seed=0, rates=rates, max_len=40, overlap=8))  # type: ignore[arg-type]
    kinds = [e.kind for e in made]
    assert kinds[0] == "answer" and {"elsewhere", "retrieved", "perturbed"} <= set(kinds)
    answer = made[0]
    assert answer.ids[answer.start : answer.end + 1] == [3 + ord(ch) for ch in "张三"]
    assert all((e.start, e.end) == (0, 0) for e in made[1:])


def test_the_dev_split_is_stable_and_small() -> None:
    articles = [f"TRAIN_{i}" for i in range(2000)]
    dev = [a for a in articles if is_dev(a)]
    assert 0.03 < len(dev) / len(articles) < 0.09 and dev == [a for a in articles if is_dev(a)]


def test_code_switched_questions_ask_every_window_of_the_question_in_english() -> None:
    rates = {"elsewhere": 1.0, "retrieved": 1.0, "perturbed": 1.0}
    asked: list[str] = []

    def english(question: str, rng: random.Random) -> str:
        asked.append(question)
        return "Who chaired?"

    made = list(
        examples(
            [Q],
            FakeTokenizer(),
            _Search(),
            seed=0,
            rates=rates,
            max_len=40,
            overlap=8,  # type: ignore[arg-type]
            english=english,
            english_rate=1.0,
        )
    )
    head = [3 + ord(ch) for ch in "Who chaired?"]
    assert all(e.english and e.ids[1 : 1 + len(head)] == head for e in made)
    assert asked[0] == Q.question and len(asked) == 2  # the question, then its perturbed form
    plain = list(examples([Q], FakeTokenizer(), _Search(), seed=0, rates=rates, max_len=40, overlap=8))  # type: ignore[arg-type]
    assert not any(e.english for e in plain)
