"""Paying the administrative fee, the providers' webhooks, and the sandbox's checkout page."""

from __future__ import annotations

import uuid
from typing import Literal
from urllib.parse import parse_qs

import httpx
import structlog
from fastapi import APIRouter, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.background import BackgroundTask

from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.money import euros
from kring.kit.types import PlainText, storable_text
from kring.models.payment import Payment, PaymentStatus
from kring.payments import service
from kring.payments.auth import AnyVisitor, ProviderReader, ProviderWriter, SignedIn
from kring.payments.gateway import gateway_for
from kring.payments.schemas import PaymentRead, WebhookReceipt
from kring.web.service import render_page

log = structlog.get_logger(__name__)

router = APIRouter(prefix="/provider/payment", tags=["provider"])
dossier_router = APIRouter(prefix="/dossiers/{dossier_id}/payment", tags=["dossiers"])
webhooks_router = APIRouter(prefix="/payments/webhooks", tags=["payments"])
sandbox_router = APIRouter(prefix="/sandbox/payments", include_in_schema=False)
_OUTCOMES = {"paid", "failed", "canceled"}


def _read(payment: Payment) -> PaymentRead:
    return PaymentRead(
        id=payment.id,
        status=PaymentStatus(payment.status),
        checkout_url=payment.checkout_url,
        amount_cents=payment.amount_cents,
        vat_cents=payment.vat_cents,
        paid_at=payment.paid_at,
    )


@router.post(
    "",
    operation_id="provider:start_payment",
    summary="Pay the administrative fee",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 503),
)
async def start_payment(
    db: DbSession, settings: SettingsDep, provider: ProviderWriter
) -> PaymentRead:
    """EUR 10.00 including 21% VAT, once; send the payer to `checkout_url`. Needs steps 1-5."""
    payment = await service.start_fee_payment(db, provider, settings, gateway_for(settings))
    return _read(payment)


@router.get(
    "",
    operation_id="provider:get_payment",
    summary="The fee payment's status",
    responses=problem_responses(401, 403, 404, 503),
)
async def get_payment(
    db: DbSession, settings: SettingsDep, provider: ProviderReader, visitor: AnyVisitor
) -> PaymentRead:
    """Asks the provider when it is still open, so returning before the webhook works too."""
    # No profile lock here: settling locks the payment and then the profile, as the webhook
    # does; holding the profile first would deadlock against a webhook in flight.
    payment = await service.fee_payment(db, provider.principal, visitor, gateway_for(settings))
    return _read(payment)


@dossier_router.post(
    "",
    operation_id="dossiers:start_payment",
    summary="Pay a dossier's registration fee",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
)
async def start_dossier_payment(
    dossier_id: uuid.UUID, db: DbSession, settings: SettingsDep, principal: SignedIn
) -> PaymentRead:
    """EUR 10.00 including 21% VAT, once every step is done; send the payer to `checkout_url`."""
    payment = await service.start_dossier_fee_payment(
        db, principal, settings, gateway_for(settings), dossier_id
    )
    return _read(payment)


@dossier_router.get(
    "",
    operation_id="dossiers:get_payment",
    summary="The registration fee payment's status",
    responses=problem_responses(401, 403, 404, 422, 503),
)
async def get_dossier_payment(
    dossier_id: uuid.UUID,
    db: DbSession,
    settings: SettingsDep,
    principal: SignedIn,
    visitor: AnyVisitor,
) -> PaymentRead:
    """Asks the provider when it is still open; paid moves the dossier on."""
    payment = await service.dossier_fee_payment(
        db, principal, visitor, gateway_for(settings), dossier_id
    )
    return _read(payment)


@webhooks_router.post(
    "/{gateway}",
    operation_id="payments:webhook",
    summary="A payment provider reports a change",
    responses=problem_responses(404, 503),
)
async def payment_webhook(
    gateway: Literal["sandbox", "mollie"],
    request: Request,
    db: DbSession,
    settings: SettingsDep,
    visitor: AnyVisitor,
) -> WebhookReceipt:
    """Carries only the payment id (`id=tr_...`, form-encoded); the status is always fetched
    from the provider itself, so a forged call changes nothing. Safe to receive twice."""
    provider = gateway_for(settings)
    if provider.name != gateway:
        raise NotFound()
    form = parse_qs((await request.body()).decode(errors="replace"))
    external_id = (form.get("id") or [""])[0][:64]
    try:
        storable_text(external_id)
    except ValueError:
        external_id = ""  # cannot be an id of ours; answered like any unknown id
    await service.webhook(db, visitor, provider, external_id)
    # Unknown ids get the same answer: the caller learns nothing.
    return WebhookReceipt()


@sandbox_router.get("/{external_id}", response_class=HTMLResponse)
async def sandbox_checkout(external_id: PlainText, request: Request, db: DbSession) -> HTMLResponse:
    payment = await service.sandbox_payment(db, external_id)
    return render_page(
        request,
        "sandbox_payment.html",
        {"payment": payment, "amount": euros(payment.amount_cents)},
    )


async def _call_webhook(url: str, external_id: str) -> None:
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            await client.post(url, data={"id": external_id})
    except httpx.HTTPError as error:
        log.warning("sandbox.webhook_failed", url=url, error=str(error))


@sandbox_router.post("/{external_id}")
async def sandbox_choose(
    external_id: PlainText, request: Request, db: DbSession
) -> RedirectResponse:
    """Like the bank: decide, then call the webhook and send the payer back."""
    form = parse_qs((await request.body()).decode(errors="replace"))
    outcome = (form.get("outcome") or [""])[0]
    if outcome not in _OUTCOMES:
        raise NotFound()
    payment = await service.sandbox_decide(db, external_id, outcome)
    return RedirectResponse(
        payment.redirect_url,
        status_code=status.HTTP_303_SEE_OTHER,
        background=BackgroundTask(_call_webhook, payment.webhook_url, external_id),
    )
