"""The Milvus index backend on embedded milvus-lite: builds, the serving switch, reuse, damage and kills."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from qa.config import ROOT, Settings
from qa.errors import ConfigError, SearchIndexError
from qa.search import MilvusStore, load_milvus
from qa.service import Service, build, index_spec, milvus_store, open_index
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.slow  # each milvus-lite database starts its own engine process

SEEDS = ROOT / "corpus"


@pytest.fixture
def env(tmp_path: Path) -> Settings:
    shutil.copytree(SEEDS, tmp_path / "corpus")
    return Settings().with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", index_backend="milvus")


def _load(settings: Settings) -> object:
    return open_index(settings, index_spec(settings, FakeEmbedder()))


def test_build_then_load_gives_the_same_chunks_and_documents_as_the_folder_index(env: Settings) -> None:
    corpus, report = build(env, FakeEmbedder())
    folder = env.with_(index_backend="faiss")
    build(folder, FakeEmbedder())
    milvus, faiss = Service.load(env, FakeEmbedder()), Service.load(folder, FakeEmbedder())
    assert report.chunks == len(milvus.index.chunks) == len(faiss.index.chunks) and report.embedded == report.chunks
    assert milvus.index.chunks == faiss.index.chunks
    assert [d.doc_id for d in milvus.corpus.documents] == [d.doc_id for d in corpus.documents]
    assert milvus.index.manifest["backend"] == "milvus"
    assert milvus.index.glossary.translate("Optics Valley")  # the glossary travels with the build
    hit = milvus.retriever.search("楚天鳳鳴科創天使基金", k=1)[0]
    assert "楚天鳳鳴" in hit.chunk.text and hit.bm25 and hit.bm25 > 0 and hit.dense is not None
    # the engine's BM25 reads the folder index's tokens with its k1 and b: the same ranking, the same
    # scores relative to the best, a homophone typo (黄刚 for 黄冈) matched by sound alike
    for query in ("楚天凤鸣科创天使基金", "黄刚科技新城在哪里", "光谷 R&D 投入"):
        m, f = milvus.index.keyword_scores(query), faiss.index.keyword_scores(query)
        top = np.argsort(-f, kind="stable")[:10]
        assert f[top[0]] > 0 and np.allclose(m[top] / m.max(), f[top] / f.max(), atol=1e-4), query


def test_rebuild_reuses_vectors_moves_the_alias_and_keeps_one_previous_build(env: Settings) -> None:
    store = milvus_store(env)
    first = build(env, FakeEmbedder())[1]
    embedder = FakeEmbedder()
    second = build(env, embedder)[1]
    assert embedder.passages_embedded == 0 and second.reused == second.chunks
    assert store.current() == second.path.name != first.path.name
    third = build(env, FakeEmbedder())[1]
    assert store.builds() == [second.path.name, third.path.name]  # the first is dropped, the previous kept


def test_a_changed_document_re_embeds_only_its_chunks(env: Settings) -> None:
    build(env, FakeEmbedder())
    path = env.corpus_dir / "001_bf834c77e24d688a.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("151家", "152家"), encoding="utf-8")
    report = build(env, FakeEmbedder())[1]
    assert 1 <= report.embedded <= 3 and report.reused == report.chunks - report.embedded
    assert any("152家" in c.text for c in _load(env).chunks)  # type: ignore[attr-defined]


def test_a_failed_build_leaves_the_previous_one_serving(env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    good = build(env, FakeEmbedder())[1]
    store = milvus_store(env)
    calls = {"n": 0}
    real_insert = type(store.client).insert

    def failing_insert(self: object, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] > 1:
            raise RuntimeError("disk full")
        return real_insert(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(store.client), "insert", failing_insert)
    with pytest.raises(SearchIndexError, match=f"disk full.*previous index is unchanged \\({good.path.name}\\)"):
        build(env, FakeEmbedder())
    monkeypatch.undo()
    assert store.current() == good.path.name and store.builds() == [good.path.name]  # the half build is gone
    assert len(_load(env).chunks) == good.chunks  # type: ignore[attr-defined]


_KILLED_BUILD = """
import sys, time
from pathlib import Path
from qa.config import Settings
from qa.service import build, milvus_store
from tests.fakes import FakeEmbedder
settings = Settings().with_(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2]), index_backend="milvus")
client = type(milvus_store(settings).client)
insert = client.insert
def slow_insert(self, *args, **kwargs):
    out = insert(self, *args, **kwargs)
    Path(sys.argv[3]).touch()  # the new collection has rows: kill -9 now
    time.sleep(60)
    return out
