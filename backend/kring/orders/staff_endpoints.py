"""Staff and orders (`/admin/orders`): every order for admins and advisors, their own branch's
for branch staff; admins and branch staff plan them and record what happened."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.order import OrderKind, OrderStatus
from kring.orders import service
from kring.orders.auth import OrderStaffHandler, OrderStaffViewer
from kring.orders.schemas import OrderStatusChange, StaffOrderRead, StaffOrderSummary

router = APIRouter(prefix="/admin/orders", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_orders",
    summary="Assistive-device orders",
    responses=problem_responses(401, 403, 422),
)
async def list_orders(
    db: DbSession,
    principal: OrderStaffViewer,
    page: PageQuery,
    order_status: Annotated[OrderStatus | None, Query(alias="status")] = None,
    kind: Annotated[OrderKind | None, Query()] = None,
    branch: Annotated[uuid.UUID | None, Query(description="Only this branch's.")] = None,
    organisation: Annotated[
        uuid.UUID | None, Query(description="Only this organisation's.")
    ] = None,
    q: Annotated[
        PlainText | None,
        Query(max_length=100, description="Part of a client's name, an order number or a device."),
    ] = None,
) -> Page[StaffOrderSummary]:
    """Newest first, hidden ones included; branch staff see their branch's only. Each page is
    audited."""
    return await service.staff_list(
        db,
        principal,
        page,
        status=order_status,
        kind=kind,
        branch_id=branch,
        organisation_id=organisation,
        q=q,
    )


@router.get(
    "/{order_id}",
    operation_id="admin:get_order",
    summary="An order",
    responses=problem_responses(401, 403, 404),
)
async def get_order(
    order_id: uuid.UUID, db: DbSession, principal: OrderStaffViewer, clock: ClockDep
) -> StaffOrderRead:
    """With its history and the status changes that fit now; the read is audited."""
    return await service.staff_get(db, principal, clock, order_id)


@router.post(
    "/{order_id}/status",
    operation_id="admin:change_order_status",
    summary="Change an order's status",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def change_status(
    order_id: uuid.UUID,
    body: OrderStatusChange,
    db: DbSession,
    principal: OrderStaffHandler,
    settings: SettingsDep,
    clock: ClockDep,
) -> StaffOrderRead:
    """Plan it (with the day), set it on its way, record the delivery, repair, adjustment, the
    rental's end or the pickup (with the day). A change that does not fit the order's status is
    409, as is setting off or delivering a Wlz order not yet signed."""
    return await service.change_status(db, principal, settings, clock, order_id, body)
