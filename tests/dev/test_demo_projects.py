"""The demo's Careflex side: De Linde's projects led by the care manager, what the portal admin
and the portal employee each see, the invoices of the last two months (one paid, one overdue
once its term is over, the rest open), the questions in both staff queues and the branch's
training offer."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import seed_demo
from kring.models.organisation import Organisation
from tests.accounts.helpers import csrf
from tests.dev.test_demo_waiting import _demo_staff


async def _acting_for(client: AsyncClient, settings: Settings, organisation_id: str) -> None:
    chosen = await client.put(
        "/api/v1/me/active-organisation",
        headers=csrf(client, settings),
        json={"organisation_id": organisation_id},
    )
    assert chosen.status_code == 200, chosen.json()


async def _items(client: AsyncClient, url: str) -> list[dict[str, Any]]:
    answer = await client.get(url)
    assert answer.status_code == 200, answer.json()
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def test_the_demo_projects_invoices_and_questions(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    assert "medewerker@kring.demo" in await seed_demo(session, settings)
    await session.commit()
    linde = await session.scalar(
        select(Organisation.id).where(Organisation.name == "Zorggroep De Linde")
    )
    base = f"/api/v1/organisations/{linde}"

    paula = await _demo_staff(app, settings, "pro@kring.demo")
    await _acting_for(paula, settings, str(linde))
    every = await _items(paula, f"{base}/projects?view=all")
    assert {p["name"] for p in every} == {
        "Woonvoorziening De Linde",
        "Dagbesteding Het Anker",
        "Thuiszorg Wijk Oost",
    }
    invoices = await _items(paula, f"{base}/invoices?view=all")
    assert len(invoices) == 4
    assert sorted(i["status"] for i in invoices) in (
        ["open", "open", "overdue", "paid"],  # after the day care's term is over
        ["open", "open", "open", "paid"],  # in the first days of a month
    )
    threads = await _items(paula, f"{base}/correspondence")
    assert sum(t["unread"] for t in threads) == 1
    card = (await paula.get(f"{base}")).json()
    assert card["contact_card"]["training_url"] == "https://kring.demo/trainingen"

    erik = await _demo_staff(app, settings, "medewerker@kring.demo")
    mine = await _items(erik, f"{base}/projects")
    assert [p["name"] for p in mine] == ["Woonvoorziening De Linde"]
    assert (await erik.get(f"{base}/invoices")).status_code == 403
    upcoming = await _items(erik, f"{base}/projects/{mine[0]['id']}/shifts?when=upcoming")
    assert upcoming
    assert {s["status"] for s in upcoming} <= {"planned", "confirmed"}

    carla = await _demo_staff(app, settings, "care-manager@kring.demo")
    waiting = await _items(carla, "/api/v1/admin/questions")
    assert [q["subject"] for q in waiting] == ["Vervanging begeleider vrijdag"]
    bea = await _demo_staff(app, settings, "branch@kring.demo")
    assert [q["subject"] for q in await _items(bea, "/api/v1/admin/questions")] == [
        "Facturen ook per e-mail?"
    ]
