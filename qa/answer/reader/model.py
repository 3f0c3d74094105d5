"""The reader's weights: e5-small's encoder with its top layers fine-tuned, plus a start/end head.

Only what differs from e5-small is committed (`weights/reader.safetensors`, fp16:
the fine-tuned layers and the span head); `reader.json` beside it records the
recipe, the SHA-256 and the dev-split calibration. `export_onnx` rebuilds the
full model from the converted e5 folder plus that delta and writes an int8
ONNX graph next to the embedder's (`models/e5-small/reader/`), offline.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa.answer.reader.choice import SpanChoice
from qa.answer.reader.windows import Boundaries
from qa.errors import ModelError
from qa.search import quantize, sha256, swap_in

if TYPE_CHECKING:
    import torch

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
WEIGHTS_FILE = "reader.safetensors"
CARD_FILE = "reader.json"
ONNX_SUBDIR = "reader"
ONNX_FILE = "reader_qint8.onnx"
STAMP_FILE = "qa_reader.json"
#: Bump when the export or quantisation recipe changes, so `qa prepare` redoes it.
RECIPE = "bert-qa+delta-fp16+torch-onnx-opset17+ort-dynamic-qint8-per-channel-reduce-range/2"
_FIX_WEIGHTS = "restore it with `git checkout qa/answer/reader/weights` or rebuild it with `make train-reader`"
_FIX_ONNX = "run `make model` (or `qa prepare`)"


@dataclass(frozen=True)
class Calibration:
    """P(answerable) = sigmoid(scale * margin + bias); refuse below `threshold` (all fitted on the dev split).

    `stop`: when the first (best retrieved) passage alone gives an answer this sure, the
    others are not read; chosen on the dev split so the answers barely change (1.0: never).
    `deeper`: when the best passages are refused, an answer read from the next ones must be this sure;
    chosen on the dev split so that unanswerable questions are barely ever answered from them (1.0: never)."""

    scale: float = 1.0
    bias: float = 0.0
    threshold: float = 0.5
    stop: float = 1.0
    deeper: float = 1.0


@dataclass(frozen=True)
class Card:
    """What `reader.json` records: how the weights were made, their checksum, and how to read their scores."""

    sha256: str
    frozen_layers: int
    max_len: int
    overlap: int
    calibration: Calibration
    training: dict[str, Any] = field(default_factory=dict)
    dev: dict[str, Any] = field(default_factory=dict)
    #: How a span is chosen among the reader's candidates (`qa.answer.reader.choice`; margin alone when absent).
    choice: SpanChoice = field(default_factory=SpanChoice)
    #: Where answers begin or end inside multi-character tokens (`Boundaries`; whole tokens when absent).
    boundaries: Boundaries = field(default_factory=Boundaries)

    @classmethod
    def load(cls, directory: Path = WEIGHTS_DIR) -> Card:
        path = Path(directory) / CARD_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            raw["calibration"] = Calibration(**raw["calibration"])
            raw["choice"] = SpanChoice(**raw.get("choice", {}))
            raw["boundaries"] = Boundaries(**{k: tuple(v) for k, v in raw.get("boundaries", {}).items()})
            return cls(**raw)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ModelError(f"reader card {path} is missing or unreadable ({exc}); {_FIX_WEIGHTS}") from exc

    def save(self, directory: Path) -> None:
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"
        (Path(directory) / CARD_FILE).write_text(text, encoding="utf-8")


def verified_weights(directory: Path = WEIGHTS_DIR) -> tuple[Path, Card]:
    """The weights file and its card, after checking the file's SHA-256 against the card."""
    card = Card.load(directory)
    path = Path(directory) / WEIGHTS_FILE
    if not path.is_file():
        raise ModelError(f"reader weights {path} are missing; {_FIX_WEIGHTS}")
    if sha256(path) != card.sha256:
        raise ModelError(f"reader weights {path} are damaged (SHA-256 differs from {CARD_FILE}); {_FIX_WEIGHTS}")
    return path, card


def base_model(e5_dir: Path) -> torch.nn.Module:
    """e5-small's encoder under a fresh span head (BertForQuestionAnswering: start and end logits)."""
    from transformers import BertForQuestionAnswering
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # the new head's "newly initialized" report is expected
    return BertForQuestionAnswering.from_pretrained(str(e5_dir), attn_implementation="eager", local_files_only=True)


