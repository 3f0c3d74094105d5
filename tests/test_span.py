"""Short answers framed by the words around the question word."""

from __future__ import annotations

import pytest

from qa.script import to_simplified
from qa.span import gap


def _gap(question: str, sentence: str) -> str | None:
    q, s = to_simplified(question).lower(), to_simplified(sentence).lower()
    found = gap(q, s)
    return None if found is None else sentence[found[0] : found[1]]


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # both sides anchor the gap, even when the question paraphrases ("合作开发" / "开发")
        (
            "《战国无双3》是由哪两个公司合作开发的？",
            "《战国无双3》（）是由光荣和ω-force开发的战国无双系列的正统第三续作。",
            "光荣和ω-force",
        ),
        # the measure noun after 哪个 ends the answer; echoed words at the start are dropped
        (
            "澉浦镇西边与哪个县接壤？",
            "澉浦镇是隶属于浙江省嘉兴市海盐县的一个镇，位于该县县境南部，西与海宁县接壤。",
            "海宁县",
        ),
        # no words before the question word: the clause up to the noun, without its opening preposition
        (
            "哪个天使基金为大走廊提供科创天使投资？",
            "由楚天鳳鳴科創天使基金為大走廊提供科創天使投資。",
            "楚天鳳鳴科創天使基金",
        ),
        # "X是谁": the title right before the name
        ("李春洋是谁？", "湖北省科技厅厅长李春洋表示，要加快建设。", "湖北省科技厅厅长"),
        # "X是什么": what follows "X是"
        (
            "锣鼓经是什么？",
            "锣鼓经是大陆传统器乐及戏曲里面常用的打击乐记谱方法，以中文字来表示。",
            "大陆传统器乐及戏曲里面常用的打击乐记谱方法",
        ),
        # Traditional text, Simplified question: offsets still index the source
        (
            "光谷科创大走廊由哪个基金提供天使投资？",
            "光谷科創大走廊由光谷科創天使基金提供天使投資。",
            "光谷科創天使基金",
        ),
    ],
)
def test_gap_frames_the_answer(question: str, sentence: str, expected: str) -> None:
    assert _gap(question, sentence) == expected


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("湖北实验室有几个？", "今年的工作会议在武汉召开。"),  # no anchor at all
        ("请介绍一下情况", "光谷科创大走廊发展迅速。"),  # no question word
        ("武汉市是什么？", "武汉市。"),  # nothing after the subject
    ],
)
def test_gap_is_none_when_it_cannot_be_framed(question: str, sentence: str) -> None:
    assert _gap(question, sentence) is None
