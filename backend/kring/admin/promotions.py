"""Staff confirm promotion packages (`/admin/promotion-requests`), which invoices them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import select

from kring.admin.auth import StaffMember
from kring.kit.db import DbSession
from kring.kit.errors import Forbidden, problem_responses
from kring.kit.i18n import N_
from kring.kit.types import INT32_MAX
from kring.models.promotion import PromotionRequest, PromotionRequestStatus, ProviderInvoice
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.promotions import service
from kring.promotions.schemas import PromotionConfirmation, PromotionRequestSummary

router = APIRouter(prefix="/admin/promotion-requests", tags=["admin"])

# Advisors talk packages through with providers; admins may do the same.
SELLERS = frozenset({"admin", "advisor"})


def _summary(
    row: PromotionRequest, invoice: ProviderInvoice | None, user: User
) -> PromotionRequestSummary:
    return PromotionRequestSummary(
        **service.request_read(row, invoice).model_dump(),
        profile_id=row.profile_id,
        provider_name=user.display_name,
        provider_email=user.email,
    )


@router.get(
    "",
    operation_id="admin:list_promotion_requests",
    summary="Promotion package requests",
    responses=problem_responses(401, 403, 422),
)
async def list_promotion_requests(
    db: DbSession,
    actor: StaffMember,
    status_: Annotated[PromotionRequestStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[PromotionRequestSummary]:
    """Oldest first, so the longest waiting are called first."""
    statement = (
        select(PromotionRequest, ProviderInvoice, User)
        .outerjoin(ProviderInvoice, ProviderInvoice.promotion_request_id == PromotionRequest.id)
        .join(ProviderProfile, ProviderProfile.id == PromotionRequest.profile_id)
        .join(User, User.id == ProviderProfile.user_id)
    )
    if status_:
        statement = statement.where(PromotionRequest.status == status_)
    rows = await db.execute(
        statement.order_by(PromotionRequest.created_at, PromotionRequest.id)
        .limit(limit)
        .offset(offset)
    )
    return [_summary(r, i, u) for r, i, u in rows.all()]


@router.post(
    "/{request_id}/confirm",
    operation_id="admin:confirm_promotion_request",
    summary="Confirm a package and send its invoice",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def confirm_promotion_request(
    request_id: uuid.UUID,
    body: PromotionConfirmation,
    request: Request,
    db: DbSession,
    actor: StaffMember,
) -> PromotionRequestSummary:
    """The first invoice deducts the administrative fee already paid; the invoice is mailed."""
    if actor.staff_role not in SELLERS:
        raise Forbidden(N_("Only Kring's advisors and admins may do this."))
    row, invoice = await service.confirm(db, request, actor, request_id, body)
    profile = await db.get(ProviderProfile, row.profile_id)
    user = await db.get(User, profile.user_id) if profile else None
    assert user is not None  # foreign keys
    return _summary(row, invoice, user)
