"""The matrix's private messages: the partner lives in a neighbourhood (theirs, if another part
of the world gave them one) next to Nina, a resident with whom they have a conversation and
whom they reported; the other provider has a conversation with Otto, elsewhere. Nina and Otto
are no principal of the matrix, so who reaches them depends on this world alone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.neighbour_message import (
    Conversation,
    ConversationMember,
    NeighbourhoodReport,
    NeighbourMessage,
)
from kring.models.neighbourhood import Neighbourhood, Resident
from kring.models.user import User
from tests.accounts.helpers import make_user


async def _user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


async def _home(session: AsyncSession, user: User, fallback: Neighbourhood) -> uuid.UUID:
    """The user's neighbourhood: theirs if they live somewhere already, else `fallback`."""
    found = await session.scalar(
        select(Resident.neighbourhood_id).where(Resident.user_id == user.id)
    )
    if found is not None:
        return found
    await _live(session, user, fallback.id)
    return fallback.id


async def _live(session: AsyncSession, user: User, neighbourhood_id: uuid.UUID) -> None:
    session.add(
        Resident(
            user_id=user.id,
            neighbourhood_id=neighbourhood_id,
            country="NL",
            street="Berichtenstraat",
            house_number="7",
            postcode="3531 CJ",
            city="Utrecht",
            latitude=52.09,
            longitude=5.10,
            joined_by="address",
        )
    )
    await session.flush()


async def _conversation(session: AsyncSession, one: User, other: User, now: datetime) -> str:
    first, second = sorted((one.id, other.id))
    conversation = Conversation(first_user_id=first, second_user_id=second, last_message_at=now)
    session.add(conversation)
    await session.flush()
    session.add_all(
        [
            ConversationMember(conversation_id=conversation.id, user_id=u, last_message_at=now)
            for u in (first, second)
        ]
        + [
            NeighbourMessage(
                conversation_id=conversation.id,
                sender_user_id=other.id,
                body="Hallo buur!",
                created_at=now,
            )
        ]
    )
    await session.flush()
    return str(conversation.id)


async def neighbour_message_objects(
    session: AsyncSession,
) -> tuple[dict[str, str], dict[str, str]]:
    """(the partner's ids, the other provider's): `neighbour_user`, `neighbour_conversation`,
    `neighbourhood_report`."""
    now = datetime.now(UTC)
    here = Neighbourhood(name="Berichtenbuurt", country="NL", latitude=52.09, longitude=5.10)
    there = Neighbourhood(name="Berichtenbuurt Oost", country="NL", latitude=52.1, longitude=5.2)
    session.add_all([here, there])
    await session.flush()
    paula = await _user(session, "paula@example.org")
    gerda = await _user(session, "gerda@example.org")
    nina = await make_user(session, "nina@buren.example", first_name="Nina")
    otto = await make_user(session, "otto@buren.example", first_name="Otto")
    await _live(session, nina, await _home(session, paula, here))
    await _live(session, otto, there.id)
    mine = await _conversation(session, paula, nina, now)
    theirs = await _conversation(session, gerda, otto, now)
    report = NeighbourhoodReport(
        reporter_user_id=paula.id,
        reported_user_id=nina.id,
        subject_type="person",
        subject_id=nina.id,
        reason="Dreigend",
    )
    session.add(report)
    await session.commit()
    return (
        {
            "neighbour_user": str(nina.id),
            "neighbour_conversation": mine,
            "neighbourhood_report": str(report.id),
        },
        {
            "neighbour_user": str(otto.id),
            "neighbour_conversation": theirs,
            "neighbourhood_report": str(report.id),
        },
    )
