"""The demo's helpers: Hanna (badged, active, matchable) and the others around Utrecht, one of
them waiting for the identity badge, one not accepting new help seekers; most fit Truus's
dossier (her skills, her Monday morning or Thursday afternoon)."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD, seed_demo
from kring.models.dossier import Dossier, DossierSkill
from kring.models.helper import HelperProfile
from tests.accounts.helpers import log_in
from tests.members.helpers import new_client


async def test_the_demo_helpers(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    assert "helper@kring.demo" in await seed_demo(session, settings)
    await session.commit()
    hanna = new_client(app)
    assert (await log_in(hanna, "helper@kring.demo", DEMO_PASSWORD)).status_code == 200
    mine = (await hanna.get("/api/v1/helper/profile")).json()
    assert (mine["status"], mine["matchable"], mine["missing"]) == ("active", True, [])
    assert await session.scalar(select(func.count()).select_from(HelperProfile)) == 13
    waiting = await session.scalar(
        select(func.count())
        .select_from(HelperProfile)
        .where(HelperProfile.status == "active", HelperProfile.identity_document_seen.is_(False))
    )
    assert waiting == 1
    # Helpers whose box holds Truus's home, with one of her skills and one of her day-parts.
    truus = await session.scalar(select(Dossier).where(Dossier.first_name == "Truus"))
    assert truus is not None
    skills = list(
        (
            await session.scalars(
                select(DossierSkill.skill_id).where(DossierSkill.dossier_id == truus.id)
            )
        ).all()
    )
    fitting = await session.scalar(
        select(func.count())
        .select_from(HelperProfile)
        .where(
            HelperProfile.matchable,
            HelperProfile.skill_ids.overlap(skills),
            HelperProfile.day_parts.op("&")(truus.day_parts) != 0,
            text("coverage @> point(:lon, :lat)").bindparams(
                lon=truus.longitude, lat=truus.latitude
            ),
        )
    )
    assert fitting is not None
    assert fitting >= 5
