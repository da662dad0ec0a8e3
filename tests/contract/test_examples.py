"""The OpenAPI document's examples: every JSON body has one, and each is a valid instance of its schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from service.api import examples
from service.api.v1.filters import bbox_parameter
from service.contract import schemas
from service.contract.schemas import IncidentStats
from service.errors import InvalidParameter

DOCUMENT = json.loads((Path(__file__).parents[2] / "openapi" / "openapi.json").read_text(encoding="utf-8"))
SCHEMA_NAMES = ("Article", "ArticleIn", "Incident", "IncidentPage", "IncidentChanges", "Actor", "ActorPage",
                "Location", "LocationPage", "Health", "Job", "JobPage", "ReportPage")  # fmt: skip
TYPES: dict[str, type] = {name: getattr(schemas, name) for name in SCHEMA_NAMES} | {"IncidentStats": IncidentStats}


def _bodies() -> list[tuple[str, str, dict[str, Any]]]:
    """(operation id, what, media type object) of every JSON request and success body."""
    found = []
    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            name = operation["operationId"]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                found.append((name, "request", body))
            for code, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json")
                if code.startswith("2") and media is not None:
                    found.append((name, code, media))
    return found


@pytest.mark.parametrize(("operation", "what", "media"), _bodies(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_json_body_has_a_valid_example(operation: str, what: str, media: dict[str, Any]) -> None:
    assert media.get("examples"), f"{operation} {what} has no example"
    schema = TYPES[media["schema"]["$ref"].rsplit("/", 1)[1]]
    for example in media["examples"].values():
        # strict=False: JSON carries dates and timestamps as strings
        msgspec.convert(example["value"], schema, strict=False)


def test_the_problem_example_is_what_the_service_says() -> None:
    with pytest.raises(InvalidParameter) as raised:
        bbox_parameter("1,2,3")
    assert raised.value.parameter == examples.PROBLEM["errors"][0]["parameter"]
    assert raised.value.detail == examples.PROBLEM["detail"]
    assert raised.value.title == examples.PROBLEM["title"]
    listed = DOCUMENT["paths"]["/v1/incidents"]["get"]["responses"]["400"]["content"]["application/problem+json"]
    assert listed["examples"]["invalid-parameter"]["value"] == examples.PROBLEM
