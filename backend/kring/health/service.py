"""Readiness: can this replica reach PostgreSQL and Redis, right now and quickly?"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.health.schemas import Readiness
from kring.kit import queue
from kring.kit.errors import ServiceUnavailable
from kring.kit.i18n import N_

# Both checks run at once and each gives up after this long: a load balancer hears within a
# second that this replica cannot serve.
CHECK_TIMEOUT_SECONDS = 0.8


async def readiness(engine: AsyncEngine) -> Readiness:
    """Both parts reachable, or 503 naming the ones that are not."""

    async def database() -> None:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def redis() -> None:
        await queue.get_pool().ping()

    async def reachable(check: Callable[[], Awaitable[None]]) -> bool:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
                await check()
        except Exception:
            return False
        return True

    database_ok, redis_ok = await asyncio.gather(reachable(database), reachable(redis))
    failing = [name for name, ok in (("database", database_ok), ("redis", redis_ok)) if not ok]
    if failing:
        raise ServiceUnavailable(
            N_("Not ready: {parts} not reachable."),
            parts=", ".join(failing),
            headers={"Retry-After": "5"},
        )
    return Readiness(checks={"database": "ok", "redis": "ok"})
