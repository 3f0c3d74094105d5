"""The JSON API contract through Flask's test client, over the seeds indexed with the fake embedder."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from qa.answer.types import Answer
from qa.config import Settings
from qa.errors import ConfigError, SearchIndexError
from qa.search.retrieve import Hit
from qa.service import Service
from qa.web import create_app, slot_of
from qa.web.api import DOC_ID as DOC_ID_RULE
from qa.web.api import answer_pieces
from qa.web.openai_compat import question_of
from qa.web.schemas import TEXT_PATTERN
from tests.web_fixtures import (  # noqa: F401  (the *_fixture imports register fixtures)
    DOC_ID,
    QUESTION,
    TRADITIONAL_QUESTION,
    app_fixture,
    client_fixture,
    parse_sse,
    schema_errors,
    web_service_fixture,
)

# --- ask -----------------------------------------------------------------------------------------


def test_health_and_readiness(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json() == {"status": "ready"}


def test_ask_returns_the_answer_with_citations(client: FlaskClient) -> None:
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_json()
    keys = {"question", "answer", "answerable", "short_answer", "language", "citations", "see_also"}
    assert keys | {"qtype", "mode", "notice", "timings_ms", "confidence"} == set(body)
    assert 0.0 <= body["confidence"] <= 1.0
    assert body["answerable"] and "4.2%" in body["answer"] and "[1]" in body["answer"]
    assert body["language"] == "zh-Hans" and body["question"] == QUESTION
    citation = body["citations"][0]
    document = client.get(f"/api/documents/{citation['doc_id']}").get_json()
    assert document["text"][citation["start"] : citation["end"]] == citation["quote"]
    assert {"retrieve", "answer", "total"} <= set(body["timings_ms"])


def test_traditional_question_is_answered_in_traditional(client: FlaskClient) -> None:
    body = client.post("/api/ask", json={"question": TRADITIONAL_QUESTION, "top_k": 3}).get_json()
    assert body["language"] == "zh-Hant"
    assert body["citations"] or body["see_also"]


def test_question_is_trimmed(client: FlaskClient) -> None:
    body = client.post("/api/ask", json={"question": f"  {QUESTION}\n"}).get_json()
    assert body["question"] == QUESTION


def _stream(client: FlaskClient, **kwargs: Any) -> list[tuple[str, Any]]:
    response = client.post("/api/ask", **kwargs)
    assert response.status_code == 200
    assert response.mimetype == "text/event-stream"
    assert response.headers["Cache-Control"] == "no-cache"
    return [(event, json.loads(data)) for event, data in parse_sse(response.get_data(as_text=True))]


def test_a_question_typed_without_its_mark_is_read_as_if_it_had_one(client: FlaskClient) -> None:
    """The reader was trained and calibrated on questions that end with one (`as_asked`); the echo is as typed."""
    typed = QUESTION.rstrip("？")
    marked, plain = (client.post("/api/ask", json={"question": q}).get_json() for q in (QUESTION, typed))
    assert plain["question"] == typed
    del marked["question"], marked["timings_ms"], plain["question"], plain["timings_ms"]
    assert plain == marked
    events = dict(_stream(client, json={"question": typed, "stream": True}))
    assert events["citations"]["question"] == typed and events["citations"]["citations"] == marked["citations"]


def test_stream_sends_hits_answer_pieces_citations_done(client: FlaskClient) -> None:
    events = _stream(client, json={"question": QUESTION, "stream": True})
    names = [name for name, _ in events]
    assert names[0] == "hits" and names[-2:] == ["citations", "done"]
    assert set(names[1:-2]) == {"answer"} and len(names[1:-2]) >= 2  # progressive pieces
    hits = events[0][1]
    assert hits and {"doc_id", "text", "scores"} <= set(hits[0])
    text = "".join(data["delta"] for name, data in events if name == "answer")
    assert text == client.post("/api/ask", json={"question": QUESTION}).get_json()["answer"]
    final = events[-2][1]
    assert {"citations", "see_also", "answerable", "short_answer", "language"} <= set(final)
    assert final["citations"][0]["quote"] and "total" in events[-1][1]


def test_accept_header_asks_for_a_stream_unless_the_body_says_no(client: FlaskClient) -> None:
    sse = {"Accept": "text/event-stream"}
    assert _stream(client, json={"question": QUESTION}, headers=sse)[0][0] == "hits"
    response = client.post("/api/ask", json={"question": QUESTION, "stream": False}, headers=sse)
    assert response.mimetype == "application/json"
    assert client.post("/api/ask", json={"question": QUESTION}, headers={"Accept": "*/*"}).is_json


def test_answer_pieces_rejoin_and_keep_markers_whole() -> None:
    text = "第一句话说明目标和任务，内容比较长需要再切开。[1]第二句。[2][3]最后一句没有标记"
    pieces = answer_pieces(text, size=8)
    assert "".join(pieces) == text and len(pieces) > 3
    assert all(p.count("[") == p.count("]") for p in pieces)
    assert answer_pieces("") == []


# --- search and documents ------------------------------------------------------------------------


def test_search_returns_hits_with_both_scores(client: FlaskClient) -> None:
    hits = client.get("/api/search", query_string={"q": "楚天鳳鳴科創天使基金", "k": 3}).get_json()["hits"]
    assert len(hits) == 3 and "楚天鳳鳴" in hits[0]["text"]
    assert set(hits[0]) == {"doc_id", "source", "title", "section", "text", "start", "end", "score", "scores"}
    assert set(hits[0]["scores"]) == {"dense", "bm25"}
    assert len(client.get("/api/search?q=光谷").get_json()["hits"]) == 5  # default k


def test_documents_list_and_detail(client: FlaskClient, web_service: Service) -> None:
    listed = client.get("/api/documents").get_json()["documents"]
    assert [d["doc_id"] for d in listed] == [d.doc_id for d in web_service.corpus.documents]
    summary = next(d for d in listed if d["doc_id"] == DOC_ID)
    assert summary["script"] == "zh-Hant" and summary["sections"] > 5
    doc = client.get(f"/api/documents/{DOC_ID}").get_json()
    assert set(doc) == {"doc_id", "source", "title", "meta", "text", "sections"}
    assert len(doc["text"]) == summary["chars"] and len(doc["sections"]) == summary["sections"]
    section = doc["sections"][1]
    assert doc["text"][section["start"] :].startswith(section["title"][:4])
    assert section["path"][-1] == section["title"]


def test_unknown_and_odd_document_ids(client: FlaskClient) -> None:
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"
    odd = client.get("/api/documents/%2e%2e")
    assert odd.status_code == 400 and odd.get_json()["error"]["code"] == "invalid_document_id"


# --- errors --------------------------------------------------------------------------------------


def test_error_statuses_and_messages(client: FlaskClient) -> None:
    bad = client.post("/api/ask", json={"question": "光谷", "top_k": 0})
    assert bad.status_code == 422
    assert bad.get_json()["error"]["message"] == "top_k must be an integer between 1 and 20, got 0"
    assert (
        "got true" in client.post("/api/ask", json={"question": "光谷", "top_k": True}).get_json()["error"]["message"]
    )
    wrong_method = client.get("/api/ask")
    assert wrong_method.status_code == 405 and "POST" in wrong_method.headers["Allow"]
    assert wrong_method.get_json()["error"]["code"] == "method_not_allowed"
    form = client.post("/api/ask", data={"question": "x"})
    assert form.status_code == 415 and form.get_json()["error"]["code"] == "unsupported_media_type"
    big = client.post("/api/ask", data=b"x" * 70_000, content_type="application/json")
    assert big.status_code == 413 and big.get_json()["error"]["code"] == "payload_too_large"
    assert client.get("/api/nope").get_json()["error"]["code"] == "not_found"


class _Failing:
    """An answerer that raises `error`, to see how each kind of failure leaves the API."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        raise self.error


