"""A neighbour_messages world: Lombok (residents Anna Visser and Bert Jansen, served by the
neighbourhood worker Wim Bakker) and Oost (resident Carl, an outsider to Lombok); a help
request of Bert's with a reply of Anna's under it, and an anonymous help request Wim posted for
someone; staff: an admin (moderates) and a care manager (does not)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from httpx import Response
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.neighbourhood import Neighbourhood, NeighbourhoodWorker, Resident
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.user import User
from tests.members.helpers import Person, person

CONVERSATIONS = "/api/v1/conversations"
REPORTS = "/api/v1/neighbourhood-reports"
ADMIN_REPORTS = "/api/v1/admin/neighbourhood-reports"


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment


@dataclass
class World:
    session: AsyncSession
    lombok: Neighbourhood
    oost: Neighbourhood
    anna: Person
    bert: Person
    carl: Person
    wim: Person
    admin: Person
    carla: Person
    post: NeighbourhoodPost
    reply: NeighbourhoodReply
    anonymous_post: NeighbourhoodPost

    async def start(self, who: Person, body: str = "Hallo buur!", **about: Any) -> Response:
        payload = {k: str(v) for k, v in about.items()}
        return await who.call("POST", CONVERSATIONS, {**payload, "body": body})

    async def started(self, who: Person, body: str = "Hallo buur!", **about: Any) -> Any:
        answer = await self.start(who, body, **about)
        assert answer.status_code == 201, answer.json()
        return answer.json()

    async def write(self, who: Person, conversation_id: str, body: str = "Prima!") -> Response:
        return await who.call("POST", f"{CONVERSATIONS}/{conversation_id}/messages", {"body": body})

    async def inbox(self, who: Person) -> list[dict[str, Any]]:
        answer = await who.call("GET", CONVERSATIONS)
        assert answer.status_code == 200, answer.json()
        items: list[dict[str, Any]] = answer.json()["items"]
        return items

    async def unread(self, who: Person) -> dict[str, int]:
        answer = await who.call("GET", f"{CONVERSATIONS}/unread")
        assert answer.status_code == 200, answer.json()
        totals: dict[str, int] = answer.json()
        return totals


async def resident(
    session: AsyncSession, user: User, neighbourhood: Neighbourhood, number: str
) -> Resident:
    row = Resident(
        user_id=user.id,
        neighbourhood_id=neighbourhood.id,
        country="NL",
        street="Kanaalstraat",
        house_number=number,
        postcode="3531 CJ",
        city="Utrecht",
        latitude=52.09,
        longitude=5.10,
        joined_by="address",
    )
    session.add(row)
    await session.commit()
    return row


async def _named(
    app: FastAPI, session: AsyncSession, settings: Settings, email: str, first: str, last: str
) -> Person:
    who = await person(app, session, settings, email, first)
    await session.execute(update(User).where(User.id == who.user.id).values(last_name=last))
    await session.commit()
    return who


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    lombok = Neighbourhood(name="Lombok", country="NL", latitude=52.09, longitude=5.10)
    oost = Neighbourhood(name="Oost", country="NL", latitude=52.08, longitude=5.14)
    session.add_all([lombok, oost])
    await session.commit()
    anna = await _named(app, session, settings, "anna@buren.example", "Anna", "Visser")
    bert = await _named(app, session, settings, "bert@buren.example", "Bert", "Jansen")
    carl = await _named(app, session, settings, "carl@buren.example", "Carl", "de Wit")
    wim = await _named(app, session, settings, "wim@buurtwerk.example", "Wim", "Bakker")
    admin = await person(app, session, settings, "bea@kring.example", "Bea", staff_role="admin")
    carla = await person(
        app, session, settings, "carla@kring.example", "Carla", staff_role="care_manager"
    )
    await resident(session, anna.user, lombok, "1")
    await resident(session, bert.user, lombok, "2")
    await resident(session, carl.user, oost, "3")
    session.add(NeighbourhoodWorker(user_id=wim.user.id, neighbourhood_id=lombok.id))
    now = datetime.now(UTC)
    post = NeighbourhoodPost(
        neighbourhood_id=lombok.id,
        author_user_id=bert.user.id,
        kind="help_request",
        title="Wie heeft een ladder?",
        body="Mijn dakgoot is verstopt.",
        reply_count=1,
        first_reply_at=now,
        last_reply_at=now,
    )
    anonymous_post = NeighbourhoodPost(
        neighbourhood_id=lombok.id,
        author_user_id=wim.user.id,
        kind="help_request",
        title="Boodschappen op zaterdag",
        body="Een buurvrouw zoekt iemand die haar boodschappen doet.",
        on_behalf=True,
        anonymous=True,
    )
    session.add_all([post, anonymous_post])
    await session.flush()
    reply = NeighbourhoodReply(post_id=post.id, author_user_id=anna.user.id, body="Ik heb er een!")
    session.add(reply)
    await session.commit()
    return World(
        session, lombok, oost, anna, bert, carl, wim, admin, carla, post, reply, anonymous_post
    )
