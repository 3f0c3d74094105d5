"""Shared fixtures: the real seed corpus, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import ROOT, Settings
from qa.ingest.chunking import Chunker
from qa.ingest.documents import Corpus, Document, load_corpus

SEEDS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seeds(seed_corpus: Corpus) -> dict[str, Document]:
    """Seed documents keyed by their three-digit prefix ("000" … "004")."""
    return {doc.doc_id[:3]: doc for doc in seed_corpus.documents}


@pytest.fixture(scope="session")
def chunker() -> Chunker:
    settings = Settings()
    return Chunker(300, "cl100k_base", settings.tiktoken_cache_dir)


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings().with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")


@pytest.fixture(scope="session")
def real_service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The real model and a real index of the seeds, built once into a temporary folder."""
    from qa.service import Service, build, make_embedder

    settings = Settings().with_(index_dir=tmp_path_factory.mktemp("index"))
    embedder = make_embedder(settings)
    build(settings, embedder)
    return Service.load(settings, embedder)