def test_unexpected_errors_are_logged_json_500(web_service: Service, caplog: pytest.LogCaptureFixture) -> None:
    client = create_app(
        web_service.settings, service=replace(web_service, answerer=_Failing(RuntimeError("answerer exploded")))
    ).test_client()
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 500 and response.get_json()["error"]["code"] == "internal_error"
    assert "exploded" not in response.get_data(as_text=True)  # details go to the log only
    assert "answerer exploded" in caplog.text
    events = parse_sse(client.post("/api/ask", json={"question": QUESTION, "stream": True}).get_data(as_text=True))
    assert [e for e, _ in events] == ["hits", "error"]
    assert json.loads(events[-1][1])["error"]["code"] == "internal_error"


def test_library_errors_map_to_statuses(web_service: Service) -> None:
    failing = _Failing(SearchIndexError("index damaged; run `make index`"))
    client = create_app(web_service.settings, service=replace(web_service, answerer=failing)).test_client()
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 503 and "make index" in response.get_json()["error"]["message"]


# --- loading -------------------------------------------------------------------------------------


def test_not_ready_while_loading_then_ready(web_service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_load(settings: Settings, *args: object, **kwargs: object) -> Service:
        release.wait(10)
        return web_service

    monkeypatch.setattr(Service, "load", staticmethod(slow_load))
    app = create_app(web_service.settings)
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    loading = client.get("/readyz")
    assert loading.status_code == 503 and loading.get_json() == {"status": "loading"}
    for response in (client.post("/api/ask", json={"question": QUESTION}), client.get("/v1/models")):
        assert response.status_code == 503 and response.get_json()["error"]["code"] == "not_ready"
    assert client.get("/api/openapi.json").status_code == 200  # needs no model
    release.set()
    assert slot_of(app).wait(10)
    assert client.get("/readyz").get_json() == {"status": "ready"}
    assert client.post("/api/ask", json={"question": QUESTION}).status_code == 200


def test_load_failure_is_reported_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings().with_(index_dir=tmp_path / "no-index")
    app = create_app(settings)
    assert slot_of(app).wait(60)
    ready = app.test_client().get("/readyz")
    assert ready.status_code == 503 and ready.get_json()["status"] == "failed"
    assert "make index" in ready.get_json()["message"]
    ask = app.test_client().post("/api/ask", json={"question": QUESTION})
    assert ask.status_code == 503 and "make index" in ask.get_json()["error"]["message"]
    assert "cannot load the service" in caplog.text


# --- security ------------------------------------------------------------------------------------


def test_api_keys_guard_api_and_v1_only(web_service: Service) -> None:
    client = create_app(web_service.settings.with_(api_keys=frozenset({"k1"})), service=web_service).test_client()
    for path in ("/api/documents", "/v1/models"):
        denied = client.get(path)
        assert denied.status_code == 401 and denied.get_json()["error"]["code"] == "unauthorized"
        assert denied.headers["WWW-Authenticate"].startswith("Bearer")
        assert client.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get(path, headers={"Authorization": "Bearer k1"}).status_code == 200
        assert client.get(path, headers={"X-API-Key": "k1"}).status_code == 200
    for path in ("/healthz", "/readyz", "/api/openapi.json", "/"):
        assert client.get(path).status_code == 200, path


def test_api_keys_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.from_env({"QA_API_KEYS": " a, b,,c "}).api_keys == frozenset({"a", "b", "c"})
    assert Settings.from_env({}).api_keys == frozenset()
    monkeypatch.setenv("QA_API_KEYS", "envkey")
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "none"))  # loading fails fast: no model load
    client = create_app().test_client()
    assert client.get("/api/documents").status_code == 401
    assert client.get("/api/documents", headers={"X-API-Key": "envkey"}).status_code == 503


