"""The OpenAPI document's error responses and examples. Every error is an RFC 9457 problem+json document, so
the contract says so for each operation (4xx it validates, 404 on resources, 503 while the database is away);
every JSON body an operation takes or returns has an example (service/api/examples.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from litestar.openapi.spec import (
    Components,
    Example,
    OpenAPI,
    OpenAPIMediaType,
    OpenAPIResponse,
    Operation,
    Reference,
    RequestBody,
    Schema,
)
from litestar.openapi.spec.enums import OpenAPIType

from service.api import examples

PROBLEM = "application/problem+json"

_PROBLEM_SCHEMA = Schema(
    type=OpenAPIType.OBJECT,
    required=["type", "title", "status"],
    properties={
        "type": Schema(type=OpenAPIType.STRING, description="A URI naming the kind of problem."),
        "title": Schema(type=OpenAPIType.STRING, description="Short summary of the kind of problem."),
        "status": Schema(type=OpenAPIType.INTEGER, description="The HTTP status code."),
        "detail": Schema(type=OpenAPIType.STRING, description="What was wrong with this request."),
        "instance": Schema(type=OpenAPIType.STRING, description="The request path."),
        "request_id": Schema(type=OpenAPIType.STRING, description="The id on this request's log lines."),
        "errors": Schema(
            type=OpenAPIType.ARRAY,
            items=Schema(type=OpenAPIType.OBJECT, additional_properties=True),
            description="One entry per invalid field or parameter.",
        ),
    },
    description="An RFC 9457 problem document.",
)
_DESCRIPTIONS = {
    "400": "Invalid input: the problem names the field or parameter.",
    "404": "No such resource.",
    "413": "The request body is larger than the service's limit (MAX_BODY_BYTES); the problem states it.",
    "415": "The request body is not sent as application/json.",
    "401": "An API key is required (when the service runs with INCIDENTS_AUTH=on).",
    "403": "The API key lacks the scope this operation needs.",
    "429": "Too many requests from this client; retry after the Retry-After delay.",
    "503": "The database is unavailable; retry after the Retry-After delay.",
}


@dataclass
class WholeExample(Example):
    """An example kept whole: litestar drops None values from the dicts it serialises, and an example's nulls
    are part of it (a required nullable field left out would make it invalid)."""

    def to_schema(self) -> dict[str, Any]:
        schema = super().to_schema()
        schema["value"] = self.value
        return schema


def _operations(document: OpenAPI) -> Iterator[tuple[str, Operation]]:
    for path, item in (document.paths or {}).items():
        for operation in (item.get, item.post, item.put, item.patch, item.delete):
            if operation is not None:
                yield path, operation


def document_problems(document: OpenAPI) -> OpenAPI:
    """Rewrite every error response of `document` to the problem+json schema, adding 401, 403, 404, 413, 415,
    429 and 503 where they can happen."""
    components = document.components if isinstance(document.components, Components) else Components()
    components.schemas = {**(components.schemas or {}), "Problem": _PROBLEM_SCHEMA}
    document.components = components
    for path, operation in _operations(document):
        responses = operation.responses or {}
        wanted = {"400", "503"} | ({"404"} if "{" in path else set())
        if path.startswith("/v1/"):
            wanted |= {"401", "403", "429"}
        if operation.request_body is not None:
            wanted |= {"413", "415"}
        for code in sorted(wanted | {c for c in responses if c[0] in "45"}):
            current = responses.get(code)
            description = current.description if isinstance(current, OpenAPIResponse) else _DESCRIPTIONS[code]
            problem = OpenAPIMediaType(schema=Reference(ref="#/components/schemas/Problem"))
            responses[code] = OpenAPIResponse(description=description, content={PROBLEM: problem})
        operation.responses = responses
    return document


def document_examples(document: OpenAPI) -> OpenAPI:
    """Put the examples of service/api/examples.py on each operation's JSON request and success bodies and on
    its 400 problem."""
    for _, operation in _operations(document):
        name = operation.operation_id or ""
        body = operation.request_body
        if name in examples.REQUESTS and isinstance(body, RequestBody) and "application/json" in body.content:
            body.content["application/json"].examples = {
                "mali": WholeExample(summary="An article on the JNIM attacks in Mali", value=examples.REQUESTS[name])
            }
        for code, response in (operation.responses or {}).items():
            if not isinstance(response, OpenAPIResponse):
                continue
            content = response.content or {}
            if code[0] == "2" and name in examples.RESPONSES and "application/json" in content:
                content["application/json"].examples = {
                    "mali": WholeExample(summary="JNIM attacks in Mali", value=examples.RESPONSES[name])
                }
            if code == "400" and name in examples.PROBLEMS and PROBLEM in content:
                content[PROBLEM].examples = {
                    "invalid-parameter": WholeExample(summary="A bbox with 3 numbers", value=examples.PROBLEMS[name])
                }
    return document
