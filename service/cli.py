"""The ``incidents`` command: serve | worker | migrate | seed | ingest | keys | gazetteer."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

from service.logging import configure_logging, get_logger
from service.settings import Settings

_log = get_logger("service.cli")


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    from service.db.embedded import database_url

    url = database_url(settings)
    if args.migrate:
        _migrate(settings)
    if args.seed:
        _seed(settings)
    app = create_app(settings, db_url=url, run_worker=not args.no_worker)
    config = uvicorn.Config(
        app,
        host=args.host or settings.host,
        port=args.port or settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_s),
        lifespan="on",
    )
    uvicorn.Server(config).run()
    return 0


def _worker(settings: Settings) -> int:
    from service.app import load_pipeline
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.worker import Worker

    async def run() -> None:
        url = database_url(settings)
        pool = await create_pool(url, settings, max_size=settings.worker_concurrency + 2)
        try:
            worker = Worker(pool, url, await asyncio.to_thread(load_pipeline, pool), settings)
            if settings.metrics_port:
                from prometheus_client import start_http_server

                from service.metrics import REGISTRY

                start_http_server(settings.metrics_port, addr=settings.host, registry=REGISTRY)
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            await worker.start()
            await stop.wait()
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
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.seed import seed_all

    async def run() -> None:
        pool = await create_pool(database_url(settings), settings)
        try:
            await seed_all(pool, settings)
        finally:
            await pool.close()

    asyncio.run(run())
    return 0


def _gazetteer_load(settings: Settings, path: Path) -> int:
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.gazetteer.load import load_geonames_dump

    async def run() -> int:
        pool = await create_pool(database_url(settings), settings)
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
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.db.queries import api_keys

    async def run() -> int:
        pool = await create_pool(database_url(settings), settings)
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
    from service.ingest_client import ingest_file

    summary = asyncio.run(
        ingest_file(Path(args.file), base_url=args.base_url, concurrency=args.concurrency, api_key=args.api_key)
    )
    print(summary.render())
    return 0 if summary.failed == 0 else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incidents", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the HTTP API (with a worker unless --no-worker)")
    serve.add_argument("--no-worker", action="store_true", help="API only; run workers as separate processes")
    serve.add_argument("--migrate", action="store_true", help="apply migrations before serving")
    serve.add_argument("--seed", action="store_true", help="load seeds/ before serving")
    serve.add_argument("--host", help="bind address (default: HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: PORT or 8000)")

    commands.add_parser("worker", help="run an extraction worker")
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

    gazetteer = commands.add_parser("gazetteer", help="manage the gazetteer")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", required=True)
    load = gazetteer_commands.add_parser("load", help="load a GeoNames dump (allCountries.txt or a country file)")
    load.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)
    if args.command == "serve":
        code = _serve(settings, args)
    elif args.command == "worker":
        code = _worker(settings)
    elif args.command == "migrate":
        code = _migrate(settings, args.revision)
    elif args.command == "seed":
        code = _seed(settings)
    elif args.command == "ingest":
        code = _ingest(args)
    elif args.command == "keys":
        code = _keys(settings, args)
    else:
        code = _gazetteer_load(settings, Path(args.file))
    sys.exit(code)
