"""The persisted search index: FAISS vectors, BM25 keywords, chunk metadata, manifest.

Builds are atomic: each goes into a fresh folder under `builds/` and only
then does the `CURRENT` pointer file switch to it (an `os.replace`), so a
crash, `kill -9` or full disk mid-build leaves the previous index serving;
leftovers of such a build are removed by the next one. Builds are
incremental: a chunk whose indexed text is unchanged reuses its vector.
The manifest records the size and SHA-256 of every other file, so a
truncated or altered file is refused at load with its name.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import faiss
import numpy as np

from qa.errors import DocumentError, SearchIndexError
from qa.ingest import Chunk, Corpus, Document, to_simplified
from qa.search.builds import (
    build_lock,
    current_build,
    current_path,
    file_digests,
    fsync_dir,
    prune,
    remove_unfinished,
    switch,
    verify,
    writing,
)
from qa.search.embedding import Embedder, embed_alongside, text_key
from qa.search.glossary import Glossary
from qa.search.keyword import KeywordIndex
from qa.search.manifest import FIX, KEYWORD_TOKENS, describe, mismatch

#: Above this many chunks the vectors go into an HNSW graph instead of exact search (see `vector_index`).
HNSW_MIN_CHUNKS = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 128
NORMALISATION = "opencc-t2s+fold-forms"
_FILES = ("manifest.json", "chunks.jsonl", "documents.jsonl", "glossary.json", "vectors.faiss", "bm25")


@dataclass(frozen=True)
class IndexSpec:
    """What an index must have been built with to be usable by this process."""

    model_id: str
    model_checksum: str
    dim: int
    chunk_tokens: int
    token_encoding: str
    #: Convert to Simplified before embedding and keyword indexing (off only for ablations).
    normalise: bool = True

    @property
    def normalisation(self) -> str:
        return NORMALISATION if self.normalise else "none"

    @classmethod
    def of(cls, embedder: Embedder, chunk_tokens: int, token_encoding: str) -> IndexSpec:
        return cls(embedder.model_id, embedder.checksum, embedder.dim, chunk_tokens, token_encoding)


@dataclass(frozen=True)
class BuildReport:
    path: Path
    chunks: int
    embedded: int
    reused: int
    seconds: float


class Index(Protocol):
    """What retrieval and the service need of a loaded index, whichever backend holds it
    (this module's FAISS + bm25s folder, or `qa.search.milvus`)."""

    #: The build: its folder, or for Milvus a path named after its collection (`folder.name` names it).
    folder: Path
    chunks: list[Chunk]
    manifest: dict[str, Any]
    corpus: Corpus

    @property
    def glossary(self) -> Glossary: ...

    def keyword_scores(self, query: str) -> np.ndarray: ...

    def dense(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...


class SearchIndex:
    """A loaded index: row i of the vectors and of the keyword index is `chunks[i]`."""

    def __init__(
        self,
        folder: Path,
        chunks: list[Chunk],
        vectors: faiss.Index,
        keyword: KeywordIndex,
        manifest: dict[str, Any],
        corpus: Corpus | None = None,
        glossary: Glossary | None = None,
    ):
        self.folder = folder
        self.chunks = chunks
        self.vectors = vectors
        self.keyword = keyword
        self.manifest = manifest
        #: The cleaned documents the chunks were cut from, as of this build: the service starts from
        #: these instead of reading and cleaning the corpus folder again.
        self.corpus = corpus or Corpus((), ())
        self._glossary = glossary

    @property
    def glossary(self) -> Glossary:
        """English → this corpus's Chinese words, stored with the build (`qa.search.glossary`); an index made
        without one (an older build read only for its vectors) builds it on first use, not on load."""
        if self._glossary is None:
            self._glossary = Glossary.build(self.keyword.vocabulary())
        return self._glossary

    def keyword_scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the (Simplified) query."""
        return self.keyword.scores(query)

    def dense(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product scores and row ids of the k nearest chunks."""
        k = min(k, len(self.chunks))
        if k == 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self.vectors.search(query_vector.reshape(1, -1).astype(np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]


def embed_text(chunk: Chunk, normalise: bool = True) -> str:
    """The text that is embedded and keyword-indexed: Simplified, with title and section path."""
    text = chunk.index_text()
    return to_simplified(text) if normalise else text


# --- build --------------------------------------------------------------------------------


def _previous_vectors(index_dir: Path, spec: IndexSpec) -> dict[str, np.ndarray]:
    """Vectors of the current build keyed by their text, when it used the same model."""
    path = current_path(index_dir)
    if path is None:
        return {}
    try:
        old = load_index(index_dir, spec, check_settings=False)
    except SearchIndexError:
        return {}
    if old.manifest["model"]["checksum"] != spec.model_checksum:
        return {}
    matrix = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    return {text_key(embed_text(c, spec.normalise)): matrix[i] for i, c in enumerate(old.chunks)}


def build_index(
    documents: Sequence[Document],
    chunks: Sequence[Chunk],
    embedder: Embedder,
    index_dir: Path,
    spec: IndexSpec,
    *,
    progress: bool = False,
    errors: Sequence[DocumentError] = (),
    read_at: float | None = None,
    cache_dir: Path | None = None,
) -> BuildReport:
    """Embed and index `chunks` into a new build, then switch `CURRENT` to it.

    The build also keeps `documents` (and the files that could not be read, `errors`), so a
    service starts from the build without cleaning the corpus folder again; `read_at` (epoch
    seconds) is when the corpus folder was read: a file changed after it is not in this build;
    `cache_dir` holds the glossed dictionary (`qa.search.glossary.dictionary`).

    Any write error (full disk, file size limit, permissions) removes the new build and leaves
    `CURRENT` as it was, reported as a `SearchIndexError` that says so.
    """
    started = time.perf_counter()
    try:
        with build_lock(index_dir):
            remove_unfinished(index_dir / "builds")  # frees the space a killed build held
            texts = [embed_text(c, spec.normalise) for c in chunks]
            side = partial(keyword_side, texts, spec.normalise, cache_dir)
            reuse = _previous_vectors(index_dir, spec)
            matrix, missing, words = embed_alongside(texts, reuse, embedder, progress, side)
            name = f"{time.strftime('%Y%m%dT%H%M%S')}.{time.time_ns() % 10**9:09d}"  # sorts by build time
            corpus = Corpus(tuple(documents), tuple(errors))
            final = _publish(index_dir, name, corpus, chunks, texts, matrix, spec, read_at, words)
            prune(index_dir, keep=name)
    except OSError as exc:  # creating the lock or the builds folder on a full disk
        raise _build_failed(index_dir, exc) from exc
    return BuildReport(final, len(chunks), missing, len(chunks) - missing, time.perf_counter() - started)


def _publish(
    index_dir: Path,
    name: str,
    corpus: Corpus,
    chunks: Sequence[Chunk],
    texts: Sequence[str],
    matrix: np.ndarray,
    spec: IndexSpec,
    read_at: float | None,
    words: tuple[KeywordIndex, Glossary],
) -> Path:
    """Write the build under a temporary name, rename it, then switch `CURRENT`; undo all of it on error."""
    builds = index_dir / "builds"
    tmp, final = builds / f".tmp-{name}", builds / name
    try:
        tmp.mkdir(parents=True)
        write_build_files(tmp, corpus, chunks, texts, matrix, spec, read_at, words)
        tmp.rename(final)
        fsync_dir(builds)
        switch(index_dir, name)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if current_path(index_dir) != final:
            shutil.rmtree(final, ignore_errors=True)
        raise _build_failed(index_dir, exc) from exc
    return final


def _build_failed(index_dir: Path, exc: OSError) -> SearchIndexError:
    where = f" writing {Path(exc.filename).name}" if exc.filename else ""
    previous = current_path(index_dir)
    kept = f"the previous index is unchanged ({previous.name})" if previous else "no index was written"
    return SearchIndexError(f"index build failed{where} ({exc.strerror or exc}); {kept}")


def chunk_from_row(row: dict[str, Any]) -> Chunk:
    """A chunk from its JSON line (a list back to the tuple it was)."""
    return Chunk(**row | {"page_breaks": tuple(row.get("page_breaks", ()))})


def vector_index(matrix: np.ndarray, dim: int) -> faiss.Index:
    """Exact inner-product search, or an HNSW graph once exact search gets slow.

    Measured by `make bench` at 100,000 chunks: exact search p95 ≈ 72 ms, HNSW (M=32, efSearch=128)
    p95 ≈ 6 ms with recall@10 0.998 against exact search on real e5 vectors. Below the threshold exact
    search costs well under a millisecond, so small corpora stay exact.
    """
    vectors: faiss.Index
    if len(matrix) < HNSW_MIN_CHUNKS:
        vectors = faiss.IndexFlatIP(dim)
    else:
        graph = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        vectors = graph
    vectors.add(matrix)
    return vectors


def keyword_side(texts: Sequence[str], normalise: bool, cache_dir: Path | None = None) -> tuple[KeywordIndex, Glossary]:
    """The BM25 index of `texts` and the English glossary of its words (the dictionary read from
    `cache_dir`, `qa.search.glossary.dictionary`): all of a build that is not vectors.

    Pure Python (jieba, pinyin, the dictionary scan): a build runs it `embed_alongside`."""
    keyword = KeywordIndex.build(texts, normalise)
    return keyword, Glossary.build(keyword.vocabulary(), cache_dir=cache_dir)


def write_build_files(
    folder: Path,
    corpus: Corpus,
    chunks: Sequence[Chunk],
    texts: Sequence[str],
    matrix: np.ndarray,
    spec: IndexSpec,
    read_at: float | None = None,
    words: tuple[KeywordIndex, Glossary] | None = None,
) -> None:
    """Write every file of one build into `folder` (which the caller then switches to); `words` is
    `keyword_side(texts)` when the caller has already made it."""
    vectors = vector_index(matrix, spec.dim)
    # serialised here rather than by faiss.write_index, so a failed write is an OSError with its errno
    with writing(folder / "vectors.faiss") as path:
        path.write_bytes(faiss.serialize_index(vectors).tobytes())
    keyword, glossary = words or keyword_side(texts, spec.normalise)
    with writing(folder / "bm25") as path:
        keyword.save(path)
    with writing(folder / "glossary.json") as path:
        path.write_text(json.dumps(glossary.to_json(), ensure_ascii=False), encoding="utf-8")
    with writing(folder / "chunks.jsonl") as path, open(path, "w", encoding="utf-8") as fh:
        for chunk in chunks:
            fh.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    with writing(folder / "documents.jsonl") as path, open(path, "w", encoding="utf-8") as fh:
        for document in corpus.documents:
            fh.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
    manifest = describe(corpus, chunks, spec, read_at, KEYWORD_TOKENS) | {
        "vectors": type(vectors).__name__,
        "files": file_digests(folder),
    }
    with writing(folder / "manifest.json") as path:
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    for file in folder.rglob("*"):
        if file.is_file():
            with writing(file), open(file, "rb") as fh:
                os.fsync(fh.fileno())  # a delayed-allocation filesystem may only report a full disk here
    for directory in (folder / "bm25", folder):
        fsync_dir(directory)


# --- load ---------------------------------------------------------------------------------


def load_index(index_dir: Path, spec: IndexSpec, *, check_settings: bool = True) -> SearchIndex:
    """Load the current build, refusing one that is missing, damaged or built differently.

    `check_settings=False` (reusing vectors for a rebuild) also accepts older formats, whose
    manifests list no checksums.
    """
    folder = current_build(index_dir)
    for name in _FILES:
        if not (folder / name).exists() and (check_settings or name not in ("documents.jsonl", "glossary.json")):
            raise SearchIndexError(f"index file {folder / name} is missing; {FIX}")
    path = folder / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        problem = mismatch(manifest, spec) if check_settings else None
        if problem:
            raise SearchIndexError(problem)
        verify(folder, manifest)
        path = folder / "chunks.jsonl"
        with open(path, encoding="utf-8") as fh:
            chunks = [chunk_from_row(json.loads(line)) for line in fh]
        path = folder / "documents.jsonl"
        documents: tuple[Document, ...] = ()
        if path.exists():  # only an older build, read for its vectors, lacks it
            with open(path, encoding="utf-8") as fh:
                documents = tuple(Document.from_json(json.loads(line)) for line in fh)
        errors = tuple(DocumentError(e["source"], e["reason"]) for e in manifest.get("unreadable", []))
        path = folder / "glossary.json"
        glossary = Glossary.from_json(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else None
        path = folder / "vectors.faiss"
        vectors = faiss.deserialize_index(np.frombuffer(path.read_bytes(), dtype=np.uint8))
        if isinstance(vectors, faiss.IndexHNSW):
            vectors.hnsw.efSearch = HNSW_EF_SEARCH
        path = folder / "bm25"
        keyword = KeywordIndex.load(path, len(chunks), manifest.get("normalisation") != "none")
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RuntimeError) as exc:
        raise SearchIndexError(f"index file {path} is unreadable ({exc}); {FIX}") from exc
    if vectors.ntotal != len(chunks) or manifest.get("chunks") != len(chunks):
        raise SearchIndexError(
            f"index in {folder} is inconsistent ({vectors.ntotal} vectors, {len(chunks)} chunks); {FIX}"
        )
    return SearchIndex(folder, chunks, vectors, keyword, manifest, Corpus(documents, errors), glossary)
