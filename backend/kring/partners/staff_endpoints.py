"""Staff answer partner access requests (`/admin/partner-access-requests`) within 48 hours."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.models.partner import PartnerAccessStatus
from kring.partners import service
from kring.partners.auth import PartnerAccessVerifier
from kring.partners.schemas import PartnerAccessRefusal, PartnerAccessRequestSummary

router = APIRouter(prefix="/admin/partner-access-requests", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_partner_access_requests",
    summary="Partner access requests",
    responses=problem_responses(401, 403, 422),
)
async def list_partner_access_requests(
    db: DbSession,
    principal: PartnerAccessVerifier,
    clock: ClockDep,
    page: PageQuery,
    status_: Annotated[PartnerAccessStatus | None, Query(alias="status")] = None,
) -> Page[PartnerAccessRequestSummary]:
    """Soonest deadline first, so overdue requests lead."""
    return await service.staff_list(db, principal, clock, status_, page)


@router.get(
    "/{request_id}",
    operation_id="admin:get_partner_access_request",
    summary="One partner access request",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_partner_access_request(
    request_id: uuid.UUID, db: DbSession, principal: PartnerAccessVerifier, clock: ClockDep
) -> PartnerAccessRequestSummary:
    """Reading it is recorded in the person's audit trail."""
    return await service.staff_get(db, principal, clock, request_id)


@router.post(
    "/{request_id}/acceptance",
    operation_id="admin:accept_partner_access_request",
    summary="Accept a partner access request",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def accept_partner_access_request(
    request_id: uuid.UUID,
    db: DbSession,
    principal: PartnerAccessVerifier,
    clock: ClockDep,
    settings: SettingsDep,
) -> PartnerAccessRequestSummary:
    """The person is told by e-mail, in their language."""
    return await service.accept(db, principal, clock, settings, request_id)


@router.post(
    "/{request_id}/refusal",
    operation_id="admin:refuse_partner_access_request",
    summary="Refuse a partner access request",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def refuse_partner_access_request(
    request_id: uuid.UUID,
    body: PartnerAccessRefusal,
    db: DbSession,
    principal: PartnerAccessVerifier,
    clock: ClockDep,
    settings: SettingsDep,
) -> PartnerAccessRequestSummary:
    """The reason is mailed to the person, in their language; they may ask again."""
    return await service.refuse(db, principal, clock, settings, request_id, body)
