"""An OpenAI-compatible endpoint, so existing chat clients and SDKs can ask questions unchanged.

`POST /v1/chat/completions` answers the last user message; the reply text keeps
its [n] markers and the citations travel in an extra top-level field (in the
final chunk when streaming), which OpenAI SDKs expose as extra attributes.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from flask import Blueprint, Response, current_app, jsonify

from qa.answer import Answer
from qa.errors import ValidationError
from qa.ingest import encoding
from qa.service import Service
from qa.web.api import answer_pieces, current_service, sse, sse_response, stream_error
from qa.web.components import RESPONSES, Operation, documented
from qa.web.schemas import (
    INTEGER,
    MAX_QUESTION,
    NUMBER,
    STRING,
    Boolean,
    Field,
    Integer,
    Schema,
    Text,
    array,
    check_text,
    load_json,
    nullable,
    obj,
    ref,
    shown,
)

bp = Blueprint("v1", __name__, url_prefix="/v1")

MODEL_ID = "policy-qa"
_ROLES = ("system", "developer", "user", "assistant", "tool")
_ANY_CONTENT = {"type": ["string", "array", "null"]}


#: A question in a user message: the same rules as /api/ask's `question`.
QUESTION_TEXT = Text("content", f"The question, 1–{MAX_QUESTION} characters.")


def user_text(content: object, name: str) -> str:
    """A user message's question: its string content, or its text parts (each checked) joined by line breaks.

    Other parts (images …) are skipped, but at least one text part is needed: there must be something to ask.
    """
    if isinstance(content, str):
        return check_text(name, content, MAX_QUESTION)
    if not isinstance(content, list) or not content:
        raise ValidationError(f"{name} must be a string or a list of content parts, got {shown(content)}")
    texts = []
    for j, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise ValidationError(f"{name}[{j}] must be an object with a string type, got {shown(part)}")
        if part["type"] == "text":
            texts.append(Text(f"{name}[{j}].text", QUESTION_TEXT.description).check(part.get("text")))
    if not texts:
        raise ValidationError(f"{name} must include a part of type text")
    return check_text(name, "\n".join(texts), MAX_QUESTION)


@dataclass(frozen=True)
class Messages(Field):
    """OpenAI chat messages: every user message must hold a question (the last one is asked)."""

    max_items: int = 100

    def check(self, value: object, *, from_query: bool = False) -> tuple[dict[str, Any], ...]:
        if not isinstance(value, list) or not 1 <= len(value) <= self.max_items:
            raise ValidationError(f"{self.name} must be a list of 1 to {self.max_items} messages, got {shown(value)}")
        for i, message in enumerate(value):
            if not isinstance(message, dict) or message.get("role") not in _ROLES:
                raise ValidationError(
                    f"{self.name}[{i}] must be an object with a role of {', '.join(_ROLES)}, got {shown(message)}"
                )
            content = message.get("content")
            if message["role"] == "user":
                if "content" not in message:
                    raise ValidationError(f"{self.name}[{i}].content is required in a user message")
                user_text(content, f"{self.name}[{i}].content")
            elif content is not None and not isinstance(content, str | list):
                raise ValidationError(
                    f"{self.name}[{i}].content must be a string, a list or null, got {shown(content)}"
                )
        if not any(message["role"] == "user" for message in value):
            raise ValidationError(f"{self.name} must include a message with role user")
        return tuple(value)

    def json_schema(self) -> dict[str, Any]:
        return {
            **array(ref("ChatMessage")),
            "minItems": 1,
            "maxItems": self.max_items,
            "contains": {"type": "object", "properties": {"role": {"const": "user"}}, "required": ["role"]},
            "description": self.description,
        }


@dataclass(frozen=True)
class ChatRequest:
    messages: tuple[dict[str, Any], ...]
    model: str | None
    stream: bool
    top_k: int


CHAT = Schema(
    "ChatCompletionRequest",
    ChatRequest,
    (
        Messages("messages", "The conversation; the last `user` message is the question.", required=True),
        Text("model", "Any name: there is one model.", max_length=200, nullable=True),
        Boolean("stream", "Stream OpenAI-style `chat.completion.chunk` events.", default=False, nullable=True),
        Integer("top_k", "Extension: how many passages to retrieve.", default=5, nullable=True),
    ),
    allow_extra=True,  # SDKs send temperature, max_tokens …, which do not apply to a retrieval answerer
)

CHAT_RESPONSES: dict[str, dict[str, Any]] = RESPONSES | {
    "ChatMessage": {
        "anyOf": [
            obj({"role": {"type": "string", "const": "user"}, "content": ref("UserContent")}, extra=True),
            obj(
                {"role": {"type": "string", "enum": [r for r in _ROLES if r != "user"]}, "content": _ANY_CONTENT},
                optional=("content",),
                extra=True,
            ),
        ]
    },
    "UserContent": {
        "description": "The question, or content parts whose text parts (joined by line breaks, "
        f"{MAX_QUESTION} characters at most) are the question.",
        "anyOf": [
            QUESTION_TEXT.json_schema(),
            {
                **array(ref("ContentPart")),
                "minItems": 1,
                "contains": {"type": "object", "properties": {"type": {"const": "text"}}, "required": ["type"]},
            },
        ],
    },
    "ContentPart": {
        "anyOf": [
            obj({"type": {"type": "string", "const": "text"}, "text": QUESTION_TEXT.json_schema()}, extra=True),
            obj({"type": {"type": "string", "not": {"const": "text"}}}, extra=True),
        ]
    },
    "ChatCompletion": obj(
        {
            "id": STRING,
            "object": {"type": "string", "const": "chat.completion"},
            "created": INTEGER,
            "model": STRING,
            "choices": array(
                obj({"index": INTEGER, "message": obj({"role": STRING, "content": STRING}), "finish_reason": STRING})
            ),
            "usage": obj({"prompt_tokens": INTEGER, "completion_tokens": INTEGER, "total_tokens": INTEGER}),
            "citations": array(ref("Citation")),
            "see_also": array(ref("Citation")),
            "confidence": nullable(NUMBER),
        }
    ),
    "ModelList": obj(
        {
            "object": {"type": "string", "const": "list"},
            "data": array(obj({"id": STRING, "object": STRING, "created": INTEGER, "owned_by": STRING})),
        }
    ),
}


def question_of(messages: tuple[dict[str, Any], ...]) -> str:
    """The last user message's text (string content, or the text parts of a content list)."""
    for i in range(len(messages) - 1, -1, -1):
        if messages[i]["role"] == "user":
            return user_text(messages[i].get("content"), f"messages[{i}].content")
    raise ValidationError("messages must include a message with role user")


