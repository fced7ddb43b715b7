"""Staff administration of organisations (`/admin/organisations`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.organisations import service
from kring.organisations.auth import OrganisationManager, OrganisationViewer
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
    principal: OrganisationViewer,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the name, or a KvK number.")
    ] = None,
) -> Page[OrganisationRead]:
    """For every staff role, sorted by name."""
    return await service.search(db, principal, q, page)


@router.post(
    "",
    operation_id="admin:create_organisation",
    summary="Create an organisation",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_organisation(
    body: OrganisationCreate, db: DbSession, principal: OrganisationManager
) -> OrganisationRead:
    """Kring's admins and advisors; postcodes and registration numbers are checked for the
    organisation's country."""
    return await service.create(db, principal, body)


@router.get(
    "/{organisation_id}",
    operation_id="admin:get_organisation",
    summary="An organisation",
    responses=problem_responses(401, 403, 404),
)
async def get_organisation(
    organisation_id: uuid.UUID, db: DbSession, principal: OrganisationViewer
) -> OrganisationRead:
    """Any organisation, for every staff role."""
    return await service.read(db, principal, organisation_id)


@router.patch(
    "/{organisation_id}",
    operation_id="admin:update_organisation",
    summary="Change an organisation",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_organisation(
    organisation_id: uuid.UUID,
    body: OrganisationUpdate,
    db: DbSession,
    principal: OrganisationManager,
) -> OrganisationRead:
    """Kring's admins and advisors; members see their organisation read-only."""
    return await service.update(db, principal, organisation_id, body)
