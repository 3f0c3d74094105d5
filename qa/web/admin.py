"""Operator endpoints under /admin, behind `Authorization: Bearer <QA_ADMIN_TOKEN>`.

They are off (404) unless `QA_ADMIN_TOKEN` is set, and sit outside the API keys,
rate limit and readiness gate of /api: an operator must be able to reload a
service whose first load failed. `POST /admin/reload` does what SIGHUP does to
`qa serve`, but answers with the outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Blueprint, Response, current_app, jsonify

from qa.errors import QAError
from qa.web.errors import ApiError
from qa.web.schemas import INTEGER, RESPONSES, STRING, Operation, documented, obj
from qa.web.security import is_valid_key, presented_key

if TYPE_CHECKING:
    from qa.web import ServiceSlot

bp = Blueprint("admin", __name__, url_prefix="/admin")

RELOAD_RESULT = obj(
    {"status": {"type": "string", "enum": ["reloaded"]}, "build": STRING, "documents": INTEGER, "chunks": INTEGER}
)


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
