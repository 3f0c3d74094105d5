"""The Flask app factory, through the test client."""

from __future__ import annotations

from pathlib import Path

from qa.config import Settings
from qa.web import create_app


def _client(corpus_dir: Path | None = None):  # type: ignore[no-untyped-def]
    """An app with no index: its background loader fails at once instead of loading the model."""
    settings = Settings().with_(index_dir=Path("/nonexistent/qa-index"))
    if corpus_dir is not None:
        settings = settings.with_(corpus_dir=corpus_dir)
    return create_app(settings).test_client()


def test_healthz() -> None:
    assert _client().get("/healthz").get_json() == {"status": "ok"}


def test_page_lists_documents_with_hardening_headers() -> None:
    response = _client().get("/")
    assert response.status_code == 200
    assert "武鄂協同創新取得新突破" in response.get_data(as_text=True)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_document_text_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(
        "<script>alert(1)</script><img src=x onerror=alert(1)>\n" + "正文内容，" * 30, encoding="utf-8"
    )
    body = _client(tmp_path).get("/").get_data(as_text=True)
    assert "<script>alert" not in body and "&lt;script&gt;" in body


def test_unknown_route_is_json_404() -> None:
    response = _client().get("/nope")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
