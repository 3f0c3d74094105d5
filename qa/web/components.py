"""The API's response schemas (OpenAPI components) and what each view documents.

Tests check real responses against these schemas, and `qa.web.openapi` builds the
OpenAPI document from them and the routes, so the document cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from qa.web.schemas import BOOLEAN, INTEGER, NUMBER, STRING, Schema, array, nullable, obj, ref

# --- the responses (OpenAPI components; tests check real responses against them) ---------------

_CITATION = obj(
    {
        "n": INTEGER,
        "doc_id": STRING,
        "source": STRING,
        "title": STRING,
        "section": STRING,
        "quote": STRING,
        "start": INTEGER,
        "end": INTEGER,
        "score": NUMBER,
        "page": nullable(INTEGER),
    }
)
_LANGUAGE = {"type": "string", "enum": ["zh-Hans", "zh-Hant", "en"]}
_TIMINGS = {"type": "object", "additionalProperties": NUMBER}
_HIT_FIELDS = {"doc_id": STRING, "source": STRING, "title": STRING, "section": STRING, "text": STRING}
_SPAN = {"start": INTEGER, "end": INTEGER, "score": NUMBER}
_META = {"date": nullable(STRING), "issuer": nullable(STRING), "doc_number": nullable(STRING), "script": _LANGUAGE}

RESPONSES: dict[str, dict[str, Any]] = {
    "Error": obj({"error": obj({"code": STRING, "message": STRING})}),
    "Status": obj(
        {"status": {"type": "string", "enum": ["ok", "ready", "loading", "failed"]}, "message": STRING},
        optional=("message",),
    ),
    "Citation": _CITATION,
    "Answer": obj(
        {
            "question": STRING,
            "answer": STRING,
            "answerable": BOOLEAN,
            "short_answer": nullable(STRING),
            "language": _LANGUAGE,
            "citations": array(ref("Citation")),
            "see_also": array(ref("Citation")),
            "qtype": STRING,
            "mode": {"type": "string", "enum": ["extractive", "generative", "extractive-fallback"]},
            "notice": nullable(STRING),
            "timings_ms": _TIMINGS,
            "confidence": nullable(NUMBER),
        }
    ),
    "Hit": obj({**_HIT_FIELDS, **_SPAN, "scores": obj({"dense": nullable(NUMBER), "bm25": nullable(NUMBER)})}),
    "SearchResult": obj({"hits": array(ref("Hit"))}),
    "DocumentSummary": obj(
        {"doc_id": STRING, "source": STRING, "title": STRING, **_META, "chars": INTEGER, "sections": INTEGER}
    ),
    "DocumentList": obj({"documents": array(ref("DocumentSummary"))}),
    "Section": obj(
        {
            "id": INTEGER,
            "kind": STRING,
            "level": INTEGER,
            "title": STRING,
            "path": array(STRING),
            "start": INTEGER,
            "end": INTEGER,
            "body_end": INTEGER,
            "parent": nullable(INTEGER),
        }
    ),
    "Document": obj(
        {
            "doc_id": STRING,
            "source": STRING,
            "title": STRING,
            "meta": obj({"title": STRING, **_META}),
            "text": STRING,
            "sections": array(ref("Section")),
        }
    ),
}

# --- operations: what each view documents ------------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Operation:
    """The OpenAPI description of one view; `responses` maps status to a component name or a description."""

    summary: str
    responses: Mapping[int, str]
    body: Schema[Any] | None = None
    query: Schema[Any] | None = None
    #: JSON Schemas of path parameters (default: any string).
    path: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    #: 200 may also be `text/event-stream`: what the events carry, in words (their data is JSON text) …
    stream: str | None = None
    #: … and the event names it sends ("message" is an event without an `event:` line).
    events: tuple[str, ...] = ("message",)
    tags: tuple[str, ...] = ()
    #: The response components this operation refers to (the builder merges them).
    components: Mapping[str, dict[str, Any]] = field(default_factory=lambda: RESPONSES)


def event_schema(names: tuple[str, ...]) -> dict[str, Any]:
    """One server-sent event, as OpenAPI 3.1 tools read a `text/event-stream` schema: its name and data line."""
    return obj({"event": {"type": "string", "enum": list(names)}, "data": STRING})


def documented(operation: Operation) -> Callable[[F], F]:
    """Attach `operation` to a view so the OpenAPI builder finds it next to the route."""

    def attach(view: F) -> F:
        view.openapi = operation  # type: ignore[attr-defined]
        return view

    return attach
