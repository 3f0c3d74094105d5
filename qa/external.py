"""Open-retrieval benchmark on the external DRCD + CMRC 2018 dev sets (`../shared/external-qa`).

Every passage is indexed with the same model, chunker and index code as the
policy corpus (a passage longer than the budget becomes several chunks);
every question is asked and the rank of its gold passage recorded.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa.chunking import Chunk, Chunker
from qa.embedding import Embedder
from qa.index import IndexSpec, build_index, load_index
from qa.retrieve import Fusion, Retriever

SETS = ("drcd_dev", "cmrc2018_dev")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    passage_id: str


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_questions(data_dir: Path, limit: int | None = None, seed: int = 0) -> list[Question]:
    """All questions of both sets, or a reproducible random sample of `limit`."""
    rows = [r for name in SETS for r in read_jsonl(data_dir / f"{name}.questions.jsonl")]
    questions = [Question(r["id"], r["question"], tuple(r["answers"]), r["passage_id"]) for r in rows]
    if limit is not None and limit < len(questions):
        questions = random.Random(seed).sample(questions, limit)
    return questions


def passage_chunks(data_dir: Path, chunker: Chunker) -> list[Chunk]:
    chunks: list[Chunk] = []
    for name in SETS:
        for row in read_jsonl(data_dir / f"{name}.passages.jsonl"):
            text = row["text"]
            for i, (start, end) in enumerate(chunker.split_spans(text)):
                piece = text[start:end]
                chunks.append(
                    Chunk(
                        f"{row['id']}#{i}", row["id"], name, row["title"], "", start, end, piece, chunker.count(piece)
                    )
                )
    return chunks


class CachedQueries:
    """Wraps an embedder so each question is embedded once across several fusion runs."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id, self.checksum, self.dim = inner.model_id, inner.checksum, inner.dim
        self._cache: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.inner.embed_passages(texts, progress=progress)

    def embed_query(self, text: str) -> np.ndarray:
        if text not in self._cache:
            self._cache[text] = self.inner.embed_query(text)
        return self._cache[text]


def passage_ranks(
    retriever: Retriever, questions: Iterable[Question], depth: int = 50
) -> tuple[list[int], list[float]]:
    """Rank (1-based, 0 = not found within `depth` chunks) of each gold passage, and seconds per query."""
    ranks: list[int] = []
    seconds: list[float] = []
    for q in questions:
        started = time.perf_counter()
        hits = retriever.search(q.question, k=depth)
        seconds.append(time.perf_counter() - started)
        seen: list[str] = []
        for hit in hits:
            if hit.chunk.doc_id not in seen:
                seen.append(hit.chunk.doc_id)
        ranks.append(seen.index(q.passage_id) + 1 if q.passage_id in seen else 0)
    return ranks, seconds


def summarise(ranks: Sequence[int]) -> dict[str, float]:
    n = len(ranks)
    return {
        "questions": n,
        "recall@1": sum(1 for r in ranks if r == 1) / n,
        "recall@5": sum(1 for r in ranks if 1 <= r <= 5) / n,
        "mrr@10": sum(1 / r for r in ranks if 1 <= r <= 10) / n,
    }


def prepare_index(data_dir: Path, index_dir: Path, chunker: Chunker, embedder: Embedder, spec: IndexSpec) -> Any:
    """Build (incrementally: reruns reuse every vector) and load the external index."""
    chunks = passage_chunks(data_dir, chunker)
    build_index([], chunks, embedder, index_dir, spec, progress=True)
    return load_index(index_dir, spec)


def run(
    data_dir: Path,
    index_dir: Path,
    chunker: Chunker,
    embedder: Embedder,
    spec: IndexSpec,
    *,
    limit: int | None,
    fusions: Sequence[tuple[Fusion, float]],
) -> dict[str, dict[str, float]]:
    """Retrieval figures per fusion setting, e.g. `[("weighted", 0.5), ("bm25", 0)]`."""
    cached = CachedQueries(embedder)
    index = prepare_index(data_dir, index_dir, chunker, cached, spec)
    questions = load_questions(data_dir, limit)
    report: dict[str, dict[str, float]] = {}
    for fusion, weight in fusions:
        retriever = Retriever(index, cached, fusion=fusion, dense_weight=weight)
        ranks, seconds = passage_ranks(retriever, questions)
        label = f"{fusion}" + (f" (dense weight {weight})" if fusion == "weighted" else "")
        report[label] = summarise(ranks) | {"p50_ms": 1000 * float(np.median(seconds))}
    return report