def test_rate_limit_answers_429_json(web_service: Service) -> None:
    client = create_app(web_service.settings.with_(rate_limit="2 per minute"), service=web_service).test_client()
    assert [client.get("/api/documents").status_code for _ in range(2)] == [200, 200]
    limited = client.get("/v1/models")  # one bucket for /api and /v1
    assert limited.status_code == 429 and limited.get_json()["error"]["code"] == "rate_limited"
    assert "Retry-After" in limited.headers
    assert client.get("/healthz").status_code == 200


def test_rate_limit_buckets_per_api_key(web_service: Service) -> None:
    keys = frozenset({"k1", "k2"})
    client = create_app(
        web_service.settings.with_(api_keys=keys, rate_limit="1 per minute"), service=web_service
    ).test_client()
    assert client.get("/v1/models", headers={"X-API-Key": "k1"}).status_code == 200
    assert client.get("/v1/models", headers={"X-API-Key": "k1"}).status_code == 429
    assert client.get("/v1/models", headers={"X-API-Key": "k2"}).status_code == 200


def test_bad_rate_limit_is_a_config_error(web_service: Service) -> None:
    with pytest.raises(ConfigError, match="rate limit"):
        create_app(web_service.settings.with_(rate_limit="lots"), service=web_service)


def test_hardening_headers_on_api_responses(client: FlaskClient) -> None:
    for response in (
        client.get("/api/documents"),
        client.post("/api/ask", json={"question": QUESTION, "stream": True}),
    ):
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Frame-Options"] == "DENY"


