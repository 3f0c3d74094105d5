"""Windows over question + passage, token spans, and spans trimmed back to characters."""

from __future__ import annotations

import numpy as np
import pytest

from qa.answer.reader.windows import (
    CLS,
    MAX_HEADING_TOKENS,
    MAX_QUESTION_TOKENS,
    PAD,
    SEP,
    Boundaries,
    batch,
    make_windows,
    masked,
    token_span,
    top_spans,
    trim,
)
from tests.fakes import FakeTokenizer, VocabTokenizer

TOK = FakeTokenizer()


def test_windows_cover_every_passage_character_with_the_pair_layout() -> None:
    passage = "".join(chr(0x4E00 + i) for i in range(100))
    windows = make_windows(TOK, "问题", [passage], max_len=32, overlap=8)
    assert len(windows) > 3
    covered: set[int] = set()
    for w in windows:
        assert len(w.ids) <= 32 and w.ids[0] == CLS and w.ids[-1] == SEP and w.ids[3:5] == [SEP, SEP]
        covered |= {o[0] for o in w.offsets if o is not None}
    assert covered == set(range(len(passage)))
    # consecutive windows overlap by the requested number of tokens
    first, second = ([o for o in w.offsets if o is not None] for w in windows[:2])
    assert len(set(first) & set(second)) == 8


def test_each_passage_gets_its_own_windows_in_order() -> None:
    windows = make_windows(TOK, "问", ["甲乙丙", "丁戊"], max_len=32, overlap=8)
    assert [w.passage for w in windows] == [0, 1]
    assert windows[1].offsets[windows[1].first] == (0, 1)


def test_each_passage_may_be_asked_its_own_question() -> None:
    windows = make_windows(TOK, ["问甲", "问"], ["甲乙丙", "丁戊"], max_len=32, overlap=8)
    assert [w.ids[1 : w.ids.index(2)] for w in windows] == [[3 + ord("问"), 3 + ord("甲")], [3 + ord("问")]]
    with pytest.raises(ValueError, match="1 questions for 2 passages"):
        make_windows(TOK, ["问"], ["甲", "乙"], max_len=32)


def test_a_heading_starts_every_window_of_its_passage_and_is_never_part_of_a_span() -> None:
    passage = "".join(chr(0x4E00 + i) for i in range(60))
    windows = make_windows(TOK, "问", [passage, "丁戊"], max_len=32, overlap=8, headings=["（三）标题", ""])
    heading_ids = [3 + ord(ch) for ch in "（三）标题"]
    first_passage = [w for w in windows if w.passage == 0]
    assert len(first_passage) > 2
    covered: set[int] = set()
    for w in first_passage:
        assert len(w.ids) <= 32 and w.ids[4 : 4 + len(heading_ids)] == heading_ids
        assert w.offsets[4 : 4 + len(heading_ids)] == [None] * len(heading_ids)
        covered |= {o[0] for o in w.offsets if o is not None}
    assert covered == set(range(len(passage)))
    second = windows[-1]  # an empty heading adds nothing
    assert second.passage == 1 and second.first == 4


def test_labels_are_taken_out_of_span_choice() -> None:
    w = masked(make_windows(TOK, "问", ["表1\n甲乙丙"], max_len=32)[0], [(0, 2)])
    assert [o for o in w.offsets if o is not None] == [(2, 3), (3, 4), (4, 5), (5, 6)]


def test_a_long_heading_is_cut() -> None:
    w = make_windows(TOK, "问", ["甲乙"], max_len=128, headings=["标" * 100])[0]
    assert w.first == 4 + MAX_HEADING_TOKENS


def test_a_long_question_is_cut_and_a_tiny_window_refused() -> None:
    windows = make_windows(TOK, "问" * 200, ["甲" * 10], max_len=128, overlap=8)
    assert windows[0].first == 1 + MAX_QUESTION_TOKENS + 2
    with pytest.raises(ValueError, match="max_len=40"):
        make_windows(TOK, "问" * 200, ["甲"], max_len=40)


def test_token_span_finds_the_tokens_of_a_character_span() -> None:
    w = make_windows(TOK, "问", ["在2025年达到"], max_len=32)[0]
    start, end = token_span(w, 1, 6)  # "2025年"
    assert (w.offsets[start], w.offsets[end]) == ((1, 2), (5, 6))
    assert token_span(w, 40, 42) is None


def test_the_top_span_keeps_order_and_stays_in_the_passage() -> None:
    w = make_windows(TOK, "问", ["甲乙丙丁"], max_len=32)[0]
    n = len(w.ids)
    start, end = np.zeros(n), np.zeros(n)
    start[0] = end[0] = 3.0  # <s>: the no-answer vote is not a span
    start[w.first + 2], end[w.first + 1] = 9.0, 9.0  # end before start: not allowed
    end[w.first + 3] = 5.0
    span = top_spans(w, start, end, 0, 1)[0]
    assert (span.start, span.end) == (2, 4) and span.null == 6.0 and span.margin == pytest.approx(8.0)


