"""The reader at serving time: int8 ONNX on onnxruntime, one session shared by all request threads.

Questions and passages are read in Simplified script (OpenCC t2s, the script it
was trained on); conversion keeps every character's position, so spans index the
original text and citations quote it unchanged.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, cast

import numpy as np

from qa.answer.reader.choice import Overlaps
from qa.answer.reader.model import Calibration, Card, check_onnx
from qa.answer.reader.quantities import asked_kind, unfit
from qa.answer.reader.windows import Passage, Tokenizer, batch, make_windows, masked, top_spans, trim
from qa.errors import ModelError
from qa.ingest import NAME_REPEATS, Spellings, is_table_row, lexicon, respell, to_simplified
from qa.search import cpu_session
from qa.search import load_tokenizer as shared_tokenizer

#: Windows per onnxruntime call: a padded batch this size costs little more than its parts.
_BATCH = 16
#: Candidate spans per window the choice ranks (`qa.answer.reader.choice`; its dev fit was made over 8).
CANDIDATES = 8


@lru_cache(maxsize=8192)
def aligned_simplified(text: str) -> str:
    """`text` in Simplified script with every character where it was (t2s may change a phrase's length).

    Cached: the same retrieved chunks are read again and again while serving."""
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    out = []
    for ch in text:
        conv = to_simplified(ch)
        out.append(conv if len(conv) == 1 else ch)
    return "".join(out)


class LogitModel(Protocol):
    """Start and end logits for padded token ids (the ONNX graph, or a fake in tests)."""

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...


@dataclass(frozen=True)
class Candidate:
    """A span one window offers: characters in its passage, its margin over "no answer", and the
    lexical features the choice weighs (`Overlaps`)."""

    passage: int
    start: int
    end: int
    margin: float
    features: tuple[float, float]


#: Which candidate spans a reading may choose (`Reader.read`).
Admissible = Callable[[Candidate], bool]


def _any(_: Candidate) -> bool:
    return True


@dataclass(frozen=True)
class Reading:
    """The chosen span over all passages, with the calibrated probability that anything answers."""

    passage: int
    start: int
    end: int
    confidence: float
    margin: float


class Reader:
    """Reads a question against passages; returns the best span and how sure it is."""

    def __init__(
        self, model: LogitModel, tokenizer: Tokenizer, card: Card, lexicon: Collection[str] | None = None
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.card = card
        #: With a lexicon, a question's homophone typo is read as the passages write it (`respell`).
        self.lexicon = lexicon

    @property
    def calibration(self) -> Calibration:
        return self.card.calibration

    def confidence(self, margin: float) -> float:
        c = self.calibration
        z = c.scale * margin + c.bias
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def candidates(
        self, question: str, passages: Sequence[str | Passage], offset: int = 0, as_asked: str | None = None
    ) -> list[Candidate]:
        """Each window's best `CANDIDATES` spans (character offsets in their passage, numbered from
        `offset`, trimmed of punctuation; one per distinct span), less those that cannot give the kind of
        quantity the question's unit asks for (`quantities`), read in the question `as_asked` when given: an
        English question read with the corpus's words ("for how many 工作日…") no longer says "how many days"."""
        read = [Passage.of(p) for p in passages]
        if not any(p.text.strip() for p in read):
            return []
        simple = [aligned_simplified(p.text) for p in read]
        q = aligned_simplified(question)
        if self.lexicon is not None:
            q = respell(q, Spellings.of_texts(simple, self.lexicon, NAME_REPEATS))
        above = [aligned_simplified(p.heading) for p in read]
        asked = [_as_written(_without(q, p.unasked), p.written) for p in read]
        windows = make_windows(
            self.tokenizer, asked, simple, max_len=self.card.max_len, overlap=self.card.overlap, headings=above
        )
        # a window wholly inside a label (a long header row) has nothing an answer may be cut from
        windows = [m for w in windows if (m := masked(w, read[w.passage].labels)).readable]
        overlaps = [Overlaps(a, t) for a, t in zip(asked, simple, strict=True)]
        kind = asked_kind(q if as_asked is None else aligned_simplified(as_asked))
        cuts = [self.card.boundaries.cut(t) for t in simple]
        found: dict[tuple[int, int, int], Candidate] = {}
        for start in range(0, len(windows), _BATCH):
            part = windows[start : start + _BATCH]
            ids, mask = batch(part)
            s_logits, e_logits = self.model(ids, mask)
            for k, w in enumerate(part):
                text = read[w.passage].text
                for span in top_spans(
                    w, s_logits[k], e_logits[k], start + k, CANDIDATES, text=text, cut=cuts[w.passage]
                ):
                    a, b = trim(text, span.start, span.end)
                    if not any(ch.isalnum() for ch in text[a:b]) or unfit(kind, simple[w.passage], a, b):
                        continue  # punctuation alone ("。") is never an answer, nor "4.5%" to "多少亿元"
                    key = (w.passage, a, b)
                    if key not in found or found[key].margin < span.margin:
                        found[key] = Candidate(offset + w.passage, a, b, span.margin, overlaps[w.passage](a, b))
        return list(found.values())

    def read(
        self,
        question: str,
        passages: Sequence[str | Passage],
        admissible: Admissible | None = None,
        as_asked: str | None = None,
    ) -> Reading | None:
        """The chosen span (`SpanChoice`) over the candidates `admissible` keeps (all without); None when there is
        none. `as_asked` is the question before it was put in the passages' words, if it was (`candidates`).

        Passages come best first: when the first alone is read with confidence at or above the
        calibration's `stop`, the rest are skipped (most questions cost one passage, not three). Not
        after a table: `stop` was fitted on prose, and the reader, trained on prose, is not as sure of
        its reading of a table's rows (a row's "2023年" for "哪天开园" while the next passage has "2月9日开园")."""
        keep = admissible or _any
        found = [c for c in self.candidates(question, passages[:1], as_asked=as_asked) if keep(c)]
        sure = bool(found) and self.confidence(max(c.margin for c in found)) >= self.calibration.stop
        sure = sure and not _tabular(Passage.of(passages[0]).text)
        if len(passages) > 1 and not sure:
            found += [c for c in self.candidates(question, passages[1:], 1, as_asked) if keep(c)]
        return self.choose(found)

    def choose(self, candidates: Sequence[Candidate]) -> Reading | None:
        """The candidate the choice scores highest; the confidence is that of the largest margin (whether
        anything answers is the reader's call, which span answers is the choice's)."""
        if not candidates:
            return None
        margin = max(c.margin for c in candidates)
        choice = self.card.choice
        best = max(candidates, key=lambda c: choice.score(c.margin, c.features))
        return Reading(best.passage, best.start, best.end, self.confidence(margin), margin)


