"""Proposal test helpers: a matchable helper (a helper_profile row made with the ORM), a dossier
that searches for help (the dossiers tests' wizard, paid, by a verified partner), and sending a
proposal with a good body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.skill import Skill
from kring.models.user import User
from tests.dossiers.helpers import DOSSIERS, complete, create, signed_in, verify
from tests.members.helpers import Person

HELPER_PROPOSALS = "/api/v1/helper/proposals"
PROPOSALS = "/api/v1/proposals"
ENGAGEMENTS = "/api/v1/engagements"
MONDAY_MORNING = {"monday": ["morning"]}


async def helper_profile(session: AsyncSession, user: User, **changes: Any) -> HelperProfile:
    """A matchable helper in Utrecht (active, identity document seen, accepting new help
    seekers, on the map), volunteering on Monday mornings and Thursday afternoons."""
    skill_ids = list(await session.scalars(select(Skill.id).order_by(Skill.id).limit(3)))
    fields: dict[str, Any] = {
        "user_id": user.id,
        "status": "active",
        "kind": "volunteer",
        "street": "Oudegracht",
        "house_number": "100",
        "postcode": "3511 AX",
        "city": "Utrecht",
        "latitude": 52.09,
        "longitude": 5.12,
        "languages": ["nl"],
        "skill_ids": skill_ids,
        "work_area": "radius",
        "radius_km": 10,
        "day_parts": 0b111_111_111_111_111_111_111,
        "identity_document_seen": True,
        "accepting_new": True,
        **changes,
    }
    profile = HelperProfile(**fields)
    session.add(profile)
    await session.commit()
    return profile


@dataclass
class Helper:
    person: Person
    profile: HelperProfile


async def helper(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str = "henk@example.org",
    first_name: str = "Henk",
    *,
    language: str = "nl",
    phone: str | None = "+31612345678",
    **changes: Any,
) -> Helper:
    """A signed-in person with a matchable helper profile."""
    person = await signed_in(app, session, settings, email, first_name)
    person.user.language = language
    person.user.last_name = "Bakker"
    person.user.phone_for_questions = phone
    await session.commit()
    return Helper(person, await helper_profile(session, person.user, **changes))


async def searching_dossier(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str = "sanne@example.org",
    *,
    language: str = "nl",
) -> tuple[Person, dict[str, Any]]:
    """A verified partner's complete, paid dossier, searching for help (Monday mornings,
    Thursday afternoons and evenings; the skills list's first two skills)."""
    sanne = await signed_in(app, session, settings, email, "Sanne")
    sanne.user.language = language
    await session.commit()
    await verify(session, sanne)
    made = await create(sanne)
    await complete(sanne, session, made["id"])
    await session.execute(
        update(Dossier).where(Dossier.id == made["id"]).values(paid_at=datetime.now(UTC))
    )
    await session.commit()
    answer = await sanne.call("POST", f"{DOSSIERS}/{made['id']}/submission")
    assert answer.status_code == 200, answer.json()
    dossier: dict[str, Any] = answer.json()
    return sanne, dossier


def proposal_body(helper: Helper, dossier: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {
        "helper_id": str(helper.profile.id),
        "message": "Truus zoekt hulp bij de boodschappen.",
        "skill_ids": [dossier["help"]["skills"][0]["id"]],
        "day_parts": MONDAY_MORNING,
        "meeting_at": (datetime.now(UTC) + timedelta(days=3)).isoformat(),
        "hourly_rate_cents": None,
        **changes,
    }


async def propose(
    partner: Person, helper: Helper, dossier: dict[str, Any], **changes: Any
) -> dict[str, Any]:
    answer = await partner.call(
        "POST",
        f"{DOSSIERS}/{dossier['id']}/proposals",
        proposal_body(helper, dossier, **changes),
    )
    assert answer.status_code == 201, answer.json()
    body: dict[str, Any] = answer.json()
    return body
