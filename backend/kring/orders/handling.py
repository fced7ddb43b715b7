"""The branch handles an order: each change is checked against the status machine, under a row
lock, and writes an order event and an audit row; the care professional who placed it hears
when it is planned and when a rental is delivered.

received -> planned -> on_the_way -> delivered | repaired | adjusted | picked_up (by kind);
planned again from on_the_way (a visit that did not happen); a delivered rental -> ended ->
picked_up (or picked up at once: it ends that day). A Wlz order not yet signed may be planned,
not set on its way or completed. A pickup order, once picked up, ends its rental too."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.format import local_date
from kring.kit.i18n import N_, Language, _
from kring.kit.links import portal_link
from kring.models.order import (
    COMPLETION,
    OPEN_STATUSES,
    AssistiveOrder,
    OrderEvent,
    OrderKind,
    OrderStatus,
)
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.orders.reading import today
from kring.orders.repository import StaffOrderRepository

S = OrderStatus
STATUS_LABELS: dict[OrderStatus, str] = {
    S.received: N_("received"),
    S.planned: N_("planned"),
    S.on_the_way: N_("on its way"),
    S.delivered: N_("delivered"),
    S.repaired: N_("repaired"),
    S.adjusted: N_("adjusted"),
    S.ended: N_("ended"),
    S.picked_up: N_("picked up"),
}
# The day recorded with each status: planned for, or the day it happened.
DATE_FIELD: dict[OrderStatus, str] = {
    S.planned: "planned_for",
    S.delivered: "delivered_on",
    S.repaired: "repaired_on",
    S.adjusted: "adjusted_on",
    S.ended: "rental_ended_on",
    S.picked_up: "picked_up_on",
}
NOT_SIGNED = N_(
    "This Wlz order waits for the care professional's signature: it cannot be set on its way "
    "or completed before it is signed."
)


def unsigned(order: AssistiveOrder) -> bool:
    return order.signature_required and order.signed_at is None


def next_statuses(order: AssistiveOrder, *, open_pickup: bool = False) -> list[OrderStatus]:
    """The changes that fit the order now."""
    status, kind = S(order.status), OrderKind(order.kind)
    done = COMPLETION[kind]
    if status in OPEN_STATUSES:
        found = [S.planned] + ([S.on_the_way] if status != S.on_the_way else []) + [done]
        if unsigned(order):
            found = [S.planned]
        return found
    if kind == OrderKind.rental and status in (S.delivered, S.ended) and not open_pickup:
        return [S.ended, S.picked_up] if status == S.delivered else [S.picked_up]
    return []


async def open_pickup_of(db: AsyncSession, rental: AssistiveOrder) -> str | None:
    """The number of a pickup order of the rental still waiting for the branch."""
    if rental.kind != OrderKind.rental:
        return None
    found: str | None = await db.scalar(
        select(AssistiveOrder.number).where(
            AssistiveOrder.rental_order_id == rental.id,
            AssistiveOrder.kind == OrderKind.pickup,
            AssistiveOrder.status.in_([s.value for s in OPEN_STATUSES]),
        )
    )
    return found


def label(status: OrderStatus) -> str:
    return _(STATUS_LABELS[status])


async def change(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    order_id: uuid.UUID,
    new: OrderStatus,
    on_date: date | None,
    note: str,
) -> AssistiveOrder:
    """One change, in the caller's transaction; the order is locked first."""
    orders = StaffOrderRepository(db)
    order = await orders.get(principal, order_id, for_update=True)
    current = S(order.status)
    pickup = await open_pickup_of(db, order)
    if new not in next_statuses(order, open_pickup=pickup is not None):
        if unsigned(order) and new != S.planned and current in OPEN_STATUSES:
            raise Conflict(NOT_SIGNED)
        if pickup is not None and new in (S.ended, S.picked_up):
            raise Conflict(
                N_("Record the pickup on the pickup order {number}: it ends this rental."),
                number=pickup,
            )
        raise Conflict(
            N_("An order that is {current} cannot become {new}."),
            current=label(current),
            new=label(new),
        )
    on = today(clock)
    _check_date(order, new, on_date, on)
    if new in DATE_FIELD:
        setattr(order, DATE_FIELD[new], on_date)
    if new == S.picked_up and order.kind == OrderKind.rental and order.rental_ended_on is None:
        order.rental_ended_on = on_date  # picked up at once: the rental ends that day
    order.status = new
    order.status_changed_at = clock.now()
    db.add(
        OrderEvent(
            order_id=order.id, by_user_id=principal.user_id, status=new, on_date=on_date, note=note
        )
    )
    if new == S.picked_up and order.kind == OrderKind.pickup and order.rental_order_id:
        await _rental_picked_up(db, principal, clock, order, on_date)
    await db.flush()
    await audit.record(
        db,
        principal,
        "order.status_changed",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
        details={
            "from": current.value,
            "to": new.value,
            **({"on_date": on_date.isoformat()} if on_date else {}),
        },
    )
    if new in (S.planned, S.delivered):
        await _tell_placer(db, settings, order, new)
    return order


