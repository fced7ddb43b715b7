"""The orders' rules: placing a request, the lists and pages the portal shows (each audited),
staff's lists and status changes, and what API clients read."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageRequest
from kring.kit.text import fold
from kring.models.catalogue import DeviceCategory
from kring.models.order import AssistiveOrder, OrderKind, OrderStatus
from kring.orders import handling, placing, reading, repository
from kring.orders.auth import linked_organisations, may_handle
from kring.orders.repository import (
    LATEST_PICKUP,
    LONGEST_OUTSTANDING,
    NEWEST,
    IntegrationOrderRepository,
    OrderRepository,
    StaffOrderRepository,
    details,
    filter_values,
    history,
)
from kring.orders.schemas import (
    AgeCount,
    BranchContact,
    CategoryCount,
    EndedTrajectory,
    IntegrationOrder,
    IntegrationOrderRead,
    OrderingOrganisation,
    OrderRead,
    OrderStatusChange,
    OrderSummary,
    OrderView,
    RentalOutstanding,
    RentalsSummary,
    StaffOrderRead,
    StaffOrderSummary,
)
from kring.orders.signing_reading import order_signing

AGE_BUCKETS = ("0-30", "31-90", "91-365", "365+")


def _pattern(q: str | None) -> str | None:
    folded = fold(q) if q else ""
    return f"%{folded}%" if folded else None


async def _listed(
    db: AsyncSession,
    principal: Principal,
    action: str,
    ids: list[uuid.UUID],
    organisation_id: uuid.UUID | None,
    **filters: Any,
) -> None:
    """One audit row per page listed, naming the orders shown."""
    await audit.record(
        db,
        principal,
        action,
        subject_type="order",
        organisation_id=organisation_id,
        details={
            "orders": [str(i) for i in ids],
            **{k: (v.value if hasattr(v, "value") else v) for k, v in filters.items() if v},
        },
    )


# --- the portal --------------------------------------------------------------------------------


async def place(
    db: AsyncSession, principal: Principal, clock: Clock, body: placing.AnyCreate
) -> OrderRead:
    order = await placing.place(db, principal, clock, body)
    return await _read(db, order, clock)


async def _read(db: AsyncSession, order: AssistiveOrder, clock: Clock) -> OrderRead:
    language = current_language()
    about = await details(db, order.id, language)
    read = reading.order_read(order, about, await history(db, order.id), reading.today(clock))
    read.signing = await order_signing(db, order)
    return read


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
    filters = filter_values(
        status=status.value if status else None,
        kind=kind.value if kind else None,
        pattern=_pattern(q),
        organisation_id=organisation_id,
    )
    found = await OrderRepository(db).page_of(principal, current_language(), view, filters, page)
    items = [reading.summary(row) for row in found.items]
    await _listed(
        db,
        principal,
        "order.listed",
        [i.id for i in items],
        organisation_id,
        view=view,
        status=status,
        kind=kind,
        q=q,
    )
    return Page(items=items, next_cursor=found.next_cursor)


async def ordering_organisations(
    db: AsyncSession, principal: Principal
) -> list[OrderingOrganisation]:
    linked = linked_organisations(principal)
    found = await repository.ordering_organisations(db, linked) if linked else []
    return [
        OrderingOrganisation(
            organisation_id=row.id,
            name=row.name,
            kind=row.kind,
            ad_contract=row.ad_contract,
            may_order=row.branch_id is not None,
            supplier_branch=(
                BranchContact(
                    id=row.branch_id,
                    name=row.branch_name,
                    phone=row.branch_phone,
                    email=row.branch_email,
                    opening_hours=row.branch_opening_hours,
                )
                if row.branch_id
                else None
            ),
        )
        for row in found
    ]


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
    filters = filter_values(pattern=_pattern(q), organisation_id=organisation_id)
    found = await OrderRepository(db).page_of(
        principal,
        current_language(),
        "all",
        filters,
        page,
        keyset=LONGEST_OUTSTANDING,
        extra="outstanding",
        category=category.value if category else None,
    )
    on = reading.today(clock)
    items = [reading.outstanding(row, on) for row in found.items]
    await _listed(
        db,
        principal,
        "order.rentals_outstanding_listed",
        [i.id for i in items],
        organisation_id,
        category=category,
        q=q,
    )
    return Page(items=items, next_cursor=found.next_cursor)


async def rentals_summary(
    db: AsyncSession, principal: Principal, clock: Clock, *, organisation_id: uuid.UUID | None
) -> RentalsSummary:
    """Counts only (no client data): not audited."""
    on = reading.today(clock)
    counted = await OrderRepository(db).rentals_by_age(principal, on, organisation_id)
    by_category = {category: 0 for category in DeviceCategory}
    by_age = dict.fromkeys(AGE_BUCKETS, 0)
    for row in counted:
        by_category[DeviceCategory(row.category)] += row.count
        by_age[row.bucket] += row.count
    return RentalsSummary(
        total=sum(by_age.values()),
        as_of=on,
        by_category=[CategoryCount(category=c, count=n) for c, n in by_category.items()],
        by_age=[AgeCount(bucket=b, count=n) for b, n in by_age.items()],
    )


async def ended(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    q: str | None,
    organisation_id: uuid.UUID | None,
) -> Page[EndedTrajectory]:
    filters = filter_values(pattern=_pattern(q), organisation_id=organisation_id)
    found = await OrderRepository(db).page_of(
        principal,
        current_language(),
        "all",
        filters,
        page,
        keyset=LATEST_PICKUP,
        extra="ended",
    )
    items = [reading.ended(row) for row in found.items]
    await _listed(db, principal, "order.ended_listed", [i.id for i in items], organisation_id, q=q)
    return Page(items=items, next_cursor=found.next_cursor)


async def readable_order(
    db: AsyncSession, principal: Principal, order_id: uuid.UUID
) -> AssistiveOrder:
    """One of the person's orders the portal shows, or 404."""
    return await OrderRepository(db).get(principal, order_id)


