"""The demo's verified partner and their dossiers (one matched, with hours waiting and approved);
`partner@kring.demo` has neither."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from tests.accounts.helpers import log_in
from tests.members.helpers import new_client


async def test_the_demo_partner_manages_three_dossiers(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    assert "buurtwerker@kring.demo" in await seed_demo(session, settings)
    await session.commit()
    bram = new_client(app)
    assert (await log_in(bram, "buurtwerker@kring.demo", DEMO_PASSWORD)).status_code == 200
    access = (await bram.get("/api/v1/partner/access")).json()
    assert access["standing"] == "accepted"
    dossiers = (await bram.get("/api/v1/dossiers")).json()["items"]
    assert [(d["help_seeker_name"], d["status"]) for d in dossiers] == [
        ("Kees Jansen", "draft"),
        ("Truus de Vries", "searching"),
        ("Gerrit Bakker", "matched"),
    ]
    truus = (await bram.get(f"/api/v1/dossiers/{dossiers[1]['id']}")).json()
    assert (truus["paid"], truus["next_step"], len(truus["help"]["skills"])) == (True, None, 2)

    gerrit = dossiers[2]["id"]
    engagements = (await bram.get(f"/api/v1/dossiers/{gerrit}/engagements")).json()
    assert sorted(e["helper"]["first_name"] for e in engagements) == ["Fatima", "Hanna"]
    statements = (await bram.get(f"/api/v1/dossiers/{gerrit}/statements")).json()
    assert {s["helper_first_name"] for s in statements} == {"Fatima", "Hanna"}
    assert all(s["minutes"] > 0 for s in statements)
    paid = [s for s in statements if s["helper_first_name"] == "Fatima"]
    # EUR 18.50 an hour, each day's amount rounded to the cent.
    assert all(abs(s["amount_cents"] - s["minutes"] * 1850 / 60) <= s["days"] for s in paid)

    hanna = new_client(app)
    assert (await log_in(hanna, "helper@kring.demo", DEMO_PASSWORD)).status_code == 200
    start = (await hanna.get("/api/v1/helper/hours/start")).json()
    assert [e["help_seeker_first_name"] for e in start["engagements"]] == ["Gerrit"]
    rejected = (await hanna.get("/api/v1/helper/hours", params={"status": "rejected"})).json()
    assert [r["reject_reason"] for r in rejected] in (
        [],  # the first Monday of the month is still to come: nothing of this month yet
        ["Gerrit zegt dat je om 11 uur al weg was."],
    )

    petra = new_client(app)
    assert (await log_in(petra, "partner@kring.demo", DEMO_PASSWORD)).status_code == 200
    assert (await petra.get("/api/v1/partner/access")).json()["standing"] == "none"
    assert (await petra.get("/api/v1/dossiers")).json()["items"] == []
