"""create_app(): the one place where the service is wired together."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import asyncpg
from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Contact, License, Server

from service.api.contract import document_examples, document_problems
from service.api.health import HealthController, MetricsController
from service.api.v1.actors import ActorController
from service.api.v1.articles import ArticleController
from service.api.v1.deps import provide_conn
from service.api.v1.incidents import IncidentController
from service.api.v1.jobs import JobController
from service.api.v1.locations import LocationController
from service.api.v1.pagination import Cursors
from service.api.v1.stats import StatsController
from service.auth import requires
from service.backlog import QUEUE_WAIT_HEADER, QueueLag
from service.db.embedded import database_url
from service.db.pool import create_pool
from service.errors import to_problem
from service.extract.languages import Pipelines
from service.inputs import check_input
from service.language import identifier as language_identifier
from service.logging import get_logger
from service.metrics import observe_stage
from service.middleware import conditional_get, plain_errors_as_problems, rate_limit, request_logging
from service.settings import Settings, cursor_secret
from service.supervisor import Supervisor
from service.waits import ArticleWaits
from service.worker import Extractor, Worker

_log = get_logger("service.app")

ExtractorFactory = Callable[[asyncpg.Pool], Extractor | Pipelines[Extractor]]


def load_pipeline(pool: asyncpg.Pool) -> Pipelines[Extractor]:
    """The production extractors: the registry's pipelines over the PostgreSQL gazetteer, English loaded now, any
    other language when its first article arrives."""
    from service.extract import languages
    from service.gazetteer.resolve import Geocoder

    return languages.load(Geocoder(pool), on_stage=observe_stage)


def stop_waiting(app: Litestar) -> None:
    """The server begins to shut down: requests waiting for an article answer now, with the article as it is,
    rather than hold the shutdown for up to their wait (the server lets requests in flight finish before it ends
    the application's lifespan)."""
    waits: ArticleWaits | None = app.state.get("article_waits")
    if waits is not None:
        waits.close()


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Incidents API",
        version="1.0.0",
        description=(
            "Structured incidents of political violence and demonstrations, extracted from news articles "
            "and coded with ACLED's event types. Errors are RFC 9457 problem+json documents."
        ),
        contact=Contact(name="Incidents maintainers"),
        license=License(name="Apache-2.0", identifier="Apache-2.0"),
        servers=[Server(url="/")],
        use_handler_docstrings=True,
        path="/docs",
    )


def create_app(
    settings: Settings | None = None,
    *,
    db_url: str | None = None,
    run_worker: bool = True,
    worker_processes: int = 0,
    extractor_factory: ExtractorFactory = load_pipeline,
) -> Litestar:
    """`worker_processes` > 0 runs extraction in that many worker processes beside the API, so that no article
    holds up a request; else `run_worker` runs a worker in this process (with `extractor_factory`)."""
    settings = settings or Settings.from_env()
    cursors = Cursors(cursor_secret(settings))  # refuses to build a service with auth and no secret of its own

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        url = db_url if db_url else await asyncio.to_thread(database_url, settings)
        pool = await create_pool(url, settings)
        app.state.pool = pool
        app.state.settings = settings
        # requests waiting for an article to finish (GET /v1/articles/{id}?wait=): one watcher for them all
        waits = app.state.article_waits = ArticleWaits()
        waits.start(url, pool)
        worker: Worker | None = None
        supervisor: Supervisor | None = None
        try:
            if worker_processes > 0:
                supervisor = Supervisor(settings, url, worker_processes, give_way=True)
                await asyncio.to_thread(supervisor.start)
                app.state.worker_metrics = supervisor.metrics
            elif run_worker:
                extractor = await asyncio.to_thread(extractor_factory, pool)
                worker = Worker(pool, url, extractor, settings)
                await worker.start()
            # posts without a language are detected: its model loads now (0.6 s), not in the first such request
            await asyncio.to_thread(language_identifier)
            # what startup built (the pool, the language model) lives as long as the process: frozen, the cyclic
            # collector stops re-scanning it, which took a tenth of a busy API process's time. A request's
            # objects die with it; a larger young generation lets most of them go before a collection scans them.
            gc.collect()
            gc.freeze()
            gc.set_threshold(50_000, 20, 20)
            _log.info("service started", worker=run_worker, worker_processes=worker_processes)
            yield
        finally:
            await waits.stop()  # anyone still waiting answers now (the server released them already: stop_waiting)
            if worker is not None:
                await worker.stop()
            if supervisor is not None:
                await asyncio.to_thread(supervisor.stop)
            try:
                # a connection still held (a client that never finished reading an export) must not block exit
                await asyncio.wait_for(pool.close(), timeout=settings.shutdown_grace_s)
            except TimeoutError:
                pool.terminate()

    # litestar copies the route handler for every guard call: with public reads the read guard would pass every
    # request after that copy, so it is attached only when reads need a key
    reads_need_key = settings.auth_required and not settings.public_reads
    v1 = Router(
        path="/v1",
        guards=[requires("read")] if reads_need_key else [],
        route_handlers=[
            ArticleController,
            IncidentController,
            ActorController,
            LocationController,
            StatsController,
            JobController,
        ],
    )
    app = Litestar(
        route_handlers=[HealthController, MetricsController, v1],
        lifespan=[lifespan],
        state=State({"cursors": cursors, "queue_lag": QueueLag()}),
        dependencies={"conn": Provide(provide_conn)},
        exception_handlers={Exception: to_problem},
        before_request=check_input,
        middleware=[rate_limit, conditional_get],
        request_max_body_size=settings.max_body_bytes,
        cors_config=CORSConfig(
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key", "If-None-Match"],
            expose_headers=["ETag", "Location", "Retry-After", "X-Next-Cursor", "X-Request-Id", QUEUE_WAIT_HEADER],
        ),
        openapi_config=openapi_config(),
        logging_config=None,
        debug=False,
    )
    # litestar runs the middleware above only for requests that match a route: the request log wraps the whole
    # application, so a 404, a 405 or a refused CORS preflight gets a request id, a log line and a metric too
    app.asgi_handler = request_logging(plain_errors_as_problems(app.asgi_handler))
    document_examples(document_problems(app.openapi_schema))
    return app
