"""The routes of residents and neighbourhood workers."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status
from redis.asyncio import Redis

from kring.auth.dependencies import SignedIn
from kring.config import SettingsDep
from kring.kit import throttle
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.people import Token
from kring.kit.types import Text
from kring.neighbourhoods import service, serving, staff
from kring.neighbourhoods.auth import DashboardMember, NeighbourReader, WorkerInNeighbourhood
from kring.neighbourhoods.schemas import (
    AddressIn,
    Helper,
    InviteCreate,
    InviteRead,
    MyResidence,
    NeighbourhoodPage,
    NeighbourhoodSummary,
    ProfileIn,
    ServedNeighbourhood,
)

router = APIRouter(tags=["neighbourhoods"])
RedisDep = Annotated[Redis, Depends(throttle.get_redis)]


@router.get(
    "/me/neighbourhood",
    operation_id="neighbourhoods:get_mine",
    summary="My neighbourhood",
    responses=problem_responses(401, 404),
)
async def get_mine(db: DbSession, principal: SignedIn) -> MyResidence:
    """My address (only I see it), skills and profile, and the neighbourhood; 404 without one."""
    return await service.my_neighbourhood(db, principal)


@router.put(
    "/me/neighbourhood",
    operation_id="neighbourhoods:set_address",
    summary="Join or move by my home address",
    responses=problem_responses(401, 422, 429),
)
async def set_address(
    body: AddressIn,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
    redis: RedisDep,
) -> MyResidence:
    """The neighbourhood the address lies in (422 on `postcode` when none); 3 entries a month."""
    return await service.set_address(db, principal, settings, clock, redis, body)


@router.delete(
    "/me/neighbourhood",
    operation_id="neighbourhoods:leave",
    summary="Leave my neighbourhood",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404),
)
async def leave(db: DbSession, principal: SignedIn) -> Response:
    """My address, skills and profile are removed."""
    await service.leave(db, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put(
    "/me/neighbourhood/profile",
    operation_id="neighbourhoods:set_profile",
    summary="What I offer my neighbours",
    responses=problem_responses(401, 404, 422),
)
async def set_profile(body: ProfileIn, db: DbSession, principal: SignedIn) -> MyResidence:
    """Skills from the skills list (at most 25), volunteering, a few words about me."""
    return await service.set_profile(db, principal, body)


@router.get(
    "/me/neighbourhood-work",
    operation_id="neighbourhoods:list_my_work",
    summary="The neighbourhoods I serve as a worker",
    responses=problem_responses(401),
)
async def list_my_work(db: DbSession, principal: SignedIn) -> list[NeighbourhoodSummary]:
    """By name; empty for anyone who is no neighbourhood worker."""
    return await service.my_work(db, principal)


@router.post(
    "/neighbourhood-invites/{token}/accept",
    operation_id="neighbourhoods:accept_invite",
    summary="Join a neighbourhood by invitation",
    responses=problem_responses(401, 404, 409, 422),
)
async def accept_invite(
    token: Token,
    body: AddressIn,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> MyResidence:
    """For the e-mail address invited only (else 404); used or expired: 409."""
    return await service.accept_invite(db, principal, settings, clock, token, body)


@router.get(
    "/neighbourhoods/{neighbourhood_id}",
    operation_id="neighbourhoods:get",
    summary="A neighbourhood",
    responses=problem_responses(401, 404),
)
async def get_neighbourhood(db: DbSession, neighbour: NeighbourReader) -> NeighbourhoodPage:
    """Its residents and workers only; my standing, local organisations and workers."""
    return await service.neighbourhood_page(db, neighbour)


@router.get(
    "/neighbourhoods/{neighbourhood_id}/helpers",
    operation_id="neighbourhoods:list_helpers",
    summary="Neighbours who can help",
    responses=problem_responses(401, 404, 422),
)
async def list_helpers(
    db: DbSession,
    neighbour: NeighbourReader,
    page: PageQuery,
    skill: Annotated[
        Annotated[str, Text(min_length=2, max_length=60)] | None,
        Query(description="A skill's slug; without it, anyone offering a skill."),
    ] = None,
) -> Page[Helper]:
    """Nearest first, by a distance rounded up to half a kilometre; never an address."""
    return await service.helpers(db, neighbour, skill, page)


@router.post(
    "/neighbourhoods/{neighbourhood_id}/invites",
    operation_id="neighbourhoods:invite",
    summary="Invite someone to the neighbourhood I serve",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422, 429),
)
async def invite(
    neighbourhood_id: uuid.UUID,
    body: InviteCreate,
    db: DbSession,
    worker: WorkerInNeighbourhood,
    settings: SettingsDep,
    clock: ClockDep,
    redis: RedisDep,
) -> InviteRead:
    """The neighbourhood's worker invites like staff do."""
    return await staff.invite(
        db, worker.principal, settings, clock, redis, neighbourhood_id, str(body.email)
    )


@router.get(
    "/organisations/{organisation_id}/neighbourhoods",
    operation_id="neighbourhoods:list_served",
    summary="The neighbourhoods my organisation serves",
    responses=problem_responses(401, 404, 409),
)
async def list_served(db: DbSession, acting: DashboardMember) -> list[ServedNeighbourhood]:
    """For a municipality or social service: each neighbourhood with its residents and the
    share of them available as volunteers; 404 for any other organisation."""
    return await serving.served_by(db, acting)
