"""Incidents: the coded events, filtered, sorted and paged, as JSON, GeoJSON, CSV or an NDJSON export."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import asyncpg
import msgspec
from litestar import Controller, Request, Response, get
from litestar.datastructures import State
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter
from litestar.response import Stream
from litestar.status_codes import HTTP_308_PERMANENT_REDIRECT

from service.api.v1 import formats
from service.api.v1.deps import Conn, connection
from service.api.v1.filters import Filters, provide_incident_filter
from service.api.v1.pagination import Cursors, PageCursor, PageLimit, Position
from service.contract.filters import IncidentFilter, Sort
from service.contract.schemas import Incident, IncidentChanges, IncidentPage, Merged, ReportPage
from service.db.queries import changes, incidents, reports
from service.errors import PROBLEM_JSON, NotFound, problem_document
from service.middleware import etag

IncidentId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Incident id.")]
Format = Literal["json", "geojson", "csv", "ndjson"]
NDJSON = "application/x-ndjson"
ChangeCursor = Annotated[
    str | None,
    Parameter(max_length=512, description="next_cursor of the page before; absent: from the first change."),
]
ChangeLimit = Annotated[int, Parameter(ge=1, le=500, description="Changes per page, 1 to 500.")]


class ExportStream(Stream):
    """A stream whose own media type wins over the handler's JSON default (Stream would take the handler's)."""

    def to_asgi_response(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["media_type"] = self.media_type
        return super().to_asgi_response(*args, **kwargs)


_ACCEPT = {"application/geo+json": "geojson", "text/csv": "csv", "application/x-ndjson": "ndjson"}


def _format(request: Request[Any, Any, State], requested: Format | None) -> Format:
    if requested:
        return requested
    accept = request.headers.get("accept", "")
    for media, name in _ACCEPT.items():
        if media in accept:
            return name  # type: ignore[return-value]
    return "json"


class IncidentController(Controller):
    path = "/incidents"
    tags = ["incidents"]
    dependencies = {"filters": provide_incident_filter}

    @get(
        "/",
        operation_id="listIncidents",
        summary="List incidents",
        description=(
            "Incidents matching every given filter, newest first by default, in pages joined by an opaque "
            "`next_cursor`: a page costs the same however deep it is, and no row is skipped or repeated while "
            "new incidents arrive. `format=geojson` (or `Accept: application/geo+json`) gives a GeoJSON "
            "FeatureCollection, `format=csv` ACLED-like CSV rows, and `format=ndjson` streams every matching "
            "incident, one JSON document per line, ignoring `limit` and `cursor`."
        ),
    )
    async def list_incidents(
        self,
        request: Request[Any, Any, State],
        filters: Filters,
        sort: Annotated[
            Sort, Parameter(description="Order: -date (default), date, -fatalities, updated_at.")
        ] = "-date",
        cursor: PageCursor = None,
        limit: PageLimit = 50,
        format: Annotated[Format | None, Parameter(description="json (default), geojson, csv or ndjson.")] = None,
    ) -> IncidentPage:
        chosen = _format(request, format)
        if chosen == "ndjson":
            pool: asyncpg.Pool = request.app.state.pool
            return ExportStream(_export(pool, filters, sort), media_type=NDJSON)  # type: ignore[return-value]
        cursors: Cursors = request.app.state.cursors
        after = None
        if cursor is not None:
            position = cursors.decode(cursor, sort)
            after = (str(position.key), position.id)
        # the connection is taken here rather than injected: a request with bad filters never holds one, and
        # with a single dependency litestar resolves it without starting a task group
        async with connection(request.app.state) as conn:
            rows = await incidents.search(conn, filters, sort, after, limit + 1)
            _, _, docs, versions = zip(*rows[:limit], strict=True) if rows else ((), (), (), ())
            items = [incidents.decode(doc) for doc in docs] if chosen != "json" else []
            urls = await incidents.source_urls(conn, _article_ids(items)) if chosen == "csv" else {}
        next_cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            next_cursor = cursors.encode(Position(sort=sort, key=last["sort_key"], id=last["id"]))
        # other media types answer the same query; the OpenAPI schema documents the JSON page
        if chosen == "json":
            # the stored documents go out as they are: a page is read, not decoded and encoded again
            body = b'{"items":[%s],"next_cursor":%s}' % (b",".join(docs), msgspec.json.encode(next_cursor))
            # the rows' versions determine the page: hashing them costs a fraction of hashing the body
            tag = etag(b"incident-page", ",".join(versions).encode(), (next_cursor or "").encode())
            return Response(body, media_type="application/json", headers={"ETag": tag.decode()})  # type: ignore[return-value]
        if chosen == "geojson":
            body = msgspec.json.encode(formats.geojson(items, next_cursor))
            return Response(body, media_type="application/geo+json")  # type: ignore[return-value]
        headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
        text = formats.csv_text(items, urls)
        return Response(text, media_type="text/csv; charset=utf-8", headers=headers)  # type: ignore[return-value]

    @get(
        "/changes",
        operation_id="listIncidentChanges",
        summary="Follow every change to incidents",
        description=(
            "One ordered feed of what a mirror needs to hold what the service holds: `upsert` (the incident as "
            "GET /v1/incidents/{id} serves it), `merge` (the id was absorbed by `merged_into`) and `delete` (with "
            "its `reason`). Each incident appears once, at its latest change, which moves it to the end of the "
            "feed: a client that reads from the start (no `since`) and then keeps reading from each page's "
            "`next_cursor` holds every incident the service serves, and no other. `next_cursor` is given on every "
            "page, the last one included, to poll from; `has_more` says whether to read on at once."
        ),
    )
    async def list_changes(
        self, request: Request[Any, Any, State], since: ChangeCursor = None, limit: ChangeLimit = 100
    ) -> IncidentChanges:
        cursors: Cursors = request.app.state.cursors
        after = cursors.after_id(since, "changes")
        async with connection(request.app.state) as conn:
            rows = await changes.page(conn, after, limit + 1)
        page = rows[:limit]
        last = page[-1]["seq"] if page else after
        body = {
            "items": [
                {
                    "kind": r["kind"],
                    "incident_id": r["incident_id"],
                    "changed_at": r["changed_at"],
                    # the stored document goes out as it is, as GET /v1/incidents/{id} sends it
                    "incident": msgspec.Raw(r["doc"]) if r["doc"] is not None else None,
                    "merged_into": r["survivor_id"],
                    "reason": r["reason"],
                }
                for r in page
            ],
            "next_cursor": cursors.encode(Position(sort="changes", key=None, id=last)),
            "has_more": len(rows) > limit,
        }
        return Response(msgspec.json.encode(body), media_type="application/json")  # type: ignore[return-value]

    @get(
        "/{incident_id:int}",
        operation_id="getIncident",
        summary="Get an incident",
        responses={
            HTTP_308_PERMANENT_REDIRECT: ResponseSpec(
                data_container=Merged,
                generate_examples=False,
                media_type=PROBLEM_JSON,
                description="The incident was merged into another: `Location` and `incident_id` name it.",
            )
        },
    )
    async def get_one(self, request: Request[Any, Any, State], conn: Conn, incident_id: IncidentId) -> Incident:
        """One incident with its place, actors, fatalities, the evidence for each field, and its lead reports'
        contributions (`reports`: one per article, with its own figures, its match score and reasons, and the
        incidents it was scored against and kept apart as borderline, `near_matches`; at most 10, all of them at
        /v1/incidents/{id}/reports). An id absorbed by a merge answers 308 to the incident that absorbed it."""
        doc = await incidents.get(conn, incident_id)
        if doc is not None:
            return Response(doc, media_type="application/json")  # type: ignore[return-value]
        return await _merged_or_missing(request, conn, incident_id, "")  # type: ignore[return-value]

    @get(
        "/{incident_id:int}/reports",
        operation_id="listIncidentReports",
        summary="List an incident's reports",
        responses={
            HTTP_308_PERMANENT_REDIRECT: ResponseSpec(
                data_container=Merged,
                generate_examples=False,
                media_type=PROBLEM_JSON,
                description="The incident was merged into another: `Location` names its reports.",
            )
        },
    )
    async def list_reports(
        self,
        request: Request[Any, Any, State],
        conn: Conn,
        incident_id: IncidentId,
        cursor: PageCursor = None,
        limit: PageLimit = 50,
    ) -> ReportPage:
        """Every report of the incident, one per article, by article id, each with the evidence of its fields:
        the incident's document embeds only its lead reports (`report_count` says how many there are)."""
        cursors: Cursors = request.app.state.cursors
        kind = f"reports-{incident_id}"
        page = await incidents.reports_page(conn, incident_id, cursors.after_id(cursor, kind), limit + 1)
        if page is None:
            return await _merged_or_missing(request, conn, incident_id, "/reports")  # type: ignore[return-value]
        next_cursor = None
        if len(page) > limit:
            next_cursor = cursors.encode(Position(sort=kind, key=None, id=page[limit - 1][0]))
        body = b'{"items":[%s],"next_cursor":%s}' % (
            b",".join(doc for _, doc in page[:limit]),
            msgspec.json.encode(next_cursor),
        )
        return Response(body, media_type="application/json")  # type: ignore[return-value]


