"""Staff and Wlz signatures: the branch's queue of refusals and clearing them, amending an
order (which sends a signed one back to be signed again), and a signed PDF as evidence."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.orders import signing
from kring.orders.auth import OrderStaffHandler, OrderStaffViewer
from kring.orders.schemas import StaffOrderRead
from kring.orders.signing_schemas import OrderAmend, RefusalClear, StaffRefusal

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get(
    "/order-refusals",
    operation_id="admin:list_order_refusals",
    summary="Refused Wlz signatures",
    responses=problem_responses(401, 403, 422),
)
async def list_refusals(
    db: DbSession,
    principal: OrderStaffViewer,
    page: PageQuery,
    state: Annotated[
        Literal["open", "cleared", "all"],
        Query(description="open: waiting for the branch, the oldest first; else newest first."),
    ] = "open",
) -> Page[StaffRefusal]:
    """The refusals of the orders I reach (branch staff: their branch's); each page audited."""
    return await signing.staff_refusals(db, principal, page, state)


@router.post(
    "/order-refusals/{refusal_id}/clear",
    operation_id="admin:clear_order_refusal",
    summary="Clear a refusal",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def clear_refusal(
    refusal_id: uuid.UUID,
    body: RefusalClear,
    db: DbSession,
    principal: OrderStaffHandler,
    clock: ClockDep,
) -> StaffRefusal:
    """Present the order for signing again, or take it off the signing list; 409 when cleared
    already."""
    return await signing.clear_refusal(db, principal, clock, refusal_id, body)


@router.patch(
    "/orders/{order_id}",
    operation_id="admin:amend_order",
    summary="Amend an order",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def amend_order(
    order_id: uuid.UUID,
    body: OrderAmend,
    db: DbSession,
    principal: OrderStaffHandler,
    settings: SettingsDep,
    clock: ClockDep,
) -> StaffOrderRead:
    """Correct the desired date, the contact on site, the description or the notes. A Wlz order
    whose content changes must be signed again: its signature is superseded (kept on record),
    an open refusal is closed, and it returns to the signing list. 409 once it is done."""
    return await signing.amend(db, principal, settings, clock, order_id, body)


@router.get(
    "/orders/{order_id}/signatures/{signature_id}/pdf",
    operation_id="admin:order_signed_pdf",
    summary="A signed order as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def signed_pdf(
    order_id: uuid.UUID, signature_id: uuid.UUID, db: DbSession, principal: OrderStaffViewer
) -> Response:
    """The evidence as it was signed, superseded ones too; audited."""
    filename, data = await signing.staff_signed_pdf(db, principal, order_id, signature_id)
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
