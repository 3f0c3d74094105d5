"""The JSON API under /api: ask (JSON or server-sent events), search, documents, and its OpenAPI document.

Views only validate, call the service and shape JSON; errors are raised and
turned into JSON by `qa.web.errors`. The OpenAPI document is generated from
the app's own routes and the schemas that validate requests, so it cannot
drift from the code.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from flask import Blueprint, Response, current_app, jsonify, request

from qa.answer import Answer
from qa.errors import NotFoundError, QAError
from qa.ingest import Document, Section
from qa.search import Hit
from qa.web.components import Operation, documented
from qa.web.errors import ApiError
from qa.web.openapi import openapi_document
from qa.web.schemas import ASK, CONTROLS, SEARCH, load_json, load_query, shown

if TYPE_CHECKING:
    from qa.service import Service
    from qa.web import ServiceSlot

bp = Blueprint("api", __name__, url_prefix="/api")

#: Document ids are file stems, never a path: no slash, backslash, whitespace or control character, no leading
#: dot, at most 128 characters. Written so ECMA-262 (the OpenAPI pattern) and Python read it alike: a class, not `\w`
#: (ASCII-only in ECMA, so it would refuse Chinese file names), and U+FEFF named (ECMA's `\s` has it, Python's not).
_NOT_IN_ID = rf"\s\ufeff{CONTROLS}/\\"
DOC_ID = re.compile(rf"[^{_NOT_IN_ID}.][^{_NOT_IN_ID}]{{0,127}}")
#: The `doc_id` path parameter as the OpenAPI document describes it (here and under /admin/documents).
DOC_ID_PATH = {"doc_id": {"type": "string", "pattern": f"^{DOC_ID.pattern}$"}}
_ID_RULE = "1–128 characters, no leading dot, no slash, backslash, whitespace or control character"
_BODY_ERRORS = {400: "Error", 413: "Error", 415: "Error", 422: "Error"}


def checked_doc_id(doc_id: str) -> str:
    """`doc_id` when it can name a document (`DOC_ID`); else a 400 naming the rule, the same on every endpoint."""
    if not DOC_ID.fullmatch(doc_id):
        raise ApiError(400, "invalid_document_id", f"document id must be a file stem ({_ID_RULE}), got {shown(doc_id)}")
    return doc_id


def current_service() -> Service:
    """The app's loaded service (the readiness gate has already turned "still loading" into a 503)."""
    slot: ServiceSlot = current_app.extensions["qa"]
    return slot.require()


# --- JSON shapes -------------------------------------------------------------------------------


def hit_json(hit: Hit) -> dict[str, Any]:
    c = hit.chunk
    return {
        "doc_id": c.doc_id,
        "source": c.source,
        "title": c.title,
        "section": c.section,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "score": hit.score,
        "scores": {"dense": hit.dense, "bm25": hit.bm25},
    }


def document_summary(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "date": meta.date,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "script": meta.script,
        "chars": len(doc.text),
        "sections": len(doc.sections),
    }


def section_json(section: Section) -> dict[str, Any]:
    keys = ("id", "kind", "level", "title", "start", "end", "body_end", "parent")
    return {key: getattr(section, key) for key in keys} | {"path": list(section.path)}


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "meta": asdict(doc.meta),
        "text": doc.text,
        "sections": [section_json(s) for s in doc.sections],
    }


# --- streaming ---------------------------------------------------------------------------------

#: Where an answer may be cut for streaming: after its [n] markers, or after a sentence end without one.
_BOUNDARY = re.compile(r"(?:\[\d+\])+|[。！？!?](?!\s*\[\d)")
_MARKER = re.compile(r"\[\d+\]")
_MARKERS_ONLY = re.compile(r"(?:\[\d+\])*")


def answer_pieces(text: str, size: int = 24) -> list[str]:
    """The answer in sentence-sized pieces (long ones cut every `size` characters, never inside `[n]`).

    Joining the pieces gives the text back exactly.
    """
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return [part for piece in pieces for part in _cut(piece, size) if part]


def _cut(piece: str, size: int) -> list[str]:
    markers = [m.span() for m in _MARKER.finditer(piece)]
    cuts = [0]
    position = size
    while position < len(piece):
        position = next((end for begin, end in markers if begin < position < end), position)
        if _MARKERS_ONLY.fullmatch(piece[position:]):
            break  # a citation marker stays with its sentence
        cuts.append(position)
        position += size
    cuts.append(len(piece))
    return [piece[a:b] for a, b in itertools.pairwise(cuts)]