async def _merged_or_missing(
    request: Request[Any, Any, State], conn: asyncpg.Connection, incident_id: int, tail: str
) -> Response[Any]:
    """308 to the incident that absorbed `incident_id` (at the same `tail` of its path), else 404."""
    survivor = await reports.survivor(conn, incident_id)
    if survivor is None:
        raise NotFound(f"incident {incident_id} does not exist")
    body = problem_document(
        HTTP_308_PERMANENT_REDIRECT,
        "Merged",
        f"incident {incident_id} was merged into incident {survivor}",
        instance=request.url.path,
    )
    return Response(
        {**body, "incident_id": survivor},
        status_code=HTTP_308_PERMANENT_REDIRECT,
        media_type=PROBLEM_JSON,
        headers={"Location": f"/v1/incidents/{survivor}{tail}"},
    )


def _article_ids(items: list[Incident]) -> list[int]:
    return sorted({a for i in items for a in i.article_ids})


async def _export(pool: asyncpg.Pool, filters: IncidentFilter, sort: str) -> AsyncIterator[bytes]:
    """Every matching incident, one JSON line each, read in batches from a server-side cursor."""
    async with pool.acquire() as conn, conn.transaction(readonly=True):
        async for doc in incidents.export(conn, filters, sort):
            yield doc + b"\n"
