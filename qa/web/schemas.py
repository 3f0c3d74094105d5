"""Request schemas, defined once: they validate requests and describe them in the OpenAPI document.

A field knows its JSON Schema and how to check a value; the error message
always names the field and the value the client sent, e.g.
"top_k must be an integer between 1 and 20, got 0". Validated requests come
back as small frozen dataclasses so the views stay typed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import unquote_to_bytes

from flask import request
from werkzeug.datastructures import MultiDict

from qa.errors import ValidationError
from qa.ingest import INVISIBLE, visible
from qa.web.errors import ApiError

T = TypeVar("T")

MAX_QUESTION = 1000
MAX_TOP_K = 20
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}
_QUERY_INT = re.compile(r"[+-]?[0-9]{1,9}")  # ASCII digits: int() would also take "٥" or "５"
#: What trimming removes: Python's whitespace plus U+FEFF, so "blank" means the same as `\s` in TEXT_PATTERN
#: (JSON Schema patterns are ECMA-262 regexes, whose `\s` includes U+FEFF).
_BLANK = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\ufeff"
#: Control characters (category Cc) as a regex class body, in a syntax both ECMA-262 and Python's `re` read alike.
CONTROLS = r"\u0000-\u001f\u007f-\u009f"
#: `check_text` as a JSON Schema pattern: no control characters but tab and line breaks, not blank (nor only
#: invisible format characters).
_TEXT_CHAR = r"[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]"
TEXT_PATTERN = rf"^{_TEXT_CHAR}*[^\s{CONTROLS}{INVISIBLE}]{_TEXT_CHAR}*$"


# --- JSON Schema building blocks (here and in `qa.web.components`) -------------------------

STRING: dict[str, Any] = {"type": "string"}
INTEGER: dict[str, Any] = {"type": "integer"}
NUMBER: dict[str, Any] = {"type": "number"}
BOOLEAN: dict[str, Any] = {"type": "boolean"}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "type": [schema["type"], "null"]}


def obj(properties: dict[str, Any], *, optional: tuple[str, ...] = (), extra: bool = False) -> dict[str, Any]:
    """An object whose properties are all required unless named in `optional`."""
    required = [name for name in properties if name not in optional]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": extra}


def shown(value: object, limit: int = 60) -> str:
    """A client's value as JSON (so `true` and `"5"` read as sent), shortened for messages."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_text(name: str, value: str, max_length: int) -> str:
    """Trimmed, non-empty, not too long, no control characters or lone surrogates (they break UTF-8).

    Length and characters are checked on what was sent, before trimming, as the documented
    `maxLength` and `pattern` do (U+0085 is whitespace to Python but a control character still).
    """
    if len(value) > max_length:
        raise ValidationError(f"{name} must be at most {max_length} characters, got {len(value)}")
    for position, ch in enumerate(value):
        if "\ud800" <= ch <= "\udfff":
            raise ValidationError(f"{name} contains an unpaired surrogate U+{ord(ch):04X} at position {position}")
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc":
            raise ValidationError(f"{name} contains the control character U+{ord(ch):04X} at position {position}")
    text = value.strip(_BLANK)
    if not visible(text).strip(_BLANK):  # invisible characters (U+200B …) alone are as blank
        raise ValidationError(f"{name} must not be empty")
    return text


@dataclass(frozen=True)
class Field:
    """One named value of a request: its JSON Schema and its check."""

    name: str
    description: str
    required: bool = False
    default: Any = None
    #: `null` means "not given" (OpenAI clients send nulls for unset options).
    nullable: bool = False

    def check(self, value: object, *, from_query: bool = False) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def documented_schema(self) -> dict[str, Any]:
        """`json_schema()`, also allowing `null` where the field takes it as "not given"."""
        schema = self.json_schema()
        return nullable(schema) if self.nullable else schema


@dataclass(frozen=True)
class Text(Field):
    max_length: int = MAX_QUESTION

    def check(self, value: object, *, from_query: bool = False) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"{self.name} must be a string, got {shown(value)}")
        return check_text(self.name, value, self.max_length)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "string",
            "minLength": 1,
            "maxLength": self.max_length,
            "pattern": TEXT_PATTERN,
            "description": self.description,
        }


@dataclass(frozen=True)
class Integer(Field):
    minimum: int = 1
    maximum: int = MAX_TOP_K

    def check(self, value: object, *, from_query: bool = False) -> int:
        if from_query and isinstance(value, str) and _QUERY_INT.fullmatch(value.strip()):
            value = int(value)
        # JSON has one number type: 5.0 is the integer 5, as JSON Schema's "integer" says
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        # bool is a subclass of int in Python, but `true` is not a number in JSON
        if isinstance(number, bool) or not isinstance(number, int) or not self.minimum <= number <= self.maximum:
            raise ValidationError(
                f"{self.name} must be an integer between {self.minimum} and {self.maximum}, got {shown(value)}"
            )
        return number

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        return schema | _default(self.default) | {"description": self.description}


