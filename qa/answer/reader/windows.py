"""Question + passage windows for the reader, and spans mapped back to characters.

Training and serving share this module, so a window the model was trained on
looks exactly like one it reads later: ``<s> question </s></s> passage piece </s>``
(XLM-R's pair layout), at most `max_len` tokens, consecutive pieces overlapping by
`overlap` tokens so an answer cut by one window is whole in the next. Every
passage token keeps its character offsets, so a predicted token span becomes a
character span of the passage, then is trimmed of punctuation the tokenizer
glued onto it (XLM-R merges "），" or "：「" with a neighbouring character).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import jieba
import numpy as np

from qa.search import padded

CLS, PAD, SEP = 0, 1, 2
#: A question longer than this many tokens is cut (CMRC questions: median 14, 99th percentile 33).
MAX_QUESTION_TOKENS = 48
#: A heading read above a passage is cut to this many tokens (a section title is rarely longer than 30).
MAX_HEADING_TOKENS = 32
#: Characters a predicted span never starts or ends with (spaces, punctuation, table cell separators).
_TRIM = " |｜\t\r\n，。、；：？！,.;:?!（）()「」『』“”‘’\"'《》〈〉【】[]—-…·"


#: Characters that end a sentence (`top_spans`).
_SENTENCE_END = frozenset("。！？!?")
#: Characters a span never crosses (`top_spans`): a line break, and the separator between a table row's cells.
_BREAKS = frozenset("\n|｜")
#: Paired marks `trim` keeps balanced.
_PAIRS = tuple((pair[0], pair[1]) for pair in ("《》", "「」", "『』", "“”", "（）", "()", "〈〉", "【】"))


class Encoding(Protocol):
    @property
    def ids(self) -> list[int]: ...

    @property
    def offsets(self) -> list[tuple[int, int]]: ...


class Tokenizer(Protocol):
    """The part of `tokenizers.Tokenizer` used here (a fake in the unit tests)."""

    def encode_batch(self, texts: list[str], /, *, add_special_tokens: bool = ...) -> list[Encoding]: ...


@dataclass(frozen=True)
class Passage:
    """A text to read, with what frames it: `heading` is read above it (see `make_windows`), and
    `labels` are character ranges of it that name rather than say (a table's caption and header
    row), where no answer span may start or end. `unasked` are phrases of the (Simplified) question it
    is read without (document names it never says: `qa.answer.titles`), and `written` the question's words it
    writes only in English, with how it writes them (`qa.answer.reader.terms`)."""

    text: str
    heading: str = ""
    labels: tuple[tuple[int, int], ...] = ()
    unasked: tuple[str, ...] = ()
    #: (question word, this passage's English for it): "研发" read as "R&D" where only that is written.
    written: tuple[tuple[str, str], ...] = ()

    @staticmethod
    def of(passage: str | Passage) -> Passage:
        return passage if isinstance(passage, Passage) else Passage(passage)


@dataclass(frozen=True)
class Window:
    """One model input: token ids, and for each token its character span in passage `passage` (or None)."""

    passage: int
    ids: list[int]
    offsets: list[tuple[int, int] | None]

    @property
    def readable(self) -> bool:
        """Whether any token may start or end a span (`masked` can take them all)."""
        return any(o is not None for o in self.offsets)

    @property
    def first(self) -> int:
        """Index of the first passage token."""
        return next(i for i, o in enumerate(self.offsets) if o is not None)


def make_windows(
    tokenizer: Tokenizer,
    question: str | Sequence[str],
    passages: Sequence[str],
    *,
    max_len: int = 192,
    overlap: int = 64,
    headings: Sequence[str] | None = None,
) -> list[Window]:
    """Windows covering every passage in full; `passages[i]`'s windows carry `passage=i`.

    `headings[i]` (optional) starts every window of passage i: the heading a chunk was cut from
    ("（三）促进科技型企业量质齐增" above a chunk that is only "（牵头单位：…）") tells the reader what
    the passage is about. Its tokens have no offsets, so a span never starts or ends in it.
    `question` may be one per passage (a question read differently against each, `Reader.spans`)."""
    n = len(passages)
    asked = [question] * n if isinstance(question, str) else list(question)
    if len(asked) != n:
        raise ValueError(f"{len(asked)} questions for {n} passages")
    texts = list(dict.fromkeys(asked))
    encoded = tokenizer.encode_batch([*texts, *passages, *(headings or [])], add_special_tokens=False)
    q_ids = {t: list(e.ids[:MAX_QUESTION_TOKENS]) for t, e in zip(texts, encoded, strict=False)}
    encoded = encoded[len(texts) :]
    out: list[Window] = []
    for p, enc in enumerate(encoded[:n]):
        head = [CLS, *q_ids[asked[p]], SEP, SEP]
        above = list(encoded[n + p].ids[:MAX_HEADING_TOKENS]) if headings and headings[p].strip() else []
        room = max_len - len(head) - len(above) - 1
        if room < 8:
            raise ValueError(f"max_len={max_len} leaves no room for the passage after a {len(head) - 3}-token question")
        step = max(room - overlap, 1)
        ids, offsets = list(enc.ids), [tuple(o) for o in enc.offsets]
        start = 0
        while True:
            piece = slice(start, start + room)
            out.append(
                Window(
                    p,
                    [*head, *above, *ids[piece], SEP],
                    [None] * (len(head) + len(above)) + [(int(a), int(b)) for a, b in offsets[piece]] + [None],
                )
            )
            if start + room >= len(ids):
                break
            start += step
    return out


def masked(window: Window, labels: Sequence[tuple[int, int]]) -> Window:
    """The window with the tokens inside `labels` (passage character ranges) taken out of span choice."""
    if not labels:
        return window
    offsets = [o if o is None or not any(a <= o[0] and o[1] <= b for a, b in labels) else None for o in window.offsets]
    return Window(window.passage, window.ids, offsets)


def batch(windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray]:
    """Right-padded `input_ids` and `attention_mask` (int64) for a list of windows."""
    return padded([w.ids for w in windows], PAD)


def token_span(window: Window, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The window's tokens covering passage characters [start_char, end_char), or None when not inside it."""
    start = end = None
    for i, o in enumerate(window.offsets):
        if o is None:
            continue
        if start is None and o[0] <= start_char < max(o[1], o[0] + 1):
            start = i
        if o[0] < end_char <= o[1]:
            end = i
    if start is None or end is None or end < start:
        return None
    return start, end


