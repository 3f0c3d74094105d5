"""Script detection and the one form questions and passages are compared in."""

from __future__ import annotations

from qa.ingest import detect_script, fold_width, in_script, to_simplified


def test_simplified_form_folds_full_width_letters_and_digits_one_for_one() -> None:
    typed = "光谷到２０２５年研發Ｒ＆Ｄ投入達到４．２％（一）？"
    assert to_simplified(typed) == "光谷到2025年研发R&D投入达到4.2%（一）？"  # Chinese punctuation stays
    assert len(fold_width(typed)) == len(typed)  # offsets into the original still hold


def test_script_detection_and_display() -> None:
    assert detect_script("光谷科技創新大走廊") == "zh-Hant"
    assert detect_script("光谷科技创新大走廊") == "zh-Hans"
    assert detect_script("Ｗｈｏ leads it?") == "en"
    assert in_script("光谷科技創新", "zh-Hans") == "光谷科技创新" and in_script("光谷科技创新", "en") == "光谷科技创新"