def _check_date(order: AssistiveOrder, new: OrderStatus, on_date: date | None, on: date) -> None:
    """The day given fits the change: planned from today on, a fact not in the future and not
    before what came before it."""
    if new not in DATE_FIELD:
        if on_date is not None:
            raise InvalidInput.on("on_date", N_("Give no date with this change."))
        return
    if on_date is None:
        raise InvalidInput.on("on_date", N_("Give the day with this change."))
    if new == S.planned:
        if on_date < on:
            raise InvalidInput.on("on_date", N_("Plan it for today or later."))
        if on_date > on + timedelta(days=365):
            raise InvalidInput.on("on_date", N_("Plan it at most a year ahead."))
        return
    if on_date > on:
        raise InvalidInput.on("on_date", N_("This day is still to come: record what happened."))
    earliest = order.placed_on
    if new == S.ended or (new == S.picked_up and order.kind == OrderKind.rental):
        earliest = order.rental_ended_on or order.delivered_on or earliest
    if on_date < earliest:
        raise InvalidInput.on(
            "on_date",
            N_("Give a day from {day} on (what came before it)."),
            day=earliest.isoformat(),
        )


async def _rental_picked_up(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    pickup: AssistiveOrder,
    on_date: date | None,
) -> None:
    """The pickup order is done: its rental is picked up (and ends) that day."""
    rental = await db.scalar(
        select(AssistiveOrder)
        .where(AssistiveOrder.id == pickup.rental_order_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if rental is None or rental.picked_up_on is not None or on_date is None:
        return
    assert rental.delivered_on is not None  # a pickup is asked for rentals outstanding only
    ended_on = rental.rental_ended_on or on_date
    if on_date < max(ended_on, rental.delivered_on):
        raise InvalidInput.on(
            "on_date",
            N_("Give a day from {day} on (what came before it)."),
            day=max(ended_on, rental.delivered_on).isoformat(),
        )
    rental.rental_ended_on = ended_on
    rental.picked_up_on = on_date
    rental.status = S.picked_up
    rental.status_changed_at = clock.now()
    db.add(
        OrderEvent(
            order_id=rental.id,
            by_user_id=principal.user_id,
            status=S.picked_up,
            on_date=on_date,
            note=pickup.number,
        )
    )
    await audit.record(
        db,
        principal,
        "order.status_changed",
        subject_type="order",
        subject_id=rental.id,
        organisation_id=rental.organisation_id,
        details={"to": S.picked_up.value, "on_date": on_date.isoformat(), "by": pickup.number},
    )


async def _tell_placer(
    db: AsyncSession, settings: Settings, order: AssistiveOrder, new: OrderStatus
) -> None:
    """Mail the care professional who placed the order (in their language)."""
    if order.placed_by_user_id is None:
        return
    placer = await db.get(User, order.placed_by_user_id)
    if placer is None or placer.status != UserStatus.active:
        return
    language: Language = placer.preferred_language
    day = order.planned_for if new == S.planned else order.delivered_on
    assert day is not None
    await queue_mail(
        db,
        to=placer.email,
        template="order_planned" if new == S.planned else "order_delivered",
        language=language,
        context={
            "first_name": placer.first_name,
            "number": order.number,
            "day": local_date(day, language),
            "link": portal_link(settings, "pro", f"orders/{order.id}"),
        },
    )
