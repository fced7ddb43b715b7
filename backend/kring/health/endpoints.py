"""Liveness and readiness for load balancers and orchestrators: no log-in, no principal."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.health import service
from kring.health.schemas import Health, Readiness
from kring.kit.errors import problem_responses

router = APIRouter(tags=["health"])


async def _engine(request: Request) -> AsyncEngine:
    # The app's own engine (tests swap it): the readiness check opens a connection of its own
    # rather than a request's session, which would already have one.
    engine: AsyncEngine = request.app.state.engine
    return engine


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
async def get_ready(engine: Annotated[AsyncEngine, Depends(_engine)]) -> Readiness:
    """Checks PostgreSQL and Redis; answers 503 naming the part that fails."""
    return await service.readiness(engine)
