"""The database holds the order rules it can, whatever door data comes through: kinds and
statuses, a rental's device, a follow-up's rental, the option of the device, the order of the
dates, a Wlz order not set off unsigned, the postcode's format."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from kring.models.order import AssistiveOrder
from tests.orders.helpers import World, today

BROKEN: list[tuple[str, dict[str, Any]]] = [
    ("kind_known", {"kind": "cancel"}),
    ("status_of_kind", {"status": "repaired", "repaired_on": today()}),
    ("rental_or_follow_up", {"device_id": None}),
    ("delivered_on_status", {"status": "delivered"}),
    ("planned_has_date", {"status": "planned"}),
    ("desired_date_range", {"desired_date": today() - timedelta(days=1)}),
    ("client_birth_date_range", {"client_birth_date": today() + timedelta(days=1)}),
    ("client_address_format", {"client_postcode": "3511AB"}),
    ("contact_phone_format", {"contact_phone": "0612345678"}),
    ("signature_when_wlz", {"wlz_indication": True}),
    ("description_of_kind", {"description": "Niet voor een huur."}),
    ("hidden_when_done", {"hidden_from_portal_at": datetime(2026, 1, 1, tzinfo=UTC)}),
    ("number_format", {"number": "12345"}),
    ("option_of_device", {"option_id": "bed_rails"}),
]


@pytest.mark.parametrize(("rule", "values"), BROKEN, ids=[rule for rule, _ in BROKEN])
async def test_the_database_refuses_an_order_that_breaks_a_rule(
    w: World, rule: str, values: dict[str, Any]
) -> None:
    order = await w.place(w.rental())
    if values.get("option_id") in w.options:
        values = {"option_id": w.options[values["option_id"]].id}
    with pytest.raises(IntegrityError, match=rule):
        await w.session.execute(
            update(AssistiveOrder).where(AssistiveOrder.id == order["id"]).values(**values)
        )
    await w.session.rollback()


async def test_dates_follow_each_other_in_the_database(w: World) -> None:
    rental = await w.delivered_rental()
    on = today()
    for values, rule in (
        ({"delivered_on": on - timedelta(days=1)}, "delivered_order"),
        ({"status": "ended", "rental_ended_on": on - timedelta(days=1)}, "ended_order"),
        (
            {"status": "picked_up", "rental_ended_on": on, "picked_up_on": on - timedelta(days=1)},
            "picked_up_order",
        ),
    ):
        with pytest.raises(IntegrityError, match=rule):
            await w.session.execute(
                update(AssistiveOrder).where(AssistiveOrder.id == rental["id"]).values(**values)
            )
        await w.session.rollback()


async def test_a_wlz_order_cannot_be_set_off_unsigned_in_the_database(w: World) -> None:
    order = await w.place(w.rental(wlz_indication=True))
    with pytest.raises(IntegrityError, match="signed_before_delivery"):
        await w.session.execute(
            update(AssistiveOrder)
            .where(AssistiveOrder.id == order["id"])
            .values(status="on_the_way")
        )
    await w.session.rollback()