@dataclass(frozen=True)
class Boundaries:
    """Where an answer begins or ends inside one of the tokenizer's multi-character tokens.

    XLM-R writes "是非常", "年的" and "1992年起" as single tokens, so a span of whole tokens cannot be 非常…,
    1789年 or 1992年: the model learns to cover the token that holds the answer's first (last) character,
    and its span carries the rest of that token. Fitted on the training split's gold answers
    (`qa.training.boundaries`): the token beginnings (`heads`: 是, 在) and endings (`tails`: 的, 起) that
    answers mostly leave out when a token at their edge has them as a word of their own. Simplified, as
    the reader reads; "a word of its own" is jieba's segmentation (目的 keeps its 的, 在线 its 在)."""

    heads: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()

    def cut(self, text: str) -> Cut:
        """The character span of a token span in `text` (Simplified), given its first and last tokens."""
        if not (self.heads or self.tails):
            return _whole

        def span(first: tuple[int, int], last: tuple[int, int]) -> tuple[int, int]:
            start = first[0] + max(_parts(text, first, self.heads), default=0)
            end = last[1] - max(_parts(text, last, self.tails, tail=True), default=0)
            return (start, end) if start < end else (first[0], last[1])

        return span


def _whole(first: tuple[int, int], last: tuple[int, int]) -> tuple[int, int]:
    return first[0], last[1]


def _parts(text: str, token: tuple[int, int], parts: Sequence[str], tail: bool = False) -> list[int]:
    """Lengths of the `parts` the `token` (offsets in `text`) begins with, or ends with for a `tail`, as a word
    of its own: shorter than the token, with a word break where the part meets the rest of it."""
    a, b = token
    word = text[a:b]
    fits = [len(p) for p in parts if len(p) < len(word) and (word.endswith(p) if tail else word.startswith(p))]
    if not fits:
        return []  # most tokens: no segmentation needed
    breaks = word_breaks(text)
    return [n for n in fits if (b - n if tail else a + n) in breaks]


@lru_cache(maxsize=1024)
def word_breaks(text: str) -> frozenset[int]:
    """Positions in `text` between two of jieba's words. Cached: the same chunks are read again and again."""
    return frozenset(start for _, start, _ in jieba.tokenize(text))


#: A token span's characters, from its first and last tokens' offsets (`Boundaries.cut`).
Cut = Callable[[tuple[int, int], tuple[int, int]], tuple[int, int]]


