"""Statistics over incidents for dashboards: counts and fatality sums per group, with the list's filters."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from litestar import Controller, get
from litestar.datastructures import State
from litestar.di import Provide
from litestar.params import Parameter

from service.api.v1.deps import connection
from service.api.v1.filters import Filters, provide_incident_filter
from service.db.queries import incidents

GroupBy = Literal["country", "admin1", "event_type", "actor", "week", "month"]


class Group(msgspec.Struct, kw_only=True):
    key: str | None
    incidents: int
    fatalities: int


class IncidentStats(msgspec.Struct, kw_only=True):
    group_by: GroupBy
    groups: list[Group]


class StatsController(Controller):
    path = "/stats"
    tags = ["stats"]
    dependencies = {"params": Provide(provide_incident_filter)}

    @get(
        "/incidents",
        operation_id="incidentStats",
        summary="Incident counts and fatalities per group",
        description="Groups (largest first; weeks and months in date order), at most 1,000, for the same filters "
        "as the incident list. A null key collects incidents without that field (no date, no region).",
    )
    async def incident_stats(
        self,
        state: State,
        params: Filters,
        group_by: Annotated[GroupBy, Parameter(description="What to group by.")],
    ) -> IncidentStats:
        filters = params.validate()
        async with connection(state) as conn:  # taken after validation, as the incident list does
            rows = await incidents.stats(conn, filters, group_by)
        return IncidentStats(group_by=group_by, groups=[Group(key=k, incidents=n, fatalities=f) for k, n, f in rows])
