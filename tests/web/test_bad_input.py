"""Hostile and malformed requests: each gets a JSON 4xx (or, for odd but valid input, a normal answer).

No input may produce a 5xx, and the app keeps answering afterwards. One app
serves the whole module, so damage from one case would show in the next. The
same cases then go over real HTTP through waitress (the production server),
with malformations only a socket can send: bad request lines, lying
Content-Length, chunked bodies.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest
import waitress
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


def chat(messages: Any, message: str | None = None, **extra: Any) -> Case:
    return Case("POST", CHAT, 422, "invalid_request", {"json": {"model": "m", "messages": messages, **extra}}, message)


def get(path: str, status: int = 422, code: str | None = "invalid_request", message: str | None = None) -> Case:
    return Case("GET", path, status, code, message=message)


def user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


def nested(depth: int) -> Any:
    value: Any = "光谷"
    for _ in range(depth):
        value = [value]
    return value


MB = b"x" * 1_000_000


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
    "BOM-only question": ask({"question": "\ufeff \ufeff"}, message="question must not be empty"),
    "invisible-only question": ask({"question": "\u200b\u200d \u2060"}, message="question must not be empty"),
    "padded question too long": ask({"question": " " * 10 + "光" * 995}, message="at most 1000 characters, got 1005"),
    "DEL in question": ask({"question": "光谷\u007f科技"}, message="U+007F"),
    "C1 control in question": ask({"question": "光\u0085谷"}, message="U+0085"),
    "bell in question": ask({"question": "光谷\u0007"}, message="U+0007"),
    "raw NUL byte in JSON string": raw(b'{"question": "a\x00b"}', message="Invalid control character"),
    "raw newline in JSON string": raw(b'{"question": "a\nb"}', message="Invalid control character"),
    "nested question": ask({"question": nested(200)}, message="question must be a string"),
    # top_k
    "top_k zero": ask({"question": "光谷", "top_k": 0}, message="top_k must be an integer between 1 and 20, got 0"),
    "top_k too big": ask({"question": "光谷", "top_k": 21}, message="got 21"),
    "top_k negative": ask({"question": "光谷", "top_k": -1}, message="got -1"),
    "top_k huge": ask({"question": "光谷", "top_k": 10**30}),
    "top_k float": ask({"question": "光谷", "top_k": 2.5}, message="got 2.5"),
    "top_k bool": ask({"question": "光谷", "top_k": True}, message="got true"),
    "top_k string": ask({"question": "光谷", "top_k": "5"}, message='got "5"'),
    "top_k null": ask({"question": "光谷", "top_k": None}, message="got null"),
    "top_k 1e9": ask({"question": "光谷", "top_k": 1e9}, message="got 1000000000.0"),
    "top_k 1e400": raw(b'{"question": "x", "top_k": 1e400}', 422, "invalid_request", message="got Infinity"),
    "top_k -Infinity": raw(b'{"question": "x", "top_k": -Infinity}', message="-Infinity is not valid JSON"),
    "top_k negative fraction": ask({"question": "光谷", "top_k": -0.5}, message="got -0.5"),
    "top_k word": ask({"question": "光谷", "top_k": "abc"}, message='got "abc"'),
    "top_k list": ask({"question": "光谷", "top_k": [5]}, message="got [5]"),
    "top_k object": ask({"question": "光谷", "top_k": {"n": 5}}, message='got {"n": 5}'),
    # other fields
    "stream string": ask({"question": "光谷", "stream": "yes"}, message='stream must be true or false, got "yes"'),
    "stream number": ask({"question": "光谷", "stream": 1}, message="got 1"),
    "extra field": ask({"question": "光谷", "topk": 3}, message='unknown field "topk"'),
    "stream null": ask({"question": "光谷", "stream": None}, message="stream must be true or false, got null"),
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
    "just over 64 KiB": raw(b'{"question": "' + b"x" * 65_536 + b'"}', 413, "payload_too_large"),
    "1 MB to chat": Case("POST", CHAT, 413, "payload_too_large", {"data": MB, "content_type": JSON}),
    "1 MB to a GET route": Case("POST", "/api/documents", 405, "method_not_allowed", {"data": MB}),
    "1 MB to an unknown route": Case("POST", "/api/upload", 404, "not_found", {"data": MB}),
    "empty object": ask({}, message="question is required"),
    "duplicate keys": raw(b'{"question": "", "question": "x"}', message='duplicate key "question"'),
    "duplicate nested keys": Case(
        "POST",
        CHAT,
        400,
        "invalid_json",
        {"data": b'{"messages": [{"role": "user", "role": "system"}]}', "content_type": JSON},
    ),
    "deep object nesting": raw(b'{"a":' * 5_000 + b"1" + b"}" * 5_000, message="nests too deeply"),
    "BOM before JSON": raw(b'\xef\xbb\xbf{"question": "x"}', message="BOM"),
    "UTF-16 body": raw('{"question": "x"}'.encode("utf-16"), code="invalid_utf8"),
    "overlong UTF-8": raw(b'{"question": "\xc0\xaf"}', code="invalid_utf8"),
    "UTF-8 encoded surrogate": raw(b'{"question": "\xed\xa0\x80"}', code="invalid_utf8"),
    "latin-1 declared as such": raw(
        '{"question": "café"}'.encode("latin-1"), code="invalid_utf8", content_type="application/json; charset=latin-1"
    ),
    # content type
    "no content type": raw(b'{"question": "x"}', 415, "unsupported_media_type", ""),
    "text/plain": raw(b'{"question": "x"}', 415, "unsupported_media_type", "text/plain"),
    "form encoded": Case("POST", ASK, 415, "unsupported_media_type", {"data": {"question": "x"}}),
    "multipart": raw(b"--b\r\n\r\nx\r\n--b--", 415, "unsupported_media_type", "multipart/form-data; boundary=b"),
    "text/json": raw(b'{"question": "x"}', 415, "unsupported_media_type", "text/json"),
    "json-patch": raw(b'{"question": "x"}', 415, "unsupported_media_type", "application/json-patch+json"),
    "content type without subtype": raw(b'{"question": "x"}', 415, "unsupported_media_type", "application"),
    # routes and methods
    "unknown route": Case("GET", "/api/nope", 404, "not_found"),
    "unknown top route": Case("POST", "/admin", 404, "not_found"),
    "GET ask": Case("GET", ASK, 405, "method_not_allowed"),
    "PUT ask": Case("PUT", ASK, 405, "method_not_allowed"),
    "DELETE documents": Case("DELETE", "/api/documents", 405, "method_not_allowed"),
    "POST search": Case("POST", "/api/search", 405, "method_not_allowed"),
    "GET chat": Case("GET", CHAT, 405, "method_not_allowed"),
    "PATCH ask": Case("PATCH", ASK, 405, "method_not_allowed"),
    "TRACE ask": Case("TRACE", ASK, 405, "method_not_allowed"),
    "invented method": Case("PROPFIND", ASK, 405, "method_not_allowed"),
    "DELETE document": Case("DELETE", "/api/documents/nope", 405, "method_not_allowed"),
    "trailing slash": Case("GET", "/api/documents/", 404, "not_found"),
    "upper-case route": Case("POST", "/API/ASK", 404, "not_found", {"json": {"question": "光谷"}}),
    "unknown v1 route": Case("POST", "/v1/embeddings", 404, "not_found", {"json": {"input": "x"}}),
    "very long unknown route": Case("GET", "/api/" + "a/" * 5_000, 404, "not_found"),
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
    "double-encoded dot-dot": Case("GET", "/api/documents/%252e%252e", 404, "not_found"),
    "fully encoded traversal": Case("GET", "/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 404, "not_found"),
    "semicolon trick": Case("GET", "/api/documents/..;", 400, "invalid_document_id"),
    "id with a space": Case("GET", "/api/documents/003%20x", 400, "invalid_document_id"),
    "id with a line separator": Case("GET", "/api/documents/003%E2%80%A8", 400, "invalid_document_id"),
    "id with a drive letter": Case("GET", "/api/documents/C:%5cwindows", 400, "invalid_document_id"),
    "id of 129 characters": Case("GET", "/api/documents/" + "a" * 129, 400, "invalid_document_id"),
    "invalid UTF-8 id": Case("GET", "/api/documents/%ff%fe", 404, "not_found"),
    # search query strings
    "search without q": Case("GET", "/api/search", 422, "invalid_request", message="q is required"),
    "search empty q": Case("GET", "/api/search?q=%20", 422, "invalid_request", message="q must not be empty"),
    "search k word": Case("GET", "/api/search?q=x&k=abc", 422, "invalid_request", message="k must be an integer"),
    "search k decimal": Case("GET", "/api/search?q=x&k=5.0", 422, "invalid_request", message="k must be an integer"),
    "search k zero": Case("GET", "/api/search?q=x&k=0", 422, "invalid_request", message="got 0"),
    "search k float": Case("GET", "/api/search?q=x&k=1.5", 422, "invalid_request"),
    "search NUL": Case("GET", "/api/search?q=%00", 422, "invalid_request", message="U+0000"),
    "search q too long": Case("GET", "/api/search?q=" + "x" * 1001, 422, "invalid_request"),
    "search k negative": get("/api/search?q=x&k=-1", message="got -1"),
    "search k 1e9": get("/api/search?q=x&k=1e9", message='got "1e9"'),
    "search k nine digits": get("/api/search?q=x&k=999999999", message="got 999999999"),
    "search k eleven digits": get("/api/search?q=x&k=99999999999", message='got "99999999999"'),
    "search k empty": get("/api/search?q=x&k=", message='got ""'),
    "search k full-width digit": get("/api/search?q=x&k=%EF%BC%95", message='got "５"'),
    "search k Arabic-Indic digit": get("/api/search?q=x&k=%D9%A5", message='got "٥"'),
    "search q twice": get("/api/search?q=a&q=b", message='query parameter "q" is given 2 times'),
    "search k twice": get("/api/search?q=a&k=1&k=2", message='query parameter "k" is given 2 times'),
    "search k bool": get("/api/search?q=x&k=true", message='got "true"'),
    "search plus signs only": get("/api/search?q=+++", message="q must not be empty"),
    "search unknown parameter": get("/api/search?q=x&top_k=3", message='unknown field "top_k"'),
    "search invalid UTF-8": get("/api/search?q=%ff%fe", 400, "invalid_utf8"),
    "search truncated UTF-8": get("/api/search?q=%E5%85", 400, "invalid_utf8"),
    "search invalid UTF-8 in k": get("/api/search?q=x&k=%c3", 400, "invalid_utf8"),
    "search ESC": get("/api/search?q=%1b%5b2J", message="U+001B"),
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
    "chat messages null": chat(None, "messages must be a list"),
    "chat message not an object": chat(["光谷"], "messages[0] must be an object"),
    "chat message without role": chat([{"content": "光谷"}], "messages[0] must be an object with a role"),
    "chat 101 messages": chat([user("光谷")] * 101, "1 to 100 messages"),
    "chat content null": chat([user(None)], "messages[0].content must be a string or a list"),
    "chat user without content": chat([{"role": "user"}], "messages[0].content is required in a user message"),
    "chat content list empty": chat([user([])], "messages[0].content must be a string or a list"),
    "chat content without text part": chat(
        [user([{"type": "image_url", "image_url": {"url": "x"}}])], "must include a part of type text"
    ),
    "chat content part not an object": chat([user(["光谷"])], "messages[0].content[0] must be an object"),
    "chat text part without text": chat([user([{"type": "text"}])], "messages[0].content[0].text must be a string"),
    "chat text part blank": chat([user([{"type": "text", "text": " "}])], "content[0].text must not be empty"),
    "chat joined text too long": chat(
        [user([{"type": "text", "text": "光" * 600}, {"type": "text", "text": "谷" * 600}])], "got 1201"
    ),
    "chat earlier user message empty": chat([user(""), user("光谷")], "messages[0].content must not be empty"),
    "chat assistant content number": chat([{"role": "assistant", "content": 5}, user("光谷")], "messages[0].content"),
    "chat NUL in content": chat([user("光谷\u0000")], "U+0000"),
    "chat top_k zero": chat([user("光谷")], "top_k must be an integer", top_k=0),
    "chat top_k string": chat([user("光谷")], 'got "5"', top_k="5"),
    "chat model empty": chat([user("光谷")], "model must not be empty", model=""),
    "chat model number": chat([user("光谷")], "model must be a string", model=5),
    "chat invalid JSON": Case("POST", CHAT, 400, "invalid_json", {"data": b'{"messages": [', "content_type": JSON}),
    "chat form body": Case("POST", CHAT, 415, "unsupported_media_type", {"data": {"messages": "x"}}),
}


#: Odd but valid questions: answered normally (an answer or an honest refusal), never an error.
def accepted(path: str, message: str | None = None, method: str = "POST", **request: Any) -> Case:
    return Case(method, path, 200, None, request, message)


def chat_body(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"json": {"model": "policy-qa", "messages": list(messages), **extra}}


#: Odd but valid requests: answered normally (JSON 200), `message` is a substring of the body.
ACCEPTED: dict[str, Case] = {
    "top_k whole float": accepted(ASK, "4.2%", json={"question": QUESTION, "top_k": 5.0}),
    "top_k in exponent form": accepted(
        ASK, "4.2%", data=f'{{"question": "{QUESTION}", "top_k": 1e1}}'.encode(), content_type=JSON
    ),
    "charset parameter": accepted(
        ASK, "4.2%", data=json.dumps({"question": QUESTION}).encode(), content_type="application/json; charset=utf-8"
    ),
    "upper-case content type": accepted(
        ASK, "4.2%", data=json.dumps({"question": QUESTION}).encode(), content_type="Application/JSON"
    ),
    "Accept: text/html": accepted(ASK, "4.2%", json={"question": QUESTION}, headers={"Accept": "text/html"}),
    "BOM before the question": accepted(ASK, f'"question":"{QUESTION}"', json={"question": "\ufeff" + QUESTION}),
    "chat with OpenAI options": accepted(
        CHAT, "4.2%", **chat_body(user(QUESTION), temperature=0.2, n=1, max_tokens=None, user="u1", seed=7)
    ),
    "chat with nulls": accepted(CHAT, "4.2%", **chat_body(user(QUESTION), model=None, stream=None, top_k=None)),
    "chat with an image part": accepted(
        CHAT,
        "4.2%",
        **chat_body(user([{"type": "image_url", "image_url": {"url": "x"}}, {"type": "text", "text": QUESTION}])),
    ),
    "chat with tool history": accepted(
        CHAT,
        "4.2%",
        **chat_body(
            user("你好"),
            {"role": "assistant", "content": None, "tool_calls": []},
            {"role": "tool", "content": [], "tool_call_id": "1"},
            user(QUESTION),
        ),
    ),
    "search k with a plus sign": accepted("/api/search?q=%E5%85%89%E8%B0%B7&k=%2B3", '"hits"', "GET"),
    "search for HTML": accepted("/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E", '"hits"', "GET"),
}

#: Odd but valid questions: answered normally (an answer or an honest refusal), never an error.
ODD_QUESTIONS = {
    "emoji": "😀🚀🇨🇳 光谷有多少家企业？",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "sql": "'; DROP TABLE documents; -- 光谷 OR 1=1",
    "sql union": '光谷" UNION SELECT password FROM users --',
    "javascript URL": "javascript:alert(document.cookie)",
    "punctuation only": "？？？！！！",
    "full-width": "ＡＢＣ１２３　光谷",
    "right-to-left": "\u202e光谷科技\u202c مرحبا",
    "zero-width": "光\u200b谷\u200d科技",
    "combining marks": "光谷\u0301\u0302\u0303科技",
    "CJK extension B": "𠀀𠀁 光谷",
    "1000 characters": "光谷科技创新大走廊" * 111 + "光",
    "path-like": "../../etc/passwd",
    "template": "{{7*7}} ${jndi:ldap://x} %s%n",
    "JSON-looking": '{"question": null, "top_k": 99}',
    "null-ish words": "null undefined NaN None",
    "newlines and tabs": "光谷\n科技\t创新？",
    "header injection": "光谷\r\nSet-Cookie: a=1\r\n\r\n<html>",
    "line separator": "光谷\u2028科技\u2029创新",
}

#: A request body that is valid JSON with a valid question.
BODY = b'{"question": "x"}'


def request_bytes(start: bytes, *headers: bytes, body: bytes = b"") -> bytes:
    """One HTTP/1.1 request as bytes, exactly as given (no client would send most of these)."""
    lines = [start + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close", *headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def post(*headers: bytes, body: bytes = BODY) -> bytes:
    return request_bytes(b"POST " + ASK.encode(), b"Content-Type: application/json", *headers, body=body)


def chunked(body: bytes, size: int = 65_536) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


@dataclass(frozen=True)
class Wire:
    """Bytes for a raw socket and the answer expected.

    `status` None: the server may close without answering (it is still waiting for bytes that never come).
    `code` None: waitress refuses the request itself, with its own plain-text 4xx, before the app sees it.
    """

    data: bytes
    status: int | None
    code: str | None = None


#: Malformations only a socket can send: the request line, framing and headers.
ON_THE_WIRE: dict[str, Wire] = {
    "invalid UTF-8 in the request path": Wire(request_bytes(b"GET /api/documents/\xff\xfe"), 400),
    "invalid UTF-8 in the raw query": Wire(request_bytes(b"GET /api/search?q=\xff\xfe"), 400),
    "garbage request line": Wire(b"HELLO\r\n\r\n", 400),
    "lower-case method": Wire(request_bytes(b"get /healthz"), 400),
    "non-ASCII method": Wire(request_bytes("GËT /healthz".encode()), 400),
    "invented method": Wire(request_bytes(b"FOO /api/ask"), 405, "method_not_allowed"),
    "asterisk target": Wire(request_bytes(b"OPTIONS *"), 404, "not_found"),
    "raw dot-dot path": Wire(request_bytes(b"GET /api/documents/../../etc/passwd"), 404, "not_found"),
    "NUL in a header": Wire(request_bytes(b"GET /healthz", b"X-A: a\x00b"), 400),
    "header without a colon": Wire(request_bytes(b"GET /healthz", b"NoColonHere"), 400),
    "space before the colon": Wire(request_bytes(b"GET /healthz", b"X-A : b"), 400),
    "300 KB header": Wire(request_bytes(b"GET /healthz", b"X-A: " + b"a" * 300_000), 431),
    "300 KB URL": Wire(request_bytes(b"GET /api/search?q=" + b"a" * 300_000), 431),
    "20 KB URL": Wire(request_bytes(b"GET /api/search?q=" + b"a" * 20_000), 422, "invalid_request"),
    "Content-Length not a number": Wire(post(b"Content-Length: abc"), 400),
    "negative Content-Length": Wire(post(b"Content-Length: -17"), 400),
    "two Content-Lengths": Wire(post(b"Content-Length: 17", b"Content-Length: 18"), 400),
    "Content-Length of 100 TB": Wire(post(b"Content-Length: 100000000000000"), 413),
    "Content-Length shorter than the body": Wire(post(b"Content-Length: 5"), 400, "invalid_json"),
    "Content-Length longer than the body": Wire(post(b"Content-Length: 100"), None),
    "1 MB body": Wire(post(b"Content-Length: 1000000", body=MB), 413, "payload_too_large"),
    "1 MB chunked body": Wire(post(b"Transfer-Encoding: chunked", body=chunked(MB)), 413, "payload_too_large"),
    "chunked invalid UTF-8": Wire(
        post(b"Transfer-Encoding: chunked", body=chunked(b'{"q": "\xff"}')), 400, "invalid_utf8"
    ),
    "chunk size not hex": Wire(post(b"Transfer-Encoding: chunked", body=b"zz\r\nabc\r\n0\r\n\r\n"), 400),
    "chunked and Content-Length": Wire(post(b"Transfer-Encoding: chunked", b"Content-Length: 17"), None),
    # RFC 9112 §6.1: a transfer coding the server does not know gets 501; waitress says so before the app runs
    "unknown transfer coding": Wire(post(b"Transfer-Encoding: gzip"), 501),
}


@pytest.fixture(scope="module")
def served_app(web_service: Service) -> Flask:
    return create_app(web_service.settings, service=web_service)


@pytest.fixture()
def client(served_app: Flask) -> FlaskClient:
    return served_app.test_client()


@dataclass(frozen=True)
class Reply:
    """What came back, from the test client or over HTTP alike."""

    status: int
    mimetype: str
    headers: dict[str, str]
    body: bytes

    def error(self) -> dict[str, Any]:
        error: dict[str, Any] = json.loads(self.body)["error"]
        return error


def _still_serving(client: FlaskClient) -> None:
    response = client.post(ASK, json={"question": QUESTION})
    assert response.status_code == 200 and "4.2%" in response.get_json()["answer"]


def _via_client(client: FlaskClient, case: Case) -> Reply:
    response = client.open(case.path, method=case.method, **case.request)
    return Reply(response.status_code, response.mimetype or "", dict(response.headers), response.get_data())


def _assert_rejected(case: Case, reply: Reply) -> None:
    assert reply.status < 500
    assert reply.status == case.status, reply.body[:300]
    assert reply.mimetype == JSON
    error = reply.error()
    assert set(error) == {"code", "message"} and error["message"]
    if case.code:
        assert error["code"] == case.code
    if case.message:
        assert case.message in error["message"]
    if case.status == 405:
        assert case.method not in reply.headers["Allow"]


def _assert_accepted(case: Case, reply: Reply) -> None:
    assert reply.status == 200, reply.body[:300]
    assert reply.mimetype == JSON and reply.headers["X-Content-Type-Options"] == "nosniff"
    assert case.message is None or case.message in reply.body.decode()


@pytest.mark.parametrize("case", list(REJECTED.values()), ids=list(REJECTED))
def test_rejected_with_a_json_error(client: FlaskClient, case: Case) -> None:
    _assert_rejected(case, _via_client(client, case))
    _still_serving(client)


@pytest.mark.parametrize("case", list(ACCEPTED.values()), ids=list(ACCEPTED))
def test_odd_requests_get_a_normal_answer(client: FlaskClient, case: Case) -> None:
    _assert_accepted(case, _via_client(client, case))
    _still_serving(client)


@pytest.mark.parametrize("question", list(ODD_QUESTIONS.values()), ids=list(ODD_QUESTIONS))
def test_odd_questions_get_a_normal_answer(client: FlaskClient, question: str) -> None:
    response = client.post(ASK, json={"question": question, "top_k": 20})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    body = response.get_json()
    assert body["question"] == question.strip() and isinstance(body["answer"], str)
    # HTML in a question is data, never markup: JSON that browsers may not sniff as HTML
    assert response.mimetype == JSON and response.headers["X-Content-Type-Options"] == "nosniff"
    streamed = client.post(ASK, json={"question": question, "stream": True})
    assert streamed.mimetype == "text/event-stream" and streamed.headers["X-Content-Type-Options"] == "nosniff"
    events = streamed.get_data(as_text=True)
    assert "event: done" in events and "event: error" not in events
    _still_serving(client)


# --- over real HTTP ------------------------------------------------------------------------------

TIMEOUT = 10


@pytest.fixture(scope="module")
def http_port(served_app: Flask) -> Iterator[int]:
    """The module's app behind waitress, the production server, on a free loopback port."""
    server: Any = waitress.create_server(served_app, host="127.0.0.1", port=0, threads=4, channel_timeout=TIMEOUT)

    def run() -> None:
        with contextlib.suppress(OSError):  # close() from this thread can pull the socket from under select()
            server.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        thread.join(timeout=5)