def test_given_the_text_a_span_stays_within_one_sentence() -> None:
    text = "甲乙。丙丁"
    w = make_windows(TOK, "问", [text], max_len=32)[0]
    n = len(w.ids)
    start, end = np.zeros(n), np.zeros(n)
    start[w.first + 1], end[w.first + 3] = 9.0, 9.0  # 乙。丙: across the sentence end
    end[w.first + 1] = 4.0
    blind = top_spans(w, start, end, 0, 1)[0]
    assert (blind.start, blind.end) == (1, 4)
    span = top_spans(w, start, end, 0, 1, text=text)[0]
    assert text[span.start : span.end] == "乙" and span.score == pytest.approx(13.0)


@pytest.mark.parametrize(("text", "across"), [("甲乙 | 丙丁", (1, 5)), ("甲乙\n丙丁", (1, 3))])
def test_given_the_text_a_span_stays_within_one_line_and_one_table_cell(text: str, across: tuple[int, int]) -> None:
    w = make_windows(TOK, "问", [text], max_len=32)[0]
    token = {o[0]: k for k, o in enumerate(w.offsets) if o is not None}
    start, end = np.zeros(len(w.ids)), np.zeros(len(w.ids))
    start[token[across[0]]], end[token[across[1]]] = 9.0, 9.0  # 乙 … 丙: across the separator or the line
    end[token[1]] = 4.0
    span = top_spans(w, start, end, 0, 1, text=text)[0]
    assert text[span.start : span.end] == "乙" and span.score == pytest.approx(13.0)


def test_batch_pads_right_with_a_mask() -> None:
    windows = make_windows(TOK, "问", ["甲乙丙丁", "戊"], max_len=32)
    ids, mask = batch(windows)
    assert ids.shape == mask.shape == (2, len(windows[0].ids))
    assert ids[1, -1] == PAD and mask[1].sum() == len(windows[1].ids)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("是「光谷」，", (0, 6), "是「光谷」"),
        ("：《中国制造2025》。", (0, 12), "《中国制造2025》"),
        ("《中国制造2025》的", (1, 10), "《中国制造2025》"),
        ("（牵头单位：市科技局）", (0, 11), "牵头单位：市科技局"),
        ("。，", (0, 2), "。，"),  # nothing but punctuation: left as it was
        ("3 | 咸宁离岸科创园 | 2023年 |\n4 | 鄂州离岸创新中心 | 2023年 |", (14, 25), "2023年"),  # one row only
        ("\n2023年\n", (0, 7), "2023年"),  # a leading line break is trimmed, not cut at
        ("著有《说易》、《春秋》等书", (3, 11), "《说易》、《春秋》"),  # a mark the span closes is opened
        ("与赵翼《廿二史劄记》、王鸣盛《十七史商榷》并称", (1, 20), "赵翼《廿二史劄记》、王鸣盛《十七史商榷》"),
        ("被拉卡伊（II.13）发现", (1, 11), "拉卡伊（II.13）"),
    ],
)
def test_trim_drops_glued_punctuation_but_keeps_title_marks(text: str, span: tuple[int, int], expected: str) -> None:
    s, e = trim(text, *span)
    assert text[s:e] == expected


def _token_span(text: str, tokenizer: VocabTokenizer, first: str, last: str, cut: Boundaries) -> str:
    """The text of the best span from the token `first` to the token `last`, read through `cut`."""
    w = make_windows(tokenizer, "问", [text], max_len=64)[0]
    token = {text[o[0] : o[1]]: k for k, o in enumerate(w.offsets) if o is not None}
    start, end = np.zeros(len(w.ids)), np.zeros(len(w.ids))
    start[token[first]], end[token[last]] = 9.0, 9.0
    span = top_spans(w, start, end, 0, 1, text=text, cut=cut.cut(text))[0]
    return text[span.start : span.end]


EDGES = Boundaries(heads=("是", "在"), tails=("的", "起"))


@pytest.mark.parametrize(
    ("text", "vocab", "first", "last", "answer"),
    [
        ("他说美国的总统来了", ("美国的",), "美国的", "美国的", "美国"),  # 的 is a word of its own: left out
        ("该馆自1992年起开放", ("1992", "年起"), "1992", "年起", "1992年"),
        ("风格是非常注重传统的", ("是非常", "注重", "传统"), "是非常", "传统", "非常注重传统"),
        ("这是他的目的", ("目的",), "目的", "目的", "目的"),  # 目的 is one word: its 的 stays
        ("课程在线上开设", ("在线",), "在线", "在线", "在线"),  # jieba reads 在线: its 在 stays
        ("他是的", ("是的",), "是的", "是的", "是的"),  # cutting both ends would leave nothing: whole token
    ],
)
def test_a_span_leaves_out_the_part_of_its_edge_token_answers_leave_out(
    text: str, vocab: tuple[str, ...], first: str, last: str, answer: str
) -> None:
    assert _token_span(text, VocabTokenizer(*vocab), first, last, EDGES) == answer


def test_without_boundaries_a_span_is_whole_tokens() -> None:
    assert _token_span("他说美国的总统来了", VocabTokenizer("美国的"), "美国的", "美国的", Boundaries()) == "美国的"
