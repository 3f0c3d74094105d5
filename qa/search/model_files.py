"""What the model steps share: the e5 prompts, its tokenizer, file checksums and the atomic folder swap.

Kept apart so that the converter (`model_convert`), the ONNX embedder (`onnx_embedding`)
and the reader can all use them without importing one another.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import ModelError

PROMPTS = {"query": "query: ", "passage": "passage: "}


def load_tokenizer(model_dir: Path) -> Any:
    """The model folder's XLM-R tokenizer, parsed once per process and shared by the embedder and the reader.

    Parsing its 17 MB of JSON takes ~0.8 s and a copy's worth of memory, so one object serves both. It is
    never configured after loading (no truncation, no padding: each user does its own), which is what makes
    sharing it between threads safe.
    """
    return _parsed(Path(model_dir).resolve() / "tokenizer.json")


@lru_cache(maxsize=4)
def _parsed(path: Path) -> Any:
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # tokenizers raises its own untyped errors for a missing or damaged file
        raise ModelError(f"cannot read the tokenizer {path} ({exc}); run `make model` (or `qa prepare`)") from exc
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def padded(rows: Sequence[Sequence[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Token id rows right-padded to the longest, and their attention mask (int64, as the ONNX graphs take)."""
    ids = np.full((len(rows), max(map(len, rows))), pad_id, dtype=np.int64)
    mask = np.zeros_like(ids)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1
    return ids, mask


def sha256(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks (model files are hundreds of MiB)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def swap_in(staging: Path, target: Path) -> None:
    """Make the finished `staging` folder `target`, replacing any old one (both on one file system)."""
    if target.exists():  # a directory cannot be replaced in one step: move it aside first
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old / target.name)
        os.replace(staging, target)
        shutil.rmtree(old)
    else:
        os.replace(staging, target)
