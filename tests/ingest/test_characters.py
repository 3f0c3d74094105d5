"""Character repairs: pinyin ruby, characters lost in the scrape, punctuation."""

from __future__ import annotations

from qa.ingest.characters import LOST, mark_lost, normalise_punctuation, remove_ruby


def test_ruby_removed_only_when_it_is_the_characters_reading() -> None:
    text, n = remove_ruby("創(chuàng)新發(fā)展，黃岡(光谷)離岸科創中心，(一)總體要求，晶片(chip)，人工智能(ai)")
    assert text == "創新發展，黃岡(光谷)離岸科創中心，(一)總體要求，晶片(chip)，人工智能(ai)"
    assert n == 2


def test_ruby_keeps_departments_in_brackets() -> None:
    text, _ = remove_ruby("(牽頭單位:市科技局)")
    assert text == "(牽頭單位:市科技局)"


def test_lost_characters_are_marked_not_invented() -> None:
    assert mark_lost("全面開工建設?偼顿Y超過100億元", "zh-Hant") == (f"全面開工建設{LOST}超過100億元", 1)
    assert mark_lost("方案(2023??—2025年)", "zh-Hant") == (f"方案(2023{LOST}—2025年)", 1)
    assert mark_lost("?序號 | 名稱", "zh-Hant")[0] == f"{LOST}序號 | 名稱"


def test_real_question_marks_survive() -> None:
    assert mark_lost("湖北底气从何而来?", "zh-Hans") == ("湖北底气从何而来?", 0)
    assert mark_lost("谁才是扛把子?这条街当仁不让", "zh-Hans") == ("谁才是扛把子?这条街当仁不让", 0)
    assert mark_lost("What is it? OK", "en") == ("What is it? OK", 0)


def test_punctuation_normalised() -> None:
    assert (
        normalise_punctuation("黃岡(光谷)中心,已引進8家;時間15:46,共1,000家")
        == "黃岡（光谷）中心，已引進8家；時間15:46，共1,000家"
    )
    assert normalise_punctuation('实施29项"尖刀"工程') == "实施29项“尖刀”工程"
    assert normalise_punctuation("ＲＤ投入１２％") == "RD投入12%"
    assert normalise_punctuation("1 | 黃石(武漢)離岸科創園 | 已建成 | |") == "1 | 黃石（武漢）離岸科創園 | 已建成"


def test_a_table_row_of_two_cells_keeps_its_closing_bar() -> None:
    """With one bar a line would read as prose, and a table of two columns, or one whose last cells are empty,
    would be lost."""
    assert normalise_punctuation("事项 | 日期 |") == "事项 | 日期 |"
    assert normalise_punctuation("申报截止 | 3月31日 |  |") == "申报截止 | 3月31日 |"
    assert normalise_punctuation("序号 | 名称 | 日期 |") == "序号 | 名称 | 日期"
