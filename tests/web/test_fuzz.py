"""Property-based fuzzing of the API from its own OpenAPI document (schemathesis, on the fake-embedder service).

Every operation the document lists gets schema-valid requests (which must succeed)
and schema-breaking ones (which must get a documented 4xx); every response must
be a documented status with a documented content type and match its schema,
and nothing may answer 5xx. The budget is fixed and the run derandomized, so CI
sees the same cases every time.

schemathesis's own pytest loader (`from_fixture`) does not run under pytest 9,
so each operation is a hypothesis test of its own, reported as a subtest.
"""

from __future__ import annotations

import jsonschema_rs
import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.core.result import Ok

from qa.errors import ValidationError
from qa.service import Service
from qa.web import create_app
from qa.web.api import DOC_ID
from qa.web.schemas import MAX_QUESTION, TEXT_PATTERN, check_text
from tests.web_fixtures import QUESTION, web_service_fixture  # noqa: F401  (registers the fixture)

#: Examples per operation and generation mode (8 operations positive, the 4 with inputs negative): ~40 s on 2 cores.
MAX_EXAMPLES = 50
BUDGET = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # generated bodies are large and many are filtered: neither is a problem of the API
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@pytest.fixture(scope="module")
def fuzzed_app(web_service: Service) -> Flask:
    return create_app(web_service.settings, service=web_service)


def _can_break(case_source: schemathesis.APIOperation) -> bool:
    """Negative cases need something to get wrong: a parameter or a body."""
    return bool(case_source.body) or any(True for _ in case_source.iter_parameters())


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_api_keeps_its_documented_contract(fuzzed_app: Flask, mode: GenerationMode, subtests: pytest.Subtests) -> None:
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", fuzzed_app)
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert operations and len(operations) == len(results)  # every operation in the document is usable
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not _can_break(operation):
            continue

        @BUDGET
        @given(case=operation.as_strategy(generation_mode=mode))
        def fuzz(case: Case) -> None:
            case.call_and_validate()

        with subtests.test(operation.label):
            fuzz()
    served = fuzzed_app.test_client().post("/api/ask", json={"question": QUESTION})
    assert served.status_code == 200 and "4.2%" in served.get_json()["answer"]


# --- the documented patterns say what the validators do ------------------------------------------

#: Short strings from the characters where the rules differ: controls, blanks, BOM, separators, CJK.
TRICKY_TEXT = st.text(st.sampled_from("\x00\x07\t\n\r\x1b\x7f\x85\xa0 \u3000\ufeff\u2028\u200b./\\a光"), max_size=6)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=TRICKY_TEXT | st.text(max_size=MAX_QUESTION + 5))
def test_text_pattern_matches_check_text(text: str) -> None:
    """What a JSON Schema validator (ECMA-262 regex, jsonschema-rs) accepts is exactly what the server accepts."""
    schema = {"type": "string", "maxLength": MAX_QUESTION, "pattern": TEXT_PATTERN}
    try:
        check_text("question", text, MAX_QUESTION)
        accepted = True
    except ValidationError:
        accepted = False
    assert jsonschema_rs.is_valid(schema, text) == accepted


@settings(max_examples=300, deadline=None, derandomize=True)
@given(doc_id=TRICKY_TEXT | st.text(min_size=1, max_size=130))
def test_document_id_pattern_reads_the_same_in_ecma(doc_id: str) -> None:
    assert jsonschema_rs.is_valid({"pattern": f"^{DOC_ID.pattern}$"}, doc_id) == bool(DOC_ID.fullmatch(doc_id))
