"""What the portal lists: the open orders and those waiting for the professional, of every
organisation they are linked to (a foreign order is 404); the rentals outstanding with their
days and a chart's counts; the ended trajectories, gone from the portal two calendar months
after the pickup (the job, with time-machine) but kept for staff. Every page and read is
audited."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, time, timedelta

import time_machine
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.working_days import AMSTERDAM
from kring.models.audit import AuditEvent
from kring.models.order import AssistiveOrder
from kring.orders.reading import add_months
from kring.worker import _run_scheduled
from tests.orders.helpers import ADMIN_ORDERS, ORDERS, World, today, world


def _numbers(page: dict[str, object]) -> list[str]:
    items = page["items"]
    assert isinstance(items, list)
    return [item["number"] for item in items]


async def test_the_open_orders_of_every_linked_organisation(w: World) -> None:
    mine = await w.place(w.rental())
    other_org = await w.place(w.rental(w.without_ad))
    delivered = await w.delivered_rental()
    await w.place(w.rental(w.foreign_org), who=w.foreign)
    page = (await w.pro.call("GET", ORDERS)).json()
    assert _numbers(page) == [other_org["number"], mine["number"]]  # newest first, open only
    every = (await w.pro.call("GET", f"{ORDERS}?view=all")).json()
    assert _numbers(every) == [delivered["number"], other_org["number"], mine["number"]]
    only = (await w.pro.call("GET", f"{ORDERS}?view=all&organisation={w.without_ad.id}")).json()
    assert _numbers(only) == [other_org["number"]]
    by_status = (await w.pro.call("GET", f"{ORDERS}?view=all&status=delivered")).json()
    assert _numbers(by_status) == [delivered["number"]]
    item = page["items"][0]
    assert item["organisation_name"] == "Stichting Zonnehuis"
    assert (item["device_code"], item["device_name"], item["category"]) == (
        "HB-1024",
        "Rolstoel standaard",
        "GRZ",
    )


async def _walk(w: World, path: str, limit: int) -> list[str]:
    """Every page of a list, `limit` orders a page, following the cursors."""
    numbers: list[str] = []
    cursor = None
    separator = "&" if "?" in path else "?"
    while True:
        suffix = f"&cursor={cursor}" if cursor else ""
        page = (await w.pro.call("GET", f"{path}{separator}limit={limit}{suffix}")).json()
        numbers += _numbers(page)
        cursor = page["next_cursor"]
        if cursor is None:
            return numbers


async def test_pages_run_through_every_linked_organisation_in_order(w: World) -> None:
    """Each organisation's orders are read apart and merged: the pages still give every
    order once, newest first across the organisations, also when two were placed at the same
    moment (the id decides) and when a page ends on either organisation."""
    placed = []
    for n in range(6):
        organisation = w.with_ad if n % 3 else w.without_ad
        placed.append(await w.place(w.rental(organisation)))
    delivered = await w.delivered_rental(organisation_id=str(w.without_ad.id))
    await w.place(w.rental(w.foreign_org), who=w.foreign)
    # Two orders of different organisations placed at the very same moment.
    await w.session.execute(
        update(AssistiveOrder)
        .where(AssistiveOrder.id == uuid.UUID(placed[2]["id"]))
        .values(
            created_at=select(AssistiveOrder.created_at)
            .where(AssistiveOrder.id == uuid.UUID(placed[3]["id"]))
            .scalar_subquery()
        )
    )
    await w.session.commit()
    every = _numbers((await w.pro.call("GET", f"{ORDERS}?view=all&limit=100")).json())
    assert sorted(every) == sorted([o["number"] for o in placed] + [delivered["number"]])
    stored = {
        row.number: (row.created_at, row.id)
        for row in await w.session.execute(
            select(AssistiveOrder.number, AssistiveOrder.created_at, AssistiveOrder.id)
        )
    }
    assert every == sorted(every, key=lambda number: stored[number], reverse=True)
    open_ones = [n for n in every if n != delivered["number"]]
    for limit in (1, 2, 3):
        assert await _walk(w, f"{ORDERS}?view=all", limit) == every
        assert await _walk(w, ORDERS, limit) == open_ones
    with_ad = {order["number"] for n, order in enumerate(placed) if n % 3}
    only = f"{ORDERS}?view=all&organisation={w.with_ad.id}"
    assert await _walk(w, only, 1) == [number for number in every if number in with_ad]


async def test_action_shows_the_wlz_orders_waiting_for_me(w: World) -> None:
    await w.place(w.rental())
    wlz = await w.place(w.rental(wlz_indication=True))
    page = (await w.pro.call("GET", f"{ORDERS}?view=action")).json()
    assert _numbers(page) == [wlz["number"]]
    assert page["items"][0]["action_required"] is True


async def test_search_by_client_number_and_device(w: World) -> None:
    first = await w.place(w.rental())
    bed = await w.place(
        w.rental(
            device_id=str(w.devices["bed"].id),
            client={
                "name": "Anneke Brouwer-Çelik",
                "birth_date": "1938-05-01",
                "address": {
                    "street": "Kerkweg",
                    "house_number": "1",
                    "postcode": "1234 AB",
                    "city": "Ede",
                },
            },
        )
    )
    for q, expected in (
        ("celik", [bed["number"]]),
        ("jansen", [first["number"]]),
        (first["number"].lower(), [first["number"]]),
        ("HB-2001", [bed["number"]]),
        ("height-adjustable", [bed["number"]]),  # the device's English name
        ("rolstoel", [first["number"]]),
        ("zzz", []),
    ):
        page = (await w.pro.call("GET", f"{ORDERS}?view=all&q={q}")).json()
        assert _numbers(page) == expected, q


async def test_a_foreign_order_does_not_exist_for_me(w: World) -> None:
    theirs = await w.place(w.rental(w.foreign_org), who=w.foreign)
    for suffix in ("", "/pdf"):
        assert (await w.pro.call("GET", f"{ORDERS}/{theirs['id']}{suffix}")).status_code == 404
    send = await w.pro.call("POST", f"{ORDERS}/{theirs['id']}/send", {"to_self": True})
    assert send.status_code == 404
    assert theirs["number"] not in _numbers((await w.pro.call("GET", f"{ORDERS}?view=all")).json())


async def test_reads_and_pages_are_audited(w: World) -> None:
    order = await w.place(w.rental())
    await w.pro.call("GET", f"{ORDERS}?view=all&q=jansen")
    await w.pro.call("GET", f"{ORDERS}/{order['id']}")
    await w.pro.call("GET", f"{ORDERS}/rentals-outstanding")
    await w.pro.call("GET", f"{ORDERS}/ended")
    events = {
        e.action: e
        for e in await w.session.scalars(
            select(AuditEvent).where(AuditEvent.actor_user_id == w.pro.user.id)
        )
    }
    listed = events["order.listed"]
    assert listed.details["orders"] == [order["id"]]
    assert (listed.details["view"], listed.details["q"]) == ("all", "jansen")
    viewed = events["order.viewed"]
    assert (str(viewed.subject_id), viewed.organisation_id) == (order["id"], w.with_ad.id)
    assert "order.rentals_outstanding_listed" in events
    assert "order.ended_listed" in events


async def test_rentals_outstanding_with_their_days_and_a_chart(w: World) -> None:
    young = await w.delivered_rental()
    old = await w.delivered_rental(device_id=str(w.devices["cushion"].id))
    older = await w.delivered_rental(device_id=str(w.devices["bed"].id))
    await w.backdate(old["id"], 45)
    await w.backdate(older["id"], 400)
    picked = await w.delivered_rental()
    await w.moved(picked["id"], "picked_up", today())
    await w.place(w.rental())  # not delivered: not outstanding
    page = (await w.pro.call("GET", f"{ORDERS}/rentals-outstanding")).json()
    assert _numbers(page) == [older["number"], old["number"], young["number"]]
    assert [i["days_outstanding"] for i in page["items"]] == [400, 45, 0]
    assert [i["category"] for i in page["items"]] == ["ELV", "AD", "GRZ"]
    ad_only = (await w.pro.call("GET", f"{ORDERS}/rentals-outstanding?category=AD")).json()
    assert _numbers(ad_only) == [old["number"]]
    summary = (await w.pro.call("GET", f"{ORDERS}/rentals-outstanding/summary")).json()
    assert summary["total"] == 3
    assert summary["by_category"] == [
        {"category": "GRZ", "count": 1},
        {"category": "ELV", "count": 1},
        {"category": "AD", "count": 1},
    ]
    assert summary["by_age"] == [
        {"bucket": "0-30", "count": 1},
        {"bucket": "31-90", "count": 1},
        {"bucket": "91-365", "count": 0},
        {"bucket": "365+", "count": 1},
    ]
    read = (await w.pro.call("GET", f"{ORDERS}/{old['id']}")).json()
    assert read["days_outstanding"] == 45
    # Keyset pages.
    first = (await w.pro.call("GET", f"{ORDERS}/rentals-outstanding?limit=2")).json()
    rest = (
        await w.pro.call(
            "GET", f"{ORDERS}/rentals-outstanding?limit=2&cursor={first['next_cursor']}"
        )
    ).json()
    assert _numbers(first) + _numbers(rest) == _numbers(page)


async def test_ended_trajectories_leave_the_portal_two_months_after_pickup(w: World) -> None:
    rental = await w.delivered_rental()
    repair = await w.place(w.follow_up("repair", rental["id"]))
    await w.moved(repair["id"], "repaired", today())
    await w.moved(rental["id"], "ended", today())
    await w.moved(rental["id"], "picked_up", today())
    await w.backdate(rental["id"], 5)
    await w.backdate(repair["id"], 5)
    picked_up_on = today() - timedelta(days=5)
    ended = (await w.pro.call("GET", f"{ORDERS}/ended")).json()
    assert _numbers(ended) == [rental["number"]]
    shown = ended["items"][0]
    visible_until = add_months(picked_up_on, 2)
    assert shown["visible_until"] == visible_until.isoformat()
    assert shown["days_rented"] == 0
    context = {"sessionmaker": w.app.state.sessionmaker, "settings": w.settings}
    # On the last day it is still there ...
    with time_machine.travel(datetime.combine(visible_until, time(2, 41), AMSTERDAM), tick=False):
        await _run_scheduled(context, "orders.hide_ended_trajectories")
    assert _numbers((await w.pro.call("GET", f"{ORDERS}/ended")).json()) == [rental["number"]]
    # ... the day after, the job has hidden it and what was done for it.
    after = datetime.combine(visible_until + timedelta(days=1), time(2, 41), AMSTERDAM)
    with time_machine.travel(after, tick=False):
        await _run_scheduled(context, "orders.hide_ended_trajectories")
    assert _numbers((await w.pro.call("GET", f"{ORDERS}/ended")).json()) == []
    assert _numbers((await w.pro.call("GET", f"{ORDERS}?view=all")).json()) == []
    for order in (rental, repair):
        assert (await w.pro.call("GET", f"{ORDERS}/{order['id']}")).status_code == 404
        stored = await w.session.get(AssistiveOrder, order["id"], populate_existing=True)
        assert stored is not None
        assert stored.hidden_from_portal_at is not None
    # Staff still read it.
    staff_read = (await w.branch_staff.call("GET", f"{ADMIN_ORDERS}/{rental['id']}")).json()
    assert staff_read["hidden_from_portal_at"] is not None
    staff_list = (await w.branch_staff.call("GET", ADMIN_ORDERS)).json()
    assert rental["number"] in _numbers(staff_list)


async def test_the_hide_job_is_safe_to_run_twice_at_once(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Two workers at the same moment, each on its own connection: each order hidden once."""
    async with committed() as session:
        w = await world(app, session, settings)
        for _ in range(3):
            rental = await w.delivered_rental()
            await w.moved(rental["id"], "picked_up", today())
            await w.backdate(rental["id"], 100)
    job = JOBS["orders.hide_ended_trajectories"]
    now = datetime.now(AMSTERDAM)
    counts = await asyncio.gather(
        job.run(committed, settings, now), job.run(committed, settings, now)
    )
    assert sum(counts) == 3
    assert await job.run(committed, settings, now) == 0


async def test_where_i_may_order_and_whom_to_call(w: World) -> None:
    found = (await w.pro.call("GET", f"{ORDERS}/organisations")).json()
    assert [(o["name"], o["ad_contract"], o["may_order"]) for o in found] == [
        ("Stichting Zonnehuis", False, True),
        ("Zorggroep De Linde", True, True),
    ]
    assert found[0]["supplier_branch"]["phone"] == "+31302345678"
    assert found[0]["supplier_branch"]["opening_hours"] == "Ma-vr 8.00-17.00"
    assert (await w.admin.call("GET", f"{ORDERS}/organisations")).json() == []
