"""Paying an invoice at its edges: two starts at once make one payment (the second is offered
the first), and an iDEAL payment that comes in after staff recorded a transfer leaves the
invoice as recorded (the audit row says it was paid twice)."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.clock import SYSTEM_CLOCK
from kring.models.audit import AuditEvent
from kring.models.payment import Payment
from tests.invoices.helpers import ADMIN, World, world
from tests.members.helpers import new_client


async def _invoice(w: World) -> dict[str, Any]:
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 11, 3))
    return await w.made("2026-11")


async def test_two_starts_at_once_make_one_payment(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    session = committed()
    try:
        w = await world(app, session, settings)
        invoice = await _invoice(w)
        url = w.portal(f"/{invoice['id']}/payment")
        answers = await asyncio.gather(w.pro_admin.call("POST", url), w.pro_admin.call("POST", url))
        assert [a.status_code for a in answers] == [201, 201]
        assert answers[0].json() == answers[1].json()
        async with committed() as check:
            assert await check.scalar(select(func.count()).select_from(Payment)) == 1
    finally:
        app.state.clock = SYSTEM_CLOCK
        await session.close()


async def test_an_ideal_payment_after_a_recorded_transfer(w: World) -> None:
    invoice = await _invoice(w)
    started = await w.pro_admin.call("POST", w.portal(f"/{invoice['id']}/payment"))
    checkout = started.json()["checkout_url"]
    recorded = await w.admin.call(
        "POST",
        f"{ADMIN}/invoices/{invoice['id']}/payments",
        {"paid_on": "2026-12-01", "reference": "Afschrift 3"},
    )
    assert recorded.status_code == 200
    path = checkout.split("://", 1)[1].split("/", 1)[1]
    await w.pro_admin.client.post(f"/{path}", data={"outcome": "paid"})
    async with new_client(w.app) as gateway:
        await gateway.post(
            "/api/v1/payments/webhooks/sandbox", data={"id": checkout.rsplit("/", 1)[1]}
        )
    shown = (await w.pro_admin.call("GET", w.portal(f"/{invoice['id']}"))).json()
    assert (shown["status"], shown["paid_via"], shown["payment_reference"]) == (
        "paid",
        "transfer",
        "Afschrift 3",
    )
    twice = await w.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "invoice.paid", AuditEvent.details["via"].astext == "ideal"
        )
    )
    assert twice is not None
    assert twice.details["already_paid"] is True
