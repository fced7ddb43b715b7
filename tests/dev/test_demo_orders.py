"""The demo's orders: the pro demo user sees 22 orders of De Linde and Zonnehuis (open ones,
six Wlz rentals waiting for the signature and one refused, rentals outstanding of different
ages, two ended trajectories); the demo branch staff member handles them; the catalogue has over 30 devices."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import seed_demo
from tests.accounts.helpers import csrf
from tests.dev.test_demo_waiting import _demo_staff


async def test_the_demo_orders(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    assert "pro@kring.demo" in await seed_demo(session, settings)
    await session.commit()
    pro = await _demo_staff(app, settings, "pro@kring.demo")
    devices = (await pro.get("/api/v1/assistive-devices")).json()
    assert len(devices) >= 30
    assert {d["category"] for d in devices} == {"GRZ", "ELV", "AD"}
    every = (await pro.get("/api/v1/orders?view=all&limit=100")).json()["items"]
    assert len(every) == 22
    assert {o["kind"] for o in every} == {"rental", "repair", "adjustment", "pickup"}
    assert {o["organisation_name"] for o in every} == {"Zorggroep De Linde", "Stichting Zonnehuis"}
    statuses = {o["status"] for o in every}
    assert {"received", "planned", "on_the_way", "delivered", "repaired", "ended"} <= statuses
    action = (await pro.get("/api/v1/orders?view=action")).json()["items"]
    assert len(action) == 7
    assert sum(o["refused"] for o in action) == 1
    outstanding = (await pro.get("/api/v1/orders/rentals-outstanding")).json()["items"]
    days = [o["days_outstanding"] for o in outstanding]
    assert days == sorted(days, reverse=True)
    assert days[0] > 365
    assert min(days) < 30
    summary = (await pro.get("/api/v1/orders/rentals-outstanding/summary")).json()
    assert all(bucket["count"] > 0 for bucket in summary["by_age"])
    ended = (await pro.get("/api/v1/orders/ended")).json()["items"]
    assert len(ended) == 2
    # The branch staff member handles the branch's orders.
    branch = await _demo_staff(app, settings, "branch@kring.demo")
    listed = (await branch.get("/api/v1/admin/orders?status=received")).json()["items"]
    assert listed
    refusals = (await branch.get("/api/v1/admin/order-refusals")).json()["items"]
    assert [r["order_number"] for r in refusals] == [o["number"] for o in action if o["refused"]]
    wlz = action[0]["id"]
    refused = await branch.post(
        f"/api/v1/admin/orders/{wlz}/status",
        headers=csrf(branch, settings),
        json={"status": "on_the_way"},
    )
    assert refused.status_code == 409