client.insert = slow_insert
build(settings, FakeEmbedder())
"""


def test_kill_9_mid_build_leaves_the_previous_build_serving(env: Settings, tmp_path: Path) -> None:
    good = build(env, FakeEmbedder())[1]
    milvus_store(env).close()  # an embedded database opens in one process at a time
    marker = tmp_path / "writing"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BUILD, str(env.corpus_dir), str(env.index_dir), str(marker)],
        cwd=ROOT,
        start_new_session=True,  # its milvus-lite engine dies with it
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists(), "the child build never started writing"
        with pytest.raises(SearchIndexError, match="milvus-lite lets one process open it"):
            MilvusStore(env.milvus_location).current()
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    store = milvus_store(env)
    assert store.current() == good.path.name and len(store.builds()) == 2  # the killed build's leftovers
    assert len(_load(env).chunks) == good.chunks  # type: ignore[attr-defined]
    after = build(env, FakeEmbedder())[1]
    assert store.builds() == [good.path.name, after.path.name]  # the next build clears the leftovers


def test_damaged_builds_are_refused_with_the_fix(env: Settings) -> None:
    good = build(env, FakeEmbedder())[1]
    store = milvus_store(env)
    name = good.path.name
    store.client.delete(name, filter="row == 3")
    with pytest.raises(SearchIndexError, match=r"inconsistent .*run `make index`"):
        _load(env)
    build(env, FakeEmbedder())
    name = store.current()
    assert name is not None
    meta = f"{name}_meta"
    row = store.client.query(meta, filter='kind == "glossary"', output_fields=["seq", "kind", "body"])[0]
    store.client.upsert(meta, [{**row, "body": row["body"][:-10] + "tampered!!", "unused": [0.0, 0.0]}])
    with pytest.raises(SearchIndexError, match=r"damaged \(its stored glossary differ.*run `make index`"):
        _load(env)


def test_an_index_built_with_another_model_is_refused(env: Settings) -> None:
    build(env, FakeEmbedder())
    other = FakeEmbedder()
    other.checksum = "fake-2"
    with pytest.raises(SearchIndexError, match="model checksum 'fake-1' but this service uses 'fake-2'"):
        load_milvus(milvus_store(env), index_spec(env, other))


def test_no_build_yet_names_the_fix(env: Settings) -> None:
    with pytest.raises(SearchIndexError, match=r"no index named 'qa' in Milvus at .*milvus\.db; run `make index`"):
        _load(env)


def test_replicas_over_one_database_answer_alike_and_follow_the_alias(env: Settings) -> None:
    """Two services over one Milvus (as replicas would be) see the same build; a reload follows the alias."""
    build(env, FakeEmbedder())
    one, two = Service.load(env, FakeEmbedder()), Service.load(env, FakeEmbedder())
    question = "光谷科技创新大走廊的牵头单位是谁？"
    assert one.ask(question).citations == two.ask(question).citations
    path = env.corpus_dir / "000_c568ad1a221f03d2.txt"
    path.unlink()
    rebuilt = build(env, FakeEmbedder())[1]
    assert one.index.folder.name != rebuilt.path.name  # still serving the build it loaded
    assert one.retriever.search("光谷", k=1)  # …which the rebuild kept for it
    assert one.reloaded().index.folder.name == rebuilt.path.name


def test_settings_name_a_bad_backend_or_name() -> None:
    with pytest.raises(ConfigError, match="QA_INDEX_BACKEND must be one of faiss, milvus, got 'elastic'"):
        Settings.from_env({"QA_INDEX_BACKEND": "elastic"})
    with pytest.raises(ConfigError, match="QA_MILVUS_NAME must be a letter"):
        Settings.from_env({"QA_MILVUS_NAME": "qa-prod; drop"})
    with pytest.raises(ConfigError, match="QA_MILVUS_URI must be http"):
        Settings.from_env({"QA_MILVUS_URI": "index/milvus"})
    settings = Settings.from_env({"QA_INDEX_BACKEND": "milvus", "QA_MILVUS_URI": "http://milvus:19530"})
    assert (settings.index_backend, settings.milvus_location) == ("milvus", "http://milvus:19530")


def test_store_lists_only_its_own_builds(tmp_path: Path) -> None:
    store = MilvusStore(str(tmp_path / "m.db"), name="qa")
    store.client.create_collection("other_thing", dimension=2)
    assert store.builds() == [] and store.current() is None
    assert json.loads(json.dumps(store.client.list_collections())) == ["other_thing"]


def test_the_embedded_store_names_its_serving_build_in_one_row(tmp_path: Path) -> None:
    """milvus-lite has no aliases: a serving row, replaced in place, is not itself a build."""
    store = MilvusStore(str(tmp_path / "m.db"), name="qa")
    for collection in ("qa_1_meta", "qa_1", "qa_2"):
        store.client.create_collection(collection, dimension=2)
    store.serve("qa_1")
    store.serve("qa_2")
    assert store.current() == "qa_2" and store.builds() == ["qa_1", "qa_2"]
    store.close()
    assert MilvusStore(str(tmp_path / "m.db"), name="qa").current() == "qa_2"  # reopened: still the last one


def test_documents_with_unicode_line_separators_load_whole(env: Settings) -> None:
    """json.dumps leaves U+2028 and U+0085 unescaped; the stored documents must not be cut there."""
    text = "一、总体要求\n为加快推进光谷科技创新大走廊建设，制定本方案。\u2028到2025年，研发投入超过4.2%。\x85完。\n"
    (env.corpus_dir / "separators.txt").write_text(text, encoding="utf-8")
    build(env, FakeEmbedder())
    loaded = _load(env).corpus.get("separators")  # type: ignore[attr-defined]
    assert loaded is not None and "\u2028到2025年" in loaded.text and "\x85完" in loaded.text


class _SilentEngine:
    """A MilvusClient whose embedded engine starts but never answers, `fails` times (as once late in CI)."""

    fails: ClassVar[int] = 0
    made: ClassVar[list[dict[str, object]]] = []

    def __init__(self, **kwargs: object) -> None:
        from pymilvus.exceptions import MilvusException

        type(self).made.append(kwargs)
        if len(type(self).made) <= type(self).fails:
            raise MilvusException(code=2, message="Fail connecting to server on unix:/tmp/x.sock")


@pytest.mark.parametrize("fails", [1, 2])
def test_an_engine_that_never_answers_is_stopped_and_started_once_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: int
) -> None:
    import pymilvus
    from milvus_lite.server_manager import server_manager_instance

    released: list[str] = []
    monkeypatch.setattr(_SilentEngine, "fails", fails)
    monkeypatch.setattr(_SilentEngine, "made", [])
    monkeypatch.setattr(pymilvus, "MilvusClient", _SilentEngine)
    monkeypatch.setattr(server_manager_instance, "release_server", released.append)
    store = MilvusStore(str(tmp_path / "m.db"))
    if fails == 1:
        assert isinstance(store.client, _SilentEngine)
    else:
        with pytest.raises(SearchIndexError, match=r"did not answer within 60 s, twice \(.*Fail connecting"):
            store.current()
    assert released == [str(tmp_path / "m.db")] * fails  # each silent engine stopped: it holds the file's lock
    assert [made["timeout"] for made in _SilentEngine.made] == [60, 60]
