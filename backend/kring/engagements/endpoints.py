"""Engagements (`/dossiers/{id}/engagements`, `/helper/engagements`, `/engagements/{id}`) and the
private calendar feed (`/me/calendar-feed`, `/calendar/{token}.ics`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from kring.config import SettingsDep
from kring.engagements import calendar, service
from kring.engagements.auth import SignedIn
from kring.engagements.schemas import (
    CalendarFeedAddress,
    CalendarFeedState,
    EndBody,
    EngagementRead,
    PauseBody,
    ResumptionBody,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.types import Text

dossier_router = APIRouter(prefix="/dossiers", tags=["engagements"])
helper_router = APIRouter(prefix="/helper/engagements", tags=["engagements"])
router = APIRouter(prefix="/engagements", tags=["engagements"])
feed_router = APIRouter(tags=["calendar"])


@dossier_router.get(
    "/{dossier_id}/engagements",
    operation_id="engagements:list_for_dossier",
    summary="The dossier's engagements",
    responses=problem_responses(401, 404, 422),
)
async def list_for_dossier(
    dossier_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> list[EngagementRead]:
    """Newest first, with the helper's contact details; reading them is audited."""
    return await service.list_for_dossier(db, principal, dossier_id)


@helper_router.get(
    "",
    operation_id="engagements:list_mine",
    summary="My engagements as a helper",
    responses=problem_responses(401),
)
async def list_mine(db: DbSession, principal: SignedIn) -> list[EngagementRead]:
    """Newest first, with the help seeker's and the partner's contact details."""
    return await service.list_mine(db, principal)


@router.get(
    "/{engagement_id}",
    operation_id="engagements:get",
    summary="One engagement",
    responses=problem_responses(401, 404, 422),
)
async def get_engagement(
    engagement_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> EngagementRead:
    """For its helper and whoever reads the dossier."""
    return await service.get(db, principal, engagement_id)


@router.post(
    "/{engagement_id}/pause",
    operation_id="engagements:pause",
    summary="Pause an engagement",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def pause(
    engagement_id: uuid.UUID,
    body: PauseBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> EngagementRead:
    """Either side; the other side gets an e-mail."""
    return await service.pause(db, principal, settings, clock, engagement_id, body.reason)


@router.post(
    "/{engagement_id}/resumption",
    operation_id="engagements:resume",
    summary="Resume a paused engagement",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def resume(
    engagement_id: uuid.UUID,
    body: ResumptionBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> EngagementRead:
    """Either side; the other side gets an e-mail."""
    return await service.resume(db, principal, settings, clock, engagement_id, body.reason)


@router.post(
    "/{engagement_id}/ending",
    operation_id="engagements:end",
    summary="End an engagement",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def end(
    engagement_id: uuid.UUID,
    body: EndBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> EngagementRead:
    """Either side; the last running one ending sends the dossier back to searching."""
    return await service.end(db, principal, settings, clock, engagement_id, body.reason)


@feed_router.get(
    "/me/calendar-feed",
    operation_id="calendar:get_feed",
    summary="My calendar feed",
    responses=problem_responses(401),
)
async def get_feed(db: DbSession, principal: SignedIn) -> CalendarFeedState:
    """Whether I have a private calendar address, and since when."""
    return await calendar.state(db, principal)


@feed_router.post(
    "/me/calendar-feed",
    operation_id="calendar:create_feed",
    summary="Make a new private calendar address",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401),
)
async def create_feed(
    db: DbSession, principal: SignedIn, settings: SettingsDep, clock: ClockDep
) -> CalendarFeedAddress:
    """Shown once; the old address stops working."""
    return await calendar.create(db, principal, settings, clock)


@feed_router.delete(
    "/me/calendar-feed",
    operation_id="calendar:revoke_feed",
    summary="Stop my calendar address",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401),
)
async def revoke_feed(db: DbSession, principal: SignedIn, clock: ClockDep) -> None:
    """Calendars reading it get 404 from now on."""
    await calendar.revoke(db, principal, clock)


@feed_router.get(
    "/calendar/{token}.ics",
    operation_id="calendar:read_feed",
    summary="A private calendar feed",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, **problem_responses(404, 422)},
)
async def read_feed(
    token: Annotated[str, Text(min_length=20, max_length=100, pattern="^[A-Za-z0-9_-]+$"), Path()],
    db: DbSession,
    settings: SettingsDep,
    clock: ClockDep,
) -> Response:
    """No log-in: the address is the key. First meetings and the weekly help, in my language."""
    body = await calendar.feed(db, settings, clock, token)
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, no-store"},
    )