def sse(event: str | None, data: object) -> str:
    """One server-sent event; the data is one line of JSON (json.dumps escapes newlines)."""
    line = f"data: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"
    return f"event: {event}\n{line}" if event else line


def sse_response(events: Iterable[str]) -> Response:
    response = Response(events, mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Accel-Buffering"] = "no"  # proxies must not hold the stream back
    return response


def stream_error(exc: Exception, logger: logging.Logger) -> dict[str, Any]:
    """What a stream says when it fails after the 200 went out (the status can no longer change)."""
    if isinstance(exc, QAError):
        return {"error": {"code": exc.code, "message": str(exc)}}
    logger.exception("streaming failed")
    return {"error": {"code": "internal_error", "message": "the answer failed; it has been logged"}}


def final_fields(answer: Answer) -> dict[str, Any]:
    """Everything about the answer except its text (already streamed) and timings (sent last)."""
    fields = answer.to_dict()
    del fields["answer"], fields["timings_ms"]
    return fields


def ask_events(service: Service, question: str, top_k: int, logger: logging.Logger) -> Iterator[str]:
    """hits → answer pieces → citations → done. Retrieval and answering are separate steps so hits arrive first."""
    try:
        started = time.perf_counter()
        hits = service.search(question, top_k)
        retrieved = time.perf_counter()
        yield sse("hits", [hit_json(hit) for hit in hits])
        answer = service.answer(question, hits)
        done = time.perf_counter()
        for piece in answer_pieces(answer.answer) or [""]:  # at least one `answer` event
            yield sse("answer", {"delta": piece})
        yield sse("citations", final_fields(answer))
        timings = {"retrieve": retrieved - started, "answer": done - retrieved, "total": done - started}
        yield sse("done", answer.timings_ms | {k: round(1000 * v, 2) for k, v in timings.items()})
    except Exception as exc:
        yield sse("error", stream_error(exc, logger))


def wants_stream(stream: bool | None) -> bool:
    """An explicit `stream` wins; otherwise a client that accepts text/event-stream by name gets events."""
    if stream is not None:
        return stream
    return any(value == "text/event-stream" and quality > 0 for value, quality in request.accept_mimetypes)


# --- routes ------------------------------------------------------------------------------------

_ASK_STREAM = (
    "With `stream: true` or `Accept: text/event-stream`: server-sent events `hits` (list of Hit), "
    "`answer` (`{delta}` pieces of the answer text), `citations` (the Answer without text and timings), "
    "`done` (timings in ms); `error` (`{error: {code, message}}`) if it fails midway."
)


@bp.post("/ask")
@documented(
    Operation(
        "Answer a question with citations",
        {200: "Answer", **_BODY_ERRORS},
        body=ASK,
        stream=_ASK_STREAM,
        events=("hits", "answer", "citations", "done", "error"),
    )
)
def ask() -> Response:
    req = load_json(ASK)
    service = current_service()
    if wants_stream(req.stream):
        return sse_response(ask_events(service, req.question, req.top_k, current_app.logger))
    return jsonify(service.ask(req.question, req.top_k).to_dict())


@bp.get("/search")
@documented(Operation("Ranked passages for a query", {200: "SearchResult", 400: "Error", 422: "Error"}, query=SEARCH))
def search() -> Response:
    req = load_query(SEARCH)
    hits = current_service().retriever.search(req.q, k=req.k)
    return jsonify(hits=[hit_json(hit) for hit in hits])


@bp.get("/documents")
@documented(Operation("The loaded documents", {200: "DocumentList"}))
def documents() -> Response:
    return jsonify(documents=[document_summary(doc) for doc in current_service().corpus.documents])


@bp.get("/documents/<doc_id>")
@documented(
    Operation(
        "One cleaned document with its section tree",
        {200: "Document", 400: "Error", 404: "Error"},
        path=DOC_ID_PATH,
    )
)
def document(doc_id: str) -> Response:
    """Ids select from the loaded corpus only (never a file path); odd ones are refused before the lookup."""
    doc = current_service().corpus.get(checked_doc_id(doc_id))
    if doc is None:
        raise NotFoundError(f"no document {shown(doc_id)}")
    return jsonify(document_json(doc))


@bp.get("/openapi.json")
@documented(Operation("This OpenAPI document", {200: "OpenAPI 3.1 document"}))
def openapi() -> Response:
    return jsonify(openapi_document(current_app))
