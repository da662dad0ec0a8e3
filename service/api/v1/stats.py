"""Statistics over incidents for dashboards: counts and fatality sums per group, with the list's filters."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.datastructures import State
from litestar.params import Parameter

from service.api.v1.deps import connection
from service.api.v1.filters import Filters, provide_incident_filter
from service.contract.schemas import Group, GroupBy, IncidentStats
from service.db.queries import incidents


class StatsController(Controller):
    path = "/stats"
    tags = ["stats"]
    dependencies = {"filters": provide_incident_filter}

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
        filters: Filters,
        group_by: Annotated[GroupBy, Parameter(description="What to group by.")],
    ) -> IncidentStats:
        async with connection(state) as conn:
            rows = await incidents.stats(conn, filters, group_by)
        return IncidentStats(group_by=group_by, groups=[Group(key=k, incidents=n, fatalities=f) for k, n, f in rows])
