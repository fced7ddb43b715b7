"""Hours test helpers: an engagement that started two months ago (a paid helper at EUR 20 an hour,
or a volunteer), days in the past to log, and a good entry body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.working_days import AMSTERDAM
from kring.models.match import Engagement
from tests.engagements.test_engagements import engaged
from tests.members.helpers import Person
from tests.proposals.helpers import Helper

HOURS = "/api/v1/helper/hours"
DOSSIERS = "/api/v1/dossiers"
RATE = 2000


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def days_ago(days: int) -> date:
    return today() - timedelta(days=days)


def month_of(day: date) -> str:
    return day.strftime("%Y-%m")


@dataclass
class Engaged:
    partner: Person
    helper: Helper
    dossier: dict[str, Any]
    engagement: dict[str, Any]

    @property
    def hours_url(self) -> str:
        return f"{DOSSIERS}/{self.dossier['id']}/hours"

    async def log(self, day: date, start: str = "09:00", end: str = "12:00", **more: Any) -> Any:
        return await self.helper.person.call(
            "POST",
            HOURS,
            {
                "engagement_id": self.engagement["id"],
                "work_date": day.isoformat(),
                "starts_at": start,
                "ends_at": end,
                **more,
            },
        )

    async def logged(self, day: date, start: str = "09:00", end: str = "12:00") -> dict[str, Any]:
        answer = await self.log(day, start, end)
        assert answer.status_code == 201, answer.json()
        body: dict[str, Any] = answer.json()
        return body


async def engaged_since(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    *,
    days: int = 70,
    paid: bool = True,
) -> Engaged:
    """A partner and a helper in an engagement started `days` ago."""
    changes: dict[str, Any] = {"kind": "paid", "hourly_rate_cents": RATE} if paid else {}
    partner, helper, dossier, engagement = await engaged(app, session, settings, **changes)
    await session.execute(
        update(Engagement)
        .where(Engagement.id == engagement["id"])
        .values(
            started_at=datetime.now(AMSTERDAM) - timedelta(days=days),
            hourly_rate_cents=RATE if paid else None,
        )
    )
    await session.commit()
    return Engaged(partner, helper, dossier, engagement)
