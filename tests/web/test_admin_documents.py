"""Uploads without shell access: POST/GET/DELETE /admin/documents, background indexing, recovery.

A fresh copy of the seed corpus per test, indexed with the fake embedder (about a second).
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from qa.config import Settings
from qa.service import Service, build
from qa.web import create_app
from tests.fakes import FakeEmbedder
from tests.ingest.test_formats import BAD_FILES, _docx_bytes, pdf_bytes
from tests.web_fixtures import QUESTION, SEEDS

TOKEN = "admin-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEWS = "\n".join(
    [
        "原标题：量子飞跃计划启动",
        "来源：新华网",
        "量子飞跃计划由省科技厅牵头，首批支持12个量子通信项目，总投资3.5亿元。",
        "责任编辑：张三",
    ]
)


@pytest.fixture(params=["faiss", pytest.param("milvus", marks=pytest.mark.slow)])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Flask:
    """The admin API over each index backend (Milvus: an embedded milvus-lite database)."""
    shutil.copytree(SEEDS, tmp_path / "corpus")
    settings = Settings().with_(
        corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", admin_token=TOKEN, index_backend=request.param
    )
    embedder = FakeEmbedder()
    build(settings, embedder)
    return create_app(settings, service=Service.load(settings, embedder))


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _upload(client: FlaskClient, name: str, data: bytes, **form: str) -> Any:
    return client.post("/admin/documents", headers=AUTH, data={"file": (io.BytesIO(data), name), **form})


def _settle(app: Flask) -> None:
    assert app.extensions["qa_ingestion"].wait_idle(60)


def _search(client: FlaskClient, q: str) -> set[str]:
    return {h["doc_id"] for h in client.get("/api/search", query_string={"q": q, "k": 20}).get_json()["hits"]}


def test_upload_is_stored_indexed_and_searchable_then_deleted(app: Flask, client: FlaskClient) -> None:
    queued = _upload(client, "量子 计划.txt", NEWS.encode("gb18030"))
    assert queued.status_code == 202 and queued.get_json() == {
        "doc_id": "量子_计划",
        "status": "queued",
        "error": None,
        "source": "量子_计划.txt",
    }
    _settle(app)
    status = client.get("/admin/documents/量子_计划", headers=AUTH).get_json()
    assert status["status"] == "indexed" and status["error"] is None
    rules = {r["rule"] for r in status["cleaning"]["removed"]}
    assert {"label line «原标题»", "label line «来源»"} <= rules and not status["cleaning"]["kept_whole"]
    assert "量子_计划" in _search(client, "量子飞跃计划由哪个部门牵头")
    listed = client.get("/admin/documents", headers=AUTH).get_json()["documents"]
    assert {d["doc_id"]: d["status"] for d in listed}["量子_计划"] == "indexed" and len(listed) == 6

    deleted = client.delete("/admin/documents/量子_计划", headers=AUTH)
    assert deleted.status_code == 202 and deleted.get_json()["status"] == "deleted"
    _settle(app)
    assert client.get("/admin/documents/量子_计划", headers=AUTH).status_code == 404
    assert "量子_计划" not in _search(client, "量子飞跃计划由哪个部门牵头")
    assert client.delete("/admin/documents/量子_计划", headers=AUTH).status_code == 404


def test_pdf_and_docx_uploads_with_a_chosen_id(app: Flask, client: FlaskClient) -> None:
    lines = NEWS.split("\n")
    assert _upload(client, "a.pdf", pdf_bytes([lines[:2], lines[2:]]), doc_id="quantum-pdf").status_code == 202
    assert _upload(client, "b.docx", _docx_bytes(*lines), doc_id="quantum-docx").status_code == 202
    _settle(app)
    statuses = {d["doc_id"]: d for d in client.get("/admin/documents", headers=AUTH).get_json()["documents"]}
    assert statuses["quantum-pdf"]["status"] == statuses["quantum-docx"]["status"] == "indexed"
    assert {"quantum-pdf", "quantum-docx"} <= _search(client, "量子通信项目总投资")


def test_every_bad_file_is_refused_or_fails_with_its_reason_and_answers_go_on(app: Flask, client: FlaskClient) -> None:
    refused, queued = {}, {}
    for name, (make, reason) in sorted(BAD_FILES.items()):
        response = _upload(client, name, make(), doc_id=name.replace(".", "-"))  # empty.txt, empty.pdf: two ids
        if response.status_code == 202:
            queued[response.get_json()["doc_id"]] = reason
        else:
            refused[name] = response
    _settle(app)
    for doc_id, reason in queued.items():
        status = client.get(f"/admin/documents/{doc_id}", headers=AUTH).get_json()
        assert status["status"] == "failed" and re.search(reason, status["error"]), status
    for name, response in refused.items():
        assert response.status_code in (413, 415, 422), (name, response.get_json())
        assert name in response.get_json()["error"]["message"]
    assert len(refused) + len(queued) == len(BAD_FILES) >= 15
    answer = client.post("/api/ask", json={"question": QUESTION})
    assert answer.status_code == 200 and answer.get_json()["citations"]
    assert len(client.get("/admin/documents", headers=AUTH).get_json()["documents"]) == 5 + len(queued)


def test_an_id_that_names_no_document_is_refused_alike_by_every_endpoint(client: FlaskClient) -> None:
    for method, path in (("GET", "/admin/documents/"), ("DELETE", "/admin/documents/"), ("GET", "/api/documents/")):
        response = client.open(path + "%2e%2e", method=method, headers=AUTH)
        assert response.status_code == 400, (method, path, response.get_json())
        assert response.get_json()["error"]["code"] == "invalid_document_id"


@pytest.mark.parametrize(
    ("form", "status", "code"),
    [
        ({}, 422, "invalid_request"),  # no file field
        ({"file": (b"x", "")}, 422, "invalid_request"),  # no file name
        ({"file": (b"MZ\x90", "tool.exe")}, 415, "unsupported_media_type"),
        ({"file": (NEWS.encode(), "a.txt"), "doc_id": "../etc"}, 422, "invalid_request"),
        ({"file": (NEWS.encode(), "a.txt"), "doc_id": ["one", "two"]}, 422, "invalid_request"),  # which one?
    ],
)
def test_malformed_upload_requests(client: FlaskClient, form: dict[str, Any], status: int, code: str) -> None:
    data = {k: (io.BytesIO(v[0]), v[1]) if isinstance(v, tuple) else v for k, v in form.items()}  # fresh per run
    response = client.post("/admin/documents", headers=AUTH, data=data)
    assert response.status_code == status and response.get_json()["error"]["code"] == code


def test_uploads_need_the_token_and_a_size_limit(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    assert client.post("/admin/documents", data={"file": (io.BytesIO(b"x"), "a.txt")}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/admin/documents", headers=wrong, data={"file": (io.BytesIO(b"x"), "a.txt")}).status_code == 403
    assert client.get("/admin/documents", headers=wrong).status_code == 403
    monkeypatch.setattr("qa.web.admin._UPLOAD_BODY", 1024)
    too_big = _upload(client, "big.txt", NEWS.encode() * 100)
    assert too_big.status_code == 413 and "1 KiB" in too_big.get_json()["error"]["message"]


def test_a_file_stored_before_a_crash_is_indexed_on_the_next_start(app: Flask) -> None:
    settings: Settings = app.config["QA_SETTINGS"]
    (settings.corpus_dir / "900_quantum.txt").write_text(NEWS, encoding="utf-8")  # stored, never indexed
    changed = next(settings.corpus_dir.glob("003_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增条款：量子计算中心年内建成。\n", encoding="utf-8")
    restarted = create_app(settings, service=Service.load(settings, FakeEmbedder()))
    ingestion = restarted.extensions["qa_ingestion"]
    ingestion.start()  # `qa serve` starts it
    assert ingestion.wait_idle(60)
    assert ingestion.status("900_quantum").status == "indexed"
    assert ingestion.status(changed.stem).status == "indexed"
    reloaded = restarted.extensions["qa"].service
    assert "量子计算中心年内建成" in reloaded.corpus.get(changed.stem).text
    assert "900_quantum" in _search(restarted.test_client(), "量子飞跃计划由哪个部门牵头")


def test_the_admin_page_is_served_and_says_when_admin_is_off(app: Flask, client: FlaskClient) -> None:
    page = client.get("/admin/")
    assert page.status_code == 200 and b"admin.js" in page.data
    service = app.extensions["qa"].service
    off = create_app(service.settings.with_(admin_token=None), service=service)
    closed = off.test_client().get("/admin/")
    assert closed.status_code == 404 and b"QA_ADMIN_TOKEN" in closed.data and b"admin.js" not in closed.data
