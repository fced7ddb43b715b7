"""Staff follow and confirm promotion packages (`/admin/promotion-requests`), with invoices."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.models.promotion import PromotionRequestStatus
from kring.promotions import service
from kring.promotions.auth import PromotionConfirmer, PromotionViewer
from kring.promotions.schemas import PromotionConfirmation, PromotionRequestSummary

router = APIRouter(prefix="/admin/promotion-requests", tags=["admin"])
invoices_router = APIRouter(prefix="/admin/invoices", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_promotion_requests",
    summary="Promotion package requests",
    responses=problem_responses(401, 403, 422),
)
async def list_promotion_requests(
    db: DbSession,
    principal: PromotionViewer,
    page: PageQuery,
    status_: Annotated[PromotionRequestStatus | None, Query(alias="status")] = None,
) -> Page[PromotionRequestSummary]:
    """Oldest first, so the longest waiting are called first."""
    return await service.staff_list(db, principal, status_, page)


@router.post(
    "/{request_id}/confirm",
    operation_id="admin:confirm_promotion_request",
    summary="Confirm a package and send its invoice",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def confirm_promotion_request(
    request_id: uuid.UUID,
    body: PromotionConfirmation,
    db: DbSession,
    principal: PromotionConfirmer,
    clock: ClockDep,
) -> PromotionRequestSummary:
    """The first invoice deducts the administrative fee already paid; the invoice is mailed."""
    return await service.confirm(db, principal, clock, request_id, body)


@invoices_router.get(
    "/{invoice_id}/pdf",
    operation_id="admin:get_invoice_pdf",
    summary="A provider's invoice as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404, 422)},
)
async def get_invoice_pdf(
    invoice_id: uuid.UUID, db: DbSession, principal: PromotionViewer
) -> Response:
    """In my language; the read is in the provider's audit trail."""
    filename, data, media_type = await service.staff_invoice_pdf(
        db, principal, invoice_id, current_language()
    )
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
