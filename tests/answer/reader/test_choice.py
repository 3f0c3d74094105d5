"""Choosing among the reader's candidate spans: lexical features and the fitted weights."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from qa.answer.reader import Card, SpanChoice
from qa.answer.reader.choice import Overlaps
from qa.answer.reader.runtime import Candidate
from tests.fakes import fake_reader

TEXT = "2月9日开园的离岸科创中心引进企业8家。6月27日，科技创新组第一次全体会议审议通过方案。"


def _at(text: str, span: str) -> tuple[int, int]:
    start = text.index(span)
    return start, start + len(span)


def test_the_sentence_that_repeats_the_question_scores_higher() -> None:
    overlaps = Overlaps("第一次全体会议是哪天开的？", TEXT)
    first_date = overlaps(*_at(TEXT, "2月9日"))
    meeting_date = overlaps(*_at(TEXT, "6月27日"))
    assert meeting_date[0] > first_date[0] and meeting_date[1] > first_date[1]
    assert all(0.0 <= share <= 1.0 for share in (*first_date, *meeting_date))


def test_the_span_itself_is_not_counted_as_repeating_the_question() -> None:
    overlaps = Overlaps("全体会议", "全体会议")
    assert overlaps(0, 4) == (0.0, 0.0)
    assert Overlaps("？", TEXT)(0, 4) == (0.0, 0.0)  # a question with no character pairs


def _candidate(passage: int, margin: float, features: tuple[float, float]) -> Candidate:
    return Candidate(passage, 0, 1, margin, features)


def test_by_default_the_largest_margin_is_chosen() -> None:
    reader = fake_reader()
    reading = reader.choose([_candidate(0, 2.0, (0.0, 0.0)), _candidate(1, 1.0, (1.0, 1.0))])
    assert reading is not None and reading.passage == 0 and reading.margin == 2.0
    assert reader.choose([]) is None


def test_the_fitted_choice_may_prefer_a_smaller_margin_but_confidence_stays_the_readers() -> None:
    reader = fake_reader()
    reader.card = replace(reader.card, choice=SpanChoice(margin=0.2, sentence=1.0, context=1.0))
    reading = reader.choose([_candidate(0, 2.0, (0.0, 0.0)), _candidate(1, 1.0, (1.0, 1.0))])
    assert reading is not None and reading.passage == 1
    assert reading.margin == 2.0 and reading.confidence == pytest.approx(reader.confidence(2.0))


def test_a_card_written_before_the_choice_existed_loads_with_the_default(tmp_path: Path) -> None:
    card = fake_reader().card
    card.save(tmp_path)
    raw = json.loads((tmp_path / "reader.json").read_text(encoding="utf-8"))
    assert raw["choice"] == {"margin": 1.0, "sentence": 0.0, "context": 0.0}
    del raw["choice"]
    (tmp_path / "reader.json").write_text(json.dumps(raw), encoding="utf-8")
    assert Card.load(tmp_path).choice == SpanChoice()


def test_a_lead_unit_counts_the_words_of_the_task_it_leads() -> None:
    text = "积极争取东湖科学中心建设方案尽快获批。（牵头单位：市发展改革委；责任单位：市科技局）"
    overlaps = Overlaps("东湖科学中心建设方案获批由哪个部门牵头？", text)
    assert overlaps(*_at(text, "市发展改革委"))[0] > 0.5


def test_the_context_stays_on_the_candidates_line() -> None:
    text = "武汉都市圈科技同兴\n2月9日开园的中心。"
    overlaps = Overlaps("武汉都市圈哪天开园？", text)
    # of the question's 9 character pairs only 开园 is on its line (not the title line's 武汉都市圈)
    assert overlaps(*_at(text, "2月9日"))[1] == pytest.approx(1 / 9)
