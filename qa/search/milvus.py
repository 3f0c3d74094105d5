"""The search index on Milvus (`QA_INDEX_BACKEND=milvus`): one engine shared by stateless replicas.

`QA_MILVUS_URI` is a file path (embedded milvus-lite, for one host) or `http(s)://host:19530`
(a Milvus server or cluster). Each build is two new collections, `<name>_<time>` (one row per
chunk: the chunk as JSON, its dense vector, and its keyword tokens, exactly those of a folder index
(`qa.search.keyword`: jieba words, Han bigrams, their sounds), which the engine turns into a
server-side BM25 sparse vector with the folder index's k1 and b, so both backends rank alike) and
`<name>_<time>_meta` (the manifest, the cleaned documents, the glossary and the corpus's character
pairs, which tell a question's typo from a word, as JSON pieces).
Only when both are complete does the store name the new build as the serving one (an alias, moved by
`alter_alias`; embedded, a serving row: `qa.search.milvus_store`), so a failed or killed build leaves
the old one serving and replicas pick up the new one on reload. Embedded milvus-lite searches the
dense vectors exactly (FLAT: it refuses HNSW); a server uses HNSW. The previous build is kept (a
replica not yet reloaded still reads it); older ones and unfinished ones are dropped.

Engine scores are never thresholded: BM25's sign depends on the engine (milvus-lite 3.x returned a
negative distance), and retrieval uses each score only relative to the best one, as it does for the
FAISS index.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import DocumentError, SearchIndexError
from qa.ingest import Chunk, Corpus, Document
from qa.search.embedding import Embedder, embed_alongside, text_key
from qa.search.glossary import Glossary
from qa.search.index import BuildReport, IndexSpec, chunk_from_row, embed_text
from qa.search.keyword import K1, B, index_tokens, pairs_of, query_tokens, vocabulary_of
from qa.search.manifest import FIX, describe, mismatch
from qa.search.manifest import KEYWORD_TOKENS as FOLDER_TOKENS
from qa.search.milvus_store import BATCH, MilvusStore

#: The keyword tokens of a Milvus build: the folder index's, given to the engine split by spaces.
KEYWORD_TOKENS = f"{FOLDER_TOKENS} as milvus-bm25(k1={K1},b={B})"
ANALYZER = {"tokenizer": "whitespace"}
#: Bytes a VARCHAR holds.
VARCHAR_BYTES = 65_535
#: Characters per meta piece: a VARCHAR holds 65,535 bytes, and a character takes at most 4.
PIECE = 16_000
#: Chunks the BM25 search returns; retrieval fuses this many candidates from each side.
KEYWORD_CANDIDATES = 50
HNSW = {"M": 32, "efConstruction": 200}
EF_SEARCH = 128


# --- build --------------------------------------------------------------------------------


def _schemas(client: Any, dim: int, embedded: bool) -> tuple[Any, Any, Any, Any]:
    from pymilvus import DataType, Function, FunctionType

    rows = client.create_schema(auto_id=False, enable_dynamic_field=False)
    rows.add_field("row", DataType.INT64, is_primary=True)
    rows.add_field("key", DataType.VARCHAR, max_length=64)
    rows.add_field("text", DataType.VARCHAR, max_length=65_535, enable_analyzer=True, analyzer_params=ANALYZER)
    rows.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    rows.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    rows.add_field("chunk", DataType.JSON)
    rows.add_function(
        Function(
            name="bm25", function_type=FunctionType.BM25, input_field_names=["text"], output_field_names=["sparse"]
        )
    )
    row_index = client.prepare_index_params()
    row_index.add_index(
        field_name="sparse",
        index_type="SPARSE_INVERTED_INDEX",
        metric_type="BM25",
        params={"bm25_k1": K1, "bm25_b": B},
    )
    if embedded:  # milvus-lite: "local mode only support FLAT IVF_FLAT AUTOINDEX"
        row_index.add_index(field_name="dense", index_type="FLAT", metric_type="IP")
    else:
        row_index.add_index(field_name="dense", index_type="HNSW", metric_type="IP", params=HNSW)
    meta = client.create_schema(auto_id=False, enable_dynamic_field=False)
    meta.add_field("seq", DataType.INT64, is_primary=True)
    meta.add_field("kind", DataType.VARCHAR, max_length=32)
    meta.add_field("body", DataType.VARCHAR, max_length=65_535)
    meta.add_field("unused", DataType.FLOAT_VECTOR, dim=2)  # Milvus requires a vector field in every collection
    meta_index = client.prepare_index_params()
    meta_index.add_index(field_name="unused", index_type="FLAT", metric_type="L2")
    return rows, row_index, meta, meta_index


def _previous_vectors(store: MilvusStore, spec: IndexSpec) -> dict[str, np.ndarray]:
    """Vectors of the serving build keyed by their text, when it used the same model."""
    try:
        name = store.current()
        if name is None:
            return {}
        store.client.load_collection(name)
        store.client.load_collection(f"{name}_meta")
        if _read_blob(store, name, "manifest")["model"]["checksum"] != spec.model_checksum:
            return {}
        return {r["key"]: np.asarray(r["dense"], dtype=np.float32) for r in store.rows(name, ["key", "dense"])}
    except Exception:  # a damaged or foreign build is simply not reused
        return {}


def build_milvus(
    documents: Sequence[Document],
    chunks: Sequence[Chunk],
    embedder: Embedder,
    store: MilvusStore,
    spec: IndexSpec,
    *,
    progress: bool = False,
    errors: Sequence[DocumentError] = (),
    read_at: float | None = None,
    cache_dir: Path | None = None,
) -> BuildReport:
    """Embed (only new or changed chunks) and write a new build, then move the alias to it
    (`cache_dir`: where the glossary's dictionary table is cached, as for a folder index)."""
    started = time.perf_counter()
    texts = [embed_text(c, spec.normalise) for c in chunks]
    side = partial(keyword_side, texts, spec.normalise, cache_dir)
    matrix, embedded, (pairs, glossary) = embed_alongside(
        texts, _previous_vectors(store, spec), embedder, progress, side
    )
    corpus = Corpus(tuple(documents), tuple(errors))
    name = publish_milvus(store, corpus, chunks, texts, matrix, spec, glossary, pairs, read_at)
    return BuildReport(Path(name), len(chunks), embedded, len(chunks) - embedded, time.perf_counter() - started)


def keyword_side(
    texts: Sequence[str], normalise: bool, cache_dir: Path | None = None
) -> tuple[frozenset[str], Glossary]:
    """The character pairs of `texts` and their English glossary (`cache_dir` as for `Glossary.build`)."""
    vocabulary = vocabulary_of(texts, normalise)
    return pairs_of(vocabulary), Glossary.build(vocabulary, cache_dir=cache_dir)


def publish_milvus(
    store: MilvusStore,
    corpus: Corpus,
    chunks: Sequence[Chunk],
    texts: Sequence[str],
    matrix: np.ndarray,
    spec: IndexSpec,
    glossary: Glossary,
    pairs: frozenset[str],
    read_at: float | None = None,
) -> str:
    """Write a build of embedded chunks with their glossary and character pairs (`keyword_side`), move the
    alias to it, drop all but it and the previous one.

    Any engine error drops the half-written build and is raised as a `SearchIndexError` saying the
    previous build still serves."""
    name = f"{store.name}_{time.strftime('%Y%m%dT%H%M%S')}_{time.time_ns() % 10**9:09d}"
    previous = store.current()
    try:
        _write(store, name, corpus, chunks, texts, matrix, spec, read_at, (glossary, pairs))
        store.serve(name)
    except Exception as exc:  # anything the engine raises: the alias still names the previous build
        with contextlib.suppress(Exception):  # else the next build drops it; the error below is the one to report
            store.drop(name)
        kept = f"the previous index is unchanged ({previous})" if previous else "no index was written"
        raise SearchIndexError(f"index build failed in Milvus at {store.uri} ({exc}); {kept}") from exc
    for old in store.builds():
        if old not in (name, previous):
            store.drop(old)
    return name


def _pieces(kind: str, body: str) -> list[tuple[str, str]]:
    return [(kind, body[i : i + PIECE]) for i in range(0, max(len(body), 1), PIECE)]


def _write(
    store: MilvusStore,
    name: str,
    corpus: Corpus,
    chunks: Sequence[Chunk],
    texts: Sequence[str],
    matrix: np.ndarray,
    spec: IndexSpec,
    read_at: float | None,
    words: tuple[Glossary, frozenset[str]],
) -> None:
    client = store.client
    rows, row_index, meta, meta_index = _schemas(client, spec.dim, store.embedded)
    client.create_collection(name, schema=rows, index_params=row_index)
    for start in range(0, len(chunks), BATCH):
        client.insert(
            name,
            [
                {
                    "row": i,
                    "key": text_key(texts[i]),
                    "text": _fitted(index_tokens(texts[i], spec.normalise)),
                    "dense": matrix[i].tolist(),
                    "chunk": asdict(chunks[i]),
                }
                for i in range(start, min(start + BATCH, len(chunks)))
            ],
        )
    glossed = json.dumps(words[0].to_json(), ensure_ascii=False)
    pairs = "".join(sorted(words[1]))
    documents = "\n".join(json.dumps(d.to_json(), ensure_ascii=False) for d in corpus.documents)
    manifest = describe(corpus, chunks, spec, read_at, KEYWORD_TOKENS) | {
        "backend": "milvus",
        "collection": name,
        "sha256": {"documents": _digest(documents), "glossary": _digest(glossed), "pairs": _digest(pairs)},
    }
    pieces = [
        *_pieces("manifest", json.dumps(manifest, ensure_ascii=False)),
        *_pieces("documents", documents),
        *_pieces("glossary", glossed),
        *_pieces("pairs", pairs),
    ]
    client.create_collection(f"{name}_meta", schema=meta, index_params=meta_index)
    for start in range(0, len(pieces), 64):
        part = pieces[start : start + 64]
        client.insert(
            f"{name}_meta",
            [{"seq": start + i, "kind": k, "body": b, "unused": [0.0, 0.0]} for i, (k, b) in enumerate(part)],
        )
    for collection in (name, f"{name}_meta"):
        client.flush(collection)


def _fitted(tokens: list[str]) -> str:
    """The tokens as the text field holds them: split by spaces, cut at a token to fit a VARCHAR (a chunk
    of over ~2,500 Han characters loses the sounds of its last pairs, which come last)."""
    text = " ".join(tokens) or "∅"
    encoded = text.encode("utf-8")
    if len(encoded) <= VARCHAR_BYTES:
        return text
    cut = encoded[: VARCHAR_BYTES + 1].decode("utf-8", errors="ignore")
    return cut[: cut.rfind(" ")]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- load ---------------------------------------------------------------------------------


def _read_text(store: MilvusStore, name: str, kind: str) -> str:
    found = store.client.query(f"{name}_meta", filter=f'kind == "{kind}"', output_fields=["seq", "body"])
    return "".join(r["body"] for r in sorted(found, key=lambda r: r["seq"]))


def _read_blob(store: MilvusStore, name: str, kind: str) -> Any:
    return json.loads(_read_text(store, name, kind))


def load_milvus(store: MilvusStore, spec: IndexSpec) -> MilvusIndex:
    """The build the alias names, refusing one that is missing, damaged or built differently."""
    try:
        name = store.current()
    except SearchIndexError:
        raise
    except Exception as exc:
        raise SearchIndexError(f"cannot read Milvus at {store.uri} ({exc})") from exc
    if name is None:
        raise SearchIndexError(f"no index named {store.name!r} in Milvus at {store.uri}; {FIX}")
    where = f"index {name} in Milvus at {store.uri}"
    try:
        for collection in (name, f"{name}_meta"):
            store.client.load_collection(collection)
        manifest = _read_blob(store, name, "manifest")
        problem = mismatch(manifest, spec, KEYWORD_TOKENS)
        if problem:
            raise SearchIndexError(problem)
        texts = {kind: _read_text(store, name, kind) for kind in ("documents", "glossary", "pairs")}
        for kind, text in texts.items():
            if _digest(text) != manifest["sha256"][kind]:
                raise SearchIndexError(f"{where} is damaged (its stored {kind} differ from the manifest); {FIX}")
        # "\n" only: json.dumps leaves U+2028 and U+0085 in a text unescaped, and splitlines() would cut there
        lines = [line for line in texts["documents"].split("\n") if line]
        documents = tuple(Document.from_json(json.loads(line)) for line in lines)
        errors = tuple(DocumentError(e["source"], e["reason"]) for e in manifest["unreadable"])
        glossary = Glossary.from_json(json.loads(texts["glossary"]))
        rows = list(store.rows(name, ["chunk"]))
    except SearchIndexError:
        raise
    except Exception as exc:  # a half-written, dropped or foreign collection
        raise SearchIndexError(f"{where} is unreadable ({exc}); {FIX}") from exc
    if [r["row"] for r in rows] != list(range(manifest["chunks"])):
        raise SearchIndexError(f"{where} is inconsistent ({len(rows)} rows, {manifest['chunks']} chunks); {FIX}")
    chunks = [chunk_from_row(r["chunk"]) for r in rows]
    pairs = frozenset(texts["pairs"][i : i + 2] for i in range(0, len(texts["pairs"]), 2))
    return MilvusIndex(store, name, chunks, manifest, Corpus(documents, errors), glossary, pairs, spec.normalise)


class MilvusIndex:
    """A loaded Milvus build: chunk texts in memory, searches in the engine (`qa.search.index.Index`)."""

    def __init__(
        self,
        store: MilvusStore,
        collection: str,
        chunks: list[Chunk],
        manifest: dict[str, Any],
        corpus: Corpus,
        glossary: Glossary,
        pairs: frozenset[str],
        normalise: bool,
    ) -> None:
        self.store = store
        #: The collection itself, not the alias: a rebuild moving the alias must not change what
        #: this index's row numbers mean until the service reloads.
        self.collection = collection
        self.folder = Path(collection)
        self.chunks = chunks
        self.manifest = manifest
        self.corpus = corpus
        self._glossary = glossary
        self._pairs = pairs
        self._normalise = normalise

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    def _search(self, data: list[Any], field: str, metric: str, k: int) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"metric_type": metric} | ({"params": {"ef": EF_SEARCH}} if field == "dense" else {})
        found = self.store.client.search(
            self.collection, data=data, anns_field=field, limit=k, output_fields=["row"], search_params=params
        )
        return list(found[0]) if found else []

    def dense(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, len(self.chunks))
        if k == 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        hits = self._search([query_vector.astype(np.float32).tolist()], "dense", "IP", k)
        return (
            np.array([h["distance"] for h in hits], dtype=np.float32),
            np.array([h["entity"]["row"] for h in hits], dtype=np.int64),
        )

    def keyword_scores(self, query: str) -> np.ndarray:
        """BM25 scores of the engine's best `KEYWORD_CANDIDATES` chunks (0 for the rest).

        Some engines return BM25 as a negative distance (milvus-lite 3.x), others as a positive score: the
        magnitude is the score either way, and retrieval only uses it relative to the best one."""
        out = np.zeros(len(self.chunks), dtype=np.float32)
        tokens = query_tokens(query, self._pairs, self._normalise)
        if not tokens or not self.chunks:
            return out
        for hit in self._search([" ".join(tokens)], "sparse", "BM25", min(KEYWORD_CANDIDATES, len(self.chunks))):
            out[hit["entity"]["row"]] = abs(float(hit["distance"]))
        return out
