"""Property-based fuzzing of every operation against the committed contract: no server error, and every
response matches the schema it documents."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def api_schema(live_server: str) -> schemathesis.BaseSchema:
    # some data to read back: a couple of stored articles (no worker runs, so they stay queued)
    for n in range(2):
        httpx.post(
            f"{live_server}/v1/articles",
            json={"text": f"Gunmen attacked village {n}.", "url": f"https://f.example/{n}"},
        )
    return schemathesis.openapi.from_url(f"{live_server}/docs/openapi.json")


def test_no_server_error_and_responses_match_the_schema(api_schema: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 11
    for operation in operations:

        @settings(
            max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True
        )
        @given(case=operation.as_strategy())
        def fuzz(case: schemathesis.Case) -> None:
            if case.query:
                # the contract documents the JSON page; the other formats are tested in test_read_api
                case.query.pop("format", None)
                if isinstance(case.query.get("wait"), int | float):
                    # a long-poll on an article no worker finishes lasts its whole wait: the parameter is fuzzed,
                    # the clock is not (tests/integration/test_article_waits.py times it)
                    case.query["wait"] = min(case.query["wait"], 0.1)
            case.call_and_validate(checks=CHECKS)

        fuzz()