def count_tokens(service: Service, text: str) -> int:
    """Tokens in the index's own encoding (cl100k_base by default); characters if it cannot load."""
    try:
        return len(encoding(service.settings.token_encoding, service.settings.tiktoken_cache_dir).encode(text))
    except (OSError, ValueError):
        return len(text)


def citation_fields(answer: Answer) -> dict[str, Any]:
    return {
        "citations": [asdict(c) for c in answer.citations],
        "see_also": [asdict(c) for c in answer.see_also],
        "confidence": answer.confidence,
    }


def completion_json(service: Service, answer: Answer, completion_id: str, created: int) -> dict[str, Any]:
    prompt, completion = count_tokens(service, answer.question), count_tokens(service, answer.answer)
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": MODEL_ID,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.answer}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
        **citation_fields(answer),
    }


def chunk_json(
    completion_id: str, created: int, delta: dict[str, Any], finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL_ID,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def completion_events(
    service: Service, question: str, top_k: int, completion_id: str, logger: logging.Logger
) -> Iterator[str]:
    """role chunk → content pieces → a final chunk with finish_reason and citations → [DONE]."""
    created = int(time.time())
    try:
        answer = service.ask(question, top_k)
        yield sse(None, chunk_json(completion_id, created, {"role": "assistant", "content": ""}))
        for piece in answer_pieces(answer.answer):
            yield sse(None, chunk_json(completion_id, created, {"content": piece}))
        yield sse(None, chunk_json(completion_id, created, {}, "stop", **citation_fields(answer)))
    except Exception as exc:
        yield sse(None, stream_error(exc, logger))  # OpenAI SDKs raise on a chunk with "error"
    yield "data: [DONE]\n\n"


_STREAM = (
    "With `stream: true`: `data: {chat.completion.chunk}` events, the last one with `finish_reason` "
    "and the extra `citations` / `see_also` fields, then `data: [DONE]`."
)


@bp.post("/chat/completions")
@documented(
    Operation(
        "OpenAI-compatible chat completion: answers the last user message",
        {200: "ChatCompletion", 400: "Error", 413: "Error", 415: "Error", 422: "Error"},
        body=CHAT,
        stream=_STREAM,
        components=CHAT_RESPONSES,
    )
)
def chat_completions() -> Response:
    req = load_json(CHAT)
    question = question_of(req.messages)
    service = current_service()
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    if req.stream:
        return sse_response(completion_events(service, question, req.top_k, completion_id, current_app.logger))
    answer = service.ask(question, req.top_k)
    return jsonify(completion_json(service, answer, completion_id, int(time.time())))


@bp.get("/models")
@documented(Operation("The one model this service offers", {200: "ModelList"}, components=CHAT_RESPONSES))
def models() -> Response:
    return jsonify(object="list", data=[{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "policy-qa"}])
