"""The real app on a real waitress server over loopback, with the real model: what clients actually see.

Covers the JSON API in both scripts, server-sent events read as they arrive,
the OpenAI SDK against /v1 (plain and streaming), and error handling through
the WSGI server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import openai
import pytest
import requests

from qa.config import Settings
from qa.service import Service
from qa.web import create_app, slot_of
from tests.web_fixtures import serving

pytestmark = pytest.mark.slow

QUESTION = "到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？"
TRADITIONAL = "黃岡（光谷）離岸科創中心引進了多少家孵化企業？"
TIMEOUT = 60


@pytest.fixture(scope="module")
def base(real_service: Service) -> Iterator[str]:
    with serving(create_app(real_service.settings, service=real_service)) as url:
        yield url


def ask(base: str, question: str, **extra: Any) -> dict[str, Any]:
    response = requests.post(f"{base}/api/ask", json={"question": question, **extra}, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_health_and_readiness(base: str) -> None:
    assert requests.get(f"{base}/healthz", timeout=TIMEOUT).json() == {"status": "ok"}
    assert requests.get(f"{base}/readyz", timeout=TIMEOUT).json() == {"status": "ready"}


def test_simplified_question(base: str) -> None:
    body = ask(base, QUESTION)
    assert body["answerable"] and body["language"] == "zh-Hans"
    assert "4.2%" in body["answer"] and "4.2%" in (body["short_answer"] or "")
    citation = body["citations"][0]
    document = requests.get(f"{base}/api/documents/{citation['doc_id']}", timeout=TIMEOUT).json()
    assert document["text"][citation["start"] : citation["end"]] == citation["quote"]


def test_traditional_question(base: str) -> None:
    body = ask(base, TRADITIONAL, top_k=3)
    assert body["answerable"] and body["language"] == "zh-Hant"
    assert body["short_answer"] == "8家" and "[1]" in body["answer"]


def test_stream_arrives_as_events(base: str) -> None:
    events: list[tuple[str, Any]] = []
    with requests.post(
        f"{base}/api/ask",
        json={"question": QUESTION},
        headers={"Accept": "text/event-stream"},
        stream=True,
        timeout=TIMEOUT,
    ) as response:
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        event = ""
        for line in response.iter_lines(decode_unicode=True):
            assert isinstance(line, str)
            if line.startswith("event: "):
                event = line[len("event: ") :]
            elif line.startswith("data: "):
                events.append((event, json.loads(line[len("data: ") :])))
    names = [name for name, _ in events]
    assert names[0] == "hits" and names[-2:] == ["citations", "done"] and "answer" in names
    assert "".join(data["delta"] for name, data in events if name == "answer") == ask(base, QUESTION)["answer"]
    assert events[-2][1]["citations"] and events[-2][1]["language"] == "zh-Hans"


def test_search_and_documents(base: str) -> None:
    query: dict[str, str | int] = {"q": "楚天凤鸣科创天使基金", "k": 3}
    hits = requests.get(f"{base}/api/search", params=query, timeout=TIMEOUT).json()
    assert len(hits["hits"]) == 3 and "楚天鳳鳴" in hits["hits"][0]["text"]
    listed = requests.get(f"{base}/api/documents", timeout=TIMEOUT).json()["documents"]
    assert len(listed) == 5
    doc = requests.get(f"{base}/api/documents/{listed[0]['doc_id']}", timeout=TIMEOUT).json()
    assert len(doc["text"]) == listed[0]["chars"]


def test_openai_sdk(base: str) -> None:
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="x", max_retries=0, timeout=TIMEOUT)
    assert [m.id for m in client.models.list()] == ["policy-qa"]
    completion = client.chat.completions.create(
        model="policy-qa", messages=[{"role": "user", "content": QUESTION}], temperature=0
    )
    content = completion.choices[0].message.content or ""
    assert "4.2%" in content and "[1]" in content
    citations = (completion.model_extra or {})["citations"]
    assert citations[0]["quote"] in requests.get(f"{base}/api/documents/{citations[0]['doc_id']}", timeout=60).text
    assert completion.usage is not None and completion.usage.total_tokens > 0


def test_openai_sdk_streaming(base: str) -> None:
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="x", max_retries=0, timeout=TIMEOUT)
    stream = client.chat.completions.create(
        model="policy-qa", messages=[{"role": "user", "content": TRADITIONAL}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "8家" in text and len(chunks) >= 3
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {})["citations"][0]["doc_id"].startswith("000_")


def test_openai_sdk_sees_validation_errors(base: str) -> None:
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="x", max_retries=0, timeout=TIMEOUT)
    with pytest.raises(openai.UnprocessableEntityError, match="must not be empty"):
        client.chat.completions.create(model="policy-qa", messages=[{"role": "user", "content": " "}])


def test_errors_through_the_server(base: str) -> None:
    big = requests.post(f"{base}/api/ask", data=b"x" * 1_000_000, headers={"Content-Type": "application/json"})
    assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"
    bad_utf8 = requests.post(
        f"{base}/api/ask", data=b'{"question": "\xff"}', headers={"Content-Type": "application/json"}
    )
    assert bad_utf8.status_code == 400 and bad_utf8.json()["error"]["code"] == "invalid_utf8"
    wrong = requests.delete(f"{base}/api/ask", timeout=TIMEOUT)
    assert wrong.status_code == 405 and "POST" in wrong.headers["Allow"]
    assert requests.get(f"{base}/api/documents/%2e%2e", timeout=TIMEOUT).status_code == 400
    assert requests.get(f"{base}/nope", timeout=TIMEOUT).json()["error"]["code"] == "not_found"
    assert ask(base, QUESTION)["answerable"]  # still serving


def test_concurrent_questions(base: str) -> None:
    questions = [QUESTION, TRADITIONAL] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda q: ask(base, q), questions))
    assert [a["question"] for a in answers] == questions
    assert all(a["answerable"] for a in answers)


def test_background_loading_failure_is_reported(tmp_path: Path) -> None:
    app = create_app(Settings().with_(index_dir=tmp_path / "missing"))
    with serving(app) as url:
        assert slot_of(app).wait(60)
        ready = requests.get(f"{url}/readyz", timeout=TIMEOUT)
        assert ready.status_code == 503 and "make index" in ready.json()["message"]
        assert requests.get(f"{url}/healthz", timeout=TIMEOUT).status_code == 200
        assert requests.get(f"{url}/api/documents", timeout=TIMEOUT).json()["error"]["code"] == "not_ready"
