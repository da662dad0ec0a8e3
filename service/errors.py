"""Domain errors and the one mapper that turns any exception into an RFC 9457 problem+json response."""

from __future__ import annotations

from typing import Any

import asyncpg
import structlog
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import (
    HTTP_400_BAD_REQUEST,
    HTTP_401_UNAUTHORIZED,
    HTTP_403_FORBIDDEN,
    HTTP_404_NOT_FOUND,
    HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_503_SERVICE_UNAVAILABLE,
)

PROBLEM_JSON = "application/problem+json"
_log = structlog.stdlib.get_logger("service.errors")


class DomainError(Exception):
    """An error the client can act on. Subclasses fix the status and the problem type."""

    status = HTTP_400_BAD_REQUEST
    title = "Bad request"

    def __init__(
        self,
        detail: str,
        *,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}


class InvalidInput(DomainError):
    status = HTTP_400_BAD_REQUEST
    title = "Invalid input"


class InvalidParameter(DomainError):
    """A query parameter that cannot be used; ``parameter`` names it."""

    status = HTTP_400_BAD_REQUEST
    title = "Invalid parameter"

    def __init__(self, parameter: str, detail: str):
        super().__init__(detail, errors=[{"parameter": parameter, "message": detail}])
        self.parameter = parameter


class NotFound(DomainError):
    status = HTTP_404_NOT_FOUND
    title = "Not found"


class Unauthorized(DomainError):
    status = HTTP_401_UNAUTHORIZED
    title = "Unauthorized"


class Forbidden(DomainError):
    status = HTTP_403_FORBIDDEN
    title = "Forbidden"


class Unavailable(DomainError):
    status = HTTP_503_SERVICE_UNAVAILABLE
    title = "Service unavailable"


# Connection-level failures mean the database is away, not that the request was wrong.
DATABASE_DOWN: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.InterfaceError,
    # a connection whose server went away mid-operation can be left in a protocol state it cannot leave
    asyncpg.exceptions.InternalClientError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.exceptions.ConnectionFailureError,
)
# While connecting, any refusal from the server (shutting down, database closed to connections,
# not yet created) also means "unavailable".
CONNECT_ERRORS: tuple[type[BaseException], ...] = (*DATABASE_DOWN, asyncpg.PostgresError)


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    request: Request[Any, Any, Any] | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[dict[str, Any]]:
    body = problem_document(status, title, detail, instance=request.url.path if request is not None else None)
    if request is not None:
        request_id = structlog.contextvars.get_contextvars().get("request_id")
        if request_id:
            body["request_id"] = request_id
    if errors:
        body["errors"] = errors
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def problem_document(status: int, title: str, detail: str, *, instance: str | None = None) -> dict[str, Any]:
    """The RFC 9457 body, for the exception handler and for middleware that answers before routing."""
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if instance is not None:
        body["instance"] = instance
    return body


def _validation_errors(exc: ValidationException) -> list[dict[str, Any]]:
    extra = exc.extra if isinstance(exc.extra, list) else [exc.extra] if exc.extra else []
    out = []
    for item in extra:
        if isinstance(item, dict):
            entry = {"message": str(item.get("message", ""))}
            if item.get("key"):
                entry["field"] = str(item["key"])
            if item.get("source"):
                entry["in"] = str(item["source"])
            out.append(entry)
        else:
            out.append({"message": str(item)})
    return out


def to_problem(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    """The single exception handler of the app."""
    if isinstance(exc, DomainError):
        return problem(exc.status, exc.title, exc.detail, request=request, errors=exc.errors, headers=exc.headers)
    if isinstance(exc, ValidationException):
        errors = _validation_errors(exc)
        detail = "; ".join(e["message"] + (f" (at {e['field']})" if "field" in e else "") for e in errors)
        return problem(exc.status_code, "Invalid input", detail or str(exc.detail), request=request, errors=errors)
    if isinstance(exc, HTTPException):
        headers = dict(exc.headers or {})
        detail = str(exc.detail)
        if exc.status_code == HTTP_413_REQUEST_ENTITY_TOO_LARGE:
            detail = too_large(request.app.state.settings.max_body_bytes)
        return problem(exc.status_code, _title(exc.status_code), detail, request=request, headers=headers)
    if _database_down(exc):
        _log.warning("database unavailable", error=repr(exc))
        return problem(
            HTTP_503_SERVICE_UNAVAILABLE,
            "Service unavailable",
            "The database is unavailable; retry shortly.",
            request=request,
            headers={"Retry-After": "2"},
        )
    _log.exception("unhandled error")
    return problem(
        HTTP_500_INTERNAL_SERVER_ERROR,
        "Internal server error",
        "An unexpected error occurred.",
        request=request,
    )


def too_large(limit: int) -> str:
    """The detail of a 413: the limit, in bytes and MiB, and the setting that sets it."""
    return f"The request body is larger than the limit of {limit:,} bytes ({limit / 2**20:g} MiB, MAX_BODY_BYTES)."


def _database_down(exc: BaseException) -> bool:
    """True when the database being away caused this, also when it surfaced as a later error
    (a rollback failing on the connection the server had just dropped)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, DATABASE_DOWN):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