# --- OpenAI compatible ---------------------------------------------------------------------------


def _chat(client: FlaskClient, **body: Any) -> Any:
    messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": QUESTION}]
    return client.post("/v1/chat/completions", json={"model": "anything", "messages": messages, **body})


def test_chat_completion(client: FlaskClient) -> None:
    body = _chat(client, temperature=0.2, max_tokens=None).get_json()
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    choice = body["choices"][0]
    assert choice["message"]["role"] == "assistant" and "4.2%" in choice["message"]["content"]
    assert choice["finish_reason"] == "stop" and body["citations"][0]["doc_id"] == DOC_ID
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_chat_completion_stream(client: FlaskClient) -> None:
    response = _chat(client, stream=True)
    assert response.mimetype == "text/event-stream"
    events = [data for _, data in parse_sse(response.get_data(as_text=True))]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(data) for data in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert text == _chat(client).get_json()["choices"][0]["message"]["content"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["citations"]


def test_question_is_the_last_user_message() -> None:
    messages = (
        {"role": "user", "content": "old question"},
        {"role": "assistant", "content": "old answer"},
        {"role": "user", "content": [{"type": "text", "text": " 新问题 "}, {"type": "image_url"}]},
        {"role": "assistant", "content": None},
    )
    assert question_of(messages) == "新问题"


# --- OpenAPI -------------------------------------------------------------------------------------


def _api_routes(app: Flask) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(("/api/", "/v1/")):
            path = rule.rule.replace("<", "{").replace(">", "}")
            routes |= {(path, m.lower()) for m in (rule.methods or set()) - {"HEAD", "OPTIONS"}}
    return routes


def test_openapi_lists_exactly_the_routes(app: Flask, client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    documented = {(path, method) for path, item in spec["paths"].items() for method in item if method != "parameters"}
    api_documented = {(p, m) for p, m in documented if p.startswith(("/api/", "/v1/"))}
    assert api_documented == _api_routes(app)
    assert {("/healthz", "get"), ("/readyz", "get"), ("/admin/reload", "post")} <= documented
    assert spec["paths"]["/api/documents/{doc_id}"]["parameters"][0]["name"] == "doc_id"
    refs = set(re.findall(r'"#/components/schemas/(\w+)"', json.dumps(spec)))
    assert refs <= set(spec["components"]["schemas"])


def test_real_responses_match_the_documented_schemas(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    components = spec["components"]["schemas"]
    cases = [
        ("Answer", client.post("/api/ask", json={"question": QUESTION})),
        ("Answer", client.post("/api/ask", json={"question": "2099年火星基地的预算是多少？"})),
        ("SearchResult", client.get("/api/search?q=光谷")),
        ("DocumentList", client.get("/api/documents")),
        ("Document", client.get(f"/api/documents/{DOC_ID}")),
        ("ChatCompletion", _chat(client)),
        ("ModelList", client.get("/v1/models")),
        ("Status", client.get("/readyz")),
        ("Error", client.post("/api/ask", json={"question": ""})),
    ]
    for name, response in cases:
        assert schema_errors(response.get_json(), components[name], components) == [], name


def test_request_schemas_come_from_the_validators(client: FlaskClient) -> None:
    components = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    ask = components["AskRequest"]
    assert ask["required"] == ["question"] and ask["additionalProperties"] is False
    assert ask["properties"]["top_k"]["maximum"] == 20 and ask["properties"]["question"]["maxLength"] == 1000
    assert components["ChatCompletionRequest"]["additionalProperties"] is True
    assert ask["properties"]["question"]["pattern"] == TEXT_PATTERN and "default" not in ask["properties"]["stream"]
    chat = components["ChatCompletionRequest"]["properties"]
    assert chat["top_k"]["type"] == ["integer", "null"] and chat["messages"]["contains"]


def test_openapi_describes_ids_and_event_streams(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    (doc_id,) = spec["paths"]["/api/documents/{doc_id}"]["parameters"]
    assert doc_id["schema"]["pattern"] == f"^{DOC_ID_RULE.pattern}$"
    stream = spec["paths"]["/api/ask"]["post"]["responses"]["200"]["content"]["text/event-stream"]["schema"]
    assert stream["properties"]["event"]["enum"] == ["hits", "answer", "citations", "done", "error"]
    assert "400" in spec["paths"]["/api/search"]["get"]["responses"]  # a query string that is not UTF-8