def _wire_request(request: dict[str, Any]) -> tuple[bytes | None, dict[str, str]]:
    """A test-client request as the body and headers an HTTP client sends."""
    headers = dict(request.get("headers", {}))
    data = request.get("data")
    if "json" in request:
        data, headers["Content-Type"] = json.dumps(request["json"], ensure_ascii=False).encode(), JSON
    elif isinstance(data, dict):
        data, headers["Content-Type"] = urlencode(data).encode(), "application/x-www-form-urlencoded"
    elif request.get("content_type"):
        headers["Content-Type"] = request["content_type"]
    return (data.encode() if isinstance(data, str) else data), headers


def _via_http(port: int, case: Case) -> Reply:
    body, headers = _wire_request(case.request)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request(case.method, case.path, body=body, headers=headers)
        response = connection.getresponse()
        content_type = response.getheader("Content-Type") or ""
        return Reply(response.status, content_type.split(";")[0].strip(), dict(response.getheaders()), response.read())
    finally:
        connection.close()


def _send_raw(port: int, data: bytes) -> bytes:
    """Send bytes, half-close, read until the server closes; a reset after a refusal is a normal end."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused mid-upload (431, 413): the answer may still be there to read
        except OSError as exc:  # the server closed first, before the half-close: the same refusal
            if exc.errno != errno.ENOTCONN:
                raise
        received = b""
        try:
            while chunk := sock.recv(65_536):
                received += chunk
        except ConnectionResetError:
            pass
        return received


def _parse(raw_reply: bytes) -> Reply:
    head, _, body = raw_reply.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in header_lines if ": " in line)
    mimetype = headers.get("Content-Type", "").split(";")[0].strip()
    return Reply(int(status_line.split()[1]), mimetype, headers, body)


def _still_serving_http(port: int) -> None:
    assert _via_http(port, Case("GET", "/healthz", 200)).body == b'{"status":"ok"}\n'
    answer = _via_http(port, Case("POST", ASK, 200, request={"json": {"question": QUESTION}}))
    assert answer.status == 200 and "4.2%" in json.loads(answer.body)["answer"]


def test_every_case_over_real_http(http_port: int, subtests: pytest.Subtests) -> None:
    """The same requests through waitress: framing, buffering and URL decoding are the real server's."""
    for name, case in REJECTED.items():
        with subtests.test(name):
            _assert_rejected(case, _via_http(http_port, case))
    for name, case in ACCEPTED.items():
        with subtests.test(name):
            _assert_accepted(case, _via_http(http_port, case))
    _still_serving_http(http_port)


def test_malformed_on_the_wire(http_port: int, subtests: pytest.Subtests) -> None:
    for name, wire in ON_THE_WIRE.items():
        with subtests.test(name):
            raw_reply = _send_raw(http_port, wire.data)
            if wire.status is None and not raw_reply:
                continue
            reply = _parse(raw_reply)
            assert reply.status == wire.status, raw_reply[:300]
            if wire.code:
                assert reply.mimetype == JSON and reply.error()["code"] == wire.code
    chunked_question = post(b"Transfer-Encoding: chunked", body=chunked(json.dumps({"question": QUESTION}).encode()))
    assert "4.2%" in json.loads(_parse(_send_raw(http_port, chunked_question)).body)["answer"]
    _still_serving_http(http_port)


def test_there_are_at_least_forty_cases() -> None:
    assert len(REJECTED) + len(ACCEPTED) + len(ODD_QUESTIONS) + len(ON_THE_WIRE) >= 40
