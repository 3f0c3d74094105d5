"""Reader training data from CMRC 2018 train: answer windows, and windows that must say "no answer".

CMRC has no unanswerable questions, so three kinds of negative are made from it
(the service meets all three: a passage on another topic, the right passage's
wrong part, and a question about something the passage does not say):

* retrieved: the question against the passage of another article that BM25 ranks
  highest for it (its window sharing most characters with the question);
* elsewhere: the question against a window of its own passage without the answer;
* perturbed: the question with a year, number, ordinal or name changed to one the
  passage never mentions ("第二次会议" when it says 第一次), against its answer window.

Articles are split into train and dev by a hash of their id, so every choice
(threshold, epochs) is made on articles the model never saw.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import bm25s
import jieba
import jieba.posseg

from qa.answer.reader import Tokenizer, Window, make_windows, token_span

#: Share of articles held out as the dev split (≈ 600 questions).
DEV_PERCENT = 6
_YEAR = re.compile(r"(1[5-9]\d\d|20[0-4]\d)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL = re.compile(r"第([一二三四五六七八九十])")
_CN_DIGITS = "一二三四五六七八九十"
#: jieba part-of-speech flags of names worth swapping: places, organisations, people, other proper nouns.
_NAME_FLAGS = {"ns", "nt", "nr", "nz", "nrt"}


@dataclass(frozen=True)
class Question:
    id: str
    article: str
    question: str
    context: str
    answer: str
    answer_start: int


@dataclass(frozen=True)
class Example:
    """One training window: token ids and the answer's token span ((0, 0) = no answer)."""

    ids: list[int]
    start: int
    end: int
    kind: str  # "answer" | "retrieved" | "elsewhere" | "perturbed"
    english: bool = False  # the question was code-switched to English (`qa.training.codeswitch`)


def load(path: Path) -> list[Question]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            answer = row["answers"][0]
            article = row["id"].split("_QUERY")[0]
            out.append(
                Question(row["id"], article, row["question"], row["context"], answer["text"], answer["answer_start"])
            )
    return out


def is_dev(article: str) -> bool:
    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % 100 < DEV_PERCENT


def bigrams(text: str) -> list[str]:
    return [a + b for a, b in pairwise(text)] or [text]


class PassageSearch:
    """Character-bigram BM25 over the training passages: finds hard negatives, as the service's retriever would."""

    def __init__(self, passages: Sequence[str]) -> None:
        self.passages = list(passages)
        self._bm25 = bm25s.BM25()
        self._bm25.index([bigrams(p) for p in self.passages], show_progress=False)

    def top(self, query: str, k: int) -> list[int]:
        docs, _ = self._bm25.retrieve([bigrams(query)], k=min(k, len(self.passages)), show_progress=False)
        return [int(d) for d in docs[0]]


def perturb(q: Question, rng: random.Random, names: dict[str, list[str]]) -> str | None:
    """The question changed so the passage no longer answers it, or None when nothing can be changed."""
    text, ctx = q.question, q.context
    options: list[str] = []
    for m in _YEAR.finditer(text):
        for delta in rng.sample([-7, -3, -2, -1, 1, 2, 3, 5, 11], 9):
            year = str(int(m.group()) + delta)
            if year not in ctx:
                options.append(text[: m.start()] + year + text[m.end() :])
                break
    for m in _ORDINAL.finditer(text):
        for other in rng.sample(_CN_DIGITS, len(_CN_DIGITS)):
            if "第" + other not in ctx:
                options.append(text[: m.start(1)] + other + text[m.end(1) :])
                break
    if not options:
        for m in _NUMBER.finditer(text):
            if _YEAR.fullmatch(m.group()):
                continue
            value = str(int(float(m.group())) + rng.choice([1, 2, 3, 7, 10]))
            if value not in ctx:
                options.append(text[: m.start()] + value + text[m.end() :])
    for word, flag in jieba.posseg.lcut(text):
        if flag in _NAME_FLAGS and len(word) >= 2 and word in ctx and word not in q.answer:
            pool = [w for w in rng.sample(names[flag], min(20, len(names[flag]))) if w not in ctx and w != word]
            if pool:
                options.append(text.replace(word, pool[0]))
    return rng.choice(options) if options else None


def name_pool(questions: Sequence[Question]) -> dict[str, list[str]]:
    pool: dict[str, set[str]] = defaultdict(set)
    for q in questions:
        for word, flag in jieba.posseg.lcut(q.question):
            if flag in _NAME_FLAGS and len(word) >= 2:
                pool[flag].add(word)
    return {flag: sorted(words) for flag, words in pool.items()}


def _overlap(window: Window, passage: str, question: str) -> int:
    return len(set(bigrams(question)) & set(bigrams(_text(window, passage))))


def _hardest(windows: list[Window], passage: str, question: str) -> Window:
    return max(windows, key=lambda w: _overlap(w, passage, question))


def examples(
    questions: Sequence[Question],
    tokenizer: Tokenizer,
    search: PassageSearch,
    *,
    seed: int,
    rates: dict[str, float],
    max_len: int,
    overlap: int,
    english: Callable[[str, random.Random], str] | None = None,
    english_rate: float = 0.0,
) -> Iterator[Example]:
    """Every question's answer window, plus negatives of each kind at the given rates (0–1 per question).

    With `english`, a share `english_rate` of the questions is asked through it (all their windows)."""
    rng = random.Random(seed)
    names = name_pool(questions)
    for q in questions:
        en = english is not None and rng.random() < english_rate
        asked = english(q.question, rng) if english is not None and en else q.question
        windows = make_windows(tokenizer, asked, [q.context], max_len=max_len, overlap=overlap)
        end_char = q.answer_start + len(q.answer)
        hits = [(w, span) for w in windows if (span := token_span(w, q.answer_start, end_char)) is not None]
        if not hits:
            continue  # answer longer than a window: nothing to learn from
        window, (start, end) = rng.choice(hits)
        yield Example(window.ids, start, end, "answer", en)
        if rng.random() < rates["elsewhere"]:
            away = [w for w in windows if w not in [h[0] for h in hits] and q.answer not in _text(w, q.context)]
            if away:
                yield Example(_hardest(away, q.context, q.question).ids, 0, 0, "elsewhere", en)
        if rng.random() < rates["retrieved"]:
            other = next(
                (
                    i
                    for i in search.top(q.question, 3)
                    if q.answer not in search.passages[i] and search.passages[i] != q.context
                ),
                None,
            )
            if other is not None:
                passage = search.passages[other]
                ws = make_windows(tokenizer, asked, [passage], max_len=max_len, overlap=overlap)
                yield Example(_hardest(ws, passage, q.question).ids, 0, 0, "retrieved", en)
        if rng.random() < rates["perturbed"]:
            changed = perturb(q, rng, names)
            if changed is not None:
                if english is not None and en:
                    changed = english(changed, rng)
                ws = make_windows(tokenizer, changed, [q.context], max_len=max_len, overlap=overlap)
                same = [w for w in ws if token_span(w, q.answer_start, end_char) is not None]
                if same:
                    yield Example(same[0].ids, 0, 0, "perturbed", en)


def _text(window: Window, passage: str) -> str:
    spans = [o for o in window.offsets if o is not None]
    return passage[spans[0][0] : spans[-1][1]]
