"""Generative mode against a real OpenAI-compatible HTTP server on loopback with scripted replies."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from qa.answer.generative import GenerativeAnswerer, supported
from qa.config import ROOT, Settings
from qa.service import Service, build, make_answerer
from tests.fakes import FakeEmbedder

SEEDS = ROOT / "corpus"
QUESTION = "哪个天使基金为大走廊提供科创天使投资？"


class ScriptedLLM(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions with the next scripted reply; "SLEEP" stalls past the client timeout."""

    replies: ClassVar[list[str]] = []
    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ScriptedLLM.requests.append(body)
        reply = ScriptedLLM.replies.pop(0)
        if reply == "SLEEP":
            time.sleep(3)
        payload = {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        data = json.dumps(payload, ensure_ascii=False).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except BrokenPipeError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def llm_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedLLM)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, llm_url: str) -> Service:
    root = tmp_path_factory.mktemp("gen")
    shutil.copytree(SEEDS, root / "corpus")
    settings = Settings().with_(
        corpus_dir=root / "corpus",
        index_dir=root / "index",
        llm_base_url=llm_url,
        llm_model="scripted",
        llm_timeout_s=1.0,
    )
    build(settings, FakeEmbedder())
    ScriptedLLM.replies = ["楚天凤鸣科创天使基金[1]。"]  # consumed by Service.load's warm-up question
    svc = Service.load(settings, FakeEmbedder())
    assert isinstance(svc.answerer, GenerativeAnswerer)
    return svc


def _ask(service: Service, *replies: str):  # type: ignore[no-untyped-def]
    ScriptedLLM.replies = list(replies)
    return service.ask(QUESTION, top_k=3)


def _fund_hit(service: Service) -> int:
    hits = service.retriever.search(QUESTION, k=3)
    return next(i for i, h in enumerate(hits, 1) if "楚天鳳鳴" in h.chunk.text)


def test_supported_answer_is_generative_with_exact_quote(service: Service) -> None:
    n = _fund_hit(service)
    answer = _ask(service, f"充分发挥楚天凤鸣科创天使基金作用，为大走廊建设提供科创天使投资[{n}]。")
    assert answer.mode == "generative" and answer.notice is None and answer.answerable
    cite = answer.citations[0]
    doc = service.corpus.get(cite.doc_id)
    assert doc is not None and doc.text[cite.start : cite.end] == cite.quote and "楚天鳳鳴" in cite.quote
    prompt = ScriptedLLM.requests[-1]["messages"][-1]["content"]
    assert QUESTION in prompt and "[1]" in prompt


def test_wrong_citation_is_dropped_and_falls_back(service: Service) -> None:
    wrong = 1 if _fund_hit(service) != 1 else 2
    answer = _ask(service, f"充分发挥楚天凤鸣科创天使基金作用，为大走廊建设提供科创天使投资[{wrong}]。")
    assert answer.mode == "extractive-fallback" and "not supported" in (answer.notice or "")
    assert "楚天" in answer.answer  # the extractive answer still answers


def test_unsupported_sentence_removed_supported_kept(service: Service) -> None:
    n = _fund_hit(service)
    answer = _ask(service, f"充分发挥楚天凤鸣科创天使基金作用[{n}]。该基金规模为500亿元[{n}]。")
    assert answer.mode == "generative" and answer.notice == "1 unsupported sentence(s) removed"
    assert "500亿元" not in answer.answer


def test_timeout_falls_back_to_extractive(service: Service) -> None:
    started = time.perf_counter()
    answer = _ask(service, "SLEEP")
    assert time.perf_counter() - started < 3
    assert answer.mode == "extractive-fallback" and "unavailable" in (answer.notice or "")


def test_no_answer_reply_falls_back(service: Service) -> None:
    answer = _ask(service, "NO_ANSWER")
    assert answer.mode == "extractive-fallback"


def test_the_reader_by_default(service: Service) -> None:
    from qa.answer.compound import CompoundAnswerer
    from qa.answer.reader.answerer import ReaderAnswerer

    default = make_answerer(Settings(), service.retriever, service.reader)
    assert isinstance(default, CompoundAnswerer) and type(default.inner) is ReaderAnswerer
    assert type(make_answerer(service.settings, service.retriever, service.reader)) is GenerativeAnswerer


def test_support_check_numbers_and_overlap() -> None:
    passage = "全社會R&D經費支出占地區生產總值的比重超過4.2%。"
    assert supported("研发经费占地区生产总值的比重超过4.2%[1]。", [passage])
    assert not supported("研发经费占地区生产总值的比重超过5.2%[1]。", [passage])
    assert not supported("湖北省将建设世界一流大学[1]。", [passage])
