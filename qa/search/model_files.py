"""What the model-preparation steps share: the e5 prompts, file checksums and the atomic folder swap.

Kept apart so that the converter (`model_convert`), the ONNX export (`onnx_embedding`)
and the reader's export can all use them without importing one another.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

PROMPTS = {"query": "query: ", "passage": "passage: "}


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
