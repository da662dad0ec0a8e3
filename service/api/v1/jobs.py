"""Jobs: the extraction queue, for operators."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, get
from litestar.datastructures import CacheControlHeader, State
from litestar.params import Parameter

from service.api.v1.deps import Conn
from service.api.v1.pagination import Cursors, PageCursor, PageLimit
from service.auth import requires
from service.contract.schemas import ArticleStatus, Job, JobPage
from service.db.queries import jobs
from service.errors import NotFound

JobId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Job id.")]


class JobController(Controller):
    path = "/jobs"
    tags = ["jobs"]
    guards = [requires("admin")]
    cache_control = CacheControlHeader(private=True, no_cache=True)

    @get("/", operation_id="listJobs", summary="List extraction jobs")
    async def list_jobs(
        self,
        request: Request[Any, Any, State],
        conn: Conn,
        status: Annotated[ArticleStatus | None, Parameter(description="Only jobs in this state.")] = None,
        cursor: PageCursor = None,
        limit: PageLimit = 50,
    ) -> JobPage:
        """Extraction jobs in the order they were made, with their state, attempts, last error, the worker holding
        one, the request that queued it and the API key that posted its article. Needs the admin scope."""
        cursors: Cursors = request.app.state.cursors
        after = cursors.after_id(cursor, "jobs")
        items = await jobs.list_jobs(conn, status=status, after_id=after, limit=limit + 1)
        return JobPage(items=items[:limit], next_cursor=cursors.next_after("jobs", items, limit))

    @get("/{job_id:int}", operation_id="getJob", summary="Get an extraction job")
    async def get_one(self, conn: Conn, job_id: JobId) -> Job:
        """One job as `listJobs` shows it. Needs the admin scope."""
        job = await jobs.get(conn, job_id)
        if job is None:
            raise NotFound(f"job {job_id} does not exist")
        return job
