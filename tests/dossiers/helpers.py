"""Dossier test helpers: a signed-in person (password only, as partners sign in), a verified
partner, and the wizard's steps with good bodies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dossiers.service import PRIVACY_VERSION, TERMS_VERSION
from kring.models.partner import PartnerAccessRequest
from kring.models.skill import Skill
from tests.accounts.helpers import log_in, make_user
from tests.members.helpers import Person, new_client

DOSSIERS = "/api/v1/dossiers"
WHO: dict[str, Any] = {
    "first_name": "Truus",
    "name_prefix": "de",
    "last_name": "Vries",
    "birth_year": 1941,
    "address": {
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511ab",
        "city": "Utrecht",
    },
    "languages": ["nl", "en"],
    "phone": "030 123 4567",
    "email": None,
}
WHEN: dict[str, Any] = {
    "day_parts": {"monday": ["morning"], "thursday": ["afternoon", "evening"]},
    "how_often": "weekly",
    "starts_on": (datetime.now(UTC) + timedelta(days=7)).date().isoformat(),
}
BANK = {"iban": "NL91 ABNA 0417 1643 00", "account_holder": "T. de Vries"}
TERMS = {"terms_version": TERMS_VERSION, "privacy_version": PRIVACY_VERSION}


async def signed_in(
    app: FastAPI, session: AsyncSession, settings: Settings, email: str, first_name: str
) -> Person:
    user = await make_user(session, email, first_name=first_name)
    client = new_client(app)
    assert (await log_in(client, email)).status_code == 200
    return Person(user, client, settings)


async def verify(session: AsyncSession, who: Person) -> None:
    """Make the person a verified partner (an accepted partner access request)."""
    now = datetime.now(UTC)
    session.add(
        PartnerAccessRequest(
            user_id=who.user.id,
            organisation_name="Buurtteam Oost",
            job_title="Buurtwerker",
            work_email="werk@buurtteam.example",
            work_phone="+31301234567",
            reason="Voor de ouderen in de wijk.",
            status="accepted",
            deadline_at=now + timedelta(hours=48),
            decided_at=now,
        )
    )
    await session.commit()


async def skill_ids(session: AsyncSession, count: int = 2) -> list[str]:
    ids = await session.scalars(select(Skill.id).order_by(Skill.id).limit(count))
    return [str(i) for i in ids]


async def create(who: Person, **changes: Any) -> dict[str, Any]:
    answer = await who.call("POST", DOSSIERS, {**WHO, **changes})
    assert answer.status_code == 201, answer.json()
    body: dict[str, Any] = answer.json()
    return body


async def complete(who: Person, session: AsyncSession, dossier_id: str) -> dict[str, Any]:
    """Every step after the first: the dossier then awaits its payment."""
    url = f"{DOSSIERS}/{dossier_id}"
    body: dict[str, Any] = {}
    for step, data in (
        ("help", {"skill_ids": await skill_ids(session), "text": "Boodschappen op maandag."}),
        ("when", WHEN),
        ("bank", BANK),
        ("terms", TERMS),
    ):
        answer = await who.call("PUT", f"{url}/{step}", data)
        assert answer.status_code == 200, answer.json()
        body = answer.json()
    return body
