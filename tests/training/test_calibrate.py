"""The refusal threshold: fitted on dev margins, at most the allowed share of answerable questions refused."""

from __future__ import annotations

import math

from qa.training.calibrate import calibrate, choose_stop


def test_threshold_refuses_at_most_the_allowed_share_of_answerable_questions() -> None:
    pos = [float(m) for m in range(-2, 38)]  # 40 answerable margins
    neg = [float(m) for m in range(-30, 0)]
    found = {
        "em": [1.0],
        "f1": [1.0],
        "pos": pos,
        "neg": neg,
        "kinds": ["retrieved", "perturbed"] * 15,
        "opened": [[(m, 1.0), (m - 5, 0.0)] for m in pos],
        "english": [(m, 1.0) for m in pos],
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
    opened = [[(m, 1.0 if m >= 2 else 0.0), (m + 1, 1.0), (-5.0, 0.0)] for m in (-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0)]
    stop, report = choose_stop(opened, conf, threshold=0.1)
    assert conf(1.0) < stop <= conf(2.0)
    assert report["early_exit_f1"] == report["f1"] == 100.0
    assert report["early_exit_passages_read"] < report["passages_read"] == 3.0


def test_no_early_exit_when_a_sure_first_passage_is_often_wrong() -> None:
    opened = [[(m, 0.0), (m + 1, 1.0)] for m in (3.0, 4.0, 5.0, 6.0)]
    stop, report = choose_stop(opened, conf, threshold=0.1)
    assert stop == 1.0 and report["early_exit_passages_read"] == report["passages_read"]
