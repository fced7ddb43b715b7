"""Orders as people read them: a list row, an order's page with its history, the rentals
outstanding and the ended trajectories; and the days and dates they show."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Any

import phonenumbers

from kring.kit.address import DutchAddressRead
from kring.kit.clock import Clock
from kring.kit.working_days import AMSTERDAM
from kring.models.catalogue import DeviceCategory, DeviceSupply
from kring.models.order import AssistiveOrder, OrderKind, OrderStatus
from kring.models.user import display_name
from kring.orders.schemas import (
    BranchContact,
    ClientRead,
    ContactRead,
    DeviceBrief,
    EndedTrajectory,
    IntegrationOrder,
    IntegrationOrderEvent,
    IntegrationOrderRead,
    OptionBrief,
    OrderDates,
    OrderEventRead,
    OrderRead,
    OrderSummary,
    RentalOutstanding,
    RentalRef,
    StaffOrderSummary,
)

# The portal shows ended trajectories this many calendar months after the pickup.
VISIBLE_MONTHS = 2


def today(clock: Clock) -> date:
    """Today in the Netherlands: the day orders are placed and dates are recorded."""
    return clock.now().astimezone(AMSTERDAM).date()


def local_day(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day (31 December + 2 = 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def phone_display(e164: str | None) -> str | None:
    """`+31302345678` as the Dutch write it: `030 234 5678`."""
    if not e164:
        return None
    try:
        number = phonenumbers.parse(e164, "NL")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def summary(row: Any) -> OrderSummary:
    return OrderSummary(
        id=row.id,
        number=row.number,
        kind=OrderKind(row.kind),
        status=OrderStatus(row.status),
        action_required=row.action_required,
        refused=row.refused,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        client_name=row.client_name,
        device_code=row.device_code,
        device_name=row.device_name,
        option_name=row.option_name,
        category=DeviceCategory(row.category) if row.category else None,
        rental_order_number=row.rental_order_number,
        desired_date=row.desired_date,
        planned_for=row.planned_for,
        placed_at=row.created_at,
        status_changed_at=row.status_changed_at,
    )


def staff_summary(row: Any) -> StaffOrderSummary:
    return StaffOrderSummary(
        **summary(row).model_dump(),
        branch_id=row.branch_id,
        branch_name=row.branch_name,
        hidden_from_portal=row.hidden_from_portal_at is not None,
    )


def outstanding(row: Any, on: date) -> RentalOutstanding:
    return RentalOutstanding(
        id=row.id,
        number=row.number,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        client_name=row.client_name,
        device_code=row.device_code,
        device_name=row.device_name,
        option_name=row.option_name,
        category=DeviceCategory(row.category),
        delivered_on=row.delivered_on,
        rental_ended_on=row.rental_ended_on,
        days_outstanding=max((on - row.delivered_on).days, 0),
    )


def ended(row: Any) -> EndedTrajectory:
    return EndedTrajectory(
        id=row.id,
        number=row.number,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        client_name=row.client_name,
        device_code=row.device_code,
        device_name=row.device_name,
        category=DeviceCategory(row.category),
        delivered_on=row.delivered_on,
        rental_ended_on=row.rental_ended_on,
        picked_up_on=row.picked_up_on,
        days_rented=(row.picked_up_on - row.delivered_on).days,
        visible_until=add_months(row.picked_up_on, VISIBLE_MONTHS),
    )


def _dates(order: Any) -> OrderDates:
    return OrderDates(
        planned_for=order.planned_for,
        delivered_on=order.delivered_on,
        rental_ended_on=order.rental_ended_on,
        picked_up_on=order.picked_up_on,
        repaired_on=order.repaired_on,
        adjusted_on=order.adjusted_on,
    )


def _address(order: Any, prefix: str) -> DutchAddressRead | None:
    return DutchAddressRead.stored(
        getattr(order, f"{prefix}_street"),
        getattr(order, f"{prefix}_house_number"),
        getattr(order, f"{prefix}_house_number_addition"),
        getattr(order, f"{prefix}_postcode"),
        getattr(order, f"{prefix}_city"),
    )


def where_it_is(order: Any) -> DutchAddressRead:
    """The delivery address, or the client's."""
    found = _address(order, "delivery") or _address(order, "client")
    assert found is not None  # the client's address is required (a constraint)
    return found


