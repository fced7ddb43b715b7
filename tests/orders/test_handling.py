"""The branch handles orders: only staff who may (branch staff of the order's branch, admins),
each change checked against the status machine (409 otherwise), a Wlz order not signed held
back, dates checked, a pickup order ending its rental, every change an event and an audit row,
and the care professional mailed when it is planned and when the rental is delivered."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.order import AssistiveOrder, OrderEvent
from tests.accounts.helpers import queued_mails
from tests.orders.helpers import ADMIN_ORDERS, ORDERS, World, staff, today, world


async def test_the_branch_plans_sets_off_and_delivers_a_rental(w: World) -> None:
    order = await w.place(w.rental())
    planned = await w.moved(order["id"], "planned", today() + timedelta(days=2))
    assert planned["status"] == "planned"
    assert planned["dates"]["planned_for"] == (today() + timedelta(days=2)).isoformat()
    assert planned["next_statuses"] == ["planned", "on_the_way", "delivered"]
    on_the_way = await w.moved(order["id"], "on_the_way")
    assert on_the_way["next_statuses"] == ["planned", "delivered"]
    delivered = await w.moved(order["id"], "delivered", today())
    assert delivered["dates"]["delivered_on"] == today().isoformat()
    assert delivered["days_outstanding"] == 0
    assert delivered["next_statuses"] == ["ended", "picked_up"]
    ended = await w.moved(order["id"], "ended", today())
    assert ended["next_statuses"] == ["picked_up"]
    done = await w.moved(order["id"], "picked_up", today())
    assert done["status"] == "picked_up"
    assert done["next_statuses"] == []
    assert [h["status"] for h in done["history"]] == [
        "received",
        "planned",
        "on_the_way",
        "delivered",
        "ended",
        "picked_up",
    ]
    assert done["history"][1]["by_name"] == "Vera"
    audited = await w.session.scalar(
        select(func.count()).where(
            AuditEvent.action == "order.status_changed",
            AuditEvent.subject_id == AssistiveOrder.id,
            AssistiveOrder.number == order["number"],
        )
    )
    assert audited == 5


async def test_a_rental_picked_up_at_once_ends_that_day(w: World) -> None:
    rental = await w.delivered_rental()
    done = await w.moved(rental["id"], "picked_up", today())
    assert done["dates"]["rental_ended_on"] == today().isoformat()
    assert done["dates"]["picked_up_on"] == today().isoformat()


@pytest.mark.parametrize(
    ("kind", "done"), [("repair", "repaired"), ("adjustment", "adjusted"), ("pickup", "picked_up")]
)
async def test_follow_ups_end_in_their_own_status(w: World, kind: str, done: str) -> None:
    rental = await w.delivered_rental()
    order = await w.place(w.follow_up(kind, rental["id"]))
    for wrong in {"delivered", "repaired", "adjusted", "picked_up", "ended"} - {done}:
        answer = await w.change(order["id"], wrong, today())
        assert answer.status_code == 409, (wrong, answer.json())
    finished = await w.moved(order["id"], done, today())
    assert finished["status"] == done
    rental_now = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}/{rental['id']}")).json()
    if kind == "pickup":
        # The pickup ends the rental: picked up (and ended) that day, with an event of its own.
        assert rental_now["status"] == "picked_up"
        assert rental_now["dates"]["picked_up_on"] == today().isoformat()
        assert rental_now["dates"]["rental_ended_on"] == today().isoformat()
        assert rental_now["history"][-1]["note"] == order["number"]
        audited = await w.session.scalar(
            select(func.count()).where(
                AuditEvent.action == "order.status_changed",
                AuditEvent.subject_id == AssistiveOrder.id,
                AssistiveOrder.number == rental["number"],
            )
        )
        assert audited == 2  # delivered, then picked up through the pickup order
    else:
        assert rental_now["status"] == "delivered"


async def test_the_status_machine_refuses_what_does_not_fit(w: World) -> None:
    order = await w.place(w.rental())
    for status in ("received", "ended", "picked_up", "repaired"):
        answer = await w.change(order["id"], status, today())
        assert answer.status_code == 409, (status, answer.json())
    await w.moved(order["id"], "delivered", today())
    for status in ("received", "planned", "on_the_way", "delivered"):
        answer = await w.change(order["id"], status, today())
        assert answer.status_code == 409, (status, answer.json())
    stored = await w.session.get(AssistiveOrder, order["id"])
    assert stored is not None
    assert stored.status == "delivered"


async def test_a_wlz_order_not_signed_may_be_planned_but_not_sent_off(w: World) -> None:
    order = await w.place(w.rental(wlz_indication=True))
    planned = await w.moved(order["id"], "planned", today())
    assert planned["next_statuses"] == ["planned"]
    for status in ("on_the_way", "delivered"):
        answer = await w.change(order["id"], status, today())
        assert answer.status_code == 409
        assert "Wlz" in answer.json()["detail"]
    # Once signed (issue 20 builds the signing), the branch goes on.
    await w.session.execute(
        update(AssistiveOrder)
        .where(AssistiveOrder.id == planned["id"])
        .values(signed_at=datetime.now(UTC))
    )
    await w.session.commit()
    assert (await w.moved(order["id"], "on_the_way"))["action_required"] is False


async def test_dates_must_fit_the_change(w: World) -> None:
    order = await w.place(w.rental())
    cases = [
        ("planned", None),
        ("planned", today() - timedelta(days=1)),
        ("planned", today() + timedelta(days=400)),
        ("delivered", today() + timedelta(days=1)),
        ("delivered", today() - timedelta(days=1)),  # before it was placed
        ("delivered", None),
    ]
    for status, on in cases:
        answer = await w.change(order["id"], status, on)
        assert answer.status_code == 422, (status, on, answer.json())
        assert answer.json()["errors"][0]["field"] == "on_date"
    answer = await w.branch_staff.call(
        "POST",
        f"{ADMIN_ORDERS}/{order['id']}/status",
        {"status": "on_the_way", "on_date": today().isoformat()},
    )
    assert answer.status_code == 422
    await w.moved(order["id"], "delivered", today())
    await w.backdate(order["id"], 10)
    answer = await w.change(order["id"], "ended", today() - timedelta(days=11))
    assert answer.status_code == 422  # before the delivery
    await w.moved(order["id"], "ended", today() - timedelta(days=3))
    answer = await w.change(order["id"], "picked_up", today() - timedelta(days=4))
    assert answer.status_code == 422  # before the end


async def test_a_rental_with_a_pickup_asked_is_picked_up_through_that_order(w: World) -> None:
    rental = await w.delivered_rental()
    pickup = await w.place(w.follow_up("pickup", rental["id"]))
    answer = await w.change(rental["id"], "picked_up", today())
    assert answer.status_code == 409
    assert pickup["number"] in answer.json()["detail"]
    read = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}/{rental['id']}")).json()
    assert read["next_statuses"] == []


async def test_only_staff_who_may_handle_orders_change_them(w: World) -> None:
    order = await w.place(w.rental())
    advisor = await staff(w, "ad@kring.example", "advisor")
    for who, expected in ((w.pro, 403), (advisor, 403), (w.admin, 200)):
        answer = await w.change(order["id"], "planned", today(), who)
        assert answer.status_code == expected, answer.json()
    read = (await advisor.call("GET", f"{ADMIN_ORDERS}/{order['id']}")).json()
    assert read["next_statuses"] == []  # an advisor reads, but changes nothing


async def test_branch_staff_reach_their_own_branch_only(w: World) -> None:
    theirs = await w.place(w.rental(w.foreign_org), who=w.foreign)
    mine = await w.place(w.rental())
    assert (await w.change(theirs["id"], "planned", today())).status_code == 404
    assert (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}/{theirs['id']}")).status_code == 404
    listed = (await w.branch_staff.call("GET", ADMIN_ORDERS)).json()["items"]
    assert [o["id"] for o in listed] == [mine["id"]]
    # Advisors and admins see every branch's.
    every = (await w.admin.call("GET", ADMIN_ORDERS)).json()["items"]
    assert {o["id"] for o in every} == {mine["id"], theirs["id"]}
    filtered = (await w.admin.call("GET", f"{ADMIN_ORDERS}?branch={w.other_branch.id}")).json()[
        "items"
    ]
    assert [o["id"] for o in filtered] == [theirs["id"]]
    # A branch staff member without a branch sees nothing yet.
    unplaced = await staff(w, "new@hartingbank.example", "branch")
    assert (await unplaced.call("GET", ADMIN_ORDERS)).json()["items"] == []
    assert (await unplaced.call("GET", f"{ADMIN_ORDERS}/{mine['id']}")).status_code == 404


async def test_the_professional_is_mailed_when_planned_and_delivered(w: World) -> None:
    order = await w.place(w.rental())
    await w.moved(order["id"], "planned", today() + timedelta(days=1))
    await w.moved(order["id"], "delivered", today())
    mails = [
        m
        for m in await queued_mails(w.session, "petra@linde.example")
        if str(m["template"]).startswith("order_")
    ]
    assert [m["template"] for m in mails] == ["order_planned", "order_delivered"]
    context = mails[0]["context"]
    assert isinstance(context, dict)
    assert context["number"] == order["number"]
    assert context["link"].endswith(f"/pro/orders/{order['id']}")


async def test_staff_lists_filter_and_search(w: World) -> None:
    first = await w.place(w.rental())
    second = await w.place(
        w.rental(client={"name": "A. de Wit", "birth_date": "1950-01-01", "address": _address()})
    )
    await w.moved(second["id"], "planned", today())
    by_status = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}?status=planned")).json()
    assert [o["id"] for o in by_status["items"]] == [second["id"]]
    by_name = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}?q=wit")).json()
    assert [o["number"] for o in by_name["items"]] == [second["number"]]
    by_number = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}?q={first['number']}")).json()
    assert [o["id"] for o in by_number["items"]] == [first["id"]]
    page = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}?limit=1")).json()
    assert page["items"][0]["id"] == second["id"]  # newest first
    rest = (
        await w.branch_staff.call("GET", f"{ADMIN_ORDERS}?limit=1&cursor={page['next_cursor']}")
    ).json()
    assert [o["id"] for o in rest["items"]] == [first["id"]]
    assert rest["next_cursor"] is None
    listed = await w.session.scalar(
        select(func.count()).where(
            AuditEvent.action == "order.listed", AuditEvent.actor_user_id == w.branch_staff.user.id
        )
    )
    assert listed == 5


def _address() -> dict[str, str]:
    return {"street": "Dorpsstraat", "house_number": "3", "postcode": "1234 AB", "city": "Ede"}


async def test_two_branch_staff_changing_one_order_at_once_make_one_change(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Under the row lock the second sees the first's change: one delivery, one 409."""
    async with committed() as session:
        w = await world(app, session, settings)
        order = await w.place(w.rental())
        colleague = await staff(w, "tom@hartingbank.example", "branch", w.branch)
    answers = await asyncio.gather(
        w.change(order["id"], "delivered", today()),
        w.change(order["id"], "delivered", today(), colleague),
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    async with committed() as session:
        events = await session.scalar(
            select(func.count()).where(
                OrderEvent.order_id == order["id"], OrderEvent.status == "delivered"
            )
        )
        assert events == 1


async def test_two_pickups_of_one_rental_at_once_make_one(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """The rental is locked while a follow-up is placed: the second pickup sees the first."""
    async with committed() as session:
        w = await world(app, session, settings)
        rental = await w.delivered_rental()
    body = w.follow_up("pickup", rental["id"])
    answers = await asyncio.gather(
        w.pro.call("POST", ORDERS, body), w.pro.call("POST", ORDERS, body)
    )
    assert sorted(a.status_code for a in answers) == [201, 409]


async def test_the_ad_contract_withdrawn_meanwhile_is_not_missed(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Staff withdraw the AD contract while an AD order comes in: the order waits for the
    change (the organisation's row is read under a share lock) and is refused; a plain read
    would have seen the contract still there and placed it."""
    from kring.models.organisation import Organisation

    async with committed() as session:
        w = await world(app, session, settings)
    body = w.rental(device_id=str(w.devices["cushion"].id))
    async with committed() as change:
        await change.execute(
            update(Organisation).where(Organisation.id == w.with_ad.id).values(ad_contract=False)
        )
        placing = asyncio.create_task(w.pro.call("POST", ORDERS, body))
        await asyncio.sleep(0.5)
        assert not placing.done()  # waiting for the change
        await change.commit()
    answer = await placing
    assert answer.status_code == 422, answer.json()
    assert answer.json()["errors"][0]["field"] == "device_id"
