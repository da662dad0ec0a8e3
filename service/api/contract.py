"""The OpenAPI document's error responses: every error is an RFC 9457 problem+json document, so the contract
says so for each operation (4xx it validates, 404 on resources, 503 while the database is away)."""

from __future__ import annotations

from litestar.openapi.spec import Components, OpenAPI, OpenAPIMediaType, OpenAPIResponse, Reference, Schema
from litestar.openapi.spec.enums import OpenAPIType

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
    "401": "An API key is required (when the service runs with INCIDENTS_AUTH=on).",
    "403": "The API key lacks the scope this operation needs.",
    "429": "Too many requests from this client; retry after the Retry-After delay.",
    "503": "The database is unavailable; retry after the Retry-After delay.",
}


def document_problems(document: OpenAPI) -> OpenAPI:
    """Rewrite every error response of `document` to the problem+json schema, adding 401, 403, 404, 429 and
    503 where they can happen."""
    components = document.components if isinstance(document.components, Components) else Components()
    components.schemas = {**(components.schemas or {}), "Problem": _PROBLEM_SCHEMA}
    document.components = components
    problem = {PROBLEM: OpenAPIMediaType(schema=Reference(ref="#/components/schemas/Problem"))}
    for path, item in (document.paths or {}).items():
        for operation in (item.get, item.post, item.put, item.patch, item.delete):
            if operation is None:
                continue
            responses = operation.responses or {}
            wanted = {"400", "503"} | ({"404"} if "{" in path else set())
            if path.startswith("/v1/"):
                wanted |= {"401", "403", "429"}
            for code in sorted(wanted | {c for c in responses if c[0] in "45"}):
                current = responses.get(code)
                description = current.description if isinstance(current, OpenAPIResponse) else _DESCRIPTIONS[code]
                responses[code] = OpenAPIResponse(description=description, content=problem)
            operation.responses = responses
    return document
