"""Actors: normalised state forces, armed groups, civilians, protesters."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.schemas import Actor
from service.db.queries import actors
from service.errors import NotFound

ActorId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Actor id.")]


class ActorController(Controller):
    path = "/actors"
    tags = ["actors"]

    @get("/{actor_id:int}", operation_id="getActor", summary="Get an actor")
    async def get_one(self, conn: Conn, actor_id: ActorId) -> Actor:
        """An actor with its aliases, affiliation and when it was first and last seen."""
        actor = await actors.get(conn, actor_id)
        if actor is None:
            raise NotFound(f"actor {actor_id} does not exist")
        return actor
