"""Wiring: settings → corpus, chunker, embedder, index, retriever, reader.

The heavy objects (models, index) are built here once per process; the web
app and the CLI hold the result instead of reaching for globals.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from qa.answer import Answer, Answerer, CompoundAnswerer, Reader, ReaderAnswerer, WarmsUp, as_asked, onnx_reader
from qa.config import Settings
from qa.ingest import Chunker, Corpus, load_corpus
from qa.search import (
    BuildReport,
    Embedder,
    Hit,
    Index,
    IndexSpec,
    MilvusStore,
    Retriever,
    SentenceTransformerEmbedder,
    build_index,
    build_lock,
    build_milvus,
    load_index,
    load_milvus,
)


def make_chunker(settings: Settings) -> Chunker:
    return Chunker(settings.chunk_tokens, settings.token_encoding, settings.tiktoken_cache_dir)


def make_embedder(settings: Settings, *, build: bool = False) -> Embedder:
    """The backend QA_EMBEDDER names; each has its own model id, so indexes never mix their vectors.

    A server's embedder runs one onnxruntime thread, which never spins (parallelism across requests wins);
    a `build`'s (`qa index`, which has the machine to itself) runs `BUILD_THREADS`, spinning between
    operators (300 DRCD + CMRC passages embedded ~5% faster, 2026-12-06)."""
    if settings.embedder == "onnx-int8":
        from qa.search import OnnxEmbedder

        return OnnxEmbedder(settings.model_dir, threads=BUILD_THREADS if build else 1, spin=build)
    return SentenceTransformerEmbedder(settings.model_dir)


#: A build (`qa index`) embeds with every core.
BUILD_THREADS = os.cpu_count() or 1


def index_spec(settings: Settings, embedder: Embedder) -> IndexSpec:
    return IndexSpec.of(embedder, settings.chunk_tokens, settings.token_encoding)


def milvus_store(settings: Settings) -> MilvusStore:
    """The configured Milvus database, one connection per process (pymilvus is imported on first use)."""
    return _milvus(settings.milvus_location, settings.milvus_token, settings.milvus_name)


@lru_cache(maxsize=8)
def _milvus(uri: str, token: str, name: str) -> MilvusStore:
    return MilvusStore(uri, token, name)


def open_index(settings: Settings, spec: IndexSpec) -> Index:
    """The serving build of the configured backend, refused with a message naming the fix when unusable."""
    if settings.index_backend == "milvus":
        return load_milvus(milvus_store(settings), spec)
    return load_index(settings.index_dir, spec)


def build(settings: Settings, embedder: Embedder, *, progress: bool = False) -> tuple[Corpus, BuildReport]:
    """Load the corpus, chunk it and (incrementally) rebuild the index of the configured backend."""
    read_at = time.time()
    corpus = load_corpus(settings.corpus_dir)
    chunks = make_chunker(settings).chunk(corpus.documents)
    spec = index_spec(settings, embedder)
    if settings.index_backend == "milvus":
        with build_lock(settings.index_dir):  # one builder per host, as for a folder index
            report = build_milvus(
                corpus.documents,
                chunks,
                embedder,
                milvus_store(settings),
                spec,
                progress=progress,
                errors=corpus.errors,
                read_at=read_at,
                cache_dir=settings.cache_dir,
            )
        return corpus, report
    report = build_index(
        corpus.documents,
        chunks,
        embedder,
        settings.index_dir,
        spec,
        progress=progress,
        errors=corpus.errors,
        read_at=read_at,
        cache_dir=settings.cache_dir,
    )
    return corpus, report


def make_reader(settings: Settings) -> Reader:
    """The learned reader (int8 ONNX, built by `make model` from the committed weights)."""
    return onnx_reader(settings.model_dir, threads=settings.reader_threads)


def default_answerer(retriever: Retriever, reader: Reader) -> Answerer:
    """The default answerer: the reader, with two-part questions answered part by part."""
    return CompoundAnswerer(ReaderAnswerer(retriever, reader), retriever)


def make_answerer(settings: Settings, retriever: Retriever, reader: Reader) -> Answerer:
    """The reader by default; generative (falling back to the reader) when an LLM endpoint is configured."""
    extractive = default_answerer(retriever, reader)
    if not (settings.llm_base_url and settings.llm_model):
        return extractive
    from qa.answer import GenerativeAnswerer

    return GenerativeAnswerer.from_settings(
        settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout_s, extractive
    )


@dataclass
class Service:
    """Everything needed to answer: loaded once, shared by all requests."""

    settings: Settings
    corpus: Corpus
    embedder: Embedder
    index: Index
    retriever: Retriever
    reader: Reader
    answerer: Answerer

    @classmethod
    def load(
        cls,
        settings: Settings,
        embedder: Embedder | None = None,
        answerer: Answerer | None = None,
        *,
        index: Index | None = None,
        reader: Reader | None = None,
    ) -> Service:
        """Load (or take, when `qa serve` has already checked it) the index with the documents it was built
        from (not the corpus folder: what the index cites is what the service shows); warm up."""
        embedder = embedder or make_embedder(settings)
        reader = reader or make_reader(settings)
        index = index or open_index(settings, index_spec(settings, embedder))
        corpus = index.corpus
        retriever = Retriever(index, embedder, glossary=index.glossary)
        answerer = answerer or make_answerer(settings, retriever, reader)
        service = cls(settings, corpus, embedder, index, retriever, reader, answerer)
        if isinstance(service.answerer, WarmsUp):
            service.answerer.warm_up()
        service.ask("warm-up 预热")
        return service

    def reloaded(self) -> Service:
        """A fresh service over the current index and corpus that shares this one's (warm) models.

        Raises like `load` when the new index is missing or damaged; this service is untouched.
        """
        return Service.load(self.settings, self.embedder, reader=self.reader)

    def search(self, question: str, top_k: int = 5) -> list[Hit]:
        """The chunks a question is answered from, searched for as it is read (`as_asked`)."""
        return self.retriever.search(as_asked(question), k=top_k)

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        """The answer read from `hits`; the question is read ending with its mark (`as_asked`) and echoed as typed."""
        return replace(self.answerer.answer(as_asked(question), hits), question=question.strip())

    def ask(self, question: str, top_k: int = 5) -> Answer:
        """Retrieve, then answer; timings of both steps travel with the answer."""
        started = time.perf_counter()
        hits = self.search(question, top_k)
        retrieved = time.perf_counter()
        answer = self.answer(question, hits)
        done = time.perf_counter()
        timings = {
            "retrieve": round(1000 * (retrieved - started), 2),
            "answer": round(1000 * (done - retrieved), 2),
            "total": round(1000 * (done - started), 2),
        }
        return replace(answer, timings_ms=answer.timings_ms | timings)
