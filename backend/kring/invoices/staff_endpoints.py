"""Staff and invoices (`/admin/...`): care managers and admins make a project's invoice of a
month and read invoices; admins record payments."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from kring.config import SettingsDep
from kring.invoices import documents, service
from kring.invoices.auth import (
    InvoiceStaffMaker,
    InvoiceStaffPaymentRecorder,
    InvoiceStaffReader,
)
from kring.invoices.schemas import (
    BillableProject,
    InvoiceCreate,
    InvoiceDetail,
    InvoicePaymentRecord,
    InvoiceSummary,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.models.invoice import InvoiceStatus

router = APIRouter(prefix="/admin", tags=["admin"])


@router.post(
    "/projects/{project_id}/invoices",
    operation_id="admin:make_invoice",
    summary="Make a project's invoice of a month",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def make_invoice(
    project_id: uuid.UUID,
    body: InvoiceCreate,
    db: DbSession,
    principal: InvoiceStaffMaker,
    clock: ClockDep,
) -> InvoiceDetail:
    """From the month's confirmed shifts not invoiced yet, one line each; the month must be
    over. Nothing to invoice, or an invoice of the month already, is 409."""
    return await service.make(db, principal, clock, project_id, body)


@router.get(
    "/invoices",
    operation_id="admin:list_invoices",
    summary="Invoices",
    responses=problem_responses(401, 403, 422),
)
async def list_invoices(
    db: DbSession,
    principal: InvoiceStaffReader,
    clock: ClockDep,
    page: PageQuery,
    organisation: Annotated[
        uuid.UUID | None, Query(description="Only this organisation's.")
    ] = None,
    project: Annotated[uuid.UUID | None, Query(description="Only this project's.")] = None,
    invoice_status: Annotated[InvoiceStatus | None, Query(alias="status")] = None,
) -> Page[InvoiceSummary]:
    """The newest first; each page is audited."""
    return await service.staff_list(
        db,
        principal,
        clock,
        page,
        organisation_id=organisation,
        project_id=project,
        status=invoice_status,
    )


@router.get(
    "/invoices/billable-projects",
    operation_id="admin:list_billable_projects",
    summary="Projects with shifts to invoice",
    responses=problem_responses(401, 403, 422),
)
async def billable_projects(
    db: DbSession, principal: InvoiceStaffMaker, clock: ClockDep, page: PageQuery
) -> Page[BillableProject]:
    """Per project and ended month: confirmed shifts not on an invoice, the latest month first."""
    return await service.billable_projects(db, principal, clock, page)


@router.get(
    "/invoices/{invoice_id}",
    operation_id="admin:get_invoice",
    summary="An invoice",
    responses=problem_responses(401, 403, 404),
)
async def get_invoice(
    invoice_id: uuid.UUID, db: DbSession, principal: InvoiceStaffReader, clock: ClockDep
) -> InvoiceDetail:
    """With its lines and totals per VAT rate; the read is audited."""
    return await service.staff_get(db, principal, clock, invoice_id)


@router.get(
    # Not `/pdf`: `/admin/invoices/{id}/pdf` is a provider's promotion invoice (promotions).
    "/invoices/{invoice_id}/download",
    operation_id="admin:download_invoice",
    summary="An invoice as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def invoice_pdf(
    invoice_id: uuid.UUID,
    db: DbSession,
    principal: InvoiceStaffReader,
    settings: SettingsDep,
    clock: ClockDep,
) -> Response:
    """In my language; the download is audited."""
    filename, data = await documents.download(
        db, principal, settings, clock, invoice_id, current_language()
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post(
    "/invoices/{invoice_id}/payments",
    operation_id="admin:record_invoice_payment",
    summary="Record an invoice's payment",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_payment(
    invoice_id: uuid.UUID,
    body: InvoicePaymentRecord,
    db: DbSession,
    principal: InvoiceStaffPaymentRecorder,
    clock: ClockDep,
) -> InvoiceDetail:
    """A transfer seen on the bank statement; a paid invoice is 409."""
    return await service.record_payment(db, principal, clock, invoice_id, body)
