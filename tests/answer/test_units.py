"""Sentences: the spans an answer quotes."""

from __future__ import annotations

from qa.answer.units import attributed_sentences, sentences


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


def test_a_tasks_attribution_is_joined_to_the_task() -> None:
    text = "积极争取方案尽快获批。（牵头单位：市发展改革委；责任单位：市科技局）\n下一项任务。"
    assert [text[a:b] for a, b in attributed_sentences(text)] == [
        "积极争取方案尽快获批。（牵头单位：市发展改革委；责任单位：市科技局）",
        "下一项任务。",
    ]
    assert attributed_sentences("甲。乙。") == sentences("甲。乙。")


def test_closing_quotes_after_the_mark_end_the_sentence() -> None:
    text = "吴梅批道：“复得斯才，我心喜极！”此后二人交往甚密。他说：「好。」"
    assert [text[s:e] for s, e in sentences(text)] == [
        "吴梅批道：“复得斯才，我心喜极！”",
        "此后二人交往甚密。",
        "他说：「好。」",
    ]
