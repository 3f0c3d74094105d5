"""Index build, load, manifest checks, atomic and incremental rebuilds (fake embedder)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa import index as index_module
from qa.config import Settings
from qa.errors import SearchIndexError
from qa.index import current_path, load_index
from qa.service import build, index_spec
from tests.fakes import FakeEmbedder

SEEDS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture()
def env(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return Settings().with_(corpus_dir=corpus, index_dir=tmp_path / "index")


def test_build_then_load(env: Settings) -> None:
    embedder = FakeEmbedder()
    corpus, report = build(env, embedder)
    assert report.chunks > 100 and report.embedded == report.chunks and report.reused == 0
    loaded = load_index(env.index_dir, index_spec(env, embedder))
    assert len(loaded.chunks) == loaded.vectors.ntotal == report.chunks
    manifest = loaded.manifest
    assert manifest["model"] == {"id": "fake-bigram-hash", "checksum": "fake-1", "dim": 256}
    assert manifest["chunking"] == {"max_tokens": env.chunk_tokens, "encoding": "cl100k_base"}
    assert set(manifest["documents"]) == {d.doc_id for d in corpus.documents}
    assert all(len(d["sha256"]) == 64 for d in manifest["documents"].values())
    assert {"faiss-cpu", "sentence-transformers", "bm25s", "python"} <= set(manifest["versions"])


def test_unchanged_corpus_rebuild_embeds_nothing(env: Settings) -> None:
    build(env, FakeEmbedder())
    again = FakeEmbedder()
    _, report = build(env, again)
    assert (report.embedded, again.passages_embedded) == (0, 0)


def test_changed_document_only_reembeds_its_chunks(env: Settings) -> None:
    _, _first = build(env, FakeEmbedder())
    path = env.corpus_dir / "001_bf834c77e24d688a.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("151家", "152家"), encoding="utf-8")
    _, second = build(env, FakeEmbedder())
    assert 1 <= second.embedded <= 3 and second.reused == second.chunks - second.embedded
    loaded = load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    assert any("152家" in c.text for c in loaded.chunks)


def test_crash_mid_build_leaves_previous_index(env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    build(env, FakeEmbedder())
    before = current_path(env.index_dir)

    def disk_full(folder: Path, *args: object) -> None:
        (folder / "vectors.faiss").write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index_module, "_write", disk_full)
    with pytest.raises(SearchIndexError, match=r"No space left on device.*previous index is unchanged"):
        build(env, FakeEmbedder())
    assert current_path(env.index_dir) == before
    assert not [p for p in (env.index_dir / "builds").iterdir() if p.name.startswith(".tmp-")]
    assert len(load_index(env.index_dir, index_spec(env, FakeEmbedder())).chunks) > 100


def test_manifest_mismatch_is_refused(env: Settings) -> None:
    build(env, FakeEmbedder())
    other = FakeEmbedder()
    other.checksum = "another-model"
    with pytest.raises(SearchIndexError, match=r"index was built with model checksum 'fake-1'.*run `make index`"):
        load_index(env.index_dir, index_spec(env, other))
    with pytest.raises(SearchIndexError, match=r"chunk tokens 300 .* 200"):
        load_index(env.index_dir, index_spec(env.with_(chunk_tokens=200), FakeEmbedder()))


def test_missing_index_names_the_command(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match=r"no index in .*; run `make index`"):
        load_index(tmp_path, index_spec(Settings(), FakeEmbedder()))


@pytest.mark.parametrize("name", ["vectors.faiss", "chunks.jsonl", "manifest.json"])
def test_corrupt_or_missing_file_named(env: Settings, name: str) -> None:
    build(env, FakeEmbedder())
    path = current_path(env.index_dir) / name  # type: ignore[operator]
    path.write_bytes(b"\x00garbage")
    with pytest.raises(SearchIndexError, match=rf"{name}.*run `make index`"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    path.unlink()
    with pytest.raises(SearchIndexError, match=rf"index file .*{name} is missing"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))


def test_old_builds_pruned(env: Settings) -> None:
    for _ in range(4):
        build(env, FakeEmbedder())
    assert len(list((env.index_dir / "builds").iterdir())) <= 2


def test_chunks_round_trip(env: Settings) -> None:
    build(env, FakeEmbedder())
    lines = (current_path(env.index_dir) / "chunks.jsonl").read_text(encoding="utf-8").splitlines()  # type: ignore[operator]
    first = json.loads(lines[0])
    assert {"chunk_id", "doc_id", "source", "title", "section", "start", "end", "text", "tokens"} <= set(first)


def test_index_from_an_older_tokenizer_is_refused(env: Settings) -> None:
    build(env, FakeEmbedder())
    path = current_path(env.index_dir) / "manifest.json"  # type: ignore[operator]
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["keyword_tokens"] = "jieba-only"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(SearchIndexError, match="older version of the service; run `make index`"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))
