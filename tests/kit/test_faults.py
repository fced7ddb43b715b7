"""Servers out of reach and a full disk are problems with their own status (503, 507), told
apart from Kring's own errors, which stay 500s. (tests/faults drives the real outages.)"""

from __future__ import annotations

import asyncio
import errno
from collections.abc import AsyncIterator

import asyncpg
import pytest
import redis.exceptions
from fastapi import APIRouter, FastAPI, Request
from httpx import ASGITransport, AsyncClient
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.config import Settings
from kring.kit import db, faults
from kring.kit.mail_sink import free_port
from tests.conftest import build_app
from tests.kit.test_errors import assert_problem

_dead_engine = db.create_engine(f"postgresql://postgres@127.0.0.1:{free_port()}/kring", pool_size=1)


def _wrapped(orig: Exception) -> sa_exc.DBAPIError:
    return sa_exc.DBAPIError("SELECT 1", {}, orig)


RAISED: dict[str, BaseException] = {
    "disk-full": OSError(errno.ENOSPC, "No space left on device"),
    "quota": OSError(errno.EDQUOT, "Disk quota exceeded"),
    "missing-file": FileNotFoundError(errno.ENOENT, "No such file: templates/x"),
    "postgres-shutting-down": _wrapped(asyncpg.CannotConnectNowError("shutting down")),
    "postgres-gone": _wrapped(asyncpg.ConnectionDoesNotExistError("connection was closed")),
    "pool-exhausted": sa_exc.TimeoutError("QueuePool limit reached"),
    "bad-statement": _wrapped(asyncpg.UndefinedColumnError("column x does not exist")),
    "redis-refused": redis.exceptions.ConnectionError("Error 111 connecting"),
    "redis-slow": redis.exceptions.TimeoutError("Timeout reading from socket"),
}


def _router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/faults")

    @router.get("/raise/{name}")
    async def raise_one(name: str) -> None:
        raise RAISED[name]

    @router.get("/locks/{first}/{second}")
    async def take_locks(first: int, second: int, request: Request) -> None:
        engine: AsyncEngine = request.app.state.engine
        async with engine.begin() as connection:
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": first})
            await asyncio.sleep(0.3)  # the other request takes its first lock meanwhile
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": second})

    @router.get("/dead-database")
    async def dead_database() -> None:
        async with _dead_engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    return router


@pytest.fixture(scope="module")
async def faults_client(settings: Settings, engine: AsyncEngine) -> AsyncIterator[AsyncClient]:
    app: FastAPI = build_app(settings, engine)
    app.include_router(_router())
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    await _dead_engine.dispose()


@pytest.mark.parametrize(
    "name",
    ["postgres-shutting-down", "postgres-gone", "pool-exhausted", "redis-refused", "redis-slow"],
)
async def test_a_server_out_of_reach_is_503_with_retry_after(
    faults_client: AsyncClient, name: str
) -> None:
    response = await faults_client.get(f"/api/v1/faults/raise/{name}")
    assert_problem(response, 503, "service-unavailable")
    assert response.headers["retry-after"] == "5"


async def test_a_database_that_refuses_connections_is_503_not_a_file_error(
    faults_client: AsyncClient,
) -> None:
    response = await faults_client.get(
        "/api/v1/faults/dead-database", headers={"Accept-Language": "fr"}
    )
    body = assert_problem(response, 503, "service-unavailable")
    assert body["detail"] == (
        "Kring ne peut pas joindre sa base de données pour le moment. Réessayez dans un instant."
    )


@pytest.mark.parametrize("name", ["disk-full", "quota"])
async def test_no_room_on_disk_is_507(faults_client: AsyncClient, name: str) -> None:
    response = await faults_client.get(f"/api/v1/faults/raise/{name}")
    body = assert_problem(response, 507, "insufficient-storage")
    assert body["title"] == "Onvoldoende opslagruimte"


@pytest.mark.parametrize("name", ["missing-file", "bad-statement"])
async def test_kring_s_own_mistakes_stay_500s(faults_client: AsyncClient, name: str) -> None:
    response = await faults_client.get(f"/api/v1/faults/raise/{name}")
    body = assert_problem(response, 500, "internal-error")
    assert body["error_id"]


async def test_connecting_to_nothing_is_told_apart_from_other_os_errors() -> None:
    engine = db.create_engine(f"postgresql://postgres@127.0.0.1:{free_port()}/kring", pool_size=1)
    try:
        with pytest.raises(faults.DatabaseUnreachable) as refused:
            async with engine.connect():
                pass
    finally:
        await engine.dispose()
    assert isinstance(refused.value.__cause__, OSError)
    assert faults.database_unavailable(refused.value)
    assert not faults.database_unavailable(FileNotFoundError("templates/x"))


async def test_every_operation_but_liveness_documents_the_503(app: FastAPI) -> None:
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            documented = "503" in operation["responses"]
            assert documented == (operation["operationId"] != "health:get"), (method, path)


async def test_a_deadlock_is_a_503_to_try_again_not_a_500(faults_client: AsyncClient) -> None:
    """Two real transactions lock in opposite orders: PostgreSQL undoes one of them."""
    answers = await asyncio.gather(
        faults_client.get("/api/v1/faults/locks/9101/9102"),
        faults_client.get("/api/v1/faults/locks/9102/9101"),
    )
    assert sorted(a.status_code for a in answers) == [200, 503]
    [refused] = [a for a in answers if a.status_code == 503]
    body = assert_problem(refused, 503, "service-unavailable")
    assert refused.headers["retry-after"] == "1"
    assert body["detail"] == (
        "Er kwam op hetzelfde moment een andere wijziging aan dezelfde gegevens. "
        "Probeer het opnieuw."
    )
