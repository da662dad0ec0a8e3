"""Incidents: the coded events."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.schemas import Incident, IncidentPage
from service.db.queries import incidents
from service.errors import InvalidParameter, NotFound

IncidentId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Incident id.")]


class IncidentController(Controller):
    path = "/incidents"
    tags = ["incidents"]

    @get("/", operation_id="listIncidents", summary="List incidents")
    async def list(
        self,
        conn: Conn,
        article_id: Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Only incidents from this article.")],
        cursor: Annotated[str | None, Parameter(description="Opaque cursor from the previous page.")] = None,
        limit: Annotated[int, Parameter(ge=1, le=500, description="Page size.")] = 50,
    ) -> IncidentPage:
        """A page of incidents, oldest first within the article."""
        after = 0
        if cursor is not None:
            if not cursor.isdigit():
                raise InvalidParameter("cursor", "cursor is not one this service issued")
            after = int(cursor)
        items = await incidents.list_for_article(conn, article_id, after_id=after, limit=limit + 1)
        next_cursor = str(items[limit - 1].id) if len(items) > limit else None
        return IncidentPage(items=items[:limit], next_cursor=next_cursor)

    @get("/{incident_id:int}", operation_id="getIncident", summary="Get an incident")
    async def get_one(self, conn: Conn, incident_id: IncidentId) -> Incident:
        """One incident with its place, actors, fatalities and the evidence for each field."""
        incident = await incidents.get(conn, incident_id)
        if incident is None:
            raise NotFound(f"incident {incident_id} does not exist")
        return incident
