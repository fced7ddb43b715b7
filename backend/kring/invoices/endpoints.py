"""An organisation's invoices in the pro portal (`/organisations/{id}/invoices`): only its
portal admins read them, download their PDF and pay an open one by iDEAL. Every read is
audited."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from kring.config import SettingsDep
from kring.invoices import documents, service
from kring.invoices.auth import InvoiceAdmin, InvoicePayer
from kring.invoices.schemas import InvoiceCheckout, InvoiceDetail, InvoiceSummary, InvoiceView
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.payments import service as payments

router = APIRouter(prefix="/organisations/{organisation_id}/invoices", tags=["invoices"])


@router.get(
    "",
    operation_id="invoices:list",
    summary="The organisation's invoices",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_invoices(
    db: DbSession,
    acting: InvoiceAdmin,
    clock: ClockDep,
    page: PageQuery,
    view: Annotated[
        InvoiceView,
        Query(
            description="open: not paid yet (open or overdue), the first due first; all: "
            "every invoice, the newest first."
        ),
    ] = "open",
) -> Page[InvoiceSummary]:
    """Portal admins only (an employee gets 403); each page is audited."""
    return await service.list_invoices(db, acting, clock, view, page)


@router.get(
    "/{invoice_id}",
    operation_id="invoices:get",
    summary="An invoice",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_invoice(
    invoice_id: uuid.UUID, db: DbSession, acting: InvoiceAdmin, clock: ClockDep
) -> InvoiceDetail:
    """With its lines, the totals per VAT rate, its status and due date; the read is audited."""
    return await service.get(db, acting, clock, invoice_id)


@router.get(
    "/{invoice_id}/pdf",
    operation_id="invoices:download",
    summary="An invoice as a PDF",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {}}},
        **problem_responses(401, 403, 404, 409),
    },
)
async def invoice_pdf(
    invoice_id: uuid.UUID,
    db: DbSession,
    acting: InvoiceAdmin,
    settings: SettingsDep,
    clock: ClockDep,
) -> Response:
    """In my language, named after the invoice number; the download is audited."""
    filename, data = await documents.download(
        db, acting, settings, clock, invoice_id, current_language()
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post(
    "/{invoice_id}/payment",
    operation_id="invoices:pay",
    summary="Pay an invoice with iDEAL",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 503),
)
async def pay_invoice(
    invoice_id: uuid.UUID, db: DbSession, acting: InvoicePayer, settings: SettingsDep
) -> InvoiceCheckout:
    """Send the payer to `checkout_url`; a payment started before and not finished is offered
    again. A paid invoice is 409. Afterwards the invoice shows whether it was paid."""
    invoice = await service.invoice_to_pay(db, acting, invoice_id)
    payment = await payments.start_invoice_payment(db, acting.principal, settings, invoice)
    return InvoiceCheckout(payment_id=payment.id, checkout_url=payment.checkout_url)
