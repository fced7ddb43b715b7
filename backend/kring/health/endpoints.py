"""Liveness and readiness for load balancers and orchestrators."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from kring.kit import queue
from kring.kit.errors import ServiceUnavailable, problem_responses
from kring.kit.i18n import N_

router = APIRouter(tags=["health"])

# Both checks run at once and each gives up after this long: a load balancer hears within a
# second that this replica cannot serve.
CHECK_TIMEOUT_SECONDS = 0.8


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ok"] = "ok"
    checks: dict[str, Literal["ok"]]


@router.get("/health", operation_id="health:get", summary="Is the API process alive?")
async def get_health() -> Health:
    """Answers as long as the process serves requests; checks nothing else."""
    return Health()


@router.get(
    "/ready",
    operation_id="health:ready",
    summary="Can the API serve traffic?",
    responses=problem_responses(503),
)
async def get_ready(request: Request) -> Readiness:
    """Checks PostgreSQL and Redis; answers 503 naming the part that fails."""

    async def database() -> None:
        async with request.app.state.engine.connect() as connection:
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
