"""What Kring answers when a server it needs is down or the disk is full: problem+json, never a
500 or a hang. PostgreSQL or Redis out of reach is a 503 with `Retry-After`; no room for a file
is a 507. The API recovers on its own: the pool reconnects once PostgreSQL is back."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import Any

import asyncpg
import redis.exceptions
import structlog
from fastapi import FastAPI, Request
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.responses import JSONResponse

from kring.kit.i18n import N_, _

log = structlog.get_logger(__name__)

RETRY_AFTER_SECONDS = 5
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT}
# asyncpg's own words for "the server went away, or will not take us now".
_POSTGRES_GONE = (
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
)


class DatabaseUnreachable(Exception):
    """Connecting to PostgreSQL failed at the network level (refused, no socket, timed out)."""


def watch_connects(engine: AsyncEngine) -> None:
    """Turn network errors while connecting into `DatabaseUnreachable`.

    The driver raises them as bare `OSError`s (`FileNotFoundError` for a missing unix socket),
    which must not be confused with Kring's own file errors.
    """

    @event.listens_for(engine.sync_engine, "do_connect")
    def connect(dialect: Any, record: Any, cargs: Any, cparams: Any) -> Any:
        try:
            return dialect.connect(*cargs, **cparams)
        except OSError as exc:  # TimeoutError is one too
            raise DatabaseUnreachable(f"{type(exc).__name__}: {exc}") from exc


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = current.orig if isinstance(current, sa_exc.DBAPIError) else None
        current = orig or current.__cause__ or current.__context__


def database_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says PostgreSQL is out of reach (rather than that a statement was wrong)."""
    if isinstance(exc, DatabaseUnreachable | sa_exc.TimeoutError):  # refused, or pool exhausted
        return True
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, sa_exc.DBAPIError) and any(
        isinstance(cause, (*_POSTGRES_GONE, DatabaseUnreachable)) for cause in _causes(exc)
    )


def _unavailable(request: Request, detail: str) -> JSONResponse:
    from kring.kit.errors import problem_response

    return problem_response(
        request,
        status=503,
        slug="service-unavailable",
        title=_("Service unavailable"),
        detail=_(detail),
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


# Two transactions waited on each other, or a lock could not be had in time: PostgreSQL undid
# this request's transaction, so nothing was written and trying again is safe.
_TRANSIENT = (
    asyncpg.DeadlockDetectedError,
    asyncpg.SerializationError,
    asyncpg.LockNotAvailableError,
)


async def _on_database_error(request: Request, exc: Exception) -> JSONResponse:
    from kring.kit.errors import _on_unexpected

    if isinstance(exc, sa_exc.DBAPIError) and any(
        isinstance(cause, _TRANSIENT) for cause in _causes(exc)
    ):
        # Still a defect to find (locks should be taken in one order), so it is logged.
        log.warning("request.transient_database_conflict", error=str(exc.orig))
        response = _unavailable(
            request, N_("Another change to the same data came at the same moment. Try again.")
        )
        response.headers["Retry-After"] = "1"
        return response
    if not database_unavailable(exc):
        return await _on_unexpected(request, exc)
    return _unavailable(request, N_("Kring cannot reach its database just now. Try again soon."))


async def _on_redis_error(request: Request, exc: Exception) -> JSONResponse:
    # Rate limits live in Redis: without it, log-in, sign-up and contact requests are refused
    # rather than let through unlimited (see docs/decisions.md).
    return _unavailable(
        request, N_("Kring cannot handle this request just now. Try again in a few minutes.")
    )


async def _on_os_error(request: Request, exc: Exception) -> JSONResponse:
    from kring.kit.errors import _on_unexpected, problem_response

    if not isinstance(exc, OSError) or exc.errno not in _NO_ROOM:
        return await _on_unexpected(request, exc)
    return problem_response(
        request,
        status=507,
        slug="insufficient-storage",
        title=_("Insufficient storage"),
        detail=_("There is no room to store the file just now. Try again later."),
        headers={"Retry-After": "60"},
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(DatabaseUnreachable, _on_database_error)
    app.add_exception_handler(sa_exc.DBAPIError, _on_database_error)
    app.add_exception_handler(sa_exc.TimeoutError, _on_database_error)
    app.add_exception_handler(redis.exceptions.ConnectionError, _on_redis_error)
    app.add_exception_handler(redis.exceptions.TimeoutError, _on_redis_error)
    app.add_exception_handler(OSError, _on_os_error)
