"""A neighbourhoods world: a staff admin, a verified partner (the worker to be), residents to
be (plain signed-in people), and neighbourhoods made through the staff API: Wittevrouwen
(postcode areas 3581, 3582), Zeist (the place), and Aalst (BE, 9300)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from httpx import Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.organisation import Organisation
from kring.models.partner import PartnerAccessRequest
from kring.models.skill import Skill
from kring.models.user import User
from tests.accounts.helpers import log_in, make_user
from tests.members.helpers import Person, new_client, person

ADMIN = "/api/v1/admin/neighbourhoods"
MINE = "/api/v1/me/neighbourhood"
ZEIST = 2743977
UTRECHT = 2745912


def address(
    postcode: str = "3581 AB", city: str = "Utrecht", country: str = "NL"
) -> dict[str, str]:
    return {
        "country": country,
        "street": "Biltstraat",
        "house_number": "12",
        "postcode": postcode,
        "city": city,
    }


@dataclass
class World:
    app: FastAPI
    session: AsyncSession
    settings: Settings
    staff: Person
    worker: Person
    ids: dict[str, str] = field(default_factory=dict)

    async def resident(
        self, email: str, first_name: str = "Anna", last_name: str | None = "Bakker"
    ) -> Person:
        """A signed-in person (no second factor: residents need none)."""
        user = await make_user(self.session, email, first_name=first_name)
        user.last_name = last_name
        await self.session.commit()
        client = new_client(self.app)
        answer = await log_in(client, email)
        assert answer.status_code == 200, answer.json()
        return Person(user, client, self.settings)

    async def neighbourhood(self, body: dict[str, Any]) -> dict[str, Any]:
        answer = await self.staff.call("POST", ADMIN, body)
        assert answer.status_code == 201, answer.json()
        created: dict[str, Any] = answer.json()
        return created

    async def service_organisation(
        self,
        name: str,
        *serves: str,
        kind: str = "municipality",
        member_email: str | None = None,
    ) -> tuple[Organisation, Person]:
        """A municipality or social service serving the neighbourhoods named in `ids` (linked
        by staff), with a member (portal admin) signed in with a second factor."""
        organisation = Organisation(kind=kind, name=name)
        self.session.add(organisation)
        await self.session.commit()
        email = member_email or f"{name.split()[-1].lower()}@gemeente.example"
        member = await person(
            self.app, self.session, self.settings, email, "Gina", organisation, admin=True
        )
        for key in serves:
            answer = await self.staff.call(
                "PUT", f"{ADMIN}/{self.ids[key]}/service-organisations/{organisation.id}"
            )
            assert answer.status_code == 200, answer.json()
        return organisation, member

    async def join(self, who: Person, where: dict[str, str] | None = None) -> dict[str, Any]:
        answer = await who.call("PUT", MINE, where or address())
        assert answer.status_code == 200, answer.json()
        joined: dict[str, Any] = answer.json()
        return joined

    async def skill(self, slug_start: str) -> Skill:
        found = await self.session.scalar(
            select(Skill).where(Skill.slug.startswith(slug_start)).order_by(Skill.slug).limit(1)
        )
        assert found is not None, slug_start
        return found

    async def offer(self, who: Person, *skills: Skill, about: str | None = None) -> Response:
        return await who.call(
            "PUT",
            MINE + "/profile",
            {"skill_ids": [str(s.id) for s in skills], "about": about},
        )


async def verified_partner(session: AsyncSession, user: User) -> None:
    now = datetime.now(UTC)
    session.add(
        PartnerAccessRequest(
            user_id=user.id,
            organisation_name="Buurtteam Noordoost",
            job_title="Buurtwerker",
            work_email="wim@buurtteam.example",
            work_phone="+31301234567",
            reason="Voor de buurt.",
            status="accepted",
            deadline_at=now + timedelta(hours=48),
            decided_at=now,
        )
    )
    await session.commit()


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    staff = await person(app, session, settings, "bea@kring.example", "Bea", staff_role="admin")
    worker = await person(app, session, settings, "wim@buurtteam.example", "Wim")
    await verified_partner(session, worker.user)
    w = World(app, session, settings, staff, worker)
    witte = await w.neighbourhood(
        {
            "name": "Wittevrouwen",
            "country": "NL",
            "postcode_areas": ["3581", "3582"],
            "latitude": 52.0935,
            "longitude": 5.1331,
        }
    )
    zeist = await w.neighbourhood({"name": "Zeist", "country": "NL", "place_ids": [ZEIST]})
    aalst = await w.neighbourhood(
        {
            "name": "Aalst centrum",
            "country": "BE",
            "postcode_areas": ["9300"],
            "latitude": 50.936,
            "longitude": 4.0355,
        }
    )
    w.ids = {"witte": witte["id"], "zeist": zeist["id"], "aalst": aalst["id"]}
    return w
