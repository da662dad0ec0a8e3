"""Prometheus metrics: HTTP requests, the job queue, job outcomes, extraction stages and the database pool.

Two registries per process: the API's and the workers'. The API process serves both on /metrics, the workers'
read from its worker processes when it runs extraction in them; `incidents worker` serves the workers' own on
METRICS_PORT when set (summed over its processes)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import asyncpg
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from service.db.queries import jobs, queue

REGISTRY = CollectorRegistry()
WORKER_REGISTRY = CollectorRegistry()
REQUESTS = Counter("incidents_http_requests_total", "HTTP requests by route and status.",
                   ["method", "route", "status"], registry=REGISTRY)  # fmt: skip
LATENCY = Histogram("incidents_http_request_duration_seconds", "HTTP request latency by route.", ["method", "route"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), registry=REGISTRY)  # fmt: skip
QUEUE = Gauge("incidents_jobs", "Extraction jobs by status, read from the database at scrape time.", ["status"],
              registry=REGISTRY)  # fmt: skip
JOB_SECONDS = Histogram("incidents_job_duration_seconds", "Extraction job duration by outcome.", ["outcome"],
                        buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60), registry=WORKER_REGISTRY)  # fmt: skip
JOB_RETRIES = Counter("incidents_job_retries_total", "Failed attempts that will be retried.", registry=WORKER_REGISTRY)
JOB_FAILURES = Counter("incidents_job_failures_total", "Jobs failed for good after their last attempt.",
                       registry=WORKER_REGISTRY)  # fmt: skip
STAGE_SECONDS = Histogram("incidents_extraction_stage_seconds", "Time per extraction stage.", ["stage"],
                          buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1),
                          registry=WORKER_REGISTRY)  # fmt: skip
RATE_LIMITED = Counter("incidents_rate_limited_total", "Requests refused by the rate limit, by what the client was "
                       "counted as: a verified API key, or its address.", ["identity"], registry=REGISTRY)  # fmt: skip
OLDEST_QUEUED = Gauge("incidents_queue_oldest_age_seconds", "Seconds the oldest claimable queued job has waited, "
                      "read at scrape time: what to scale workers on.", registry=REGISTRY)  # fmt: skip
POOL = Gauge("incidents_db_pool_connections", "Database pool connections by state.", ["state"], registry=REGISTRY)
ARTICLE_WAITERS = Gauge("incidents_article_waiters", "Requests waiting for an article to finish "
                        "(GET /v1/articles/{id}?wait=).", registry=REGISTRY)  # fmt: skip
ARTICLE_WAKEUPS = Counter("incidents_article_wakeups_total", "Waiting requests woken before their wait elapsed, by "
                          "what woke them: a notification, the periodic re-check (a notification lost), or shutdown.",
                          ["by"], registry=REGISTRY)  # fmt: skip


RECEIVED_AT = "incidents.received_at"
"""The ASGI scope extension where the HTTP server puts the moment it read a request's first byte."""


def request_started(scope: Mapping[str, Any]) -> float:
    """When the request began, on `time.perf_counter()`: its first byte where the server says, else now."""
    received = (scope.get("extensions") or {}).get(RECEIVED_AT) or {}
    started = received.get("perf_counter")
    return float(started) if isinstance(started, float) else time.perf_counter()


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


def observe_rate_limited(identity: str) -> None:
    RATE_LIMITED.labels(identity).inc()


def observe_job(outcome: str, seconds: float) -> None:
    JOB_SECONDS.labels(outcome).observe(seconds)
    if outcome == "retry":
        JOB_RETRIES.inc()
    elif outcome == "failed":
        JOB_FAILURES.inc()


def observe_stage(stage: str, seconds: float) -> None:
    STAGE_SECONDS.labels(stage).observe(seconds)


async def render(pool: asyncpg.Pool, workers: Callable[[], bytes] | None = None) -> bytes:
    """The exposition text, with the queue depth and pool usage read now; `workers` gives the metrics of worker
    processes when extraction does not run in this one."""
    POOL.labels("size").set(pool.get_size())
    POOL.labels("idle").set(pool.get_idle_size())
    POOL.labels("max").set(pool.get_max_size())
    async with pool.acquire() as conn:
        depth = await jobs.depth(conn)
        OLDEST_QUEUED.set(await queue.oldest_queued_age(conn))
    for status in ("queued", "processing", "done", "failed"):
        QUEUE.labels(status).set(depth.get(status, 0))
    return generate_latest(REGISTRY) + (workers() if workers else generate_latest(WORKER_REGISTRY))
