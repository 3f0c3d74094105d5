"""Script detection and the one form questions and passages are compared in."""

from __future__ import annotations

from qa.ingest import detect_script, fold_forms, in_script, to_simplified, visible


def test_simplified_form_folds_full_width_letters_and_digits_one_for_one() -> None:
    typed = "光谷到２０２５年研發Ｒ＆Ｄ投入達到４．２％（一）？"
    assert to_simplified(typed) == "光谷到2025年研发R&D投入达到4.2%（一）？"  # Chinese punctuation stays
    assert len(fold_forms(typed)) == len(typed)  # offsets into the original still hold


def test_script_detection_and_display() -> None:
    assert detect_script("光谷科技創新大走廊") == "zh-Hant"
    assert detect_script("光谷科技创新大走廊") == "zh-Hans"
    assert detect_script("Ｗｈｏ leads it?") == "en"
    assert detect_script("。。。") == detect_script("2025？") == "zh-Hans"  # no letters: not English
    assert in_script("光谷科技創新", "zh-Hans") == "光谷科技创新" and in_script("光谷科技创新", "en") == "光谷科技创新"
    assert detect_script("一九九八年成立的是哪个园区？") == "zh-Hans"  # a folded year is no Traditional character
    assert in_script("二〇二一年，２０家", "zh-Hans") == "二〇二一年，２０家"  # shown as written
    # Traditional as Traditional documents write it (Taiwan standard), not s2t's older variants (爲, 牀, 裏)
    assert in_script("以东湖科学城为核心，激光加工机床，里面", "zh-Hant") == "以東湖科學城為核心，激光加工機床，裡面"
    assert detect_script("以東湖科學城爲核心") == "zh-Hant"  # the older forms are Traditional too


def test_years_in_chinese_numerals_fold_to_digits_one_for_one() -> None:
    assert to_simplified("方案（二〇二三—二〇二五年）于二〇二一年三月印發") == "方案（2023—2025年）于2021年三月印发"
    unchanged = "第三次会议，二十五年，十二五规划"  # not years written digit by digit
    assert to_simplified(unchanged) == unchanged


def test_invisible_format_characters_are_dropped() -> None:
    assert visible("武\u200b汉\u200d都市圈\u00ad\u202e方案\ufeff") == "武汉都市圈方案"
    assert visible("光谷 2025") == "光谷 2025"  # spaces are not invisible characters
