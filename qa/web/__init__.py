"""Web: HTTP requests in; JSON answers, the chat page and the admin page out.

`create_app(settings)` wires the blueprints, security and the shared service.

The service (model + index) lives on the app as `app.extensions["qa"]`, a
`ServiceSlot`. Given no service, the app loads one in a background thread, so
the server answers health checks at once and the API says `not_ready` (503)
until the model is warm. A reload (`POST /admin/reload`, or SIGHUP to `qa
serve`) swaps a freshly loaded service into the slot while requests in flight
finish on the old one.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Any, Literal

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from flask.json.provider import DefaultJSONProvider

from qa.answer import Reader
from qa.config import Settings
from qa.errors import QAError
from qa.search import Embedder, Index
from qa.service import Service
from qa.web import admin, api, chat, openai_compat
from qa.web.components import Operation, documented
from qa.web.errors import ApiError, register_error_handlers
from qa.web.ingestion import Ingestion
from qa.web.security import (
    add_hardening_headers,
    install_rate_limit,
    is_guarded,
    key_guard,
)
from qa.web.serving import GracefulServer as GracefulServer  # re-exported for `qa serve`

#: Largest accepted request body (a question is at most 1000 characters).
MAX_BODY = 64 * 1024

State = Literal["loading", "ready", "failed"]

#: Loading a model is CPU- and memory-heavy: several apps in one process (tests) load one at a time.
_LOAD_LOCK = threading.Lock()


class ServiceSlot:
    """The app's `Service`, possibly still loading; `require()` is what API views call."""

    def __init__(self, service: Service | None = None) -> None:
        self._service = service
        self._error: str | None = None
        self._done = threading.Event()
        self._reload_lock = threading.Lock()
        if service is not None:
            self._done.set()

    @property
    def service(self) -> Service | None:
        return self._service

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def state(self) -> State:
        if self._service is not None:
            return "ready"
        return "failed" if self._error is not None else "loading"

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loading has finished (either way); True if it did within `timeout`."""
        return self._done.wait(timeout)

    def require(self) -> Service:
        if self._service is not None:
            return self._service
        if self._error is not None:
            raise ApiError(503, "not_ready", f"the service failed to load: {self._error}")
        raise ApiError(503, "not_ready", "the model and index are still loading; retry shortly", {"Retry-After": "5"})

    def finish(self, service: Service | None, error: str | None) -> None:
        self._service, self._error = service, error
        self._done.set()

    def load_in_background(
        self,
        settings: Settings,
        logger: logging.Logger,
        embedder: Embedder | None = None,
        index: Index | None = None,
        reader: Reader | None = None,
    ) -> threading.Thread:
        """Start `Service.load(settings, embedder, …)` in a thread that holds the slot only weakly.

        An app dropped before its turn to load (common in tests) is then never loaded at all.
        Not a daemon: killing it mid-way through loading torch weights aborts the interpreter.
        """
        thread = threading.Thread(
            target=_load_into,
            args=(weakref.ref(self), settings, logger, embedder, index, reader),
            name="qa-service-loader",
            daemon=False,
        )
        thread.start()
        return thread

    def reload(self, settings: Settings, logger: logging.Logger) -> Service:
        """Load the index and corpus as they are now and swap the new service in; return it.

        The swap is one assignment: requests already running finish on the old service, and if
        loading fails (the error propagates) the old one keeps serving. The warm embedder is
        reused, so the model is never loaded twice. One reload at a time; during start-up it
        waits for the first load.
        """
        self.wait()
        with self._reload_lock:
            old = self._service
            try:
                service = old.reloaded() if old is not None else Service.load(settings)
            except QAError as exc:
                keeping = "still serving the previous index" if old is not None else "nothing to serve"
                logger.error("reload failed, %s: %s", keeping, exc)
                raise
            self._service, self._error = service, None
        logger.info(
            "reloaded: build %s, %d documents, %d chunks",
            service.index.folder.name,
            len(service.corpus.documents),
            len(service.index.chunks),
        )
        return service

    def reload_in_background(self, settings: Settings, logger: logging.Logger) -> threading.Thread:
        """`reload` in a thread (a signal handler must not block the server loop); errors are logged."""

        def run() -> None:
            try:
                self.reload(settings, logger)
            except QAError:
                pass  # already logged by reload
            except Exception:  # a thread's exception would otherwise vanish
                logger.exception("reload failed, still serving the previous index")

        thread = threading.Thread(target=run, name="qa-service-reloader", daemon=False)
        thread.start()
        return thread


def _load_into(
    slot_ref: weakref.ref[ServiceSlot],
    settings: Settings,
    logger: logging.Logger,
    embedder: Embedder | None,
    index: Index | None,
    reader: Reader | None,
) -> None:
    with _LOAD_LOCK:
        if slot_ref() is None:
            return
        service: Service | None = None
        error: str | None = None
        try:
            service = Service.load(settings, embedder, index=index, reader=reader)
        except QAError as exc:
            error = str(exc)
            logger.error("cannot load the service: %s", error)
        except Exception as exc:  # a thread's exception would otherwise vanish; readyz must say why
            error = f"{type(exc).__name__}: {exc}"
            logger.exception("cannot load the service")
        else:
            logger.info(
                "service ready: %d documents, %d chunks", len(service.corpus.documents), len(service.index.chunks)
            )
    slot = slot_ref()
    if slot is not None:
        slot.finish(service, error)


def slot_of(app: Flask) -> ServiceSlot:
    slot: ServiceSlot = app.extensions["qa"]
    return slot


# --- health ------------------------------------------------------------------------------------

health = Blueprint("health", __name__)


@health.get("/healthz")
@documented(Operation("Liveness: the process answers", {200: "Status"}))
def healthz() -> Response:
    return jsonify(status="ok")


@health.get("/readyz")
@documented(Operation("Readiness: model warm and index loaded", {200: "Status", 503: "Status"}))
def readyz() -> Any:
    slot = slot_of(current_app)
    if slot.state == "ready":
        return jsonify(status="ready")
    if slot.state == "failed":
        return jsonify(status="failed", message=slot.error), 503
    return jsonify(status="loading"), 503, {"Retry-After": "5"}


def readiness_gate() -> None:
    """/api/* and /v1/* answer 503 `not_ready` until the service is loaded."""
    if is_guarded(request.endpoint):
        slot_of(current_app).require()


# --- the factory -------------------------------------------------------------------------------


def create_app(
    settings: Settings | None = None,
    service: Service | None = None,
    *,
    embedder: Embedder | None = None,
    index: Index | None = None,
    reader: Reader | None = None,
) -> Flask:
    """The WSGI app.

    `settings.api_keys`: when non-empty, /api/* and /v1/* need one of them. `settings.rate_limit`
    (flask-limiter syntax, per API key or client address, shared by /api and /v1); None disables it.
    `settings.admin_token` enables /admin/*. Given no service, one is loaded from `settings` in the
    background, starting from `embedder`, `index` and `reader` when the caller has already loaded them.
    """
    settings = settings or Settings.from_env()
    keys = settings.api_keys
    app = Flask(__name__)
    app.config["QA_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    if isinstance(app.json, DefaultJSONProvider):
        app.json.ensure_ascii = False  # Chinese text stays readable in responses
        app.json.sort_keys = False
    slot = ServiceSlot(service)
    app.extensions["qa"] = slot
    register_error_handlers(app)
    for blueprint in (chat.bp, health, api.bp, openai_compat.bp, admin.bp, admin.page):
        app.register_blueprint(blueprint)
    # order matters: rate limit (registered by the limiter), then key check, then readiness
    install_rate_limit(app, settings.rate_limit, keys, (api.bp, openai_compat.bp))
    app.before_request(key_guard(keys, lambda: is_guarded(request.endpoint)))
    app.before_request(readiness_gate)
    app.after_request(add_hardening_headers)
    app.extensions["qa_ingestion"] = Ingestion(settings, slot, app.logger)  # started by `qa serve` or an upload
    if service is None:
        slot.load_in_background(settings, app.logger, embedder, index, reader)
    return app
