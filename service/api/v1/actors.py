"""Actors: normalised state forces, armed groups, civilians, protesters."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get
from litestar.datastructures import State
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.pagination import Cursors, PageCursor, PageLimit
from service.contract.schemas import Actor, ActorPage
from service.db.queries import actors
from service.errors import NotFound

ActorId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Actor id.")]


class ActorController(Controller):
    path = "/actors"
    tags = ["actors"]

    @get("/", operation_id="listActors", summary="Search actors")
    async def list_actors(
        self,
        request: Request[Any, Any, State],
        conn: Conn,
        q: Annotated[str | None, Parameter(max_length=200, description="Name or alias, spelling-tolerant.")] = None,
        type: Annotated[str | None, Parameter(max_length=64, description="e.g. state forces, rebel group.")] = None,
        country: Annotated[str | None, Parameter(pattern="^[A-Z]{2}$", description="ISO2 home country.")] = None,
        cursor: PageCursor = None,
        limit: PageLimit = 50,
    ) -> ActorPage:
        """Actors with their aliases, incident counts and when they were first and last seen."""
        cursors: Cursors = request.app.state.cursors
        after = cursors.after_id(cursor, "actors")
        items = await actors.search(conn, q=q, type_=type, country=country, after_id=after, limit=limit + 1)
        return ActorPage(items=items[:limit], next_cursor=cursors.next_after("actors", items, limit))

    @get("/{actor_id:int}", operation_id="getActor", summary="Get an actor")
    async def get_one(self, conn: Conn, actor_id: ActorId) -> Actor:
        """An actor with its aliases, affiliation, when it was first and last seen, and its incidents by type."""
        actor = await actors.get(conn, actor_id)
        if actor is None:
            raise NotFound(f"actor {actor_id} does not exist")
        return msgspec.structs.replace(actor, event_types=await actors.counts_by_event_type(conn, actor_id))
