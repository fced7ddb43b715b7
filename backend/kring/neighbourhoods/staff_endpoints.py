"""The staff console's routes: neighbourhoods, their local organisations, workers and invites."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from redis.asyncio import Redis

from kring.config import SettingsDep
from kring.kit import throttle
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.neighbourhoods import serving, staff
from kring.neighbourhoods.auth import NeighbourhoodManager
from kring.neighbourhoods.schemas import (
    InviteCreate,
    InviteRead,
    LocalOrganisationCreate,
    LocalOrganisationRead,
    LocalOrganisationUpdate,
    NeighbourhoodAdminRead,
    NeighbourhoodAdminSummary,
    NeighbourhoodCreate,
    NeighbourhoodUpdate,
)

router = APIRouter(prefix="/admin", tags=["admin-neighbourhoods"])
ONE = "/neighbourhoods/{neighbourhood_id}"
ORGANISATIONS = ONE + "/local-organisations"


@router.get(
    "/neighbourhoods",
    operation_id="admin:list_neighbourhoods",
    summary="All neighbourhoods",
    responses=problem_responses(401, 403),
)
async def list_neighbourhoods(
    db: DbSession, principal: NeighbourhoodManager
) -> list[NeighbourhoodAdminSummary]:
    """Archived ones too, by name, with their areas and resident counts."""
    return await staff.list_neighbourhoods(db)


@router.post(
    "/neighbourhoods",
    operation_id="admin:create_neighbourhood",
    summary="Create a neighbourhood",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_neighbourhood(
    body: NeighbourhoodCreate, db: DbSession, principal: NeighbourhoodManager
) -> NeighbourhoodAdminRead:
    """An area already in another neighbourhood is refused (409 naming it)."""
    return await staff.create_neighbourhood(db, principal, body)


@router.get(
    ONE,
    operation_id="admin:get_neighbourhood",
    summary="A neighbourhood",
    responses=problem_responses(401, 403, 404),
)
async def get_neighbourhood(
    neighbourhood_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager
) -> NeighbourhoodAdminRead:
    """With its areas, resident count and workers."""
    return await staff.get_neighbourhood(db, neighbourhood_id)


@router.patch(
    ONE,
    operation_id="admin:update_neighbourhood",
    summary="Change a neighbourhood",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_neighbourhood(
    neighbourhood_id: uuid.UUID,
    body: NeighbourhoodUpdate,
    db: DbSession,
    principal: NeighbourhoodManager,
) -> NeighbourhoodAdminRead:
    """A list of postcode areas or places given replaces that kind of area."""
    return await staff.update_neighbourhood(db, principal, neighbourhood_id, body)


@router.post(
    ONE + "/archive",
    operation_id="admin:archive_neighbourhood",
    summary="Archive a neighbourhood",
    responses=problem_responses(401, 403, 404),
)
async def archive_neighbourhood(
    neighbourhood_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager, clock: ClockDep
) -> NeighbourhoodAdminRead:
    """It takes no new residents; its history stays readable."""
    return await staff.set_archived(db, principal, clock, neighbourhood_id, True)


@router.post(
    ONE + "/unarchive",
    operation_id="admin:unarchive_neighbourhood",
    summary="Bring an archived neighbourhood back",
    responses=problem_responses(401, 403, 404),
)
async def unarchive_neighbourhood(
    neighbourhood_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager, clock: ClockDep
) -> NeighbourhoodAdminRead:
    """It takes residents again."""
    return await staff.set_archived(db, principal, clock, neighbourhood_id, False)


@router.get(
    ORGANISATIONS,
    operation_id="admin:list_local_organisations",
    summary="A neighbourhood's local organisations",
    responses=problem_responses(401, 403, 404),
)
async def list_local_organisations(
    neighbourhood_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager
) -> list[LocalOrganisationRead]:
    """Archived ones too, by name."""
    return await staff.list_organisations(db, neighbourhood_id)


@router.post(
    ORGANISATIONS,
    operation_id="admin:create_local_organisation",
    summary="Add a local organisation",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_local_organisation(
    neighbourhood_id: uuid.UUID,
    body: LocalOrganisationCreate,
    db: DbSession,
    principal: NeighbourhoodManager,
) -> LocalOrganisationRead:
    """With at least one way to reach it: phone, e-mail or an https website."""
    return await staff.create_organisation(db, principal, neighbourhood_id, body)


@router.patch(
    ORGANISATIONS + "/{local_organisation_id}",
    operation_id="admin:update_local_organisation",
    summary="Change a local organisation",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_local_organisation(
    neighbourhood_id: uuid.UUID,
    local_organisation_id: uuid.UUID,
    body: LocalOrganisationUpdate,
    db: DbSession,
    principal: NeighbourhoodManager,
) -> LocalOrganisationRead:
    """It stays reachable in at least one way."""
    return await staff.update_organisation(
        db, principal, neighbourhood_id, local_organisation_id, body
    )


@router.post(
    ORGANISATIONS + "/{local_organisation_id}/archive",
    operation_id="admin:archive_local_organisation",
    summary="Archive a local organisation",
    responses=problem_responses(401, 403, 404),
)
async def archive_local_organisation(
    neighbourhood_id: uuid.UUID,
    local_organisation_id: uuid.UUID,
    db: DbSession,
    principal: NeighbourhoodManager,
    clock: ClockDep,
) -> LocalOrganisationRead:
    """Requests can no longer be referred to it; past referrals keep it."""
    return await staff.archive_organisation(
        db, principal, clock, neighbourhood_id, local_organisation_id
    )


@router.put(
    ONE + "/workers/{user_id}",
    operation_id="admin:add_neighbourhood_worker",
    summary="Make a verified partner the neighbourhood's worker",
    responses=problem_responses(401, 403, 404, 422),
)
async def add_worker(
    neighbourhood_id: uuid.UUID, user_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager
) -> NeighbourhoodAdminRead:
    """Only a person whose partner access was accepted (422 naming `user_id`)."""
    return await staff.add_worker(db, principal, neighbourhood_id, user_id)


@router.delete(
    ONE + "/workers/{user_id}",
    operation_id="admin:remove_neighbourhood_worker",
    summary="Stop someone serving the neighbourhood",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def remove_worker(
    neighbourhood_id: uuid.UUID, user_id: uuid.UUID, db: DbSession, principal: NeighbourhoodManager
) -> Response:
    """404 when they are not its worker."""
    await staff.remove_worker(db, principal, neighbourhood_id, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put(
    ONE + "/service-organisations/{organisation_id}",
    operation_id="admin:add_neighbourhood_service_organisation",
    summary="Let a municipality or social service serve the neighbourhood",
    responses=problem_responses(401, 403, 404, 422),
)
async def add_service_organisation(
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
    db: DbSession,
    principal: NeighbourhoodManager,
) -> NeighbourhoodAdminRead:
    """Its members then post callouts there and see its volunteers and figures; any other kind
    of organisation is refused (422 naming `organisation_id`)."""
    await serving.add_service_organisation(db, principal, neighbourhood_id, organisation_id)
    return await staff.get_neighbourhood(db, neighbourhood_id)


@router.delete(
    ONE + "/service-organisations/{organisation_id}",
    operation_id="admin:remove_neighbourhood_service_organisation",
    summary="Stop an organisation serving the neighbourhood",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def remove_service_organisation(
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
    db: DbSession,
    principal: NeighbourhoodManager,
) -> Response:
    """404 when it does not serve the neighbourhood."""
    await serving.remove_service_organisation(db, principal, neighbourhood_id, organisation_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    ONE + "/invites",
    operation_id="admin:invite_to_neighbourhood",
    summary="Invite someone to a neighbourhood",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422, 429),
)
async def invite(
    neighbourhood_id: uuid.UUID,
    body: InviteCreate,
    db: DbSession,
    principal: NeighbourhoodManager,
    settings: SettingsDep,
    clock: ClockDep,
    redis: Annotated[Redis, Depends(throttle.get_redis)],
) -> InviteRead:
    """An e-mail with a single-use link, valid 14 days, to join wherever the address lies."""
    return await staff.invite(
        db, principal, settings, clock, redis, neighbourhood_id, str(body.email)
    )
