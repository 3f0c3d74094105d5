"""Hostile and malformed requests: each gets a JSON 4xx (or, for odd but valid questions, a normal answer).

No input may produce a 5xx, and the app keeps answering afterwards. One app
serves the whole module, so damage from one case would show in the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from qa.service import Service
from qa.web import create_app
from tests.web_fixtures import QUESTION, web_service_fixture  # noqa: F401  (registers the fixture)

JSON = "application/json"
ASK = "/api/ask"
CHAT = "/v1/chat/completions"


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    status: int
    code: str | None = None
    #: keyword arguments for the test client (json=…, data=…, content_type=…, headers=…)
    request: dict[str, Any] = field(default_factory=dict)
    #: a substring the error message must contain (it names the field and the bad value)
    message: str | None = None


def ask(body: Any, status: int = 422, code: str | None = "invalid_request", message: str | None = None) -> Case:
    return Case("POST", ASK, status, code, {"json": body}, message)


def raw(
    data: bytes,
    status: int = 400,
    code: str | None = "invalid_json",
    content_type: str = JSON,
    message: str | None = None,
) -> Case:
    return Case("POST", ASK, status, code, {"data": data, "content_type": content_type}, message)


def chat(messages: Any, **extra: Any) -> Case:
    return Case("POST", CHAT, 422, "invalid_request", {"json": {"model": "m", "messages": messages, **extra}})


REJECTED: dict[str, Case] = {
    # the question
    "empty question": ask({"question": ""}, message="question must not be empty"),
    "whitespace question": ask({"question": " \n\t\u3000 "}, message="question must not be empty"),
    "missing question": ask({"top_k": 3}, message="question is required"),
    "null question": ask({"question": None}, message="question must be a string, got null"),
    "number question": ask({"question": 42}, message="got 42"),
    "list question": ask({"question": ["光谷"]}),
    "object question": ask({"question": {"text": "光谷"}}),
    "question too long": ask({"question": "光" * 1001}, message="at most 1000 characters, got 1001"),
    "NUL in question": ask({"question": "光谷\u0000科技"}, message="U+0000"),
    "escape char in question": ask({"question": "光谷\u001b[31m"}, message="control character"),
    "lone surrogate": raw(b'{"question": "\\ud800 x"}', 422, "invalid_request", message="surrogate U+D800"),
    # top_k
    "top_k zero": ask({"question": "光谷", "top_k": 0}, message="top_k must be an integer between 1 and 20, got 0"),
    "top_k too big": ask({"question": "光谷", "top_k": 21}, message="got 21"),
    "top_k negative": ask({"question": "光谷", "top_k": -1}, message="got -1"),
    "top_k huge": ask({"question": "光谷", "top_k": 10**30}),
    "top_k float": ask({"question": "光谷", "top_k": 2.5}, message="got 2.5"),
    "top_k whole float": ask({"question": "光谷", "top_k": 5.0}, message="got 5.0"),
    "top_k bool": ask({"question": "光谷", "top_k": True}, message="got true"),
    "top_k string": ask({"question": "光谷", "top_k": "5"}, message='got "5"'),
    "top_k null": ask({"question": "光谷", "top_k": None}, message="got null"),
    # other fields
    "stream string": ask({"question": "光谷", "stream": "yes"}, message='stream must be true or false, got "yes"'),
    "stream number": ask({"question": "光谷", "stream": 1}, message="got 1"),
    "extra field": ask({"question": "光谷", "topk": 3}, message='unknown field "topk"'),
    # the body
    "array body": ask(["光谷"], 400, "not_an_object"),
    "string body": ask("光谷", 400, "not_an_object"),
    "null body": raw(b"null", code="not_an_object"),
    "number body": ask(5, 400, "not_an_object"),
    "invalid JSON": raw(b'{"question": '),
    "single quotes": raw(b"{'question': 'x'}"),
    "empty body": raw(b""),
    "NaN": raw(b'{"question": "x", "top_k": NaN}', message="NaN is not valid JSON"),
    "trailing garbage": raw(b'{"question": "x"} extra'),
    "5000-digit number": raw(b'{"question": "x", "top_k": ' + b"9" * 5000 + b"}"),
    "deep nesting": raw(b"[" * 30_000 + b"]" * 30_000),
    "invalid UTF-8": raw('{"question": "光谷'.encode() + b'\xff\xfe"}', code="invalid_utf8"),
    "latin-1 body": raw('{"question": "café"}'.encode("latin-1"), code="invalid_utf8"),
    "1 MB body": raw(b'{"question": "' + b"x" * 1_000_000 + b'"}', 413, "payload_too_large"),
    # content type
    "no content type": raw(b'{"question": "x"}', 415, "unsupported_media_type", ""),
    "text/plain": raw(b'{"question": "x"}', 415, "unsupported_media_type", "text/plain"),
    "form encoded": Case("POST", ASK, 415, "unsupported_media_type", {"data": {"question": "x"}}),
    "multipart": raw(b"--b\r\n\r\nx\r\n--b--", 415, "unsupported_media_type", "multipart/form-data; boundary=b"),
    # routes and methods
    "unknown route": Case("GET", "/api/nope", 404, "not_found"),
    "unknown top route": Case("POST", "/admin", 404, "not_found"),
    "GET ask": Case("GET", ASK, 405, "method_not_allowed"),
    "PUT ask": Case("PUT", ASK, 405, "method_not_allowed"),
    "DELETE documents": Case("DELETE", "/api/documents", 405, "method_not_allowed"),
    "POST search": Case("POST", "/api/search", 405, "method_not_allowed"),
    "GET chat": Case("GET", CHAT, 405, "method_not_allowed"),
    # document ids
    "unknown document": Case("GET", "/api/documents/nope", 404, "not_found"),
    "dot-dot": Case("GET", "/api/documents/..", 400, "invalid_document_id"),
    "encoded dot-dot": Case("GET", "/api/documents/%2e%2e", 400, "invalid_document_id"),
    "encoded traversal": Case("GET", "/api/documents/..%2f..%2fetc%2fpasswd", 404, "not_found"),
    "traversal": Case("GET", "/api/documents/../../etc/passwd", 404, "not_found"),
    "NUL in id": Case("GET", "/api/documents/003%00.txt", 400, "invalid_document_id"),
    "dot file id": Case("GET", "/api/documents/.env", 400, "invalid_document_id"),
    "very long id": Case("GET", "/api/documents/" + "a" * 500, 400, "invalid_document_id"),
    "backslash id": Case("GET", "/api/documents/..%5c..%5cwin.ini", 400, "invalid_document_id"),
    # search query strings
    "search without q": Case("GET", "/api/search", 422, "invalid_request", message="q is required"),
    "search empty q": Case("GET", "/api/search?q=%20", 422, "invalid_request", message="q must not be empty"),
    "search k word": Case("GET", "/api/search?q=x&k=abc", 422, "invalid_request", message="k must be an integer"),
    "search k zero": Case("GET", "/api/search?q=x&k=0", 422, "invalid_request", message="got 0"),
    "search k float": Case("GET", "/api/search?q=x&k=1.5", 422, "invalid_request"),
    "search NUL": Case("GET", "/api/search?q=%00", 422, "invalid_request", message="U+0000"),
    "search q too long": Case("GET", "/api/search?q=" + "x" * 1001, 422, "invalid_request"),
    # OpenAI-compatible
    "chat no messages": Case("POST", CHAT, 422, "invalid_request", {"json": {"model": "m"}}),
    "chat empty messages": chat([]),
    "chat messages not a list": chat("hello"),
    "chat bad role": chat([{"role": "wizard", "content": "hi"}]),
    "chat no user message": chat([{"role": "system", "content": "hi"}]),
    "chat content number": chat([{"role": "user", "content": 5}]),
    "chat empty content": chat([{"role": "user", "content": "  "}]),
    "chat stream string": chat([{"role": "user", "content": "光谷"}], stream="yes"),
    "chat array body": Case("POST", CHAT, 400, "not_an_object", {"json": [1, 2]}),
    "chat wrong content type": Case("POST", CHAT, 415, "unsupported_media_type", {"data": "{}"}),
}

#: Odd but valid questions: answered normally (an answer or an honest refusal), never an error.
ODD_QUESTIONS = {
    "emoji": "😀🚀🇨🇳 光谷有多少家企业？",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "sql": "'; DROP TABLE documents; -- 光谷 OR 1=1",
    "punctuation only": "？？？！！！",
    "full-width": "ＡＢＣ１２３　光谷",
    "right-to-left": "\u202e光谷科技\u202c مرحبا",
    "zero-width": "光\u200b谷\u200d科技",
    "1000 characters": "光谷科技创新大走廊" * 111 + "光",
    "path-like": "../../etc/passwd",
    "template": "{{7*7}} ${jndi:ldap://x} %s%n",
    "newlines and tabs": "光谷\n科技\t创新？",
}


@pytest.fixture(scope="module")
def served_app(web_service: Service) -> Flask:
    return create_app(web_service.settings, service=web_service)


@pytest.fixture()
def client(served_app: Flask) -> FlaskClient:
    return served_app.test_client()


def _still_serving(client: FlaskClient) -> None:
    response = client.post(ASK, json={"question": QUESTION})
    assert response.status_code == 200 and "4.2%" in response.get_json()["answer"]


@pytest.mark.parametrize("case", list(REJECTED.values()), ids=list(REJECTED))
def test_rejected_with_a_json_error(client: FlaskClient, case: Case) -> None:
    response = client.open(case.path, method=case.method, **case.request)
    assert response.status_code < 500
    assert response.status_code == case.status, response.get_data(as_text=True)[:300]
    assert response.mimetype == JSON
    error = response.get_json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    if case.code:
        assert error["code"] == case.code
    if case.message:
        assert case.message in error["message"]
    if case.status == 405:
        assert case.method not in response.headers["Allow"]
    _still_serving(client)


@pytest.mark.parametrize("question", list(ODD_QUESTIONS.values()), ids=list(ODD_QUESTIONS))
def test_odd_questions_get_a_normal_answer(client: FlaskClient, question: str) -> None:
    response = client.post(ASK, json={"question": question, "top_k": 20})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    body = response.get_json()
    assert body["question"] == question.strip() and isinstance(body["answer"], str)
    assert response.mimetype == JSON  # HTML in a question is data, never markup
    streamed = client.post(ASK, json={"question": question, "stream": True}).get_data(as_text=True)
    assert "event: done" in streamed and "event: error" not in streamed
    _still_serving(client)


def test_there_are_at_least_forty_cases() -> None:
    assert len(REJECTED) + len(ODD_QUESTIONS) >= 40
