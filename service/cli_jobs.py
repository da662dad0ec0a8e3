"""``incidents jobs list|cancel|retry``: the extraction queue, for operators."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from service.settings import Settings

if TYPE_CHECKING:
    from service.contract.schemas import Job

STATUSES = ("queued", "processing", "done", "failed")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    jobs = commands.add_parser("jobs", help="list, cancel or retry extraction jobs")
    jobs_commands = jobs.add_subparsers(dest="jobs_command", required=True)
    listing = jobs_commands.add_parser("list", help="jobs in the order they were made, oldest first")
    listing.add_argument("--status", choices=STATUSES, help="only jobs in this state")
    listing.add_argument("--after", type=int, default=0, help="start after this job id")
    listing.add_argument("--limit", type=int, default=50, help="at most this many jobs (default 50)")
    cancel = jobs_commands.add_parser("cancel", help="fail a queued or processing job; its worker stops")
    cancel.add_argument("id", type=int)
    retry = jobs_commands.add_parser("retry", help="queue a failed job again, its attempts reset")
    retry.add_argument("id", type=int)


def run(settings: Settings, url: str, args: argparse.Namespace) -> int:
    from service.db.pool import create_pool
    from service.db.queries import jobs

    async def main() -> int:
        pool = await create_pool(url, settings, max_size=1, role="cli")
        try:
            async with pool.acquire() as conn:
                if args.jobs_command == "list":
                    for job in await jobs.list_jobs(conn, status=args.status, after_id=args.after, limit=args.limit):
                        error = (job.error or "").replace("\n", " ")[:100]
                        print(
                            f"{job.id}\tarticle {job.article_id}\t{job.status}\t{job.attempts}/{job.max_attempts}"
                            f"\t{job.updated_at:%Y-%m-%d %H:%M:%S}\t{job.worker or '-'}\t{error or '-'}"
                        )
                    return 0
                if args.jobs_command == "cancel":
                    if await jobs.cancel(conn, args.id):
                        print(f"job {args.id} cancelled")
                        return 0
                    return _refused(await jobs.get(conn, args.id), args.id, "cancel", "queued or processing")
                if await jobs.retry(conn, args.id):
                    print(f"job {args.id} queued again")
                    return 0
                return _refused(await jobs.get(conn, args.id), args.id, "retry", "failed")
        finally:
            await pool.close()

    return asyncio.run(main())


def _refused(job: Job | None, job_id: int, action: str, wanted: str) -> int:
    if job is None:
        print(f"error: no job {job_id}", file=sys.stderr)
    else:
        print(f"error: cannot {action} job {job_id}: it is {job.status}, not {wanted}", file=sys.stderr)
    return 1
