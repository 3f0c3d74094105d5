"""API keys, per-client rate limits and hardening headers.

Keys and limits guard only the machine-facing routes (/api/*, /v1/*): the chat
page, health checks and the OpenAPI document stay open so a browser or a load
balancer never needs a secret.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Collection

from flask import Blueprint, Flask, Response, request
from flask_limiter import Limiter
from limits import parse_many

from qa.errors import ConfigError
from qa.web.errors import ApiError

GUARDED_BLUEPRINTS = ("api", "v1")
OPEN_ENDPOINTS = frozenset({"api.openapi"})
#: Statuses every guarded route can answer besides its own.
GUARDED_ERRORS = {401: "Error", 429: "Error", 503: "Error"}


def is_guarded(endpoint: str | None) -> bool:
    """Routes behind API keys and the readiness gate: /api/* and /v1/* except the OpenAPI document."""
    return endpoint is not None and endpoint.split(".", 1)[0] in GUARDED_BLUEPRINTS and endpoint not in OPEN_ENDPOINTS


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HARDENING_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def presented_key() -> str | None:
    """The key a client sent: `Authorization: Bearer <key>` (what OpenAI SDKs send) or `X-API-Key`."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("X-API-Key", "").strip() or None


def is_valid_key(key: str | None, keys: Collection[str]) -> bool:
    """Constant-time comparison against every configured key, so timing does not leak a prefix."""
    if key is None:
        return False
    found = False
    for candidate in keys:
        found |= hmac.compare_digest(key.encode(), candidate.encode())
    return found


def key_guard(keys: frozenset[str], guarded: Callable[[], bool]) -> Callable[[], None]:
    """A before-request hook: 401 on a guarded route without a valid key."""

    def check() -> None:
        if keys and guarded() and not is_valid_key(presented_key(), keys):
            raise ApiError(
                401,
                "unauthorized",
                "send a valid API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`",
                {"WWW-Authenticate": 'Bearer realm="qa"'},
            )

    return check


def client_key(keys: frozenset[str]) -> Callable[[], str]:
    """Rate-limit bucket: a valid API key (hashed, so the store never holds it), else the remote address.

    Invalid keys fall back to the address, so inventing keys does not buy fresh buckets.
    """

    def key() -> str:
        presented = presented_key()
        if keys and is_valid_key(presented, keys) and presented is not None:
            return "key:" + hashlib.sha256(presented.encode()).hexdigest()[:16]
        return "addr:" + (request.remote_addr or "unknown")

    return key


def install_rate_limit(
    app: Flask, limit: str | None, keys: frozenset[str], blueprints: Collection[Blueprint]
) -> Limiter | None:
    """One shared in-memory bucket per client across all `blueprints`; None disables limiting."""
    if limit is None:
        return None
    try:
        parse_many(limit)
    except ValueError as exc:
        raise ConfigError(f"rate limit {limit!r} is not valid (e.g. '600 per minute'): {exc}") from None
    limiter = Limiter(client_key(keys), app=app, storage_uri="memory://", headers_enabled=True)
    for blueprint in blueprints:
        limiter.shared_limit(limit, scope="api")(blueprint)
    return limiter


def add_hardening_headers(response: Response) -> Response:
    """Strict CSP (no inline script), no sniffing, no referrer, no framing — on every response."""
    for name, value in HARDENING_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
