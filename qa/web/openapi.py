"""The OpenAPI 3.1 document, generated from the app's own routes and the schemas that validate them.

Every route under /api, /v1 and /admin appears (an undocumented one with a plain
200), so the document lists what the server really serves.
"""

from __future__ import annotations

import re
from typing import Any

from apispec import APISpec, BasePlugin
from flask import Flask
from werkzeug.routing import Rule

from qa.web.components import Operation, event_schema
from qa.web.schemas import ref
from qa.web.security import GUARDED_ERRORS, is_guarded

_STATUS_TEXT = {
    200: "OK",
    400: "Malformed request (not JSON, duplicate keys, not UTF-8, not an object, bad id)",
    401: "Missing or invalid API key (or admin token)",
    403: "Wrong admin token",
    404: "Not found",
    413: "Request body too large",
    415: "Request body is not application/json",
    422: "A field has a bad value; the message names it",
    429: "Rate limit exceeded",
    500: "Reload failed; the previous index keeps serving",
    503: "The model or index is still loading (or failed to load)",
}
DOCUMENTED_PREFIXES = ("/api/", "/v1/", "/admin/")
#: HTML pages under a documented prefix: not part of the API.
PAGES = frozenset({"admin_page.admin_page"})
OPEN_PATHS = ("/healthz", "/readyz")


class FlaskRulePlugin(BasePlugin):
    """apispec plugin: a werkzeug rule becomes an OpenAPI path; a view's `Operation` becomes its operations."""

    def path_helper(
        self,
        path: str | None = None,
        operations: dict[str, Any] | None = None,
        parameters: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> str | None:
        rule: Rule | None = kwargs.get("rule")
        operation: Operation | None = kwargs.get("operation")
        if rule is None:
            return None
        schemas = operation.path if operation else {}
        for name in sorted(rule.arguments):
            if parameters is not None:
                schema = schemas.get(name, {"type": "string"})
                parameters.append({"in": "path", "name": name, "required": True, "schema": schema})
        return re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule.rule)

    def operation_helper(
        self, path: str | None = None, operations: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        rule: Rule | None = kwargs.get("rule")
        operation: Operation | None = kwargs.get("operation")
        if rule is None or operation is None or operations is None:
            return
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operations[method.lower()] = operation_json(operation, is_guarded(rule.endpoint))


def operation_json(operation: Operation, guarded: bool) -> dict[str, Any]:
    responses = {**operation.responses, **(GUARDED_ERRORS if guarded else {})}
    result: dict[str, Any] = {
        "summary": operation.summary,
        "responses": {str(status): _response(status, target, operation) for status, target in responses.items()},
    }
    if operation.query:
        result["parameters"] = operation.query.query_parameters()
    if operation.body:
        content = {"application/json": {"schema": ref(operation.body.name)}}
        result["requestBody"] = {"required": True, "content": content}
    if guarded:
        result["security"] = [{}, {"bearer": []}, {"apiKey": []}]
    return result


def _response(status: int, target: str, operation: Operation) -> dict[str, Any]:
    if target not in operation.components:
        return {"description": target}
    content: dict[str, Any] = {"application/json": {"schema": ref(target)}}
    description = _STATUS_TEXT.get(status, target)
    if status == 200 and operation.stream:
        content["text/event-stream"] = {"schema": event_schema(operation.events)}
        description = f"{description}. {operation.stream}"
    return {"description": description, "content": content}


def documented_rules(app: Flask) -> list[Rule]:
    """The routes the document covers: everything under /api and /v1, plus the health checks."""
    rules = [
        r
        for r in app.url_map.iter_rules()
        if (r.rule.startswith(DOCUMENTED_PREFIXES) or r.rule in OPEN_PATHS) and r.endpoint not in PAGES
    ]
    return sorted(rules, key=lambda r: r.rule)


def openapi_document(app: Flask) -> dict[str, Any]:
    spec = APISpec(title="Policy Q&A API", version="1.0.0", openapi_version="3.1.0", plugins=[FlaskRulePlugin()])
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    spec.components.security_scheme("apiKey", {"type": "apiKey", "in": "header", "name": "X-API-Key"})
    routes = [(rule, _operation_of(app, rule)) for rule in documented_rules(app)]
    components: dict[str, dict[str, Any]] = {}
    for _, operation in routes:
        components |= dict(operation.components)
        if operation.body:
            components[operation.body.name] = operation.body.json_schema()
    for name in sorted(components):
        spec.components.schema(name, components[name])
    for rule, operation in routes:
        spec.path(rule=rule, operation=operation)
    return spec.to_dict()


def _operation_of(app: Flask, rule: Rule) -> Operation:
    view = app.view_functions[rule.endpoint]
    operation: Operation | None = getattr(view, "openapi", None)
    if operation is None:  # an undocumented route still appears, so the document lists every route
        summary = (view.__doc__ or rule.endpoint).strip().splitlines()[0]
        operation = Operation(summary, {200: "OK"})
    return operation
