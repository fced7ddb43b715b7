"""The concierge demo: Mehmet (buur6) is subscribed, funded by Gemeente Utrecht under the Wmo
with EUR 150 a month, has a case in progress with two options and one cost this month; Coby
Conciërge signs in to the console's concierge routes."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from tests.accounts.helpers import log_in
from tests.members.helpers import new_client


async def test_the_demo_subscription(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    mehmet = new_client(app)
    assert (await log_in(mehmet, "buur6@kring.demo", DEMO_PASSWORD)).status_code == 200
    mine = (await mehmet.get("/api/v1/me/concierge")).json()
    assert mine["subscription"]["funding"] == "wmo"
    assert mine["subscription"]["monthly_budget_cents"] == 15_000
    assert mine["subscription"]["active"] is True
    assert mine["ledger"]["spent_cents"] == 2_500
    cases = (await mehmet.get("/api/v1/me/concierge/cases")).json()["items"]
    assert [c["status"] for c in cases] == ["proposed"]
    case = (await mehmet.get(f"/api/v1/me/concierge/cases/{cases[0]['id']}")).json()
    assert [(o["kind"], o["cost_cents"]) for o in case["options"]] == [
        ("volunteer", 0),
        ("provider", 4_500),
    ]
