"""Invoices for integrations (`/integrations/invoices`): an API client of an organisation whose
token grants `invoices:read` reads that organisation's invoices (for its bookkeeping)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.invoices import service
from kring.invoices.auth import InvoicesApiClient
from kring.invoices.schemas import InvoiceDetail, InvoiceSummary
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.models.invoice import InvoiceStatus

router = APIRouter(prefix="/integrations/invoices", tags=["integrations"])


@router.get(
    "",
    operation_id="integrations:list_invoices",
    summary="The organisation's invoices",
    responses=problem_responses(401, 403, 422),
)
async def list_invoices(
    db: DbSession,
    client: InvoicesApiClient,
    clock: ClockDep,
    page: PageQuery,
    invoice_status: Annotated[InvoiceStatus | None, Query(alias="status")] = None,
) -> Page[InvoiceSummary]:
    """The newest first; each page is audited."""
    return await service.integration_list(db, client, clock, page, invoice_status)


@router.get(
    "/{invoice_id}",
    operation_id="integrations:get_invoice",
    summary="One of the organisation's invoices",
    responses=problem_responses(401, 403, 404),
)
async def get_invoice(
    invoice_id: uuid.UUID, db: DbSession, client: InvoicesApiClient, clock: ClockDep
) -> InvoiceDetail:
    """With its lines and totals per VAT rate; the read is audited."""
    return await service.integration_get(db, client, clock, invoice_id)
