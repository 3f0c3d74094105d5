"""Index build, load, manifest checks, atomic and incremental rebuilds (fake embedder)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from qa.config import ROOT, Settings
from qa.errors import SearchIndexError
from qa.search import builds
from qa.search import index as index_module
from qa.search.glossary import Glossary
from qa.search.index import current_path, load_index
from qa.search.keyword import KeywordIndex
from qa.search.manifest import FORMAT
from qa.service import build, index_spec
from tests.fakes import FakeEmbedder

SEEDS = ROOT / "corpus"


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

    monkeypatch.setattr(index_module, "write_build_files", disk_full)
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


@pytest.mark.parametrize("name", ["vectors.faiss", "chunks.jsonl", "documents.jsonl", "glossary.json", "manifest.json"])
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


# --- faults: damage detected at load, leftovers of killed builds, full disks -------------------


def test_manifest_records_size_and_checksum_of_every_file(env: Settings) -> None:
    build(env, FakeEmbedder())
    folder = current_path(env.index_dir)
    assert folder is not None
    files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(files) == on_disk and {"vectors.faiss", "chunks.jsonl", "bm25/params.index.json"} <= on_disk
    for name, recorded in files.items():
        data = (folder / name).read_bytes()
        assert recorded == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_damage_is_detected_by_size_or_checksum(env: Settings) -> None:
    build(env, FakeEmbedder())
    folder = current_path(env.index_dir)
    assert folder is not None
    vocab = folder / "bm25" / "vocab.index.json"
    data = vocab.read_bytes()
    vocab.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # one bit flipped, same size
    with pytest.raises(SearchIndexError, match=r"bm25/vocab.index.json is damaged \(checksum mismatch\); run `make"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    vocab.write_bytes(data)
    chunks = folder / "chunks.jsonl"
    size = chunks.stat().st_size
    chunks.write_bytes(chunks.read_bytes()[:100])
    with pytest.raises(SearchIndexError, match=rf"chunks.jsonl is damaged \(100 bytes, expected {size}\)"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))


@pytest.mark.parametrize("pointer", ["", "20990101T000000.000000000", "../corpus", ".tmp-x"])
def test_current_pointing_nowhere_is_named(env: Settings, pointer: str) -> None:
    build(env, FakeEmbedder())
    (env.index_dir / "builds" / ".tmp-x").mkdir()
    (env.index_dir / "CURRENT").write_text(pointer, encoding="utf-8")
    with pytest.raises(SearchIndexError, match=r"CURRENT points at .*not a finished build; run `make index`"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))


def test_leftovers_of_a_killed_build_are_cleared(env: Settings) -> None:
    build(env, FakeEmbedder())
    leftover = env.index_dir / "builds" / ".tmp-20000101T000000.000000000"
    (leftover / "bm25").mkdir(parents=True)
    (leftover / "vectors.faiss").write_bytes(b"half")
    (env.index_dir / ".lock").write_text("999999999", encoding="utf-8")  # a dead builder's pid; its flock died with it
    _, report = build(env, FakeEmbedder())
    assert not leftover.exists() and current_path(env.index_dir) == report.path
    assert (env.index_dir / ".lock").read_text(encoding="utf-8") == ""


def test_a_running_build_is_named_by_pid(env: Settings) -> None:
    with builds.build_lock(env.index_dir), pytest.raises(SearchIndexError, match=rf"pid {os.getpid()}\)"):
        build(env, FakeEmbedder())


def test_disk_full_names_the_file(env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    build(env, FakeEmbedder())
    before = current_path(env.index_dir)
    assert before is not None

    def disk_full(self: KeywordIndex, directory: Path) -> None:
        directory.mkdir()
        (directory / "params.index.json").write_text("{", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # what write() raises: no file name

    monkeypatch.setattr(KeywordIndex, "save", disk_full)
    failed = r"^index build failed writing bm25 \(No space left on device\)"
    with pytest.raises(SearchIndexError, match=rf"{failed}; the previous index is unchanged \({before.name}\)"):
        build(env, FakeEmbedder())
    assert [p.name for p in (env.index_dir / "builds").iterdir()] == [before.name]


def test_disk_full_when_switching_removes_the_new_build(env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    build(env, FakeEmbedder())
    before = current_path(env.index_dir)
    assert before is not None

    def disk_full(index_dir: Path, name: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(index_dir / ".CURRENT.tmp"))

    monkeypatch.setattr(index_module, "switch", disk_full)
    with pytest.raises(SearchIndexError, match=r"writing .CURRENT.tmp \(No space left on device\)"):
        build(env, FakeEmbedder())
    assert current_path(env.index_dir) == before
    assert [p.name for p in (env.index_dir / "builds").iterdir()] == [before.name]


def test_older_format_is_refused_but_its_vectors_are_reused(env: Settings) -> None:
    build(env, FakeEmbedder())
    path = current_path(env.index_dir) / "manifest.json"  # type: ignore[operator]
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["format"] = 2
    del manifest["files"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(SearchIndexError, match="older version of the service; run `make index` \\(or `qa index`\\)"):
        load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    _, report = build(env, FakeEmbedder())
    assert (
        report.embedded == 0 and load_index(env.index_dir, index_spec(env, FakeEmbedder())).manifest["format"] == FORMAT
    )


def test_the_build_keeps_the_cleaned_documents_and_the_unreadable_files(env: Settings) -> None:
    (env.corpus_dir / "broken.pdf").write_bytes(b"not a pdf")
    corpus, _ = build(env, FakeEmbedder())
    loaded = load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    assert loaded.corpus.documents == corpus.documents  # every field, sections and removals included
    assert [str(e) for e in loaded.corpus.errors] == [str(e) for e in corpus.errors] and corpus.errors
    for path in env.corpus_dir.iterdir():
        path.unlink()  # the service starts from the build, not from the folder
    assert len(load_index(env.index_dir, index_spec(env, FakeEmbedder())).corpus.documents) == 5
    assert loaded.manifest["corpus_read_at"] > 0


def test_the_build_keeps_the_glossary_so_start_up_does_not_scan_the_dictionary(env: Settings) -> None:
    build(env, FakeEmbedder())
    loaded = load_index(env.index_dir, index_spec(env, FakeEmbedder()))
    fresh = Glossary.build(loaded.keyword.vocabulary())
    for question in ("Which unit leads the Optics Valley sci-tech corridor?", "What is the R&D target for 2025?"):
        assert loaded.glossary.translate(question) == fresh.translate(question) != ()
