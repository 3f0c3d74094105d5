"""Hybrid retrieval: fusion logic with a fake embedder, then the real model on the seeds."""

from __future__ import annotations

import numpy as np
import pytest

from qa.config import ROOT
from qa.errors import ValidationError
from qa.ingest import Chunk, to_simplified
from qa.search.glossary import Term
from qa.search.langchain import PolicyRetriever
from qa.search.retrieve import Retriever
from qa.service import Service, build
from tests.fakes import fake_service as make_fake_service

SEEDS = ROOT / "corpus"


@pytest.fixture(scope="module", params=["faiss", pytest.param("milvus", marks=pytest.mark.slow)])
def fake_service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Service:
    """Each retrieval test runs over both index backends (Milvus embedded: milvus-lite)."""
    return make_fake_service(tmp_path_factory.mktemp("fake"), SEEDS, request.param)


@pytest.mark.parametrize("fusion", ["weighted", "rrf", "bm25", "dense"])
def test_every_fusion_finds_an_exact_phrase(fake_service: Service, fusion: str) -> None:
    retriever = Retriever(fake_service.index, fake_service.embedder, fusion=fusion)  # type: ignore[arg-type]
    hits = retriever.search("楚天鳳鳴科創天使基金", k=3)
    assert "楚天鳳鳴" in hits[0].chunk.text
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_hits_carry_both_scores(fake_service: Service) -> None:
    hit = fake_service.retriever.search("楚天凤鸣科创天使基金", k=1)[0]
    assert "楚天鳳鳴" in hit.chunk.text  # Simplified query, Traditional passage
    assert hit.dense is not None and hit.bm25 is not None and hit.bm25 > 0


def test_bad_arguments_named(fake_service: Service) -> None:
    with pytest.raises(ValidationError, match="empty"):
        fake_service.retriever.search("   ")
    with pytest.raises(ValidationError, match="k must be between 1 and 50, got 0"):
        fake_service.retriever.search("光谷", k=0)


def test_a_homophone_typo_is_searched_as_the_best_chunks_write_it(fake_service: Service) -> None:
    """基今 (a slip for 基金, same sound) is no word and no chunk has it: the question is searched again
    as the chunks write it, so it finds exactly what the question typed right finds."""
    typed, meant = "楚天凤鸣科创天使基今", "楚天凤鸣科创天使基金"
    retriever = fake_service.retriever
    assert retriever.search(typed, k=3) == retriever.search(meant, k=3)
    as_typed = Retriever(fake_service.index, fake_service.embedder, mend_typos=False)  # type: ignore[arg-type]
    assert as_typed.search(typed, k=3) != as_typed.search(meant, k=3)


def test_full_width_digits_and_letters_are_searched_as_ascii(fake_service: Service) -> None:
    """What an input method types ("２０２５年", "Ｒ＆Ｄ") finds what the ASCII question finds."""
    retriever = fake_service.retriever
    assert retriever.search("到２０２５年Ｒ＆Ｄ经费支出占比", k=3) == retriever.search("到2025年R&D经费支出占比", k=3)


def test_english_words_in_a_chinese_question_are_searched_in_chinese_too(fake_service: Service) -> None:
    index, embedder = fake_service.index, fake_service.embedder
    question = "哪个 angel fund 投资大走廊？"
    with_glossary = Retriever(index, embedder, fusion="bm25", glossary=index.glossary)  # type: ignore[arg-type]
    plain = Retriever(index, embedder, fusion="bm25")  # type: ignore[arg-type]
    assert "天使基金" in to_simplified(with_glossary.search(question, k=1)[0].chunk.text)
    assert "天使基金" not in to_simplified(plain.search(question, k=1)[0].chunk.text)


