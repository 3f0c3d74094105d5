"""Open-retrieval benchmark on the external DRCD + CMRC 2018 dev sets (`../shared/external-qa`).

Every passage is indexed with the same model, chunker and index code as the
policy corpus (a passage longer than the budget becomes several chunks);
every question is asked and the rank of its gold passage recorded. The
answerer is then scored with the CMRC 2018 metric twice: in open retrieval
(the service as users get it) and reading only the gold passage's chunks
(the setting of the published reading-comprehension figures).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa.answer import Answer, Answerer
from qa.evaluation.metrics import char_f1, exact_match, normalise, strip_markers
from qa.ingest import Chunk, Chunker
from qa.search import (
    Embedder,
    Fusion,
    Hit,
    Index,
    IndexSpec,
    MilvusStore,
    Retriever,
    build_index,
    build_milvus,
    load_index,
    load_milvus,
)

SETS = ("drcd_dev", "cmrc2018_dev")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    passage_id: str
    source: str = ""  # which set: "drcd_dev" (Traditional) or "cmrc2018_dev" (Simplified)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_questions(data_dir: Path, limit: int | None = None, seed: int = 0) -> list[Question]:
    """All questions of both sets, or a reproducible random sample of `limit`."""
    questions = [
        Question(r["id"], r["question"], tuple(r["answers"]), r["passage_id"], name)
        for name in SETS
        for r in read_jsonl(data_dir / f"{name}.questions.jsonl")
    ]
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


def prediction(answer: Answer) -> str:
    """What the metric compares: the short answer, else the answer sentence; a refusal predicts nothing."""
    if not answer.answerable:
        return ""
    return answer.short_answer or strip_markers(answer.answer).strip()


def answer_scores(
    retriever: Retriever, answerer: Answerer, questions: Sequence[Question], top_k: int = 5, depth: int = 50
) -> dict[str, dict[str, float]]:
    """Answer figures per set (DRCD is Traditional and never trained on, so it is reported apart), in %.

    * gold passage: the answerer reads only the gold passage's chunks (the published reading setting);
    * open retrieval: the service as users get it; `contains` counts answers whose text holds a gold answer;
    * no answer: the same question once the gold passage is gone from the corpus (its chunks dropped from
      the hits): the right response is a refusal.
    """
    rows: dict[str, dict[str, float]] = {}
    for q in questions:
        hits = retriever.search(q.question, k=depth)
        gold: list[Hit] = [h for h in hits if h.chunk.doc_id == q.passage_id][:top_k]
        others = [h for h in hits if h.chunk.doc_id != q.passage_id][:top_k]
        for setting, given in (("gold passage", gold), ("open retrieval", hits[:top_k])):
            answer = answerer.answer(q.question, given) if given else None
            guess = prediction(answer) if answer is not None else ""
            row = rows.setdefault(f"{q.source} {setting}", {"questions": 0.0, "em": 0.0, "f1": 0.0, "refused": 0.0})
            row["questions"] += 1
            row["refused"] += not guess
            row["em"] += exact_match(guess, q.answers) if guess else 0.0
            row["f1"] += char_f1(guess, q.answers) if guess else 0.0
            if setting == "open retrieval":
                said = normalise(answer.answer) if answer is not None and answer.answerable else ""
                row["contains"] = row.get("contains", 0.0) + any(normalise(a) in said for a in q.answers if said)
        row = rows.setdefault(f"{q.source} no answer", {"questions": 0.0, "refused": 0.0})
        row["questions"] += 1
        row["refused"] += not others or not answerer.answer(q.question, others).answerable
    return {
        label: {"questions": row["questions"]}
        | {k: 100 * v / row["questions"] for k, v in row.items() if k != "questions"}
        for label, row in sorted(rows.items())
    }


def figures(answers: dict[str, dict[str, float]]) -> dict[str, float | None]:
    """Answer figures flattened as `eval/gate-external.yaml` names them: "drcd_dev no answer.refused"."""
    return {f"{label}.{key}": value for label, row in answers.items() for key, value in row.items()}


def prepare_index(
    data_dir: Path, index_dir: Path, chunker: Chunker, embedder: Embedder, spec: IndexSpec, backend: str = "faiss"
) -> Index:
    """Build (incrementally: reruns reuse every vector) and load the external index, in a folder or in an
    embedded Milvus database inside it (`backend="milvus"`)."""
    chunks = passage_chunks(data_dir, chunker)
    if backend == "milvus":
        store = MilvusStore(str(index_dir / "milvus.db"))
        build_milvus([], chunks, embedder, store, spec, progress=True)
        return load_milvus(store, spec)
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
    make_answerer: Callable[[Retriever], Answerer] | None = None,
    backend: str = "faiss",
) -> dict[str, dict[str, dict[str, float]]]:
    """Retrieval figures per fusion setting, e.g. `[("weighted", 0.5), ("bm25", 0)]`, then answer
    figures with the first setting's retriever when `make_answerer` is given."""
    cached = CachedQueries(embedder)
    index = prepare_index(data_dir, index_dir, chunker, cached, spec, backend)
    questions = load_questions(data_dir, limit)
    retrieval: dict[str, dict[str, float]] = {}
    for fusion, weight in fusions:
        retriever = Retriever(index, cached, fusion=fusion, dense_weight=weight)
        ranks, seconds = passage_ranks(retriever, questions)
        label = f"{fusion}" + (f" (dense weight {weight})" if fusion == "weighted" else "")
        retrieval[label] = summarise(ranks) | {"p50_ms": 1000 * float(np.median(seconds))}
    report = {"retrieval": retrieval}
    if make_answerer is not None:
        fusion, weight = fusions[0]
        retriever = Retriever(index, cached, fusion=fusion, dense_weight=weight)
        report["answers"] = answer_scores(retriever, make_answerer(retriever), questions)
    return report
