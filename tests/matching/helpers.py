"""A hand-made map around Truus in Utrecht: her dossier (made with the ORM, as the wizard and
the payment leave it) and helpers placed so many km east of her, with their work area's box set
as the helpers service keeps it (kit/geo.radius_box, or the box around their places)."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dossiers.service import PRIVACY_VERSION, TERMS_VERSION
from kring.kit.day_parts import day_parts_to_bits
from kring.kit.geo import KM_PER_DEGREE, points_box, radius_box
from kring.models.dossier import Dossier, DossierSkill
from kring.models.helper import HelperProfile, HelperWorkPlace
from kring.models.place import Place
from kring.models.skill import Skill
from tests.accounts.helpers import make_user
from tests.dossiers.helpers import signed_in
from tests.members.helpers import Person

# Truus: Lindelaan 12, Utrecht.
LAT, LON = 52.0907, 5.1214
UTRECHT_PLACE = 2745912
AMSTERDAM_PLACE = 2759794
DOSSIERS = "/api/v1/dossiers"
ASKED = {"monday": ["morning"], "thursday": ["afternoon"]}


def east(km: float) -> tuple[float, float]:
    """The spot `km` east of Truus (along her latitude)."""
    return LAT, LON + km / (KM_PER_DEGREE * math.cos(math.radians(LAT)))


async def skills(session: AsyncSession, count: int) -> list[Skill]:
    found = await session.scalars(select(Skill).order_by(Skill.position, Skill.id).limit(count))
    return list(found)


@dataclass
class Map:
    manager: Person
    dossier: Dossier
    skills: list[Skill]

    @property
    def url(self) -> str:
        return f"{DOSSIERS}/{self.dossier.id}"


async def truus(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    *,
    status: str = "searching",
    languages: tuple[str, ...] = ("nl",),
    located: bool = True,
    asked_skills: int = 2,
) -> Map:
    """Truus's dossier, managed by Sanne (signed in), asking for the first skills of the list
    on Monday morning and Thursday afternoon."""
    manager = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    now = datetime.now(UTC)
    paid = status not in ("draft", "awaiting_payment")
    complete = status != "draft"
    dossier = Dossier(
        manager_user_id=manager.user.id,
        status=status,
        closed_reason="Verhuisd." if status == "closed" else None,
        completed_steps=["who", "help", "when", "bank", "terms"] if complete else ["who"],
        first_name="Truus",
        last_name="de Vries",
        birth_year=1941,
        street="Lindelaan",
        house_number="12",
        postcode="3511 AB",
        city="Utrecht",
        latitude=LAT if located else None,
        longitude=LON if located else None,
        languages=list(languages),
        phone="+31301234567",
        day_parts=day_parts_to_bits(ASKED),
        how_often="weekly",
        starts_on=now.date() + timedelta(days=7),
        iban="NL91ABNA0417164300",
        account_holder="T. de Vries",
        terms_version=TERMS_VERSION,
        privacy_version=PRIVACY_VERSION,
        terms_accepted_at=now,
        terms_accepted_by_user_id=manager.user.id,
        paid_at=now if paid else None,
    )
    session.add(dossier)
    await session.flush()
    asked = await skills(session, asked_skills)
    await session.execute(
        insert(DossierSkill), [{"dossier_id": dossier.id, "skill_id": s.id} for s in asked]
    )
    await session.commit()
    return Map(manager, dossier, asked)


async def helper(
    session: AsyncSession,
    name: str,
    *,
    km: float = 1.0,
    at: tuple[float, float] | None = None,
    radius_km: int | None = 10,
    places: tuple[int, ...] = (),
    skill_ids: list[uuid.UUID],
    day_parts: dict[str, list[str]] | None = None,
    languages: tuple[str, ...] = ("nl",),
    **columns: Any,
) -> HelperProfile:
    """A matchable helper (active, badged, accepting) `km` east of Truus unless told otherwise."""
    latitude, longitude = at or east(km)
    user = await make_user(
        session, f"{name.lower()}.{uuid.uuid4().hex[:6]}@example.org", first_name=name
    )
    if places:
        spots = [
            (p.latitude, p.longitude)
            for p in await session.scalars(select(Place).where(Place.id.in_(places)))
        ]
        coverage = points_box(spots, 5)
    else:
        assert radius_km is not None
        coverage = radius_box(latitude, longitude, radius_km)
    profile = HelperProfile(
        user_id=user.id,
        status=columns.pop("status", "active"),
        street="Hoofdstraat",
        house_number="1",
        postcode="3512 AA",
        city="Utrecht",
        latitude=latitude,
        longitude=longitude,
        languages=list(languages),
        skill_ids=skill_ids,
        work_area="places" if places else "radius",
        radius_km=None if places else radius_km,
        day_parts=day_parts_to_bits(day_parts if day_parts is not None else ASKED),
        identity_document_seen=columns.pop("identity_document_seen", True),
        introduction=columns.pop("introduction", f"Ik ben {name}."),
        coverage=coverage,
        **columns,
    )
    session.add(profile)
    await session.flush()
    for place_id in places:
        session.add(HelperWorkPlace(helper_id=profile.id, place_id=place_id))
    await session.commit()
    return profile
