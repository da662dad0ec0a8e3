"""The extraction worker: claims jobs, runs the pipeline, stores incidents, retries failures."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
import uuid
from collections.abc import Callable
from typing import Protocol

import asyncpg
import structlog

from service.db.queries import articles, incidents, jobs
from service.errors import DATABASE_DOWN
from service.extract import model
from service.extract.languages import Pipelines, UnsupportedLanguage, single
from service.language import detect
from service.limits import OverBudget, TooComplex, job_budget
from service.logging import get_logger
from service.metrics import observe_job, observe_stage
from service.queue import job_notifications
from service.settings import Settings

_log = get_logger("service.worker")
LEASE_LOST = "lease lost"


class Extractor(Protocol):
    version: str

    async def extract(self, article: model.ArticleText) -> list[model.Incident]: ...


class Worker:
    """Runs ``settings.worker_concurrency`` job loops in this process until ``stop()``. Each article is read by the
    pipeline of its language; a single extractor reads English only."""

    def __init__(
        self, pool: asyncpg.Pool, url: str, extractor: Extractor | Pipelines[Extractor], settings: Settings
    ) -> None:
        self._pool = pool
        self._pipelines = extractor if isinstance(extractor, Pipelines) else single(extractor)
        self._settings = settings
        self._notifications = job_notifications(url)
        self._stopping = asyncio.Event()
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self._loops: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._notifications.start()
        self._loops = [
            asyncio.create_task(self._loop(n), name=f"worker-{n}") for n in range(self._settings.worker_concurrency)
        ]
        _log.info("worker started", worker=self.name, concurrency=len(self._loops))

    async def stop(self, grace_s: float | None = None) -> None:
        """Stop claiming; let jobs in hand finish within the grace period, then cancel them."""
        self._stopping.set()
        self._notifications.wake.set()
        pending: set[asyncio.Task[None]] = set()
        if self._loops:
            _, pending = await asyncio.wait(self._loops, timeout=grace_s or self._settings.shutdown_grace_s)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._notifications.stop()
        _log.info("worker stopped", worker=self.name, cancelled=len(pending))

    async def _loop(self, slot: int) -> None:
        next_sweep = 0.0
        wake = self._notifications.wake
        while not self._stopping.is_set():
            # cleared before the queue is looked at, not after: a job queued between an empty claim and the
            # wait still wakes the loop, instead of waiting for the next poll
            wake.clear()
            try:
                if time.monotonic() >= next_sweep:
                    next_sweep = time.monotonic() + self._settings.job_poll_s
                    await self._sweep()
                if await self.run_once():
                    continue
            except DATABASE_DOWN as exc:
                _log.warning("database unavailable; worker waits", error=repr(exc))
            except Exception:
                _log.exception("worker loop error")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), self._settings.job_poll_s)

    async def _sweep(self) -> None:
        async with self._pool.acquire() as conn:
            for job_id, status in await jobs.sweep_expired(conn):
                _log.warning("lease expired", job_id=job_id, now=status)

    async def run_once(self) -> bool:
        """Claim and process one job; False when the queue had none ready."""
        token = f"{self.name}:{uuid.uuid4().hex[:12]}"
        async with self._pool.acquire() as conn:
            job = await jobs.claim(conn, token, self._settings.job_lease_s)
        if job is None:
            return False
        context = {"job_id": job.id, "article_id": job.article_id, "attempt": job.attempts}
        with structlog.contextvars.bound_contextvars(**context, request_id=job.request_id):
            await self._process(job)
        return True

    async def _process(self, job: jobs.ClaimedJob) -> None:
        started = time.perf_counter()
        outcome, error, found = "done", None, 0
        read_as: dict[str, str] = {}  # the language and the extractor version, once known
        task = asyncio.current_task()
        in_body = True

        def stop_job() -> None:
            budget.stop(LEASE_LOST)
            if in_body and task is not None:  # only the extraction and the save: never the recording of an outcome
                task.cancel()

        with job_budget(self._settings.job_budget_s) as budget:
            heartbeat = asyncio.create_task(self._heartbeat(job, stop_job))
            try:
                try:
                    async with asyncio.timeout(self._settings.job_budget_s) as deadline:
                        outcome, found = await self._extract_and_save(job, read_as)
                finally:
                    in_body = False
            except asyncio.CancelledError:
                if budget.stopped != LEASE_LOST or task is None or task.uncancel() > 0:
                    outcome = "interrupted"  # the lease will expire and another worker will take the job up
                    raise
                outcome = "lost"  # the job is another worker's now: stop and leave it alone
            except Exception as exc:
                expired = self._settings.job_budget_s if deadline.expired() else None
                error, permanent = _failure(exc, expired_budget_s=expired)
                outcome = await self._record_failure(job, error, permanent=permanent)
            finally:
                budget.stop("job ended")  # a thread still at work stops at its next checkpoint
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
                observe_job(outcome, time.perf_counter() - started)
                log = _log.info if outcome == "done" else _log.warning
                log(
                    "job finished",
                    outcome=outcome,
                    incidents=found,
                    duration_ms=round((time.perf_counter() - started) * 1000, 1),
                    error=error,
                    **read_as,
                )

    async def _extract_and_save(self, job: jobs.ClaimedJob, read_as: dict[str, str]) -> tuple[str, int]:
        """``(outcome, incidents found)``: done, or lost when another worker took the job meanwhile. `read_as` gets
        the article's language and the version of the pipeline that read it."""
        async with self._pool.acquire() as conn:
            stored = await articles.get_text(conn, job.article_id)
        if stored is None:
            raise LookupError(f"article {job.article_id} no longer exists")
        read_as["language"] = language = await self._language_of(job.article_id, stored)
        extractor = self._pipelines.loaded(language)
        if extractor is None:  # the language's first article: its model loads in a thread, off the event loop
            extractor = await asyncio.to_thread(self._pipelines.get, language)
        read_as["extractor_version"] = extractor.version
        extracted = await extractor.extract(
            model.ArticleText(
                text=stored.text,
                title=stored.title,
                published=stored.published_at.date() if stored.published_at else None,
            )
        )
        started = time.perf_counter()
        async with self._pool.acquire() as conn, conn.transaction():
            if not await jobs.lock_owned(conn, job):
                return "lost", len(extracted)  # our lease ran out and another worker took the job: it owns the result
            await incidents.save_extraction(conn, job.article_id, extracted, extractor.version)
            await jobs.mark_done(conn, job, extractor.version)
        # the merge with other articles' reports and the commit: the stage that grows with the data, not the text
        observe_stage("save", time.perf_counter() - started)
        return "done", len(extracted)

    async def _language_of(self, article_id: int, stored: articles.StoredText) -> str:
        """The language the article was stored with; one posted before languages were detected has none, and gets
        the detected one, recorded."""
        if stored.language is not None:
            return stored.language.split("-", 1)[0].lower()  # declared before codes were checked: 'en-GB', 'EN'
        found = await asyncio.to_thread(detect, stored.text, stored.title, default=self._settings.default_language)
        async with self._pool.acquire() as conn:
            await articles.set_language(conn, article_id, found.code, found.source)
        return found.code

    async def _record_failure(self, job: jobs.ClaimedJob, error: str, *, permanent: bool) -> str:
        try:
            async with self._pool.acquire() as conn:
                status = await jobs.mark_failed(
                    conn,
                    job,
                    error,
                    backoff_base_s=self._settings.job_backoff_base_s,
                    backoff_max_s=self._settings.job_backoff_max_s,
                    permanent=permanent,
                )
        except DATABASE_DOWN:
            return "retry-after-lease"  # cannot record it now; the expired lease requeues the job
        return "failed" if status == "failed" else "retry" if status else "lost"

    async def _heartbeat(self, job: jobs.ClaimedJob, stop_job: Callable[[], None]) -> None:
        """Renew the lease while the job runs; when it was lost (the job expired and was taken up again, or was
        cancelled by an operator), stop the job: its result is no longer ours to save."""
        while True:
            await asyncio.sleep(self._settings.job_lease_s / 3)
            try:
                async with self._pool.acquire() as conn:
                    if not await jobs.renew(conn, job, self._settings.job_lease_s):
                        _log.warning("lease lost; stopping the job", job_id=job.id)
                        stop_job()
                        return
            except DATABASE_DOWN as exc:
                _log.warning("cannot renew lease", error=repr(exc))


def _failure(exc: Exception, *, expired_budget_s: float | None) -> tuple[str, bool]:
    """The error kept on the job and whether it is permanent: an article too complex or a job over its budget would
    fail the same way again, so it is not retried; nor is an article in a language no pipeline reads."""
    if isinstance(exc, UnsupportedLanguage):
        return f"unsupported_language: {exc.code}", True
    if isinstance(exc, TooComplex):
        return f"too_complex: {exc}", True
    if isinstance(exc, OverBudget):
        return f"over_budget: {exc}", True
    if expired_budget_s is not None:
        return f"over_budget: {expired_budget_s:g} s", True
    return f"{type(exc).__name__}: {exc or 'no message'}", False
