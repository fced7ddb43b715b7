"""A posts world, made with the models: Wittevrouwen with residents Anna Visser and Ben Bakker,
a suspended resident Sam, and its worker Wendy Zwaneveld (who lives elsewhere); Lombok with its
resident Olga (an outsider to Wittevrouwen); local organisations of each (one archived)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from httpx import Response
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodWorker,
    Resident,
)
from kring.models.neighbourhood_post import NeighbourhoodPost
from tests.accounts.helpers import log_in, make_user
from tests.members.helpers import Person, new_client

HELP = {
    "kind": "help_request",
    "title": "Wie kan zaterdag boodschappen doen?",
    "body": "Ik ben herstellende en kan niet naar de winkel.",
}


@dataclass
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


@dataclass
class World:
    app: FastAPI
    session: AsyncSession
    wittevrouwen: Neighbourhood
    lombok: Neighbourhood
    anna: Person
    ben: Person
    sam: Person
    wendy: Person
    olga: Person
    buurthuis: LocalOrganisation
    archived: LocalOrganisation
    lombok_org: LocalOrganisation

    def feed_url(self, neighbourhood: Neighbourhood | None = None, query: str = "") -> str:
        return f"/api/v1/neighbourhoods/{(neighbourhood or self.wittevrouwen).id}/posts{query}"

    async def post(self, who: Person | None = None, **fields: Any) -> dict[str, Any]:
        answer = await (who or self.anna).call("POST", self.feed_url(), {**HELP, **fields})
        assert answer.status_code == 201, answer.json()
        found: dict[str, Any] = answer.json()
        return found

    async def reply(self, who: Person, post_id: str, body: str = "Ik help graag!") -> Response:
        return await who.call("POST", f"/api/v1/posts/{post_id}/replies", {"body": body})

    def at(self, when: datetime) -> None:
        self.app.state.clock = FixedClock(when)

    async def add_post(self, author: Person, created_at: datetime, **fields: Any) -> str:
        """A post straight in the table, written at `created_at`."""
        post = NeighbourhoodPost(
            neighbourhood_id=fields.pop("neighbourhood_id", self.wittevrouwen.id),
            author_user_id=author.user.id,
            kind=fields.pop("kind", "help_request"),
            title=fields.pop("title", "Hulp gezocht"),
            body=fields.pop("body", "Wie helpt?"),
            created_at=created_at,
            **fields,
        )
        self.session.add(post)
        await self.session.commit()
        return str(post.id)


async def _person(
    app: FastAPI, session: AsyncSession, settings: Settings, email: str, first: str, last: str
) -> Person:
    user = await make_user(session, email, first_name=first)
    user.last_name = last
    await session.commit()
    client = new_client(app)
    answer = await log_in(client, email)
    assert answer.status_code == 200, answer.text
    return Person(user, client, settings)


def _resident(person: Person, neighbourhood: Neighbourhood, **fields: Any) -> Resident:
    return Resident(
        user_id=person.user.id,
        neighbourhood_id=neighbourhood.id,
        country="NL",
        street="Biltstraat",
        house_number="10",
        postcode="3572 AB",
        city="Utrecht",
        latitude=52.09,
        longitude=5.13,
        joined_by="address",
        **fields,
    )


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    wittevrouwen = Neighbourhood(name="Wittevrouwen", country="NL", latitude=52.09, longitude=5.13)
    lombok = Neighbourhood(name="Lombok", country="NL", latitude=52.09, longitude=5.10)
    session.add_all([wittevrouwen, lombok])
    await session.commit()
    anna = await _person(app, session, settings, "anna@example.org", "Anna", "Visser")
    ben = await _person(app, session, settings, "ben@example.org", "Ben", "Bakker")
    sam = await _person(app, session, settings, "sam@example.org", "Sam", "Smit")
    wendy = await _person(app, session, settings, "wendy@example.org", "Wendy", "Zwaneveld")
    olga = await _person(app, session, settings, "olga@example.org", "Olga", "Oud")
    now = datetime.now(UTC)
    session.add_all(
        [
            _resident(anna, wittevrouwen),
            _resident(ben, wittevrouwen),
            _resident(sam, wittevrouwen, suspended_at=now, suspension_reason="Spam"),
            _resident(olga, lombok),
            NeighbourhoodWorker(user_id=wendy.user.id, neighbourhood_id=wittevrouwen.id),
        ]
    )
    buurthuis = LocalOrganisation(
        neighbourhood_id=wittevrouwen.id, name="Buurthuis De Leeuw", phone="030 123 4567"
    )
    archived = LocalOrganisation(
        neighbourhood_id=wittevrouwen.id,
        name="Oud buurthuis",
        phone="030 000 0000",
        archived_at=now,
    )
    lombok_org = LocalOrganisation(
        neighbourhood_id=lombok.id, name="Lombok Samen", email="info@lombok.example"
    )
    session.add_all([buurthuis, archived, lombok_org])
    await session.commit()
    return World(
        app,
        session,
        wittevrouwen,
        lombok,
        anna,
        ben,
        sam,
        wendy,
        olga,
        buurthuis,
        archived,
        lombok_org,
    )
