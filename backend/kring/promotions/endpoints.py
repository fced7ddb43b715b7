"""The provider's promotion packages (`/provider/promotion`) and invoices (`/provider/invoices`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status
from sqlalchemy import select

from kring.auth.actor import CurrentActor
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.i18n import current_language
from kring.models.promotion import ProviderInvoice
from kring.promotions import service
from kring.promotions.invoice import invoice_document
from kring.promotions.schemas import (
    PromotionOverview,
    PromotionRequestCreate,
    PromotionRequestRead,
)
from kring.providers.service import own_profile

router = APIRouter(prefix="/provider", tags=["provider"])


@router.get(
    "/promotion",
    operation_id="provider:get_promotion",
    summary="The promotion packages and my requests",
    responses=problem_responses(401, 403, 404),
)
async def get_promotion(db: DbSession, actor: CurrentActor) -> PromotionOverview:
    """With what the next invoice deducts (the administrative fee, once)."""
    return await service.overview(db, actor)


@router.post(
    "/promotion/requests",
    operation_id="provider:request_promotion",
    summary="Ask for a promotion package",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def request_promotion(
    body: PromotionRequestCreate, request: Request, db: DbSession, actor: CurrentActor
) -> PromotionRequestRead:
    """Kring contacts you to talk it through, then confirms it and sends the invoice."""
    return await service.request_package(db, settings_of(request), request, actor, body)


@router.delete(
    "/promotion/requests/{request_id}",
    operation_id="provider:withdraw_promotion",
    summary="Withdraw a package request",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def withdraw_promotion(
    request_id: uuid.UUID, request: Request, db: DbSession, actor: CurrentActor
) -> None:
    """Only while Kring has not confirmed it."""
    await service.withdraw(db, request, actor, request_id)


@router.get(
    "/invoices/{invoice_id}/pdf",
    operation_id="provider:get_invoice_pdf",
    summary="One of my invoices as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_invoice_pdf(invoice_id: uuid.UUID, db: DbSession, actor: CurrentActor) -> Response:
    """In my language."""
    profile = await own_profile(db, actor)
    invoice = await db.scalar(
        select(ProviderInvoice).where(
            ProviderInvoice.id == invoice_id, ProviderInvoice.profile_id == profile.id
        )
    )
    if invoice is None:
        raise NotFound()
    filename, data, media_type = await invoice_document(db, invoice, current_language())
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
