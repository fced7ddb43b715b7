"""The orders' rules: placing a request, the lists the portal shows, staff's status changes."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.kit.clock import Clock
from kring.kit.pagination import Page, PageRequest
from kring.models.catalogue import DeviceCategory
from kring.models.order import OrderKind, OrderStatus
from kring.orders.schemas import (
    AdjustmentOrderCreate,
    EndedTrajectory,
    IntegrationOrder,
    IntegrationOrderRead,
    OrderingOrganisation,
    OrderRead,
    OrderStatusChange,
    OrderSummary,
    OrderView,
    PickupOrderCreate,
    RentalOrderCreate,
    RentalOutstanding,
    RentalsSummary,
    RepairOrderCreate,
    StaffOrderRead,
    StaffOrderSummary,
)


async def place(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    body: RentalOrderCreate | RepairOrderCreate | AdjustmentOrderCreate | PickupOrderCreate,
) -> OrderRead:
    raise NotImplementedError


async def list_orders(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    view: OrderView,
    status: OrderStatus | None,
    kind: OrderKind | None,
    q: str | None,
    organisation_id: uuid.UUID | None,
) -> Page[OrderSummary]:
    raise NotImplementedError


async def ordering_organisations(
    db: AsyncSession, principal: Principal
) -> list[OrderingOrganisation]:
    raise NotImplementedError


async def rentals_outstanding(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    page: PageRequest,
    *,
    category: DeviceCategory | None,
    q: str | None,
    organisation_id: uuid.UUID | None,
) -> Page[RentalOutstanding]:
    raise NotImplementedError


async def rentals_summary(
    db: AsyncSession, principal: Principal, clock: Clock, *, organisation_id: uuid.UUID | None
) -> RentalsSummary:
    raise NotImplementedError


async def ended(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    q: str | None,
    organisation_id: uuid.UUID | None,
) -> Page[EndedTrajectory]:
    raise NotImplementedError


async def get(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID
) -> OrderRead:
    raise NotImplementedError


async def staff_list(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    status: OrderStatus | None,
    kind: OrderKind | None,
    branch_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None,
    q: str | None,
) -> Page[StaffOrderSummary]:
    raise NotImplementedError


async def staff_get(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID
) -> StaffOrderRead:
    raise NotImplementedError


async def change_status(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    order_id: uuid.UUID,
    body: OrderStatusChange,
) -> StaffOrderRead:
    raise NotImplementedError


async def integration_list(
    db: AsyncSession,
    client: Principal,
    page: PageRequest,
    *,
    status: OrderStatus | None,
    kind: OrderKind | None,
) -> Page[IntegrationOrder]:
    raise NotImplementedError


async def integration_get(
    db: AsyncSession, client: Principal, order_id: uuid.UUID
) -> IntegrationOrderRead:
    raise NotImplementedError
