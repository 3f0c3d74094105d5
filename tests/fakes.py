"""Small deterministic stand-ins for the models, for fast unit tests: an embedder (character bigram
hashing) and a reader (one token per character; the answer is the first number in the passage), and a real
`Service` built over a corpus with the fake embedder."""

from __future__ import annotations

import itertools
import shutil
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.answer.reader.model import Calibration, Card
from qa.answer.reader.runtime import LogitModel, Reader
from qa.config import Settings
from qa.service import Service, build


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


class _Encoding:
    def __init__(self, text: str) -> None:
        self.ids = [3 + ord(ch) for ch in text]
        self.offsets = [(i, i + 1) for i in range(len(text))]


class FakeTokenizer:
    """One token per character (ids ≥ 3, clear of <s>/<pad>/</s>), with exact character offsets."""

    def encode_batch(self, texts: list[str], add_special_tokens: bool = False) -> list[_Encoding]:
        return [_Encoding(t) for t in texts]


class _Pieces:
    def __init__(self, pieces: list[tuple[int, int]]) -> None:
        self.ids = [3 + k for k in range(len(pieces))]
        self.offsets = pieces


class VocabTokenizer:
    """Tokens of several characters, as XLM-R has ("美国的", "年起"): the longest of `vocab` at each position,
    else one character."""

    def __init__(self, *vocab: str) -> None:
        self.vocab = sorted(vocab, key=len, reverse=True)

    def encode_batch(self, texts: list[str], add_special_tokens: bool = False) -> list[_Pieces]:
        out = []
        for text in texts:
            pieces, i = [], 0
            while i < len(text):
                n = next((len(v) for v in self.vocab if text.startswith(v, i)), 1)
                pieces.append((i, i + n))
                i += n
            out.append(_Pieces(pieces))
        return out


DIGIT_IDS = frozenset(3 + ord(d) for d in "0123456789.%")


class FakeLogits:
    """A deterministic stand-in for the reader's graph: the answer is the first run of digits (with '.' and '%')
    in the passage part of a window; a window without digits votes "no answer" (its <s> scores highest)."""

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        start = np.full(ids.shape, -5.0, dtype=np.float32)
        end = np.full(ids.shape, -5.0, dtype=np.float32)
        start[:, 0] = end[:, 0] = 0.0
        for row in range(ids.shape[0]):
            tokens = ids[row].tolist()
            passage = [i for i, t in enumerate(tokens) if t == 2][1] + 1  # after "</s></s>"
            digits = [i for i in range(passage, len(tokens)) if tokens[i] in DIGIT_IDS]
            if digits:
                last = digits[0]
                while last + 1 < len(tokens) and tokens[last + 1] in DIGIT_IDS:
                    last += 1
                start[row, digits[0]] = end[row, last] = 5.0
        return start, end


def fake_reader(
    threshold: float = 0.5, stop: float = 1.0, model: LogitModel | None = None, deeper: float = 1.0
) -> Reader:
    """A `Reader` over the fake tokenizer and graph; margin 10 (an answer) ↦ ~1, margin -10 ↦ ~0."""
    calibration = Calibration(0.5, 0.0, threshold, stop, deeper)
    card = Card(sha256="fake", frozen_layers=4, max_len=64, overlap=16, calibration=calibration)
    return Reader(model or FakeLogits(), FakeTokenizer(), card)


def fake_service(root: Path, corpus: Path, backend: str = "faiss") -> Service:
    """A real service over a copy of `corpus` in `root`, indexed with `FakeEmbedder`: no model loads.

    `backend="milvus"`: the index is an embedded milvus-lite database in `root`."""
    shutil.copytree(corpus, root / "corpus")
    settings = Settings().with_(corpus_dir=root / "corpus", index_dir=root / "index", index_backend=backend)
    embedder = FakeEmbedder()
    build(settings, embedder)
    return Service.load(settings, embedder)