class _Translated:
    """A keyword index and glossary stand-in: chunk 0 says every sense of "plan", chunk 1 says "high-tech"."""

    def __init__(self) -> None:
        self.manifest: dict[str, str] = {}
        self.scores = {"方案": [1.0, 0.0], "规划": [1.0, 0.0], "计划": [1.0, 0.0], "高新技术": [0.0, 2.0]}
        self.chunks = [Chunk(f"c#{i}", "c", "c.txt", "", "", 0, 1, "文", 1) for i in range(2)]
        self.glossary = self

    def keyword_scores(self, query: str) -> np.ndarray:
        return np.array(self.scores.get(query, [0.0, 0.0]), dtype=np.float32)

    def translate(self, text: str) -> tuple[Term, ...]:
        return (Term("high-tech", ("高新技术",)), Term("plan", ("方案", "规划", "计划")))


def test_an_english_phrases_translations_count_as_one_term() -> None:
    """Summed, three senses of "plan" would outweigh the one word of "high-tech"; as synonyms, each phrase counts
    once, by the best of its words."""
    index = _Translated()
    retriever = Retriever(index, None, fusion="bm25", glossary=index, mend_typos=False)  # type: ignore[arg-type]
    hits = retriever.search("high-tech plan", k=2)
    assert [h.chunk.chunk_id for h in hits] == ["c#1", "c#0"] and hits[0].bm25 == 2.0 and hits[1].bm25 == 1.0


def test_langchain_retriever_returns_documents(fake_service: Service) -> None:
    docs = PolicyRetriever(retriever=fake_service.retriever, k=2).invoke("楚天鳳鳴科創天使基金")
    assert len(docs) == 2
    meta = docs[0].metadata
    assert meta["source"] == "003_a5e75ae0d0a47dee.txt" and "楚天鳳鳴" in docs[0].page_content
    assert meta["section"].endswith("（二）促進科技金融深度融合")
    assert {"dense", "bm25"} == set(meta["scores"])


# --- the real model ---------------------------------------------------------------------------

SAME_PASSAGE = [
    ("光谷科技创新大走廊到2025年研发经费占比目标是多少？", "4.2%"),
    ("光谷科技創新大走廊到2025年研發經費佔比目標是多少？", "4.2%"),
    ("What share of GDP should R&D spending reach in the Optics Valley corridor by 2025?", "4.2%"),
    ("哪个天使基金为大走廊提供科创天使投资？", "楚天鳳鳴"),
    ("Which angel fund supports the corridor?", "楚天鳳鳴"),
    ("鄂州累计建成多少家省市级创新平台？", "151家"),
    ("鄂州累計建成多少家省市級創新平臺？", "151家"),
    ("2021年武汉高新技术企业要新增多少家？", "2000家"),
]


@pytest.fixture(scope="module", params=["faiss", "milvus"])
def real_backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The real model's service over the FAISS folder index, then over an embedded Milvus build of the seeds."""
    real: Service = request.getfixturevalue("real_service")
    if request.param == "faiss":
        return real
    settings = real.settings.with_(index_dir=tmp_path_factory.mktemp("milvus"), index_backend="milvus")
    build(settings, real.embedder)
    return Service.load(settings, real.embedder, reader=real.reader)


@pytest.mark.slow
@pytest.mark.parametrize(("question", "fact"), SAME_PASSAGE)
def test_real_model_finds_the_passage_in_any_script(real_backend: Service, question: str, fact: str) -> None:
    hits = real_backend.retriever.search(question, k=3)
    assert any(fact in h.chunk.text for h in hits), [h.chunk.text[:40] for h in hits]


@pytest.mark.slow
def test_traditional_and_simplified_queries_rank_the_same_top_hit(real_backend: Service) -> None:
    simplified = real_backend.retriever.search("黄冈（光谷）离岸科创中心什么时候建成？", k=1)[0]
    traditional = real_backend.retriever.search("黃岡（光谷）離岸科創中心什麼時候建成？", k=1)[0]
    assert simplified.chunk.chunk_id == traditional.chunk.chunk_id
    assert "黃岡（光谷）離岸科創中心" in simplified.chunk.text
