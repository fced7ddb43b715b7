"""Liveness and readiness for load balancers and orchestrators."""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from kring.kit import queue
from kring.kit.errors import ServiceUnavailable, problem_responses
from kring.kit.i18n import N_

router = APIRouter(tags=["health"])

CHECK_TIMEOUT_SECONDS = 2.0


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
    failing = []
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            async with request.app.state.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception:
        failing.append("database")
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            await queue.get_pool().ping()
    except Exception:
        failing.append("redis")
    if failing:
        raise ServiceUnavailable(N_("Not ready: {parts} not reachable."), parts=", ".join(failing))
    return Readiness(checks={"database": "ok", "redis": "ok"})
