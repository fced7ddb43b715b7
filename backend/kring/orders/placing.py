"""Placing a request: for a client of an organisation the care professional is linked to, sent
to the branch that serves it. The organisation, device and option rows are read under a share
lock, so a change of the AD contract or the catalogue cannot slip between the check and the
order; the rental a follow-up is about is locked, so two pickups of one rental cannot both go."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Sequence, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit.address import DutchAddress
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.i18n import N_
from kring.kit.text import fold
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption, DeviceCategory
from kring.models.order import (
    OPEN_STATUSES,
    AssistiveOrder,
    OrderEvent,
    OrderKind,
    OrderStatus,
)
from kring.models.organisation import Organisation, OrganisationKind
from kring.orders.auth import linked_organisations
from kring.orders.reading import phone_display, today
from kring.orders.repository import OrderRepository
from kring.orders.schemas import (
    AdjustmentOrderCreate,
    PickupOrderCreate,
    RentalOrderCreate,
    RepairOrderCreate,
)

AnyCreate = RentalOrderCreate | RepairOrderCreate | AdjustmentOrderCreate | PickupOrderCreate
NUMBERS = Sequence("assistive_order_number_seq")
# A request is for at most this many days ahead.
AHEAD_DAYS = 365

NO_AD_CONTRACT = N_("Your organisation has no AD contract: call your branch {phone}.")
NOT_OUTSTANDING = N_("Choose one of your organisations' rentals that is still at a client's.")


async def place(
    db: AsyncSession, principal: Principal, clock: Clock, body: AnyCreate
) -> AssistiveOrder:
    """The order placed, with its first event (received) and an audit row."""
    on = today(clock)
    _check_desired_date(body.desired_date, on)
    if isinstance(body, RentalOrderCreate):
        order = await _rental(db, principal, body, on)
    else:
        order = await _follow_up(db, principal, body)
    order.placed_by_user_id = principal.user_id
    order.placed_on = on
    order.contact_name = body.contact.name
    order.contact_phone = body.contact.phone
    order.desired_date = body.desired_date
    order.notes = body.notes
    order.status = OrderStatus.received
    order.number = f"HB-{on.year}-{await db.scalar(NUMBERS.next_value()):06d}"
    order.search_text = await _search_text(db, order)
    db.add(order)
    await db.flush()
    db.add(OrderEvent(order_id=order.id, by_user_id=principal.user_id, status=order.status))
    await audit.record(
        db,
        principal,
        "order.placed",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
        details={"number": order.number, "kind": order.kind},
    )
    return order


def _check_desired_date(desired: date, on: date) -> None:
    if desired < on:
        raise InvalidInput.on("desired_date", N_("Choose a date from today on."))
    if desired > on + timedelta(days=AHEAD_DAYS):
        raise InvalidInput.on("desired_date", N_("Choose a date at most a year ahead."))


async def _organisation(
    db: AsyncSession, principal: Principal, organisation_id: uuid.UUID | None
) -> tuple[Organisation, Organisation]:
    """The client's organisation (share-locked: its AD contract holds till we commit) and its
    branch; 422 on `organisation_id` for one the person is not linked to."""
    chosen = organisation_id or principal.active_organisation_id
    if chosen is None:
        raise InvalidInput.on(
            "organisation_id", N_("Choose the organisation your client belongs to.")
        )
    if chosen not in linked_organisations(principal):
        raise InvalidInput.on("organisation_id", N_("You are not linked to this organisation."))
    organisation = await db.scalar(
        select(Organisation)
        .where(Organisation.id == chosen)
        .with_for_update(read=True)
        .execution_options(populate_existing=True)
    )
    branch = (
        await db.get(Organisation, organisation.supplier_branch_id)
        if organisation is not None and organisation.supplier_branch_id
        else None
    )
    if organisation is None or branch is None or branch.kind != OrganisationKind.supplier_branch:
        raise InvalidInput.on(
            "organisation_id",
            N_("No branch serves this organisation yet: ask your advisor to link one."),
        )
    return organisation, branch


async def _rental(
    db: AsyncSession, principal: Principal, body: RentalOrderCreate, on: date
) -> AssistiveOrder:
    if body.client.birth_date > on:
        raise InvalidInput.on("client.birth_date", N_("Give a birth date between 1900 and today."))
    organisation, branch = await _organisation(db, principal, body.organisation_id)
    device = await db.scalar(
        select(AssistiveDevice)
        .where(AssistiveDevice.id == body.device_id, AssistiveDevice.active.is_(True))
        .with_for_update(read=True)
    )
    if device is None:
        raise InvalidInput.on("device_id", N_("Choose a device from the catalogue."))
    if device.supply != "rental":
        raise InvalidInput.on(
            "device_id", N_("This device is sold, not rented: choose a rental device.")
        )
    no_contract = not organisation.ad_contract
    call = phone_display(branch.phone) or branch.name
    if no_contract and (device.needs_ad_contract or device.category == DeviceCategory.AD):
        raise InvalidInput.on("device_id", NO_AD_CONTRACT, phone=call)
    if body.option_id is not None:
        option = await db.scalar(
            select(AssistiveDeviceOption)
            .where(
                AssistiveDeviceOption.id == body.option_id,
                AssistiveDeviceOption.device_id == device.id,
                AssistiveDeviceOption.active.is_(True),
            )
            .with_for_update(read=True)
        )
        if option is None:
            raise InvalidInput.on("option_id", N_("Choose one of this device's options."))
        if no_contract and option.needs_ad_contract:
            raise InvalidInput.on("option_id", NO_AD_CONTRACT, phone=call)
    order = AssistiveOrder(
        kind=OrderKind.rental,
        organisation_id=organisation.id,
        branch_id=branch.id,
        client_name=body.client.name,
        client_birth_date=body.client.birth_date,
        wlz_indication=body.wlz_indication,
        signature_required=body.wlz_indication,
        device_id=device.id,
        option_id=body.option_id,
    )
    _set_address(order, "client", body.client.address)
    _set_address(order, "delivery", body.delivery_address)
    return order


def _set_address(order: AssistiveOrder, prefix: str, address: DutchAddress | None) -> None:
    setattr(order, f"{prefix}_street", address.street if address else None)
    setattr(order, f"{prefix}_house_number", address.house_number if address else None)
    setattr(
        order,
        f"{prefix}_house_number_addition",
        address.house_number_addition if address else None,
    )
    setattr(order, f"{prefix}_postcode", address.postcode if address else None)
    setattr(order, f"{prefix}_city", address.city if address else None)


_COPIED = (
    "organisation_id",
    "branch_id",
    "client_name",
    "client_birth_date",
    *(
        f"{prefix}_{part}"
        for prefix in ("client", "delivery")
        for part in ("street", "house_number", "house_number_addition", "postcode", "city")
    ),
    "wlz_indication",
    "device_id",
    "option_id",
)


async def _follow_up(
    db: AsyncSession,
    principal: Principal,
    body: RepairOrderCreate | AdjustmentOrderCreate | PickupOrderCreate,
) -> AssistiveOrder:
    """A repair, adjustment or pickup of a rental still at a client's: the client, addresses,
    Wlz indication and branch are the rental's (the branch that delivered knows the device)."""
    rental = await OrderRepository(db).outstanding_rental(principal, body.rental_order_id)
    if rental is None:
        raise InvalidInput.on("rental_order_id", NOT_OUTSTANDING)
    if body.kind == OrderKind.pickup:
        asked = await db.scalar(
            select(AssistiveOrder.number).where(
                AssistiveOrder.rental_order_id == rental.id,
                AssistiveOrder.kind == OrderKind.pickup,
                AssistiveOrder.status.in_([s.value for s in OPEN_STATUSES]),
            )
        )
        if asked is not None:
            raise Conflict(
                N_("The pickup of this rental has been asked for already ({number})."),
                number=asked,
            )
    copied: dict[str, Any] = {name: getattr(rental, name) for name in _COPIED}
    return AssistiveOrder(
        kind=OrderKind(body.kind),
        rental_order_id=rental.id,
        signature_required=rental.wlz_indication,
        description=body.description or None,
        **copied,
    )


async def _search_text(db: AsyncSession, order: AssistiveOrder) -> str:
    """Number, client and device (code and names in every language), folded for `q`."""
    device = (
        (
            await db.execute(
                select(
                    AssistiveDevice.code,
                    AssistiveDevice.name_nl,
                    AssistiveDevice.name_fr,
                    AssistiveDevice.name_en,
                ).where(AssistiveDevice.id == order.device_id)
            )
        ).one()
        if order.device_id
        else ()
    )
    return fold(" ".join([order.number, order.client_name, *device]))[:2000]
