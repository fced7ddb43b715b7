"""The service dashboard's volunteer list: read it, write to a selection."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from redis.asyncio import Redis

from kring.config import SettingsDep
from kring.kit import throttle
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.neighbourhoods.service import DashboardMember
from kring.volunteers import service
from kring.volunteers.schemas import Volunteer, VolunteerMessage, VolunteerMessageResult

router = APIRouter(tags=["volunteers"])
RedisDep = Annotated[Redis, Depends(throttle.get_redis)]


@router.get(
    "/organisations/{organisation_id}/volunteers",
    operation_id="volunteers:list_volunteers",
    summary="The volunteers in the neighbourhoods my organisation serves",
    responses=problem_responses(401, 404, 409, 422),
)
async def list_volunteers(
    db: DbSession,
    acting: DashboardMember,
    page: PageQuery,
    neighbourhood_id: Annotated[
        uuid.UUID | None, Query(description="One of the neighbourhoods the organisation serves.")
    ] = None,
    skill_id: Annotated[
        list[uuid.UUID] | None,
        Query(max_length=25, description="Repeatable: volunteers offering any of these skills."),
    ] = None,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the name or their words.")
    ] = None,
) -> Page[Volunteer]:
    """By neighbourhood, then name; a volunteer offers any of the skills asked. Never an address."""
    return await service.volunteers(db, acting, neighbourhood_id, skill_id or [], q, page)


@router.post(
    "/organisations/{organisation_id}/volunteers/messages",
    operation_id="volunteers:write_volunteers",
    summary="Write to volunteers",
    responses=problem_responses(401, 404, 409, 422, 429),
)
async def write_volunteers(
    body: VolunteerMessage,
    db: DbSession,
    acting: DashboardMember,
    settings: SettingsDep,
    clock: ClockDep,
    redis: RedisDep,
) -> VolunteerMessageResult:
    """A private message (or e-mail through Kring) to each; a block either way skips them."""
    return await service.write(db, acting, settings, clock, redis, body)