def trainable_names(model: torch.nn.Module, frozen_layers: int) -> list[str]:
    """Parameters that training changes: encoder layers from `frozen_layers` up, and the head."""
    keep = [f"bert.encoder.layer.{i}." for i in range(frozen_layers, 64)] + ["qa_outputs."]
    return [name for name, _ in model.named_parameters() if name.startswith(tuple(keep))]


def save_delta(model: torch.nn.Module, frozen_layers: int, path: Path) -> None:
    from safetensors.torch import save_file

    state = dict(model.named_parameters())
    delta = {name: state[name].detach().to("cpu").half().contiguous() for name in trainable_names(model, frozen_layers)}
    save_file(delta, str(path))


def load_reader(e5_dir: Path, directory: Path = WEIGHTS_DIR) -> tuple[torch.nn.Module, Card]:
    """The full fine-tuned model in fp32 (e5-small + the committed delta), in eval mode."""
    import torch
    from safetensors.torch import load_file

    path, card = verified_weights(directory)
    model = base_model(e5_dir)
    delta = load_file(str(path))
    expected = set(trainable_names(model, card.frozen_layers))
    if set(delta) != expected:
        raise ModelError(f"reader weights {path} do not match e5-small's layout; {_FIX_WEIGHTS}")
    with torch.no_grad():
        params = dict(model.named_parameters())
        for name, value in delta.items():
            params[name].copy_(value.float())
    return model.eval(), card


def stamp(e5_dir: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((Path(e5_dir) / ONNX_SUBDIR / STAMP_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _source(e5_dir: Path, card: Card) -> dict[str, str]:
    """What the ONNX reader is built from: the converted e5 folder, the delta, the recipe."""
    info = json.loads((Path(e5_dir) / "qa_model.json").read_text(encoding="utf-8"))
    return {"e5_sha256": str(info["source_sha256"]), "weights_sha256": card.sha256, "recipe": RECIPE}


def is_current(e5_dir: Path, directory: Path = WEIGHTS_DIR) -> bool:
    card = Card.load(directory)
    found = stamp(e5_dir) or {}
    wanted = _source(e5_dir, card)
    return all(found.get(k) == v for k, v in wanted.items()) and (Path(e5_dir) / ONNX_SUBDIR / ONNX_FILE).is_file()


def export_onnx(e5_dir: Path, *, directory: Path = WEIGHTS_DIR, out: Path | None = None, force: bool = False) -> bool:
    """Write `<e5_dir>/reader/` (int8 graph + stamp) atomically; False when already up to date."""
    e5_dir = Path(e5_dir)
    if not force and out is None and is_current(e5_dir, directory):
        return False
    import torch

    model, card = load_reader(e5_dir, directory)
    target = Path(out) if out is not None else e5_dir / ONNX_SUBDIR
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".reader.tmp-", dir=target.parent))
    try:
        staging.chmod(0o755)
        fp32 = staging / "reader_fp32.onnx"

        class _Logits(torch.nn.Module):
            def __init__(self, inner: torch.nn.Module) -> None:
                super().__init__()
                self.inner = inner

            def forward(
                self, input_ids: torch.Tensor, attention_mask: torch.Tensor
            ) -> tuple[torch.Tensor, torch.Tensor]:
                out = self.inner(input_ids=input_ids, attention_mask=attention_mask)
                return out.start_logits, out.end_logits

        ids = torch.tensor([[0, 6, 100, 2, 2, 200, 300, 2], [0, 6, 100, 2, 2, 200, 2, 1]])
        mask = torch.tensor([[1] * 8, [1] * 7 + [0]])
        axes = {0: "batch", 1: "tokens"}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Logits(model),
                (ids, mask),
                str(fp32),
                dynamo=False,
                input_names=["input_ids", "attention_mask"],
                output_names=["start_logits", "end_logits"],
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "start_logits": axes, "end_logits": axes},
                opset_version=17,
                do_constant_folding=True,
            )
        quantize(fp32, staging / ONNX_FILE)
        fp32.unlink()
        meta = {**_source(e5_dir, card), "onnx_sha256": sha256(staging / ONNX_FILE)}
        (staging / STAMP_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def check_onnx(e5_dir: Path, directory: Path = WEIGHTS_DIR) -> Path:
    """The int8 reader graph, or a one-line error naming the fix when it is missing or stale."""
    verified_weights(directory)
    if not is_current(e5_dir, directory):
        raise ModelError(f"the int8 reader at {Path(e5_dir) / ONNX_SUBDIR} is missing or stale; {_FIX_ONNX}")
    return Path(e5_dir) / ONNX_SUBDIR / ONNX_FILE
