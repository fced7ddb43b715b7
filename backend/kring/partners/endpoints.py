"""A person's partner access (`/partner/access`): ask for it and follow the answer."""

from __future__ import annotations

from fastapi import APIRouter, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.partners import service
from kring.partners.auth import SignedIn
from kring.partners.schemas import (
    PartnerAccess,
    PartnerAccessRequestCreate,
    PartnerAccessRequestRead,
)

router = APIRouter(prefix="/partner/access", tags=["partner"])


@router.get(
    "",
    operation_id="partner:get_access",
    summary="My partner access and my latest request",
    responses=problem_responses(401),
)
async def get_access(db: DbSession, principal: SignedIn) -> PartnerAccess:
    """Accepted means you may submit dossiers for matching."""
    return await service.my_access(db, principal)


@router.post(
    "/requests",
    operation_id="partner:request_access",
    summary="Ask for partner access",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def request_access(
    body: PartnerAccessRequestCreate,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    settings: SettingsDep,
) -> PartnerAccessRequestRead:
    """Kring checks your request and answers within 48 hours, by e-mail."""
    return await service.request_access(db, principal, clock, settings, body)
