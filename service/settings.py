"""Settings, read once from the environment. Every field says what it controls."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

CURSOR_SECRET_FILE = "cursor-secret"  # noqa: S105 - the name of the file, not a secret


class ConfigurationError(Exception):
    """A setting the service cannot start without is missing or wrong; the message says what to set."""


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str | None = None
    """PostgreSQL URL. When unset an embedded server is started under ``data_dir``."""
    data_dir: Path = Path(".data")
    """Where the embedded PostgreSQL keeps its files (``INCIDENTS_DATA_DIR``)."""
    host: str = "127.0.0.1"
    """Interface the HTTP server binds (``HOST``); ``0.0.0.0`` in containers."""
    port: int = 8000
    """Port the HTTP server listens on (``PORT``)."""
    log_level: str = "INFO"
    """Minimum level of log lines (``LOG_LEVEL``)."""
    log_format: str = "auto"
    """``json``, ``console``, or ``auto``: console on a terminal, JSON lines elsewhere (``LOG_FORMAT``)."""
    db_pool_min: int = 1
    db_pool_max: int = 10
    """Bounds of the connection pool of one process (``DB_POOL_MIN``, ``DB_POOL_MAX``)."""
    db_statement_cache_size: int = 100
    """asyncpg prepared-statement cache; set 0 behind pgbouncer in transaction mode."""
    db_connect_timeout_s: float = 5.0
    """How long to wait for a connection before answering 503 (``DB_CONNECT_TIMEOUT``)."""
    max_body_bytes: int = 2 * 1024 * 1024
    """Largest accepted request body (``MAX_BODY_BYTES``)."""
    worker_concurrency: int = 4
    """Jobs one worker process runs at once (``WORKER_CONCURRENCY``). Extraction is CPU bound and parses on one
    core: with several jobs in hand one article is parsed while another is geocoded and saved, and the articles
    that wait for the core meanwhile are parsed as one batch, which costs less per article (about 5% fewer CPU
    seconds per article at 4 than at 2 in a burst on 2 cores)."""
    job_max_attempts: int = 5
    """Attempts before an article is marked failed (``JOB_MAX_ATTEMPTS``)."""
    job_lease_s: float = 60.0
    """A claimed job whose lease is not renewed within this time is taken up again (``JOB_LEASE_SECONDS``)."""
    job_budget_s: float = 120.0
    """Wall-clock time one job may take, extraction and save; a job over it fails for good, not retried
    (``JOB_BUDGET_SECONDS``). Articles too big for it are refused earlier by `service.limits.ArticleLimits`."""
    job_poll_s: float = 5.0
    """Polling interval when no notification arrives (``JOB_POLL_SECONDS``)."""
    job_backoff_base_s: float = 2.0
    """First retry delay; doubles with each attempt (``JOB_BACKOFF_SECONDS``)."""
    job_backoff_max_s: float = 600.0
    """Longest retry delay (``JOB_BACKOFF_MAX_SECONDS``)."""
    queue_wait_limit_s: float = 30.0
    """How far behind the queue may fall before ``POST /v1/articles`` asks crawlers to slow down: past it the
    answer still accepts the article but carries ``Retry-After`` (``QUEUE_WAIT_LIMIT_SECONDS``; 0: never). The
    queue's lag, the oldest claimable job's age, is sent in ``X-Queue-Wait`` either way."""
    shutdown_grace_s: float = 25.0
    """Time given to in-flight requests and jobs on SIGTERM (``SHUTDOWN_GRACE_SECONDS``)."""
    http_keepalive_s: float = 120.0
    """How long the API keeps an idle HTTP connection open for the client's next request
    (``HTTP_KEEPALIVE_SECONDS``). It must outlast the idle timeout of every client and proxy in front: the one that
    closes an idle connection first must be the client, or a request sent as the server closes is lost (the
    connection reset under it). 120 s is longer than httpx's 5 s, aiohttp's 15 s, Go's 90 s, and the 60 s of an
    AWS load balancer or nginx's upstream keep-alive; behind Google's load balancer set it above 600 s."""
    auth_required: bool = False
    """Whether writes need an API key (``INCIDENTS_AUTH=on``); off for a local quick start, on in containers."""
    public_reads: bool = True
    """Whether GET endpoints are open to anyone when auth is on (``INCIDENTS_PUBLIC_READS``, default on)."""
    rate_limit_per_minute: int = 6000
    """Sustained requests per minute per verified API key, or per client address without one; a key the database
    does not know counts as its address (``RATE_LIMIT_PER_MINUTE``; 0 turns limiting off). Per API process. The
    default leaves a local crawler posting and polling at 10 articles/s unthrottled; the image sets 600 (10/s)."""
    rate_limit_burst: int = 600
    """Requests a client may make at once before the sustained rate applies (``RATE_LIMIT_BURST``)."""
    cors_origins: tuple[str, ...] = ()
    """Origins allowed to call the API from a browser (``CORS_ORIGINS``, comma-separated; none by default)."""
    metrics_port: int | None = None
    """Port on which a standalone ``incidents worker`` serves its Prometheus metrics (``METRICS_PORT``);
    the API serves its own on /metrics."""
    cursor_secret: str | None = None
    """Key that signs pagination cursors so clients cannot forge positions (``INCIDENTS_CURSOR_SECRET``). Required
    when auth is on; without auth, one is generated once per data directory (see `cursor_secret`)."""
    default_language: str = "en"
    """The language of an article posted without one whose text is too short to tell, or that the detector is
    unsure of (``DEFAULT_LANGUAGE``, an ISO 639-1 code); ``und`` makes such articles fail as unsupported."""
    seeds_dir: Path = field(default_factory=lambda: Path(__file__).resolve().parent.parent / "seeds")
    """Reference data loaded by ``incidents seed``."""

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_url=os.environ.get("DATABASE_URL") or None,
            data_dir=Path(_env("INCIDENTS_DATA_DIR", ".data")),
            host=_env("HOST", "127.0.0.1"),
            port=int(_env("PORT", "8000")),
            log_level=_env("LOG_LEVEL", "INFO").upper(),
            log_format=_env("LOG_FORMAT", "auto"),
            db_pool_min=int(_env("DB_POOL_MIN", "1")),
            db_pool_max=int(_env("DB_POOL_MAX", "10")),
            db_statement_cache_size=int(_env("DB_STATEMENT_CACHE_SIZE", "100")),
            db_connect_timeout_s=float(_env("DB_CONNECT_TIMEOUT", "5")),
            max_body_bytes=int(_env("MAX_BODY_BYTES", str(2 * 1024 * 1024))),
            worker_concurrency=int(_env("WORKER_CONCURRENCY", "4")),
            job_max_attempts=int(_env("JOB_MAX_ATTEMPTS", "5")),
            job_lease_s=float(_env("JOB_LEASE_SECONDS", "60")),
            job_budget_s=float(_env("JOB_BUDGET_SECONDS", "120")),
            job_poll_s=float(_env("JOB_POLL_SECONDS", "5")),
            job_backoff_base_s=float(_env("JOB_BACKOFF_SECONDS", "2")),
            job_backoff_max_s=float(_env("JOB_BACKOFF_MAX_SECONDS", "600")),
            queue_wait_limit_s=float(_env("QUEUE_WAIT_LIMIT_SECONDS", "30")),
            shutdown_grace_s=float(_env("SHUTDOWN_GRACE_SECONDS", "25")),
            http_keepalive_s=float(_env("HTTP_KEEPALIVE_SECONDS", "120")),
            auth_required=_env("INCIDENTS_AUTH", "off").lower() in {"on", "true", "1", "yes"},
            public_reads=_env("INCIDENTS_PUBLIC_READS", "on").lower() in {"on", "true", "1", "yes"},
            rate_limit_per_minute=int(_env("RATE_LIMIT_PER_MINUTE", "6000")),
            rate_limit_burst=int(_env("RATE_LIMIT_BURST", "600")),
            cors_origins=tuple(o.strip() for o in _env("CORS_ORIGINS", "").split(",") if o.strip()),
            metrics_port=int(_env("METRICS_PORT", "0")) or None,
            cursor_secret=os.environ.get("INCIDENTS_CURSOR_SECRET", "").strip() or None,
            default_language=_env("DEFAULT_LANGUAGE", "en").lower(),
        )


def cursor_secret(settings: Settings) -> str:
    """The key that signs cursors: ``INCIDENTS_CURSOR_SECRET``; without it, when auth is off (a local service), a
    random key generated once and kept in ``<data dir>/cursor-secret`` so cursors outlive a restart. A service
    with auth on (the container) refuses to start without one: a key every replica shares must be set."""
    if settings.cursor_secret:
        return settings.cursor_secret
    if settings.auth_required:
        raise ConfigurationError(
            "INCIDENTS_CURSOR_SECRET is not set. With INCIDENTS_AUTH=on the service needs a secret of its own to "
            "sign pagination cursors, the same on every replica: set INCIDENTS_CURSOR_SECRET to a long random "
            "value, e.g. the output of `python -c 'import secrets; print(secrets.token_urlsafe(32))'`."
        )
    directory = settings.data_dir.expanduser()
    path = directory / CURSOR_SECRET_FILE
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        # written whole under another name, then linked into place: a process starting at the same moment reads
        # either no file or the complete one, and the first link wins
        draft = directory / f".{CURSOR_SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(secrets.token_urlsafe(32) + "\n")
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    secret = path.read_text(encoding="ascii").strip()
    if not secret:
        raise ConfigurationError(f"{path} is empty: delete it to have a new cursor secret generated")
    return secret
