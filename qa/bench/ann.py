"""Exact versus approximate vector search: recall on real e5 vectors, latency at scale.

Recall is measured on real embeddings only — passages of the external DRCD +
CMRC set plus held-out questions as the database, the other questions as
queries — because random vectors flatter or punish an approximate index
unpredictably. Latency is measured on the scale run's large matrix. Both use
the retriever's own candidate depth (it asks FAISS for 50 neighbours and fuses).
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from qa.bench.loadgen import percentiles
from qa.config import Settings
from qa.errors import SearchIndexError
from qa.evaluation import load_questions, passage_chunks
from qa.search import Embedder, build_index, load_index
from qa.service import index_spec, make_chunker

RECALL_TARGET = 0.98
#: How deep the retriever looks in the dense index before fusing (Retriever.candidates).
CANDIDATES = 50


def _flat(matrix: np.ndarray) -> faiss.Index:
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    return index


def _hnsw(matrix: np.ndarray) -> faiss.Index:
    index = faiss.IndexHNSWFlat(matrix.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 40  # faiss default: a 100k build already takes minutes on two busy cores
    index.add(matrix)
    return index


def _ivf(matrix: np.ndarray) -> faiss.Index:
    """IVF-Flat with √N lists; settings probe a share of them, so a setting means the same at any N."""
    dim, nlist = matrix.shape[1], max(1, round(math.sqrt(len(matrix))))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(matrix)
    index.add(matrix)
    return index


def _ef(value: int) -> Callable[[Any], None]:
    return lambda index: setattr(index.hnsw, "efSearch", value)


def _probe(share: float) -> Callable[[Any], None]:
    return lambda index: setattr(index, "nprobe", max(1, round(index.nlist * share)))


@dataclass(frozen=True)
class Family:
    """One kind of index, built once, then searched under each of its settings."""

    name: str
    build: Callable[[np.ndarray], faiss.Index]
    settings: tuple[tuple[str, Callable[[Any], None]], ...]


EXACT = Family("exact IndexFlatIP (production)", _flat, (("", lambda index: None),))
APPROXIMATE = (
    Family("HNSW32", _hnsw, (("efSearch=64", _ef(64)), ("efSearch=128", _ef(128)), ("efSearch=256", _ef(256)))),
    Family("IVF-Flat √N lists", _ivf, tuple((f"probe 1/{n}", _probe(1 / n)) for n in (16, 8, 4))),
)


def _configured(families: Sequence[Family], matrix: np.ndarray) -> Iterator[tuple[str, float, faiss.Index]]:
    """(label, build seconds, index) for every setting of every family; one build per family."""
    for family in families:
        started = time.perf_counter()
        index = family.build(matrix)
        built = time.perf_counter() - started
        for label, tune in family.settings:
            tune(index)
            yield f"{family.name} {label}".strip(), built, index


def recall_at(exact: np.ndarray, approx: np.ndarray, k: int) -> float:
    """Mean share of each query's exact top k that the approximate search also returns in its top k."""
    found = [len(set(e[:k]) & set(a[:k])) / k for e, a in zip(exact, approx, strict=True)]
    return float(np.mean(found)) if found else float("nan")


def recall_table(db: np.ndarray, queries: np.ndarray) -> list[dict[str, Any]]:
    """recall@10 and recall@50 of each approximate setting against exact inner-product search."""
    _, exact = _flat(db).search(queries, CANDIDATES)
    rows = []
    for label, _, index in _configured(APPROXIMATE, db):
        _, approx = index.search(queries, CANDIDATES)
        rows.append(
            {
                "index": label,
                "recall@10": round(recall_at(exact, approx, 10), 4),
                "recall@50": round(recall_at(exact, approx, CANDIDATES), 4),
            }
        )
    return rows


def latency_table(matrix: np.ndarray, queries: np.ndarray) -> list[dict[str, Any]]:
    """Build time and one-query latency (k = the retriever's candidates) for exact and each approximate setting."""
    rows = []
    for label, built, index in _configured((EXACT, *APPROXIMATE), matrix):
        timings = []
        for query in queries:
            started = time.perf_counter()
            index.search(query.reshape(1, -1), CANDIDATES)
            timings.append(1000 * (time.perf_counter() - started))
        rows.append({"index": label, "build_s": round(built, 1), "search_ms": percentiles(timings)})
    return rows


def passage_vectors(settings: Settings, embedder: Embedder, data_dir: Path) -> np.ndarray:
    """The external passages' vectors from `make eval-external`'s index, building it there if needed."""
    index_dir = settings.cache_dir / "external-index"
    spec = index_spec(settings, embedder)
    try:
        index = load_index(index_dir, spec)
    except SearchIndexError:
        build_index([], passage_chunks(data_dir, make_chunker(settings)), embedder, index_dir, spec)
        index = load_index(index_dir, spec)
    return np.asarray(index.vectors.reconstruct_n(0, index.vectors.ntotal), dtype=np.float32)


def question_vectors(questions: Sequence[str], embedder: Embedder, cache_dir: Path) -> np.ndarray:
    """Query embeddings of the questions, cached per model and question list (they take a minute)."""
    digest = hashlib.sha1("\n".join([embedder.checksum, type(embedder).__name__, *questions]).encode()).hexdigest()
    path = cache_dir / "bench" / f"question-vectors-{digest[:16]}.npy"
    if path.exists():
        return np.load(path)
    vectors = np.stack([embedder.embed_query(q) for q in questions]) if questions else np.zeros((0, embedder.dim))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors.astype(np.float32))
    return vectors.astype(np.float32)


def real_recall(settings: Settings, embedder: Embedder, data_dir: Path, questions: int) -> dict[str, Any]:
    """Recall of each approximate index on real vectors: passages + half the questions, queried by the other half."""
    passages = passage_vectors(settings, embedder, data_dir)
    texts = [q.question for q in load_questions(data_dir, limit=questions)]
    asked = question_vectors(texts, embedder, settings.cache_dir)
    db = np.concatenate([passages, asked[1::2]])
    queries = asked[0::2]
    return {
        "database": f"{len(passages)} passage chunks + {len(asked[1::2])} held-out questions (real e5 vectors)",
        "queries": len(queries),
        "rows": recall_table(db, queries),
    }
