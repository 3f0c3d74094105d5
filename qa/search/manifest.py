"""What every index build records about itself, whichever backend holds it.

The manifest names the model, chunking and normalisation a build was made
with and each document's hash; a service refuses a build made with other
settings (`mismatch`) with a one-line message naming the fix.
"""

from __future__ import annotations

import contextlib
import platform
import time
from collections.abc import Sequence
from importlib import metadata
from typing import TYPE_CHECKING, Any

from qa.ingest import Chunk, Corpus

if TYPE_CHECKING:
    from qa.search.index import IndexSpec

#: 3: the manifest lists every file's size and SHA-256. 4: a heading line's own body before a table is indexed.
#: 6: the glossary reads a name as the dictionary romanises it (`qa.search.glossary.gloss_keys`: Shaanxi).
FORMAT = 6
#: Changes whenever `qa.search.keyword.tokenize` changes, so stale keyword indexes are refused.
KEYWORD_TOKENS = "jieba-search+han-bigrams+bigram-pinyin"
#: The command named by every error an operator can fix by rebuilding.
FIX = "run `make index` (or `qa index`)"


def versions() -> dict[str, str]:
    names = ["faiss-cpu", "pymilvus", "sentence-transformers", "torch", "bm25s", "jieba", "opencc"]
    out = {"python": platform.python_version()}
    for name in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[name] = metadata.version(name)
    return out


def describe(
    corpus: Corpus, chunks: Sequence[Chunk], spec: IndexSpec, read_at: float | None, keyword_tokens: str
) -> dict[str, Any]:
    """The manifest fields both backends share (each adds what it stores and how to check it)."""
    return {
        "format": FORMAT,
        "model": {"id": spec.model_id, "checksum": spec.model_checksum, "dim": spec.dim},
        "chunking": {"max_tokens": spec.chunk_tokens, "encoding": spec.token_encoding},
        "normalisation": spec.normalisation,
        "keyword_tokens": keyword_tokens,
        "documents": {
            d.doc_id: {
                "source": d.source,
                "sha256": d.content_hash,
                "chunks": sum(c.doc_id == d.doc_id for c in chunks),
            }
            for d in corpus.documents
        },
        "unreadable": [{"source": e.path.name, "reason": e.reason} for e in corpus.errors],
        "corpus_read_at": read_at,
        "chunks": len(chunks),
        "versions": versions(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def mismatch(manifest: dict[str, Any], spec: IndexSpec, keyword_tokens: str = KEYWORD_TOKENS) -> str | None:
    """Why a build cannot serve this process (other model, chunking, normalisation or format), or None."""
    built = (
        manifest["model"]["id"],
        manifest["model"]["checksum"],
        manifest["model"]["dim"],
        manifest["chunking"]["max_tokens"],
        manifest["chunking"]["encoding"],
    )
    wanted = (spec.model_id, spec.model_checksum, spec.dim, spec.chunk_tokens, spec.token_encoding)
    labels = ("model", "model checksum", "dimension", "chunk tokens", "token encoding")
    for label, a, b in zip(labels, built, wanted, strict=True):
        if a != b:
            return f"index was built with {label} {a!r} but this service uses {b!r}; {FIX}"
    if manifest.get("normalisation") != spec.normalisation:
        return f"index was built with normalisation {manifest.get('normalisation')!r}; {FIX}"
    if (manifest.get("format"), manifest.get("keyword_tokens")) != (FORMAT, keyword_tokens):
        return f"index was built by an older version of the service; {FIX}"
    return None