@dataclass(frozen=True)
class Boolean(Field):
    def check(self, value: object, *, from_query: bool = False) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(f"{self.name} must be true or false, got {shown(value)}")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"} | _default(self.default) | {"description": self.description}


def _default(value: object) -> dict[str, Any]:
    """A `default` keyword, left out when the default is "not given" (None is not a valid value)."""
    return {} if value is None else {"default": value}


class Schema(Generic[T]):
    """A named set of fields that loads a JSON object (or query string) into a dataclass `T`."""

    def __init__(
        self, name: str, model: Callable[..., T], fields: tuple[Field, ...], *, allow_extra: bool = False
    ) -> None:
        self.name = name
        self.model = model
        self.fields = fields
        self.allow_extra = allow_extra

    def load(self, data: Mapping[str, object], *, from_query: bool = False) -> T:
        known = {f.name for f in self.fields}
        extra = sorted(set(data) - known)
        if extra and not self.allow_extra:
            raise ValidationError(f"unknown field {shown(extra[0])}; allowed: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for f in self.fields:
            if f.name not in data or (f.nullable and data[f.name] is None):
                if f.required:
                    raise ValidationError(f"{f.name} is required")
                values[f.name] = f.default
            else:
                values[f.name] = f.check(data[f.name], from_query=from_query)
        return self.model(**values)

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {f.name: f.documented_schema() for f in self.fields},
            "required": [f.name for f in self.fields if f.required],
            "additionalProperties": self.allow_extra,
        }
        return schema

    def query_parameters(self) -> list[dict[str, Any]]:
        """The fields as OpenAPI query parameters (for GET routes)."""
        return [
            {"in": "query", "name": f.name, "required": f.required, "schema": f.documented_schema()}
            for f in self.fields
        ]


# --- the requests -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AskRequest:
    question: str
    top_k: int
    #: None when the client did not say: then the Accept header decides.
    stream: bool | None


@dataclass(frozen=True)
class SearchRequest:
    q: str
    k: int


ASK = Schema(
    "AskRequest",
    AskRequest,
    (
        Text("question", f"The question, 1–{MAX_QUESTION} characters after trimming.", required=True),
        Integer("top_k", "How many passages to retrieve.", default=5),
        Boolean("stream", "Answer as server-sent events (also chosen by `Accept: text/event-stream`)."),
    ),
)

SEARCH = Schema(
    "SearchRequest",
    SearchRequest,
    (
        Text("q", "The query.", required=True),
        Integer("k", "How many passages to return.", default=5),
    ),
)


def load_query(schema: Schema[T]) -> T:
    """Validate the query string (first value of each parameter); 400 when it is not UTF-8.

    werkzeug would quietly turn bad bytes into U+FFFD and search for that.
    """
    try:
        unquote_to_bytes(request.query_string).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_utf8", f"query string is not valid UTF-8 (byte {exc.start})") from None
    once(request.args, "query parameter")
    return schema.load(request.args.to_dict(flat=True), from_query=True)


def once(fields: MultiDict[str, Any], kind: str) -> None:
    """A 422 when a request gives one field twice ("?q=a&q=b"): which one was meant is not ours to guess."""
    for name in fields:
        if (n := len(fields.getlist(name))) > 1:
            raise ValidationError(f"{kind} {shown(name)} is given {n} times; give it once")


def load_json(schema: Schema[T]) -> T:
    """Validate a JSON request body: 415 without a JSON content type, 400 when it is not a JSON object."""
    if request.mimetype != "application/json":
        raise ApiError(
            415,
            "unsupported_media_type",
            f"send a JSON body with Content-Type: application/json, got {shown(request.mimetype or None)}",
        )
    raw = request.get_data(cache=False)  # raises 413 over MAX_CONTENT_LENGTH
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_utf8", f"request body is not valid UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise ApiError(400, "invalid_json", "request body nests too deeply") from None
    except ValueError as exc:  # JSONDecodeError, NaN/Infinity, integers with too many digits
        raise ApiError(400, "invalid_json", f"request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "not_an_object", f"request body must be a JSON object, got {_json_type(data)}")
    return schema.load(data)


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse duplicate keys: parsers disagree on which one wins, so a proxy could vet one value and we use another."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"duplicate key {shown(key)}")
        data[key] = value
    return data