def action_required(order: Any) -> bool:
    """On the signing list: a Wlz order not signed, and not taken off the list by the branch
    (`order`: the order or a row with those columns)."""
    return order.signature_required and order.signed_at is None and not order.off_signing_list


def days_outstanding(order: AssistiveOrder, on: date) -> int | None:
    if order.delivered_on is None or order.picked_up_on is not None:
        return None
    return max((on - order.delivered_on).days, 0)


def order_read(order: AssistiveOrder, about: Any, events: Any, on: date) -> OrderRead:
    """An order's page: `about` from `repository.details`, `events` from `history`."""
    device = (
        DeviceBrief(
            id=order.device_id,
            code=about.device_code,
            name=about.device_name,
            category=DeviceCategory(about.device_category),
            supply=DeviceSupply(about.device_supply),
        )
        if order.device_id
        else None
    )
    client_address = _address(order, "client")
    assert client_address is not None
    return OrderRead(
        id=order.id,
        number=order.number,
        kind=OrderKind(order.kind),
        status=OrderStatus(order.status),
        action_required=action_required(order),
        organisation_id=order.organisation_id,
        organisation_name=about.organisation_name,
        supplier_branch=BranchContact(
            id=about.branch_id,
            name=about.branch_name,
            phone=about.branch_phone,
            email=about.branch_email,
            opening_hours=about.branch_opening_hours,
        ),
        placed_at=order.created_at,
        placed_by_name=display_name(
            about.placer_first_name, about.placer_prefix, about.placer_last_name
        )
        or None,
        client=ClientRead(
            name=order.client_name, birth_date=order.client_birth_date, address=client_address
        ),
        delivery_address=_address(order, "delivery"),
        contact=ContactRead(name=order.contact_name, phone=order.contact_phone),
        wlz_indication=order.wlz_indication,
        signature_required=order.signature_required,
        signed_at=order.signed_at,
        device=device,
        option=OptionBrief(id=order.option_id, name=about.option_name) if order.option_id else None,
        rental_order=(
            RentalRef(id=order.rental_order_id, number=about.rental_number)
            if order.rental_order_id
            else None
        ),
        description=order.description,
        desired_date=order.desired_date,
        notes=order.notes,
        dates=_dates(order),
        days_outstanding=days_outstanding(order, on),
        signing=None,
        history=[
            OrderEventRead(
                at=e.at,
                status=OrderStatus(e.status),
                on_date=e.on_date,
                note=e.note,
                by_name=display_name(e.first_name, e.prefix, e.last_name) or None,
            )
            for e in events
        ],
    )


def integration_order(order: Any, about: Any) -> IntegrationOrder:
    """`order`: the order or a row of its columns; `about`: its names (`details`, or the row)."""
    return IntegrationOrder(
        id=order.id,
        number=order.number,
        kind=OrderKind(order.kind),
        status=OrderStatus(order.status),
        action_required=action_required(order),
        placed_at=order.created_at,
        client_name=order.client_name,
        client_birth_date=order.client_birth_date,
        address=where_it_is(order),
        wlz_indication=order.wlz_indication,
        device_code=about.device_code,
        device_name=about.device_name,
        category=DeviceCategory(about.device_category) if about.device_category else None,
        option_name=about.option_name,
        rental_order_number=about.rental_number,
        desired_date=order.desired_date,
        dates=_dates(order),
    )


def integration_read(order: AssistiveOrder, about: Any, events: Any) -> IntegrationOrderRead:
    return IntegrationOrderRead(
        **integration_order(order, about).model_dump(),
        history=[
            IntegrationOrderEvent(at=e.at, status=OrderStatus(e.status), on_date=e.on_date)
            for e in events
        ],
    )
