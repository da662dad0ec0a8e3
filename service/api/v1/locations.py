"""Locations: the places incidents are coded to."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, get
from litestar.datastructures import State
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.filters import bbox_parameter
from service.api.v1.pagination import Cursors, PageCursor, PageLimit
from service.contract.schemas import Location, LocationPage
from service.db.queries import locations
from service.errors import NotFound

LocationId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Location id.")]


class LocationController(Controller):
    path = "/locations"
    tags = ["locations"]

    @get("/", operation_id="listLocations", summary="Search locations")
    async def list_locations(
        self,
        request: Request[Any, Any, State],
        conn: Conn,
        q: Annotated[str | None, Parameter(max_length=200, description="Place name, spelling-tolerant.")] = None,
        country: Annotated[str | None, Parameter(pattern="^[A-Z]{2}$", description="ISO2 country code.")] = None,
        bbox: Annotated[str | None, Parameter(description="minLon,minLat,maxLon,maxLat.")] = None,
        cursor: PageCursor = None,
        limit: PageLimit = 50,
    ) -> LocationPage:
        """Places incidents are coded to, with their incident counts."""
        cursors: Cursors = request.app.state.cursors
        after = cursors.after_id(cursor, "locations")
        box = bbox_parameter(bbox) if bbox is not None else None
        items = await locations.search(conn, q=q, country=country, bbox=box, after_id=after, limit=limit + 1)
        return LocationPage(items=items[:limit], next_cursor=cursors.next_after("locations", items, limit))

    @get("/{location_id:int}", operation_id="getLocation", summary="Get a location")
    async def get_one(self, conn: Conn, location_id: LocationId) -> Location:
        """A place with its coordinates, admin region, country and precision."""
        location = await locations.get(conn, location_id)
        if location is None:
            raise NotFound(f"location {location_id} does not exist")
        return location
