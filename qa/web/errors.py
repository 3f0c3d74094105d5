"""Every failure leaves the HTTP edge as JSON `{"error": {"code", "message"}}` with the right status.

Library errors (`qa.errors`) know nothing about HTTP; this is the one place
that maps them to status codes. A catch-all turns anything unexpected into a
logged JSON 500, so no client ever sees an HTML traceback page.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from qa.errors import ModelError, NotFoundError, QAError, SearchIndexError, ValidationError

#: Machine-readable codes for the HTTP errors werkzeug and flask-limiter raise.
HTTP_CODES: Mapping[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    431: "headers_too_large",
    503: "not_ready",
}

#: Headers of a werkzeug exception worth keeping on the JSON response (405's Allow, 429's Retry-After …).
_KEPT_HEADERS = {"allow", "retry-after", "www-authenticate"}


class ApiError(Exception):
    """An error the API reports deliberately: status, code and a message that says what to fix."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """The one error body shape the API uses."""
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _http_message(exc: HTTPException) -> str:
    """A message that names the request where werkzeug's stock text would be vague."""
    if exc.code == 404:
        return f"no such resource: {request.method} {request.path}"
    if exc.code == 405:
        allowed = ", ".join(sorted(m for m in getattr(exc, "valid_methods", None) or () if m != "OPTIONS"))
        return f"{request.method} is not allowed on {request.path}; use {allowed}"
    if exc.code == 413:
        limit = request.max_content_length or 0
        return f"request body is larger than the limit of {limit // 1024} KiB"
    if exc.code == 429:
        return f"rate limit exceeded ({exc.description}); retry later"
    return exc.description or exc.name


def handle_http(exc: HTTPException) -> Response:
    """Routing, size and rate-limit errors: the status werkzeug chose, as JSON."""
    status = exc.code or 500
    headers = {name: value for name, value in exc.get_headers() if name.lower() in _KEPT_HEADERS}
    code = HTTP_CODES.get(status, (exc.name or "error").lower().replace(" ", "_"))
    return error_response(status, code, _http_message(exc), headers)


def handle_api(exc: ApiError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.headers)


def handle_qa(exc: QAError) -> Response:
    """Library errors: bad values → 422, unknown names → 404, missing model or index → 503."""
    if isinstance(exc, ValidationError):
        return error_response(422, exc.code, str(exc))
    if isinstance(exc, NotFoundError):
        return error_response(404, exc.code, str(exc))
    if isinstance(exc, SearchIndexError | ModelError):
        current_app.logger.error("service unavailable: %s", exc)
        return error_response(503, exc.code, str(exc))
    current_app.logger.error("%s failed: %s", request.path, exc)
    return error_response(500, exc.code, str(exc))


def handle_unexpected(exc: Exception) -> Response:
    """Last resort: log the traceback, tell the client only that it was our fault."""
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", "the server failed to handle this request; it has been logged")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(ApiError, handle_api)
    app.register_error_handler(QAError, handle_qa)
    app.register_error_handler(Exception, handle_unexpected)
