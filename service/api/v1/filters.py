"""The incident filters as query parameters of the incident list and the statistics: one litestar parameter for
each declaration in `service.contract.filters`, so the OpenAPI document shows every filter as it is declared."""

from __future__ import annotations

import inspect
from typing import Annotated, Any

from litestar.di import NamedDependency, Provide
from litestar.openapi.spec import Example
from litestar.params import Parameter

from service.contract.filters import FILTERS, IncidentFilter, InvalidFilter, Query, parse, parse_bbox
from service.errors import InvalidParameter


def _parameter(query: Query) -> Any:
    """The litestar annotation of a filter's query parameter (optional: absent, the filter is off)."""
    bounds = {k: getattr(query, k) for k in ("ge", "gt", "le", "max_length") if getattr(query, k) is not None}
    examples = [Example(value=query.example)] if query.example is not None else None
    return Annotated[query.type | None, Parameter(description=query.description, examples=examples, **bounds)]


async def _provide(**given: Any) -> IncidentFilter:
    """The request's incident filters, validated (a request with bad filters is refused before it takes a
    connection)."""
    try:
        return parse(given)
    except InvalidFilter as exc:
        raise InvalidParameter(exc.parameter, exc.detail) from None


# litestar reads a provider's parameters from its signature and annotations: both are made from the declarations
_provide.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_parameter(query))
        for name, query in FILTERS.items()
    ],
    return_annotation=IncidentFilter,
)
_provide.__annotations__ = {name: _parameter(query) for name, query in FILTERS.items()} | {"return": IncidentFilter}

provide_incident_filter = Provide(_provide)
"""The ``filters`` dependency of the incident list and the statistics."""

Filters = NamedDependency[IncidentFilter]
"""Handler parameter type for the request's incident filters."""


def bbox_parameter(bbox: str) -> tuple[float, float, float, float]:
    """A bbox query parameter (of another resource than incidents) as numbers, checked."""
    try:
        return parse_bbox(bbox)
    except InvalidFilter as exc:
        raise InvalidParameter(exc.parameter, exc.detail) from None
