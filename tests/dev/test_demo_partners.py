"""The demo's partner access requests: Willem's past its deadline (first in the queue), and
Chantal's from this morning; the demo partner has none, and seeding again adds nothing."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from kring.models.partner import PartnerAccessRequest
from tests.accounts.helpers import csrf, log_in
from tests.dev.test_demo_waiting import _demo_staff
from tests.members.helpers import new_client


async def test_the_verifiers_queue_starts_with_the_overdue_request(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    added = await seed_demo(session, settings)
    assert {"wijkwerker@kring.demo", "casemanager@kring.demo"} <= set(added)
    await session.commit()
    verifier = await _demo_staff(app, settings, "verifier@kring.demo")
    queue = (await verifier.get("/api/v1/admin/partner-access-requests?status=requested")).json()
    assert [(r["requester_email"], r["overdue"]) for r in queue["items"]] == [
        ("wijkwerker@kring.demo", True),
        ("casemanager@kring.demo", False),
    ]
    accepted = await verifier.post(
        f"/api/v1/admin/partner-access-requests/{queue['items'][0]['id']}/acceptance",
        headers=csrf(verifier, settings),
    )
    assert accepted.status_code == 200, accepted.json()

    # The demo partner asks for access in the journey: nothing waits for them.
    async with new_client(app) as petra:
        assert (await log_in(petra, "partner@kring.demo", DEMO_PASSWORD)).status_code == 200
        assert (await petra.get("/api/v1/partner/access")).json()["standing"] == "none"

    assert await seed_demo(session, settings) == []
    await session.commit()
    # Willem's and Chantal's, and the accepted one of the demo's verified partner (Bram).
    assert await session.scalar(select(func.count()).select_from(PartnerAccessRequest)) == 3