@dataclass(frozen=True)
class Span:
    """The best answer span of one window, and the window's no-answer score."""

    window: int
    start: int  # characters in passage `passage`
    end: int
    score: float  # start logit + end logit
    null: float  # the same at <s>: the model's vote for "no answer here"

    @property
    def margin(self) -> float:
        """How far the span beats "no answer" (the reader's confidence before calibration)."""
        return self.score - self.null


def top_spans(
    window: Window,
    start_logits: np.ndarray,
    end_logits: np.ndarray,
    index: int,
    k: int,
    max_tokens: int = 40,
    text: str | None = None,
    cut: Cut | None = None,
) -> list[Span]:
    """The `k` highest-scoring spans of passage tokens (end ≥ start, at most `max_tokens` long), best first.

    Given the passage's `text`, a span never runs on past a sentence's end (。！？): an answer lies within
    one sentence. On the held-out dev split this is neutral (F1 74.26 → 74.31; 3% of its gold answers
    span two sentences), and it keeps a span from gluing the end of one sentence to the start of the next.
    Nor does it cross a line break or a table's cell separator: an answer lies within one line and one
    cell. Choosing among such spans, rather than cutting the best span at its first line afterwards
    (`trim` still does for a span read without `text`), keeps a span the model did not choose ("1 | 武汉
    功能区 | …" cut from a span over several rows) from standing in for the one it would choose.
    `cut` turns a span's first and last tokens into characters (`Boundaries.cut`; whole tokens without)."""
    valid = np.array([o is not None for o in window.offsets] + [False] * (len(start_logits) - len(window.offsets)))
    s = np.where(valid, start_logits, -np.inf)
    e = np.where(valid, end_logits, -np.inf)
    n = len(s)
    scores = s[:, None] + e[None, :]
    i, j = np.indices((n, n))
    scores[(j < i) | (j - i >= max_tokens)] = -np.inf
    if text is not None:
        ends = [o is not None and any(ch in _SENTENCE_END for ch in text[o[0] : o[1]]) for o in window.offsets]
        before = np.concatenate([[0], np.cumsum(ends + [False] * (n - len(ends)))])  # sentence ends before token x
        scores[before[j] > before[i]] = -np.inf  # a sentence ends at a token in [i, j)
        crossed = np.concatenate([[0], np.cumsum([ch in _BREAKS for ch in text])])  # breaks before a character
        pad = [0] * (n - len(ends))
        # a token's own leading line break ("\n6") is before its span, not in it
        begins = np.array([_lstripped(text, *o) if o is not None else 0 for o in window.offsets] + pad)
        stops = np.array([o[1] if o is not None else 0 for o in window.offsets] + pad)
        scores[(crossed[stops][None, :] > crossed[begins][:, None]) & (j > i)] = -np.inf  # a break in [i, j]
    flat = scores.ravel()
    top = np.argpartition(-flat, k - 1)[:k] if k < flat.size else np.arange(flat.size)
    null = float(start_logits[0] + end_logits[0])
    spans = []
    for f in sorted(top, key=lambda f: -flat[f]):
        if not np.isfinite(flat[f]):  # fewer valid spans than k
            break
        a, b = divmod(int(f), n)
        first, last = window.offsets[a], window.offsets[b]
        assert first is not None and last is not None
        start, end = cut(first, last) if cut is not None else (first[0], last[1])
        spans.append(Span(index, start, end, float(flat[f]), null))
    return spans


def _lstripped(text: str, start: int, end: int) -> int:
    """`start` moved past the whitespace (line breaks included) that opens text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    return start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past leading/trailing punctuation and spaces (never to nothing), and end it at
    its first line break: an answer lies within one line (a sentence's paragraph or one table row)."""
    s, e = start, end
    while s < e and text[s] in _TRIM:
        s += 1
    line_end = text.find("\n", s, e)
    if line_end != -1:
        e = line_end
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    if s == e:
        return start, end
    # a title or quotation keeps its marks (just outside the span too): 《中国制造2025》, not 中国制造2025
    for open_, close in ("《》", "「」", "“”"):
        if s > 0 and e < len(text) and text[s - 1] == open_ and text[e] == close:
            s, e = s - 1, e + 1
    # a mark the span opens or closes is balanced by its partner just outside: 《说易》、《春秋序例》, not
    # 说易》、《春秋序例; 拉卡伊（II.13）, not 拉卡伊（II.13
    for open_, close in _PAIRS:
        inside = text[s:e]
        if inside.count(open_) > inside.count(close) and e < len(text) and text[e] == close:
            e += 1
        elif inside.count(close) > inside.count(open_) and s > 0 and text[s - 1] == open_:
            s -= 1
    return s, e