async def get(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID
) -> OrderRead:
    order = await readable_order(db, principal, order_id)
    read = await _read(db, order, clock)
    await audit.record(
        db,
        principal,
        "order.viewed",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
    )
    return read


# --- staff -------------------------------------------------------------------------------------


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
    filters = filter_values(
        status=status.value if status else None,
        kind=kind.value if kind else None,
        pattern=_pattern(q),
        organisation_id=organisation_id,
    )
    found = await StaffOrderRepository(db).page_of(
        principal, current_language(), branch_id, filters, page
    )
    items = [reading.staff_summary(row) for row in found.items]
    await _listed(
        db,
        principal,
        "order.listed",
        [i.id for i in items],
        None,
        **{"as": "staff"},
        status=status,
        kind=kind,
        branch=str(branch_id) if branch_id else None,
        q=q,
    )
    return Page(items=items, next_cursor=found.next_cursor)


async def staff_read(
    db: AsyncSession, principal: Principal, order: AssistiveOrder, clock: Clock
) -> StaffOrderRead:
    read = await _read(db, order, clock)
    pickup = await handling.open_pickup_of(db, order)
    fitting = (
        handling.next_statuses(order, open_pickup=pickup is not None)
        if may_handle(principal)
        else []
    )
    return StaffOrderRead(
        **read.model_dump(),
        next_statuses=fitting,
        hidden_from_portal_at=order.hidden_from_portal_at,
    )


async def staff_get(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID
) -> StaffOrderRead:
    order = await StaffOrderRepository(db).get(principal, order_id)
    read = await staff_read(db, principal, order, clock)
    await audit.record(
        db,
        principal,
        "order.viewed",
        subject_type="order",
        subject_id=order.id,
        organisation_id=None,
        details={"as": "staff"},
    )
    return read


async def change_status(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    order_id: uuid.UUID,
    body: OrderStatusChange,
) -> StaffOrderRead:
    order = await handling.change(
        db, principal, settings, clock, order_id, body.status, body.on_date, body.note
    )
    return await staff_read(db, principal, order, clock)


# --- integrations ------------------------------------------------------------------------------


async def integration_list(
    db: AsyncSession,
    client: Principal,
    page: PageRequest,
    *,
    status: OrderStatus | None,
    kind: OrderKind | None,
) -> Page[IntegrationOrder]:
    repository = IntegrationOrderRepository(db)
    statement = repository.listed(client, current_language(), status, kind)
    found = await repository.page(statement, NEWEST, page, item=lambda row: row)
    items = [reading.integration_order(row, row) for row in found.items]
    await _listed(
        db,
        client,
        "order.listed",
        [i.id for i in items],
        client.active_organisation_id,
        **{"as": "api_client"},
        status=status,
        kind=kind,
    )
    return Page(items=items, next_cursor=found.next_cursor)


async def integration_get(
    db: AsyncSession, client: Principal, order_id: uuid.UUID
) -> IntegrationOrderRead:
    order = await IntegrationOrderRepository(db).get(client, order_id)
    about = await details(db, order.id, current_language())
    read = reading.integration_read(order, about, await history(db, order.id))
    await audit.record(
        db,
        client,
        "order.viewed",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
        details={"as": "api_client"},
    )
    return read
