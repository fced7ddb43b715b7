"""Staff administration of organisations (`/admin/organisations`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from kring.admin.auth import AccountAdministrator, StaffMember
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.types import INT32_MAX, PlainText
from kring.models.organisation import Organisation
from kring.organisations import service
from kring.organisations.schemas import OrganisationCreate, OrganisationRead, OrganisationUpdate

router = APIRouter(prefix="/admin/organisations", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_organisations",
    summary="Find organisations",
    responses=problem_responses(401, 403, 422),
)
async def list_organisations(
    db: DbSession,
    actor: StaffMember,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the name, or a KvK number.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[OrganisationRead]:
    """For every staff role, sorted by name."""
    return [await service.to_read(db, o) for o in await service.search(db, q, limit, offset)]


@router.post(
    "",
    operation_id="admin:create_organisation",
    summary="Create an organisation",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_organisation(
    body: OrganisationCreate, request: Request, db: DbSession, actor: AccountAdministrator
) -> OrganisationRead:
    """Kring's admins and advisors; postcodes and registration numbers are checked for the
    organisation's country."""
    organisation = await service.create(db, request, actor, body)
    return await service.to_read(db, organisation)


@router.get(
    "/{organisation_id}",
    operation_id="admin:get_organisation",
    summary="An organisation",
    responses=problem_responses(401, 403, 404),
)
async def get_organisation(
    organisation_id: uuid.UUID, db: DbSession, actor: StaffMember
) -> OrganisationRead:
    """Any organisation, for every staff role."""
    organisation = await db.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound()
    return await service.to_read(db, organisation)


@router.patch(
    "/{organisation_id}",
    operation_id="admin:update_organisation",
    summary="Change an organisation",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_organisation(
    organisation_id: uuid.UUID,
    body: OrganisationUpdate,
    request: Request,
    db: DbSession,
    actor: AccountAdministrator,
) -> OrganisationRead:
    """Kring's admins and advisors; members see their organisation read-only."""
    organisation = await db.get(Organisation, organisation_id, with_for_update=True)
    if organisation is None:
        raise NotFound()
    await service.update(db, request, actor, organisation, body)
    return await service.to_read(db, organisation)
