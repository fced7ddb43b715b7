"""An invoices world: De Linde with a portal admin and an employee, another organisation with
its admin, a care manager leading a project of each, a Kring admin and an advisor; shifts are
added straight to the tables (confirmed or not), and the clock can be set."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.organisation import Organisation
from kring.models.project import Project, Shift
from tests.members.helpers import Person, person

ADMIN = "/api/v1/admin"


@dataclass
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


def at(day: date, hour: int = 12) -> datetime:
    """Noon (UTC) of a day: the same day in Amsterdam."""
    return datetime.combine(day, time(hour), tzinfo=UTC)


@dataclass
class World:
    app: FastAPI
    session: AsyncSession
    settings: Settings
    linde: Organisation
    other: Organisation
    project: Project
    their_project: Project
    pro_admin: Person
    employee: Person
    foreign: Person
    care_manager: Person
    admin: Person
    advisor: Person

    def set_today(self, day: date) -> None:
        self.app.state.clock = FixedClock(at(day))

    def portal(self, suffix: str = "", organisation: Organisation | None = None) -> str:
        return f"/api/v1/organisations/{(organisation or self.linde).id}/invoices{suffix}"

    async def shift(
        self,
        works_on: date,
        starts: str = "08:00",
        ends: str = "16:30",
        *,
        break_minutes: int = 30,
        function: str = "nurse",
        rate_cents: int = 5000,
        confirmed: bool = True,
        project: Project | None = None,
        worker: str = "Anna de Vries",
    ) -> Shift:
        shift = Shift(
            project_id=(project or self.project).id,
            works_on=works_on,
            starts_at=time.fromisoformat(starts),
            ends_at=time.fromisoformat(ends),
            break_minutes=break_minutes,
            function=function,
            worker_name=worker,
            hourly_rate_cents=rate_cents,
            status="confirmed" if confirmed else "planned",
            confirmed_at=datetime.now(UTC) if confirmed else None,
        )
        self.session.add(shift)
        await self.session.commit()
        return shift

    async def make(
        self, month: str, project: Project | None = None, who: Person | None = None
    ) -> Any:
        project_id = (project or self.project).id
        return await (who or self.care_manager).call(
            "POST", f"{ADMIN}/projects/{project_id}/invoices", {"month": month}
        )

    async def made(self, month: str, project: Project | None = None) -> dict[str, Any]:
        answer = await self.make(month, project)
        assert answer.status_code == 201, answer.json()
        made: dict[str, Any] = answer.json()
        return made


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    linde = Organisation(
        kind="care_organisation",
        name="Zorggroep De Linde",
        postal_street="Postbus",
        postal_house_number="123",
        postal_postcode="3500 AA",
        postal_city="Utrecht",
    )
    other = Organisation(kind="care_organisation", name="Stichting Zonnehuis")
    session.add_all([linde, other])
    await session.commit()
    care_manager = await person(
        app, session, settings, "carla@kring.example", "Carla", staff_role="care_manager"
    )
    projects = [
        Project(
            organisation_id=organisation.id,
            name=name,
            kind="residential",
            starts_on=date(2026, 1, 1),
            leader_id=care_manager.user.id,
        )
        for organisation, name in ((linde, "Woonvoorziening De Linde"), (other, "Zonnehuis"))
    ]
    session.add_all(projects)
    await session.commit()
    return World(
        app=app,
        session=session,
        settings=settings,
        linde=linde,
        other=other,
        project=projects[0],
        their_project=projects[1],
        pro_admin=await person(
            app, session, settings, "petra@linde.example", "Petra", linde, admin=True
        ),
        employee=await person(app, session, settings, "cas@linde.example", "Cas", linde),
        foreign=await person(
            app, session, settings, "bo@zonnehuis.example", "Bo", other, admin=True
        ),
        care_manager=care_manager,
        admin=await person(app, session, settings, "bea@kring.example", "Bea", staff_role="admin"),
        advisor=await person(
            app, session, settings, "aad@kring.example", "Aad", staff_role="advisor"
        ),
    )


def uid(value: Any) -> uuid.UUID:
    return uuid.UUID(str(value))
