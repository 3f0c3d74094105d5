"""The persisted search index: FAISS vectors, BM25 keywords, chunk metadata, manifest.

Builds are atomic: each goes into a fresh folder under `builds/` and only
then does the `CURRENT` pointer file switch to it (an `os.replace`), so a
crash or full disk mid-build leaves the previous index serving. Builds are
incremental: a chunk whose indexed text is unchanged reuses its vector.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import platform
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from qa.chunking import Chunk
from qa.documents import Document
from qa.embedding import Embedder
from qa.errors import SearchIndexError
from qa.keyword import KeywordIndex
from qa.script import to_simplified

FORMAT = 2
NORMALISATION = "opencc-t2s"
#: Changes whenever `qa.keyword.tokenize` changes, so stale keyword indexes are refused.
KEYWORD_TOKENS = "jieba-search+han-bigrams"
_FILES = ("manifest.json", "chunks.jsonl", "vectors.faiss", "bm25")
_KEEP_BUILDS = 2


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


class SearchIndex:
    """A loaded index: row i of the vectors and of the keyword index is `chunks[i]`."""

    def __init__(self, chunks: list[Chunk], vectors: faiss.Index, keyword: KeywordIndex, manifest: dict[str, Any]):
        self.chunks = chunks
        self.vectors = vectors
        self.keyword = keyword
        self.manifest = manifest

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


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _versions() -> dict[str, str]:
    names = ["faiss-cpu", "sentence-transformers", "torch", "bm25s", "jieba", "opencc", "langchain-text-splitters"]
    out = {"python": platform.python_version()}
    for name in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[name] = metadata.version(name)
    return out


# --- layout -------------------------------------------------------------------------------


def current_path(index_dir: Path) -> Path | None:
    """The build folder `CURRENT` points at, if any."""
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    return index_dir / "builds" / pointer.read_text(encoding="utf-8").strip()


@contextlib.contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index folder (a second one fails fast instead of racing)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SearchIndexError(f"another build is running in {index_dir}") from None
        yield


def _prune(index_dir: Path, keep: str) -> None:
    """Remove unfinished builds and all but the newest finished ones."""
    builds = index_dir / "builds"
    finished = sorted((p for p in builds.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    for path in builds.iterdir():
        if path.name.startswith(".tmp-") or (path in finished[:-_KEEP_BUILDS] and path.name != keep):
            shutil.rmtree(path, ignore_errors=True)


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
    return {_key(embed_text(c, spec.normalise)): matrix[i] for i, c in enumerate(old.chunks)}


def build_index(
    documents: Sequence[Document],
    chunks: Sequence[Chunk],
    embedder: Embedder,
    index_dir: Path,
    spec: IndexSpec,
    *,
    progress: bool = False,
) -> BuildReport:
    """Embed and index `chunks` into a new build, then switch `CURRENT` to it."""
    started = time.perf_counter()
    with _build_lock(index_dir):
        reuse = _previous_vectors(index_dir, spec)
        texts = [embed_text(c, spec.normalise) for c in chunks]
        missing = [i for i, t in enumerate(texts) if _key(t) not in reuse]
        fresh = embedder.embed_passages([texts[i] for i in missing], progress=progress)
        matrix = np.zeros((len(chunks), spec.dim), dtype=np.float32)
        for row, vector in zip(missing, fresh, strict=True):
            matrix[row] = vector
        embedded = set(missing)
        for row, text in enumerate(texts):
            if row not in embedded:
                matrix[row] = reuse[_key(text)]
        name = f"{time.strftime('%Y%m%dT%H%M%S')}.{time.time_ns() % 10**9:09d}"  # sorts by build time
        tmp = index_dir / "builds" / f".tmp-{name}"
        tmp.mkdir(parents=True)
        try:
            _write(tmp, documents, chunks, texts, matrix, spec)
            final = index_dir / "builds" / name
            tmp.rename(final)
            _switch(index_dir, name)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise SearchIndexError(
                f"index build failed ({exc.strerror or exc}); the previous index is unchanged"
            ) from exc
        _prune(index_dir, keep=name)
    return BuildReport(final, len(chunks), len(missing), len(chunks) - len(missing), time.perf_counter() - started)


def _write(
    folder: Path,
    documents: Sequence[Document],
    chunks: Sequence[Chunk],
    texts: Sequence[str],
    matrix: np.ndarray,
    spec: IndexSpec,
) -> None:
    vectors = faiss.IndexFlatIP(spec.dim)
    vectors.add(matrix)
    faiss.write_index(vectors, str(folder / "vectors.faiss"))
    KeywordIndex.build(texts, spec.normalise).save(folder / "bm25")
    with open(folder / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk in chunks:
            fh.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    manifest = {
        "format": FORMAT,
        "model": {"id": spec.model_id, "checksum": spec.model_checksum, "dim": spec.dim},
        "chunking": {"max_tokens": spec.chunk_tokens, "encoding": spec.token_encoding},
        "normalisation": spec.normalisation,
        "keyword_tokens": KEYWORD_TOKENS,
        "documents": {
            d.doc_id: {
                "source": d.source,
                "sha256": d.content_hash,
                "chunks": sum(c.doc_id == d.doc_id for c in chunks),
            }
            for d in documents
        },
        "chunks": len(chunks),
        "versions": _versions(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


def _switch(index_dir: Path, name: str) -> None:
    tmp = index_dir / ".CURRENT.tmp"
    tmp.write_text(name, encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")


# --- load ---------------------------------------------------------------------------------


def _mismatch(manifest: dict[str, Any], spec: IndexSpec) -> str | None:
    built = (
        manifest["model"]["id"],
        manifest["model"]["checksum"],
        manifest["model"]["dim"],
        manifest["chunking"]["max_tokens"],
        manifest["chunking"]["encoding"],
    )
    wanted = (spec.model_id, spec.model_checksum, spec.dim, spec.chunk_tokens, spec.token_encoding)
    labels = ("model", "model checksum", "dimension", "chunk tokens", "token encoding")
    for label, a, b in zip(labels, built, wanted, strict=True):
        if a != b:
            return f"index was built with {label} {a!r} but this service uses {b!r}; run `make index`"
    if manifest.get("normalisation") != spec.normalisation:
        return f"index was built with normalisation {manifest.get('normalisation')!r}; run `make index`"
    if (manifest.get("format"), manifest.get("keyword_tokens")) != (FORMAT, KEYWORD_TOKENS):
        return "index was built by an older version of the service; run `make index`"
    return None


def load_index(index_dir: Path, spec: IndexSpec, *, check_settings: bool = True) -> SearchIndex:
    """Load the current build, refusing one that is missing, damaged or built differently."""
    folder = current_path(index_dir)
    if folder is None:
        raise SearchIndexError(f"no index in {index_dir}; run `make index`")
    for name in _FILES:
        if not (folder / name).exists():
            raise SearchIndexError(f"index file {folder / name} is missing; run `make index`")
    path = folder / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        problem = _mismatch(manifest, spec) if check_settings else None
        path = folder / "chunks.jsonl"
        with open(path, encoding="utf-8") as fh:
            chunks = [Chunk(**json.loads(line)) for line in fh]
        path = folder / "vectors.faiss"
        vectors = faiss.read_index(str(path))
        path = folder / "bm25"
        keyword = KeywordIndex.load(path, len(chunks), manifest.get("normalisation") != "none")
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise SearchIndexError(f"index file {path} is unreadable ({exc}); run `make index`") from exc
    if problem:
        raise SearchIndexError(problem)
    if vectors.ntotal != len(chunks) or manifest.get("chunks") != len(chunks):
        raise SearchIndexError(
            f"index in {folder} is inconsistent ({vectors.ntotal} vectors, {len(chunks)} chunks); run `make index`"
        )
    return SearchIndex(chunks, vectors, keyword, manifest)
