"""The demo's verified partner and their dossiers; `partner@kring.demo` has neither."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from tests.accounts.helpers import log_in
from tests.members.helpers import new_client


async def test_the_demo_partner_manages_two_dossiers(
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
    ]
    truus = (await bram.get(f"/api/v1/dossiers/{dossiers[1]['id']}")).json()
    assert (truus["paid"], truus["next_step"], len(truus["help"]["skills"])) == (True, None, 2)

    petra = new_client(app)
    assert (await log_in(petra, "partner@kring.demo", DEMO_PASSWORD)).status_code == 200
    assert (await petra.get("/api/v1/partner/access")).json()["standing"] == "none"
    assert (await petra.get("/api/v1/dossiers")).json()["items"] == []
