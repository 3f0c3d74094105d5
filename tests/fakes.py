"""A small deterministic embedder for fast unit tests (character bigram hashing)."""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Sequence

import numpy as np


class FakeEmbedder:
    model_id = "fake-bigram-hash"
    checksum = "fake-1"
    dim = 256

    def __init__(self) -> None:
        self.calls = 0
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in itertools.pairwise(text):
            v[zlib.crc32((a + b).encode()) % self.dim] += 1.0
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.calls += 1
        self.passages_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)
