"""The staff chat page, the full-document page and the script-conversion table they use.

Pages are server-rendered shells only: every piece of document text or answer
is fetched from the JSON API by static JavaScript and inserted as text nodes,
so untrusted content never reaches the HTML (and the CSP forbids inline code).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import opencc
from flask import Blueprint, Response, current_app, render_template

from qa.errors import DocumentError
from qa.ingest import SHOWN_TRADITIONAL, Document, corpus_files, load_corpus

bp = Blueprint("chat", __name__)

#: Example questions offered to a first-time user (Simplified and Traditional; the reader answers English
#: questions poorly for now, see the README).
EXAMPLES = (
    "到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？",
    "黃岡（光谷）離岸科創中心引進了多少家孵化企業？",
    "光谷科技創新大走廊由哪個單位牽頭建設？",
)

#: Character blocks covered by the conversion table: CJK Unified Ideographs and Extension A.
_HAN_BLOCKS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))


def _settings_corpus_dir() -> Path:
    return Path(current_app.config["QA_SETTINGS"].corpus_dir)


def _fingerprint(corpus_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """File names, sizes and modification times: a changed corpus invalidates the cache."""
    try:
        files = corpus_files(corpus_dir)
    except OSError:
        return ()
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files)


@lru_cache(maxsize=4)
def _documents(corpus_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> tuple[Document, ...]:
    del fingerprint  # part of the cache key only
    try:
        return load_corpus(corpus_dir).documents
    except DocumentError:
        return ()


def corpus_documents() -> tuple[Document, ...]:
    """The documents the API serves: the loaded service's corpus, or (while the model is still
    loading) the corpus folder read directly, cached until a file in it changes."""
    slot = current_app.extensions.get("qa")
    service = getattr(slot, "service", None)
    if service is not None:
        return tuple(service.corpus.documents)
    corpus_dir = _settings_corpus_dir()
    return _documents(corpus_dir, _fingerprint(corpus_dir))


@lru_cache(maxsize=1)
def script_map() -> dict[str, dict[str, str]]:
    """One-character Traditional↔Simplified mappings from OpenCC, for client-side display conversion.

    Only one-to-one mappings of single BMP characters are kept, so converting a text
    never changes its length and citation offsets stay valid on converted text. "s2t" is
    shown in the forms the server answers Traditional askers in (`SHOWN_TRADITIONAL`).
    """
    chars = [chr(c) for lo, hi in _HAN_BLOCKS for c in range(lo, hi + 1)]
    table: dict[str, dict[str, str]] = {}
    for name, config in (("t2s", "t2s"), ("s2t", SHOWN_TRADITIONAL)):
        converted = str(opencc.OpenCC(config).convert("\n".join(chars))).split("\n")
        if len(converted) != len(chars):  # pragma: no cover - OpenCC keeps line breaks
            raise RuntimeError(f"OpenCC {name} changed the number of lines")
        table[name] = {a: b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}
    return table


@bp.get("/")
def index() -> str:
    return render_template("index.html", examples=EXAMPLES, documents=corpus_documents())


@bp.get("/documents/<doc_id>")
def document(doc_id: str) -> tuple[str, int]:
    known = {doc.doc_id: doc for doc in corpus_documents()}
    doc = known.get(doc_id)
    return render_template("document.html", doc_id=doc_id, doc=doc), 200 if doc else 404


@bp.get("/static-data/zh-map.json")
def zh_map() -> Response:
    body: Any = json.dumps(script_map(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    response = Response(body, mimetype="application/json")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
