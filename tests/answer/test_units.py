"""Sentences: the spans an answer quotes."""

from __future__ import annotations

from qa.answer.units import sentences


def test_sentences_trim_whitespace_and_keep_offsets() -> None:
    text = " 第一句。\n第二句！"
    assert [text[s:e] for s, e in sentences(text)] == ["第一句。", "第二句！"]


def test_a_semicolon_and_a_line_end_close_a_sentence() -> None:
    text = "（牵头单位：武汉市人民政府；责任单位：鄂州市人民政府）\n| 1 | 武汉 |"
    assert [text[s:e] for s, e in sentences(text)] == [
        "（牵头单位：武汉市人民政府；",
        "责任单位：鄂州市人民政府）",
        "| 1 | 武汉 |",
    ]
