"""The provider's promotion packages (`/provider/promotion`) and invoices (`/provider/invoices`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.promotions import service
from kring.promotions.auth import ProviderReader, ProviderWriter
from kring.promotions.schemas import (
    PromotionOverview,
    PromotionRequestCreate,
    PromotionRequestRead,
)

router = APIRouter(prefix="/provider", tags=["provider"])


@router.get(
    "/promotion",
    operation_id="provider:get_promotion",
    summary="The promotion packages and my requests",
    responses=problem_responses(401, 403, 404),
)
async def get_promotion(db: DbSession, provider: ProviderReader) -> PromotionOverview:
    """With what the next invoice deducts (the administrative fee, once)."""
    return await service.overview(db, provider)


@router.post(
    "/promotion/requests",
    operation_id="provider:request_promotion",
    summary="Ask for a promotion package",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def request_promotion(
    body: PromotionRequestCreate, db: DbSession, provider: ProviderWriter, settings: SettingsDep
) -> PromotionRequestRead:
    """Kring contacts you to talk it through, then confirms it and sends the invoice."""
    return await service.request_package(db, provider, settings, body)


@router.delete(
    "/promotion/requests/{request_id}",
    operation_id="provider:withdraw_promotion",
    summary="Withdraw a package request",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def withdraw_promotion(
    request_id: uuid.UUID, db: DbSession, provider: ProviderWriter, clock: ClockDep
) -> None:
    """Only while Kring has not confirmed it."""
    await service.withdraw(db, provider, clock, request_id)


@router.get(
    "/invoices/{invoice_id}/pdf",
    operation_id="provider:get_invoice_pdf",
    summary="One of my invoices as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_invoice_pdf(
    invoice_id: uuid.UUID, db: DbSession, provider: ProviderReader
) -> Response:
    """In my language."""
    filename, data, media_type = await service.invoice_pdf(
        db, provider, invoice_id, current_language()
    )
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
