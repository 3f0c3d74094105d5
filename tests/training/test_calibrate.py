"""The refusal threshold: fitted on dev margins, at most the allowed share of answerable questions refused."""

from __future__ import annotations

import math

from qa.answer.reader import SpanChoice
from qa.training.calibrate import Scored, calibrate, choose_deeper, choose_stop


def _one_each(passages: list[tuple[float, float]]) -> list[list[Scored]]:
    """Passages with one candidate each (margin, F1), no overlap features."""
    return [[(margin, (0.0, 0.0), f1)] for margin, f1 in passages]


def test_threshold_refuses_at_most_the_allowed_share_of_answerable_questions() -> None:
    pos = [float(m) for m in range(-2, 38)]  # 40 answerable margins
    neg = [float(m) for m in range(-30, 0)]
    found = {
        "em": [1.0],
        "f1": [1.0],
        "pos": pos,
        "neg": neg,
        "kinds": ["retrieved", "perturbed"] * 15,
        "opened": [_one_each([(m, 1.0), (m - 5, 0.0)]) for m in pos],
        "english": {"code-switched": [(m, 1.0) for m in pos]},
        "lower": [("retrieved", m, m) for m in neg],
        "fourth": [(-5.0, m, 1.0) for m in pos],
    }
    calibration, report = calibrate(found, max_false_refusals=0.05)
    assert calibration.scale > 0
    conf = [1 / (1 + math.exp(-(calibration.scale * m + calibration.bias))) for m in pos]
    assert sum(c < calibration.threshold for c in conf) <= 0.05 * len(pos)
    assert report["answerable_refused"] <= 5.0 and report["unanswerable_refused"]["retrieved"] > 90


def conf(margin: float) -> float:
    return 1 / (1 + math.exp(-margin))


def test_early_exit_level_is_the_lowest_that_keeps_the_answers() -> None:
    # The first passage is right whenever it is read with margin ≥ 2; below, a later passage is better.
    margins = (-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0)
    opened = [_one_each([(m, 1.0 if m >= 2 else 0.0), (m + 1, 1.0), (-5.0, 0.0)]) for m in margins]
    stop, report = choose_stop(opened, conf, threshold=0.1)
    assert conf(1.0) < stop <= conf(2.0)
    assert report["early_exit_f1"] == report["f1"] == 100.0
    assert report["early_exit_passages_read"] < report["passages_read"] == 3.0


def test_no_early_exit_when_a_sure_first_passage_is_often_wrong() -> None:
    opened = [_one_each([(m, 0.0), (m + 1, 1.0)]) for m in (3.0, 4.0, 5.0, 6.0)]
    stop, report = choose_stop(opened, conf, threshold=0.1)
    assert stop == 1.0 and report["early_exit_passages_read"] == report["passages_read"]


def test_the_replay_chooses_across_passages_as_the_reader_does() -> None:
    # The second passage's candidate has the smaller margin but the choice prefers it (it repeats the question).
    opened = [[[(3.0, (0.0, 0.0), 0.0)], [(2.0, (1.0, 1.0), 1.0)]] for _ in range(4)]
    _, by_margin = choose_stop(opened, conf, threshold=0.1)
    _, by_choice = choose_stop(opened, conf, threshold=0.1, choice=SpanChoice(margin=0.1, sentence=1.0, context=1.0))
    assert by_margin["f1"] == 0.0 and by_choice["f1"] == 100.0


def test_the_deeper_level_lets_at_most_half_a_point_of_unanswerable_questions_through() -> None:
    # 200 unanswerable questions refused on their best passages; the next passages are read at margins -4 … 4
    # (one question each at 0 … 4, the rest below): answering from them at a level that lets two through would
    # cost a full point of refusals.
    lower = [("retrieved", -5.0, m) for m in (*[-4.0] * 195, 0.0, 1.0, 2.0, 3.0, 4.0)]
    fourth = [(-5.0, 3.5, 1.0), (-5.0, 2.5, 0.0), (2.0, 3.0, 0.0)]  # the last: its best three already answer
    deeper, report = choose_deeper(lower, fourth, conf, threshold=0.1)
    assert conf(3.0) < deeper <= conf(4.0)  # lets only the one at margin 4 through: 0.5 points
    assert report["unanswerable_refused"] == 100.0 and report["unanswerable_refused_reading_deeper"] == 99.5
    # answered: the one read at margin 3.5 (2.5 is below the level; the last was answered by its best three)
    assert report["own_passage_fourth_answered"] == round(100 / 3, 1)
    assert report["own_passage_fourth_f1_of_answered"] == 100.0


def test_never_reading_deeper_when_every_level_answers_unanswerable_questions() -> None:
    lower = [("perturbed", None, 9.0), ("retrieved", -3.0, 9.0)]
    deeper, report = choose_deeper(lower, [(None, 9.0, 1.0)], conf, threshold=0.1)
    assert deeper == 1.0 and report["unanswerable_refused_reading_deeper"] == 100.0