def _tabular(text: str) -> bool:
    return any(is_table_row(line) for line in text.split("\n"))


def _as_written(question: str, written: Sequence[tuple[str, str]]) -> str:
    """The question with its words put as a passage writes them in English (`Passage.written`: 研发 → R&D)."""
    for word, english in written:
        question = question.replace(word, english)
    return question


def _without(question: str, phrases: Sequence[str]) -> str:
    """The question less `phrases` and the words that only placed them ("在…中", "…里的"): left behind,
    "方案中高新技术产业…" reads as "中高新技术" (middle and high tech). A question that is little more than
    the phrases ("武汉提能方案？") stays whole."""
    rest = question
    for phrase in phrases:
        rest = re.sub(f"在?{re.escape(phrase)}(?:[中里])?的?", "", rest)
    return rest if sum(ch.isalnum() for ch in rest) >= 2 else question


class OnnxLogits:
    """The int8 graph behind `LogitModel`; loads lazily, thread-safe after loading."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        self.path = path
        self.threads = threads
        self._session: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            try:
                self._session = cpu_session(self.path, self.threads)
            except Exception as exc:  # onnxruntime raises its own untyped errors for a damaged file
                raise ModelError(f"cannot load {self.path}: {exc}; run `qa prepare --force`") from exc

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._session is None:
            self.load()
        start, end = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        return np.asarray(start, dtype=np.float32), np.asarray(end, dtype=np.float32)


def load_tokenizer(e5_dir: Path) -> Tokenizer:
    """The e5 tokenizer, the same object the embedder uses (loaded once per process)."""
    return cast(Tokenizer, shared_tokenizer(Path(e5_dir)))  # its Encoding has ids/offsets as the protocol asks


def onnx_reader(e5_dir: Path, *, threads: int = 1, onnx_path: Path | None = None, card: Card | None = None) -> Reader:
    """The production reader: checks weights and the int8 graph, names the fix when either is wrong."""
    path = onnx_path or check_onnx(e5_dir)
    return Reader(OnnxLogits(path, threads), load_tokenizer(e5_dir), card or Card.load(), lexicon())
