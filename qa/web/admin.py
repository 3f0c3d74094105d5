"""Operator endpoints under /admin, behind `Authorization: Bearer <QA_ADMIN_TOKEN>`.

They are off (404) unless `QA_ADMIN_TOKEN` is set, and sit outside the API keys,
rate limit and readiness gate of /api: an operator must be able to reload a
service whose first load failed. `POST /admin/reload` does what SIGHUP does to
`qa serve`, but answers with the outcome. `/admin/documents` adds, lists and
deletes documents without shell access: a file is stored at once and indexed in
the background (`qa.web.ingestion`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from qa.errors import NotFoundError, QAError, UploadError
from qa.ingest import MAX_BYTES, uploads
from qa.web.api import DOC_ID_PATH, checked_doc_id
from qa.web.components import RESPONSES, Operation, documented
from qa.web.errors import HTTP_CODES, ApiError
from qa.web.ingestion import Ingestion
from qa.web.schemas import INTEGER, STRING, array, nullable, obj, once
from qa.web.security import is_valid_key, presented_key

if TYPE_CHECKING:
    from qa.web import ServiceSlot

bp = Blueprint("admin", __name__, url_prefix="/admin")
#: The maintainer page: outside `bp`, so the page loads without the token (typed into it) and says when admin is off.
page = Blueprint("admin_page", __name__)

RELOAD_RESULT = obj(
    {"status": {"type": "string", "enum": ["reloaded"]}, "build": STRING, "documents": INTEGER, "chunks": INTEGER}
)
_STATES = {"type": "string", "enum": ["queued", "indexing", "indexed", "failed", "not_indexed", "deleted"]}
DOCUMENT_STATUS = obj({"doc_id": STRING, "status": _STATES, "error": nullable(STRING), "source": nullable(STRING)})
_CLEANING = obj({"removed": array(obj({"line": STRING, "rule": STRING})), "kept_whole": {"type": "boolean"}})
DOCUMENT_REPORT = obj(
    {
        "doc_id": STRING,
        "status": _STATES,
        "error": nullable(STRING),
        "source": nullable(STRING),
        "cleaning": nullable(_CLEANING),
    }
)
ADMIN_RESPONSES = {
    "DocumentReport": DOCUMENT_REPORT,
    **RESPONSES,
    "DocumentStatus": DOCUMENT_STATUS,
    "DocumentStatuses": obj({"documents": array(DOCUMENT_STATUS)}),
}
#: An upload's body: the file (at most the loader's size limit) plus the multipart framing.
_UPLOAD_BODY = MAX_BYTES + 64 * 1024
_STATUS = {code: status for status, code in HTTP_CODES.items()} | {"storage_full": 507}


@bp.before_request
def require_admin_token() -> None:
    """404 when admin is off, 401 without a token, 403 with a wrong one (compared in constant time)."""
    token: str | None = current_app.config["QA_SETTINGS"].admin_token
    if token is None:
        raise ApiError(404, "not_found", "admin endpoints are off; set QA_ADMIN_TOKEN to enable them")
    presented = presented_key()
    if presented is None:
        raise ApiError(
            401,
            "unauthorized",
            "send the admin token as `Authorization: Bearer <QA_ADMIN_TOKEN>`",
            {"WWW-Authenticate": 'Bearer realm="qa-admin"'},
        )
    if not is_valid_key(presented, (token,)):
        raise ApiError(403, "forbidden", "the admin token is not valid")
    if request.endpoint == "admin.upload":
        request.max_content_length = _UPLOAD_BODY


@page.get("/admin/")
def admin_page() -> tuple[str, int]:
    enabled = current_app.config["QA_SETTINGS"].admin_token is not None
    return render_template("admin.html", enabled=enabled), 200 if enabled else 404


def ingestion_of() -> Ingestion:
    ingestion: Ingestion = current_app.extensions["qa_ingestion"]
    return ingestion


@bp.post("/documents")
@documented(
    Operation(
        "Add or replace a document: multipart field `file` (.txt .md .html .pdf .docx .doc), optional `doc_id`; "
        "stored at once, indexed in the background (needs the admin token)",
        {202: "DocumentStatus", 401: "Error", 403: "Error", 404: "Error", 413: "Error", 415: "Error", 422: "Error"},
        components=ADMIN_RESPONSES,
    )
)
def upload() -> tuple[Response, int]:
    once(request.files, "multipart field")
    once(request.form, "multipart field")
    file = request.files.get("file")
    if file is None or not file.filename:
        raise ApiError(
            422, "invalid_request", "send the document as the multipart/form-data field `file`, with its file name"
        )
    data = file.read(MAX_BYTES + 1)
    try:
        doc_id, path = uploads.store(
            current_app.config["QA_SETTINGS"].corpus_dir, file.filename, data, request.form.get("doc_id") or None
        )
    except UploadError as exc:
        raise ApiError(_STATUS.get(exc.code, 422), exc.code, str(exc)) from exc
    ingestion = ingestion_of()
    status = ingestion.submit(doc_id, path.name)
    ingestion.start()
    current_app.logger.info("stored %s for indexing", path.name)
    return jsonify(status.to_json()), 202


@bp.get("/documents")
@documented(
    Operation(
        "Every document in the corpus folder with its indexing status (needs the admin token)",
        {200: "DocumentStatuses", 401: "Error", 403: "Error", 404: "Error"},
        components=ADMIN_RESPONSES,
    )
)
def list_documents() -> Response:
    return jsonify(documents=[s.to_json() for s in ingestion_of().statuses()])


@bp.get("/documents/<doc_id>")
@documented(
    Operation(
        "One document's indexing status (needs the admin token)",
        {200: "DocumentReport", 400: "Error", 401: "Error", 403: "Error", 404: "Error"},
        path=DOC_ID_PATH,
        components=ADMIN_RESPONSES,
    )
)
def document_status(doc_id: str) -> Response:
    """The status, and the cleaning report of the document as the service has loaded it (null before)."""
    status = ingestion_of().status(checked_doc_id(doc_id))
    if status is None:
        raise ApiError(404, "not_found", f"no document {doc_id[:100]!r} in the corpus folder or the queue")
    service = current_app.extensions["qa"].service
    doc = service.corpus.get(doc_id) if service is not None else None
    cleaning = None
    if doc is not None:
        removed = [{"line": r.line, "rule": r.rule} for r in doc.removals]
        cleaning = {"removed": removed, "kept_whole": doc.kept_whole}
    return jsonify(status.to_json() | {"cleaning": cleaning})


@bp.delete("/documents/<doc_id>")
@documented(
    Operation(
        "Delete a document's file; its passages leave the index with the next background build (needs the admin token)",
        {202: "DocumentStatus", 400: "Error", 401: "Error", 403: "Error", 404: "Error"},
        path=DOC_ID_PATH,
        components=ADMIN_RESPONSES,
    )
)
def delete_document(doc_id: str) -> tuple[Response, int]:
    try:
        removed = uploads.remove(current_app.config["QA_SETTINGS"].corpus_dir, checked_doc_id(doc_id))
    except NotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    ingestion = ingestion_of()
    ingestion.forget(doc_id)
    ingestion.start()
    current_app.logger.info("deleted %s", ", ".join(p.name for p in removed))
    return jsonify(doc_id=doc_id, status="deleted", error=None, source=removed[0].name), 202


@bp.post("/reload")
@documented(
    Operation(
        "Reload the index and corpus from disk without downtime (needs the admin token)",
        {200: "ReloadResult", 401: "Error", 403: "Error", 404: "Error", 500: "Error"},
        components={**RESPONSES, "ReloadResult": RELOAD_RESULT},
    )
)
def reload() -> Response:
    """Blocks until the new index is loaded and swapped in; a broken one leaves the old one serving (500)."""
    slot: ServiceSlot = current_app.extensions["qa"]
    try:
        service = slot.reload(current_app.config["QA_SETTINGS"], current_app.logger)
    except QAError as exc:
        serving = "still serving the previous index" if slot.service is not None else "nothing is being served"
        raise ApiError(500, "reload_failed", f"reload failed, {serving}: {exc}") from exc
    return jsonify(
        status="reloaded",
        build=service.index.folder.name,
        documents=len(service.corpus.documents),
        chunks=len(service.index.chunks),
    )
