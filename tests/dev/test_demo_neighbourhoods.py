"""The demo's neighbourhoods: the residents of Wittevrouwen find neighbours who do groceries,
nearest first; the worker serves Wittevrouwen and Lombok; the Belgian residents read French."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from kring.models.user import User
from tests.accounts.helpers import log_in
from tests.members.helpers import new_client


async def _signed_in(app: FastAPI, email: str) -> AsyncClient:
    client = new_client(app)
    answer = await log_in(client, email, DEMO_PASSWORD)
    assert answer.status_code == 200, answer.json()
    return client


async def test_the_demo_neighbourhoods(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    residents = await session.scalars(
        select(User.email).where(User.email.in_(["buur1@kring.demo", "voisin1@kring.demo"]))
    )
    assert sorted(residents) == ["buur1@kring.demo", "voisin1@kring.demo"]
    petra = await _signed_in(app, "partner@kring.demo")
    mine = (await petra.get("/api/v1/me/neighbourhood")).json()
    assert mine["neighbourhood"]["name"] == "Wittevrouwen"
    witte = mine["neighbourhood"]["id"]
    page = (await petra.get(f"/api/v1/neighbourhoods/{witte}")).json()
    assert len(page["local_organisations"]) == 2
    assert [w["display_name"] for w in page["workers"]] == ["Bram Buurtwerker"]
    helpers = (await petra.get(f"/api/v1/neighbourhoods/{witte}/helpers?skill=boodschappen")).json()
    names = [h["display_name"] for h in helpers["items"]]
    # Both within half a kilometre: equal distances, in the order of their ids.
    assert set(names[:2]) == {"Hanna H.", "Ineke P."}
    assert names[2:] == ["Sanne M."]
    distances = [h["distance_km"] for h in helpers["items"]]
    assert distances == [0.5, 0.5, 1.0]
    bram = await _signed_in(app, "buurtwerker@kring.demo")
    work = (await bram.get("/api/v1/me/neighbourhood-work")).json()
    assert [n["name"] for n in work] == ["Lombok", "Wittevrouwen"]
    camille = await session.scalar(select(User).where(User.email == "voisin1@kring.demo"))
    assert camille is not None
    assert camille.language == "fr"
    # Loading again adds nothing.
    assert await seed_demo(session, settings) == []
