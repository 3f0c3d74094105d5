"""Which of the reader's candidate spans answers: a linear score fitted on the held-out dev split.

The reader's own margin (span score − no-answer score) ranks its candidates well but not
lexically: asked "第一次全体会议是哪天开的", it may prefer a date in a sentence about something
else. Two cheap features say how much of the question the words around a candidate repeat: the
rest of its sentence, and the characters just before and after it. Their weights, and the
margin's, are a logistic fit (`qa.training.calibrate`) on dev candidates labelled by whether they
match the gold answer; which candidate wins is the argmax of that score. Whether anything
answers at all stays the reader's calibrated margin (`Calibration`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from qa.answer.units import attributed_sentences

#: Characters each side of a candidate its "context" overlap reads: on the dev split 40 fitted no better.
CONTEXT_CHARS = 20


@dataclass(frozen=True)
class SpanChoice:
    """Weights of a candidate's score (the defaults rank by margin alone, as before fitting)."""

    margin: float = 1.0
    sentence: float = 0.0
    context: float = 0.0

    def score(self, margin: float, features: Sequence[float]) -> float:
        sentence, context = features
        return self.margin * margin + self.sentence * sentence + self.context * context


def _bigrams(*texts: str) -> set[str]:
    """Character pairs within each of `texts` (whitespace dropped), none across two of them."""
    return {a + b for text in texts for a, b in pairwise("".join(text.split()))}


class Overlaps:
    """The lexical features of candidates in one passage, for one question (both Simplified)."""

    def __init__(self, question: str, text: str) -> None:
        self.asked = _bigrams(question)
        self.text = text
        self.sentences = attributed_sentences(text) or [(0, len(text))]

    def __call__(self, start: int, end: int) -> tuple[float, float]:
        """Shares of the question's character pairs found in the rest of the span's sentence (a task's
        "（牵头单位：…）" counted with the task), and within `CONTEXT_CHARS` either side of it on its line (the
        span itself excluded: an answer rarely repeats its question; another line is another paragraph)."""
        if not self.asked:
            return 0.0, 0.0
        held = [(s, e) for s, e in self.sentences if s < end and e > start]
        first, last = (held[0][0], held[-1][1]) if held else (start, end)
        text = self.text
        sentence = _bigrams(text[first:start], text[end:last])
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
        before = text[max(line_start, start - CONTEXT_CHARS) : start]
        context = _bigrams(before, text[end : min(line_end, end + CONTEXT_CHARS)])
        n = len(self.asked)
        return len(self.asked & sentence) / n, len(self.asked & context) / n
