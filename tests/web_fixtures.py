"""Fixtures and helpers for the web tests: a fast service over the seeds (fake embedder) and a schema check.

Import the fixture functions into a test module (`from tests.web_fixtures import client_fixture`); tests
then ask for them by their fixture names (`client`, `app`, `web_service`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from qa.config import ROOT
from qa.service import Service
from qa.web import GracefulServer, create_app
from tests.fakes import fake_service

SEEDS = ROOT / "corpus"
DOC_ID = "003_a5e75ae0d0a47dee"
QUESTION = "到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？"
TRADITIONAL_QUESTION = "黃岡（光谷）離岸科創中心引進了多少家孵化企業？"


@contextmanager
def serving(app: Flask) -> Iterator[str]:
    """The app behind the server `qa serve` runs, on a free loopback port in a background thread, for the
    duration of the block; stopped as a signal stops it (closing waitress from another thread races its
    select() and ends the loop on EBADF)."""
    server = GracefulServer(app, host="127.0.0.1", port=0, threads=4, grace_s=5)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()
        thread.join(timeout=10)


_JSON_TYPES: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


@pytest.fixture(scope="session", name="web_service")
def web_service_fixture(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The seed corpus indexed with the fake embedder: a real `Service` in about a second."""
    return fake_service(tmp_path_factory.mktemp("web"), SEEDS)


@pytest.fixture(name="app")
def app_fixture(web_service: Service) -> Flask:
    return create_app(web_service.settings, service=web_service)


@pytest.fixture(name="client")
def client_fixture(app: Flask) -> FlaskClient:
    return app.test_client()


def _type_ok(value: object, type_name: str) -> bool:
    if isinstance(value, bool) and type_name in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES[type_name])


def schema_errors(value: object, schema: Mapping[str, Any], components: Mapping[str, Any], at: str = "$") -> list[str]:
    """Where `value` breaks a (small subset of) JSON Schema: $ref, type, enum, const, properties, items."""
    if "$ref" in schema:
        return schema_errors(value, components[schema["$ref"].rsplit("/", 1)[1]], components, at)
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_type_ok(value, name) for name in names):
            return [f"{at}: {value!r} is not {types}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{at}: {value!r} not in {schema['enum']}"]
    if "const" in schema and value != schema["const"]:
        return [f"{at}: {value!r} != {schema['const']!r}"]
    errors: list[str] = []
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        errors += [f"{at}: missing {name}" for name in schema.get("required", []) if name not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{at}: undocumented {name}" for name in value if name not in props]
        for name, item in value.items():
            if name in props:
                errors += schema_errors(item, props[name], components, f"{at}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += schema_errors(item, schema["items"], components, f"{at}[{i}]")
    return errors


def parse_sse(text: str) -> list[tuple[str, str]]:
    """(event, data) pairs of a server-sent event stream; every data must be one line."""
    events: list[tuple[str, str]] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        event, data = "message", []
        for line in block.split("\n"):
            field, _, value = line.partition(":")
            if field == "event":
                event = value.strip()
            elif field == "data":
                data.append(value[1:] if value.startswith(" ") else value)
        assert len(data) == 1, block
        events.append((event, data[0]))
    return events
