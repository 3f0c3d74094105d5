"""The refusal threshold: fitted on dev margins, at most the allowed share of answerable questions refused."""

from __future__ import annotations

import math

from qa.reader.calibrate import calibrate


def test_threshold_refuses_at_most_the_allowed_share_of_answerable_questions() -> None:
    pos = [float(m) for m in range(-2, 38)]  # 40 answerable margins
    neg = [float(m) for m in range(-30, 0)]
    found = {"em": [1.0], "f1": [1.0], "pos": pos, "neg": neg, "kinds": ["retrieved", "perturbed"] * 15}
    calibration, report = calibrate(found, max_false_refusals=0.05)
    assert calibration.scale > 0
    conf = [1 / (1 + math.exp(-(calibration.scale * m + calibration.bias))) for m in pos]
    assert sum(c < calibration.threshold for c in conf) <= 0.05 * len(pos)
    assert report["answerable_refused"] <= 5.0 and report["unanswerable_refused"]["retrieved"] > 90
