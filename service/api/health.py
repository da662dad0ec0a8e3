"""Liveness and readiness probes, and the metrics scrape."""

from __future__ import annotations

import asyncpg
from litestar import Controller, Response, get
from litestar.datastructures import State
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

from service.contract.schemas import Health
from service.db.migrate import at_head
from service.errors import CONNECT_ERRORS
from service.metrics import render


class HealthController(Controller):
    path = "/health"
    tags = ["health"]
    include_in_schema = True

    @get("/live", operation_id="live", summary="Liveness probe", cache=False)
    async def live(self) -> Health:
        """The process is up and serving."""
        return Health(status="ok")

    @get("/ready", operation_id="ready", summary="Readiness probe")
    async def ready(self, state: State) -> Response[Health]:
        """Ready when the database answers and its schema is at the migrations' head."""
        pool: asyncpg.Pool = state.pool
        checks: dict[str, str] = {}
        try:
            async with pool.acquire(timeout=2) as conn:
                checks["database"] = "ok"
                checks["migrations"] = "ok" if await at_head(conn) else "behind"
        except CONNECT_ERRORS as exc:
            checks["database"] = f"unavailable: {type(exc).__name__}"
        ok = all(v == "ok" for v in checks.values())
        return Response(
            Health(status="ok" if ok else "unavailable", checks=checks),
            status_code=HTTP_200_OK if ok else HTTP_503_SERVICE_UNAVAILABLE,
        )


class MetricsController(Controller):
    path = "/metrics"
    tags = ["operations"]

    @get("/", operation_id="metrics", summary="Prometheus metrics", media_type="text/plain; version=0.0.4")
    async def metrics(self, state: State) -> bytes:
        """Request counts and latencies per route, queue depth by status, job outcomes, extraction stage
        times and database pool usage, in the Prometheus text format."""
        return await render(state.pool, state.get("worker_metrics"))
