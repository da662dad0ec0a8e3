"""The ``incidents`` command: serve | worker | migrate | seed | ingest | keys | jobs | reprocess | gazetteer."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import asyncpg

from service.cli_jobs import add_parser as add_jobs_parser
from service.cli_jobs import run as run_jobs
from service.cli_reprocess import add_parser as add_reprocess_parser
from service.cli_reprocess import run as run_reprocess
from service.logging import configure_logging, get_logger
from service.settings import ConfigurationError, Settings, cursor_secret

if TYPE_CHECKING:
    import uvicorn

_log = get_logger("service.cli")


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from functools import partial

    from service.app import create_app, stop_waiting
    from service.db.embedded import database_url
    from service.http_server import DrainingServer

    cursor_secret(settings)  # a service that would refuse to start does so before it starts a database
    _keepalive_s(settings)
    url = database_url(settings)
    if args.migrate:
        _migrate(settings)
    if args.seed:
        _seed(settings)
    from service.supervisor import available_cores

    processes = 0 if args.no_worker else args.processes or available_cores()
    app = create_app(settings, db_url=url, run_worker=False, worker_processes=processes)
    config = server_config(settings, app, host=args.host, port=args.port)
    DrainingServer(config, on_shutdown=partial(stop_waiting, app)).run()
    return 0


def server_config(settings: Settings, app: Any, *, host: str | None = None, port: int | None = None) -> uvicorn.Config:
    """The uvicorn configuration `incidents serve` runs `app` with."""
    import uvicorn

    from service.http_server import BoundedHttpToolsProtocol

    return uvicorn.Config(
        app,
        host=host or settings.host,
        port=port or settings.port,
        http=BoundedHttpToolsProtocol,  # its refusals (a URL or header fields too long) are problems too
        # an idle connection stays open longer than clients and proxies keep theirs: uvicorn's default of 5 s is
        # httpx's default expiry too, and a request sent on a connection the server is closing is lost
        timeout_keep_alive=_keepalive_s(settings),  # type: ignore[arg-type]  # a delay for call_later: any float
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_s),
        lifespan="on",
    )


def _keepalive_s(settings: Settings) -> float:
    if not settings.http_keepalive_s > 0:
        raise ConfigurationError(f"HTTP_KEEPALIVE_SECONDS must be above 0 seconds, not {settings.http_keepalive_s}")
    return settings.http_keepalive_s


def _worker(settings: Settings, processes: int | None) -> int:
    from service.supervisor import available_cores, supervise, until_orphaned

    processes = processes or available_cores()
    if processes > 1:
        return supervise(settings, _existing_database(settings), processes)
    from service.extract.languages import one_blas_thread

    one_blas_thread()  # before the model brings numpy in
    from service.app import load_pipeline
    from service.db.pool import create_pool
    from service.worker import Worker

    async def run() -> None:
        url = _existing_database(settings)
        pool = await create_pool(url, settings, max_size=settings.worker_concurrency + 2, role="worker")
        try:
            worker = Worker(pool, url, await asyncio.to_thread(load_pipeline, pool), settings)
            if settings.metrics_port:
                from prometheus_client import start_http_server

                from service.metrics import WORKER_REGISTRY

                start_http_server(settings.metrics_port, addr=settings.host, registry=WORKER_REGISTRY)
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            orphaned = asyncio.create_task(until_orphaned(stop))  # under a supervisor, stop when it is gone
            await worker.start()
            await stop.wait()
            orphaned.cancel()
            _log.info("stopping: finishing jobs in hand", grace_s=settings.shutdown_grace_s)
            await worker.stop()
        finally:
            await pool.close()

    asyncio.run(run())
    return 0


def _migrate(settings: Settings, revision: str = "head") -> int:
    from service.db import migrate
    from service.db.embedded import database_url

    migrate.upgrade(database_url(settings), revision)
    _log.info("migrations applied", revision=revision)
    return 0


def _seed(settings: Settings) -> int:
    from service.db.pool import create_pool
    from service.seed import seed_all

    async def run() -> None:
        pool = await create_pool(_existing_database(settings), settings, role="cli")
        try:
            await seed_all(pool, settings)
        finally:
            await pool.close()

    asyncio.run(run())
    return 0


def _gazetteer_load(settings: Settings, path: Path) -> int:
    from service.db.pool import create_pool
    from service.gazetteer.load import load_geonames_dump

    async def run() -> int:
        pool = await create_pool(_existing_database(settings), settings, role="cli")
        try:
            return await load_geonames_dump(pool, path)
        finally:
            await pool.close()

    loaded = asyncio.run(run())
    _log.info("gazetteer loaded", path=str(path), places=loaded)
    return 0


def _keys(settings: Settings, args: argparse.Namespace) -> int:
    """API key management; the token of a new key is printed once and never stored."""
    from service.auth import create_key
    from service.db.pool import create_pool
    from service.db.queries import api_keys

    async def run() -> int:
        pool = await create_pool(_existing_database(settings), settings, role="cli")
        try:
            async with pool.acquire() as conn:
                if args.keys_command == "create":
                    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
                    try:
                        key_id, token = await create_key(conn, args.name, scopes)
                    except ValueError as exc:
                        print(f"error: {exc}", file=sys.stderr)
                        return 2
                    print(f"id={key_id} scopes={','.join(sorted(set(scopes)))}\n{token}")
                    print("Store this key now: it cannot be shown again.", file=sys.stderr)
                elif args.keys_command == "list":
                    for key in await api_keys.list_all(conn):
                        state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
                        used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
                        print(f"{key.id}\t{key.name}\tinc_{key.prefix}_…\t{','.join(key.scopes)}\t{state}\tused {used}")
                elif not await api_keys.revoke(conn, args.id):
                    print(f"error: no active key {args.id}", file=sys.stderr)
                    return 1
            return 0
        finally:
            await pool.close()

    return asyncio.run(run())


def _ingest(args: argparse.Namespace) -> int:
    import logging

    from service.ingest_client import ingest_file

    # a line per request would push the progress bar up the terminal; what failed is summed up at the end
    logging.getLogger("httpx").setLevel(logging.WARNING)
    summary = asyncio.run(
        ingest_file(Path(args.file), base_url=args.base_url, concurrency=args.concurrency, api_key=args.api_key)
    )
    print(summary.render())
    return 0 if summary.failed == 0 and summary.stopped is None else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incidents", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the HTTP API (with worker processes unless --no-worker)")
    serve.add_argument("--no-worker", action="store_true", help="API only; run workers as separate processes")
    serve.add_argument("--processes", type=int, help="worker processes beside the API (default: the cores available)")
    serve.add_argument("--migrate", action="store_true", help="apply migrations before serving")
    serve.add_argument("--seed", action="store_true", help="load seeds/ before serving")
    serve.add_argument("--host", help="bind address (default: HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: PORT or 8000)")

    worker = commands.add_parser("worker", help="run extraction worker processes under one supervisor")
    worker.add_argument("--processes", type=int, help="worker processes (default: the cores available)")
    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.add_argument("revision", nargs="?", default="head")
    commands.add_parser("seed", help="load the actor dictionary and the gazetteer from seeds/")

    ingest = commands.add_parser("ingest", help="post the articles of a JSON Lines file to a running service")
    ingest.add_argument("file", help="one article per line: {text, title?, url?, published_at?, source?}")
    ingest.add_argument("--base-url", default="http://127.0.0.1:8000")
    ingest.add_argument("--concurrency", type=int, default=8)
    ingest.add_argument("--api-key", default=None)

    keys = commands.add_parser("keys", help="manage API keys")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_commands.add_parser("create", help="create a key and print it once")
    create.add_argument("--name", required=True, help="who or what the key is for")
    create.add_argument("--scopes", default="read,write", help="comma-separated: read, write, admin")
    keys_commands.add_parser("list", help="list keys (never their secrets)")
    revoke = keys_commands.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("id", type=int)

    add_jobs_parser(commands)
    add_reprocess_parser(commands)

    gazetteer = commands.add_parser("gazetteer", help="manage the gazetteer")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", required=True)
    load = gazetteer_commands.add_parser("load", help="load a GeoNames dump (allCountries.txt or a country file)")
    load.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)
    try:
        code = _run(settings, args)
    except ConfigurationError as exc:
        print(f"incidents {args.command}: {exc}", file=sys.stderr)
        code = 2
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        print(f"incidents {args.command}: {_database_problem(settings, exc)}", file=sys.stderr)
        code = 1
    sys.exit(code)


def _existing_database(settings: Settings) -> str:
    """The URL of a database that already exists: ``DATABASE_URL``, or the embedded one that ``incidents migrate``
    (or ``make run``) created in the data directory. Commands that read or write the service's tables use this
    rather than starting an empty embedded server that has none."""
    from service.db.embedded import database_url

    if settings.database_url:
        return settings.database_url
    data_dir = settings.data_dir.expanduser().resolve()
    if not (data_dir / "pg").exists():
        raise ConfigurationError(
            f"no database: DATABASE_URL is not set and there is no embedded database in {data_dir} "
            "(INCIDENTS_DATA_DIR). Set DATABASE_URL to the service's PostgreSQL, or create the embedded one with "
            "`incidents migrate` (`make run` does)."
        )
    return database_url(settings)


def _database_problem(settings: Settings, exc: BaseException) -> str:
    """What went wrong with the database, for a person, without a traceback or the URL's password."""
    where = "the embedded database"
    if settings.database_url:
        parts = urlsplit(settings.database_url)
        where = f"the database at {parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"
    if isinstance(exc, asyncpg.UndefinedTableError):
        return f"{where} has no schema yet ({exc}): run `incidents migrate` first."
    if isinstance(exc, OSError | asyncpg.InterfaceError | asyncpg.CannotConnectNowError):
        return f"cannot connect to {where}: {exc or type(exc).__name__}. Is PostgreSQL running, and DATABASE_URL right?"
    return f"{where} refused: {type(exc).__name__}: {exc}"


def _run(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "serve":
        code = _serve(settings, args)
    elif args.command == "worker":
        code = _worker(settings, args.processes)
    elif args.command == "migrate":
        code = _migrate(settings, args.revision)
    elif args.command == "seed":
        code = _seed(settings)
    elif args.command == "ingest":
        code = _ingest(args)
    elif args.command == "keys":
        code = _keys(settings, args)
    elif args.command == "jobs":
        code = run_jobs(settings, _existing_database(settings), args)
    elif args.command == "reprocess":
        code = run_reprocess(settings, _existing_database(settings), args)
    else:
        code = _gazetteer_load(settings, Path(args.file))
    return code
