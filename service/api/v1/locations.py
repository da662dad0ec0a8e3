"""Locations: the places incidents are coded to."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.schemas import Location
from service.db.queries import locations
from service.errors import NotFound

LocationId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Location id.")]


class LocationController(Controller):
    path = "/locations"
    tags = ["locations"]

    @get("/{location_id:int}", operation_id="getLocation", summary="Get a location")
    async def get_one(self, conn: Conn, location_id: LocationId) -> Location:
        """A place with its coordinates, admin region, country and precision."""
        location = await locations.get(conn, location_id)
        if location is None:
            raise NotFound(f"location {location_id} does not exist")
        return location
