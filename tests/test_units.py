"""The spans an answer may quote."""

from __future__ import annotations

from qa.units import answer_spans, sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in answer_spans(text)]


def test_sentences_trim_whitespace() -> None:
    text = " 第一句。\n第二句！"
    assert [text[s:e] for s, e in sentences(text)] == ["第一句。", "第二句！"]


def test_task_lead_and_responsible_units_read_as_one() -> None:
    text = "建立监管衔接机制。（牵头单位：武汉市人民政府；责任单位：鄂州市人民政府）"
    units = _texts(text)
    assert "（牵头单位：武汉市人民政府；责任单位：鄂州市人民政府）" in units
    assert text in units  # the task, who leads it and who carries it out


def test_long_sentences_offer_clause_windows_without_trailing_commas() -> None:
    text = "其中，" + "，".join(f"第{i}区以第{i}园为重点建设创新街区" for i in range(1, 6)) + "。"
    units = _texts(text)
    assert "第3区以第3园为重点建设创新街区" in units
    assert not any(u.endswith("，") for u in units)
