"""What an answer is: text with [n] markers, citations to exact spans, or an honest refusal.

Answerers (the learned reader by default, optionally generative) all return this
shape, so the CLI, the API and the evaluation never care which one ran.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from qa.ingest import Chunk, Script
from qa.search import Hit

Mode = Literal["extractive", "generative", "extractive-fallback"]


@dataclass(frozen=True)
class Citation:
    """A quoted span of a cleaned document: `quote == document.text[start:end]`."""

    n: int
    doc_id: str
    source: str
    title: str
    section: str
    quote: str
    start: int
    end: int
    score: float
    #: PDF documents: the page the quote starts on (第N页); None for other types.
    page: int | None = None

    @classmethod
    def of(cls, n: int, chunk: Chunk, start: int, end: int, score: float) -> Citation:
        """Cite `chunk.text[start:end]` (chunk-relative) with document offsets and page."""
        return cls(
            n,
            chunk.doc_id,
            chunk.source,
            chunk.title,
            chunk.section,
            chunk.text[start:end],
            chunk.start + start,
            chunk.start + end,
            round(score, 4),
            chunk.page_at(start),
        )


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    answerable: bool
    short_answer: str | None
    language: Script
    citations: list[Citation]
    qtype: str
    see_also: list[Citation] = field(default_factory=list)
    mode: Mode = "extractive"
    notice: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: The reader's calibrated probability that the cited span answers the question (None: not read,
    #: e.g. a counted list assembled by position, a table counted or listed whole, or a generative answer).
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Answerer(Protocol):
    """Turns a question and its retrieved hits into an `Answer`."""

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer: ...


@runtime_checkable
class WarmsUp(Protocol):
    """An answerer with work worth doing once at start-up rather than on the first requests."""

    def warm_up(self) -> None: ...
