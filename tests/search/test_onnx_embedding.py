"""The int8 ONNX embedder must stay close to the fp32 torch one and fail clearly without its file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa.config import Settings
from qa.errors import ModelError
from qa.search.embedding import SentenceTransformerEmbedder
from qa.search.onnx_embedding import ID_SUFFIX, ONNX_FILE, ONNX_SUBDIR, STAMP_FILE, OnnxEmbedder
from qa.service import BUILD_THREADS, make_embedder

MODEL_DIR = Settings().model_dir
HAVE_ONNX = (MODEL_DIR / ONNX_SUBDIR / ONNX_FILE).is_file()

PASSAGES = [
    "光谷科技创新大走廊发展战略规划 > 发展目标\n到2025年，研究与试验发展经费支出占地区生产总值比重超过4.2%。",
    "武汉市科技局关于印发《武汉市科技企业孵化器管理办法》的通知（武科规〔2021〕5号）",
    "表1 重点产业园区 | 园区名称 | 主导产业 | 光谷生物城 | 生物医药",
    "The plan supports young researchers with stable funding.",
    "专利",
    "支持企业牵头组建创新联合体，承担国家重大科技项目。" * 12,  # long: one batch with heavy padding
]
QUERIES = ["光谷科技创新大走廊到2025年研发经费占比目标是多少？", "楚天凤鸣基金由谁牵头？", "Which parks are listed?"]
#: Measured 0.9947 (passages) / 0.9917 (queries) minimum over 623 corpus, eval and DRCD/CMRC texts.
MIN_COSINE = 0.985


def _fake_folder(tmp_path: Path) -> Path:
    """The small JSON files of a converted folder, without weights."""
    folder = tmp_path / "e5-small"
    folder.mkdir()
    for name in ("qa_model.json", "config.json"):
        shutil.copy(MODEL_DIR / name, folder / name)
    return folder


@pytest.mark.skipif(not (MODEL_DIR / "qa_model.json").is_file(), reason="needs `make model`")
def test_missing_onnx_file_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"no int8 ONNX model .*make model"):
        OnnxEmbedder(_fake_folder(tmp_path))


@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_stale_export_is_refused(tmp_path: Path) -> None:
    folder = _fake_folder(tmp_path)
    (folder / ONNX_SUBDIR).mkdir()
    (folder / ONNX_SUBDIR / ONNX_FILE).write_bytes(b"not a graph")
    stamp = json.loads((MODEL_DIR / ONNX_SUBDIR / STAMP_FILE).read_text(encoding="utf-8"))
    stamp["source_sha256"] = "0" * 64  # exported from other weights
    (folder / ONNX_SUBDIR / STAMP_FILE).write_text(json.dumps(stamp), encoding="utf-8")
    with pytest.raises(ModelError, match="another model"):
        OnnxEmbedder(folder)


def test_no_model_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make model"):
        OnnxEmbedder(tmp_path / "absent")


@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_identity_differs_from_torch_so_indexes_never_mix() -> None:
    onnx = make_embedder(Settings().with_(embedder="onnx-int8"))
    torch = make_embedder(Settings().with_(embedder="torch"))
    assert isinstance(onnx, OnnxEmbedder) and isinstance(torch, SentenceTransformerEmbedder)
    assert onnx.model_id == torch.model_id + ID_SUFFIX
    assert onnx.checksum != torch.checksum and len(onnx.checksum) == 64
    assert onnx.dim == torch.dim == 384


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_matches_torch_embedder() -> None:
    onnx, torch = OnnxEmbedder(MODEL_DIR), SentenceTransformerEmbedder(MODEL_DIR)
    ours, theirs = onnx.embed_passages(PASSAGES), torch.embed_passages(PASSAGES)
    assert ours.shape == (len(PASSAGES), 384) and ours.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() >= MIN_COSINE, cosines.round(4)
    for query in QUERIES:
        vector = onnx.embed_query(query)
        assert vector.shape == (384,) and vector.dtype == np.float32
        assert float(vector @ torch.embed_query(query)) >= MIN_COSINE
    # A text embeds (nearly) the same alone as inside a padded batch: padding is masked out.
    alone = onnx.embed_passages(PASSAGES[:1])[0]
    assert float(alone @ ours[0]) >= 0.99
    assert onnx.embed_passages([]).shape == (0, 384)


@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_a_build_embeds_on_every_core_and_only_a_build_spins() -> None:
    build, serving = make_embedder(Settings(), build=True), make_embedder(Settings())
    assert isinstance(build, OnnxEmbedder) and isinstance(serving, OnnxEmbedder)
    assert (build.threads, build.spin, serving.threads, serving.spin) == (BUILD_THREADS, True, 1, False)


@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_passages_are_batched_longest_first_in_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """int8 activations are quantised per batch, so a passage's vector depends on its neighbours: batching
    otherwise (by tokens, say) would change the vectors of every index built before."""
    texts = ["2026年12月31日" * 12, "创新联合体承担国家重大科技项目" * 4, "R&D 2.5% 3.92%" * 8, "专利", "光谷" * 20]
    embedder = OnnxEmbedder(MODEL_DIR, batch_size=2)
    embedder.warm_up()
    tokens = {len(row): text for row, text in zip(embedder._ids(["passage: " + t for t in texts]), texts, strict=True)}
    batches: list[list[str]] = []
    run = embedder._run
    monkeypatch.setattr(embedder, "_run", lambda rows: batches.append([tokens[len(r)] for r in rows]) or run(rows))
    vectors = embedder.embed_passages(texts)
    assert batches == [sorted(texts, key=len, reverse=True)[i : i + 2] for i in (0, 2, 4)]
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[3] @ embedder.embed_passages(["专利"])[0]) >= 0.99  # its own row, not a neighbour's


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_concurrent_queries_agree() -> None:
    from concurrent.futures import ThreadPoolExecutor

    onnx = OnnxEmbedder(MODEL_DIR)
    expected = [onnx.embed_query(q) for q in QUERIES]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(onnx.embed_query, QUERIES * 4))
    for i, vector in enumerate(got):
        np.testing.assert_allclose(vector, expected[i % len(QUERIES)], atol=1e-6)


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_ONNX, reason="needs `make model`")
def test_shared_tokenizer_gives_the_vectors_of_its_own_truncation_and_padding() -> None:
    """The embedder truncates and pads itself (the tokenizer is shared with the reader, so nobody configures it);
    the vectors must be those of the tokenizer's own `enable_truncation(512)` + `enable_padding()`."""
    from tokenizers import Tokenizer

    from qa.answer.reader import load_tokenizer as reader_tokenizer
    from qa.search import load_tokenizer

    assert load_tokenizer(MODEL_DIR) is reader_tokenizer(MODEL_DIR) is load_tokenizer(MODEL_DIR.parent / MODEL_DIR.name)
    texts = [PASSAGES[0], "科技" * 700, "English policy text " * 150]  # the last two pass 512 tokens
    own = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    own.enable_truncation(max_length=512)
    own.enable_padding(pad_id=own.token_to_id("<pad>"), pad_token="<pad>")
    encodings = own.encode_batch(["passage: " + t for t in texts])
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    embedder = OnnxEmbedder(MODEL_DIR)
    embedder.warm_up()
    hidden = embedder._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    assert ids.shape[1] == 512
    np.testing.assert_allclose(embedder.embed_passages(texts), pooled, atol=1e-5)


def test_weights_are_quantised_in_seven_bits(tmp_path: Path) -> None:
    """7-bit weights (`quantize`): a u8 x s8 product sum cannot saturate on a CPU without VNNI, so every CPU
    gives the same answers. A one-MatMul graph's int8 weights stay within [-64, 64]."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from qa.search.onnx_embedding import quantize

    weights = np.random.default_rng(0).normal(size=(64, 32)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 32])],
        [numpy_helper.from_array(weights, "w")],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), tmp_path / "fp32.onnx")
    quantize(tmp_path / "fp32.onnx", tmp_path / "int8.onnx")
    stored = [numpy_helper.to_array(t) for t in onnx.load(tmp_path / "int8.onnx").graph.initializer]
    int8 = [t for t in stored if t.dtype == np.int8 and t.size == weights.size]
    assert int8 and int(np.abs(int8[0]).max()) == 64  # full 8 bits would reach 127
