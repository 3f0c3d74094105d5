"""External benchmark scoring: per-set answer figures, the no-answer setting, and the gate's names."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

from qa.answer.types import Answer
from qa.evaluation.external import Question, answer_scores, figures
from qa.ingest.chunking import Chunk
from qa.search.retrieve import Hit


def _hit(passage: str, text: str) -> Hit:
    return Hit(Chunk(f"{passage}#0", passage, "x", "t", "", 0, len(text), text, 1), 1.0, None, None)


class _Answerer:
    """Answers with the first hit's text when it holds a digit, else refuses."""

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        text = hits[0].chunk.text if hits else ""
        ok = any(ch.isdigit() for ch in text)
        return Answer(question, text + "[1]" if ok else "无", ok, text if ok else None, "zh-Hans", [], "other")


def test_scores_per_set_and_setting_with_the_gold_passage_removed_for_no_answer() -> None:
    hits = [_hit("p1", "1990年"), _hit("p2", "没有")]
    retriever = SimpleNamespace(search=lambda question, k: hits)
    questions = [Question("a", "何时？", ("1990年",), "p1", "cmrc2018_dev")]
    scores = answer_scores(retriever, _Answerer(), questions)  # type: ignore[arg-type]
    assert scores["cmrc2018_dev gold passage"]["em"] == 100.0
    assert scores["cmrc2018_dev open retrieval"]["contains"] == 100.0
    assert scores["cmrc2018_dev no answer"] == {"questions": 1.0, "refused": 100.0}  # only p2 is left: refused
    flat = figures(scores)
    assert flat["cmrc2018_dev no answer.refused"] == 100.0 and flat["cmrc2018_dev open retrieval.refused"] == 0.0
