"""The matrix's neighbourhood posts: the partner lives in one neighbourhood (the one another
part of the world gave them, else a new one), served by the provider as its worker; the other
provider lives in another. A help request of the partner's in the first (with the worker's
reply) and one of the other provider's in the second; a local organisation in each."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodWorker,
    Resident,
)
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.user import User


async def _user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


async def _home(session: AsyncSession, user: User, name: str) -> Neighbourhood:
    """The person's neighbourhood: theirs already, or a new one they now live in."""
    resident = await session.scalar(select(Resident).where(Resident.user_id == user.id))
    if resident is not None:
        found = await session.get(Neighbourhood, resident.neighbourhood_id)
        assert found is not None
        return found
    neighbourhood = Neighbourhood(name=name, country="NL", latitude=52.09, longitude=5.12)
    session.add(neighbourhood)
    await session.flush()
    session.add(
        Resident(
            user_id=user.id,
            neighbourhood_id=neighbourhood.id,
            country="NL",
            street="Biltstraat",
            house_number="1",
            postcode="3572 AA",
            city="Utrecht",
            latitude=52.09,
            longitude=5.13,
            joined_by="address",
        )
    )
    await session.flush()
    return neighbourhood


async def post_objects(session: AsyncSession) -> tuple[dict[str, str], dict[str, str]]:
    """(ours, theirs): `posts_neighbourhood`, `post_id`, `posts_local_organisation`."""
    partner = await _user(session, "paula@example.org")
    worker = await _user(session, "bert@example.org")
    other = await _user(session, "gerda@example.org")
    now = datetime.now(UTC)
    found = []
    for author, name in ((partner, "Posts Wittevrouwen"), (other, "Posts Lombok")):
        neighbourhood = await _home(session, author, name)
        post = NeighbourhoodPost(
            neighbourhood_id=neighbourhood.id,
            author_user_id=author.id,
            kind="help_request",
            title="Boodschappen",
            body="Wie doet zaterdag boodschappen voor me?",
            created_at=now,
        )
        organisation = LocalOrganisation(
            neighbourhood_id=neighbourhood.id, name=f"Buurthuis {name}", phone="030 123 4567"
        )
        session.add_all([post, organisation])
        await session.flush()
        found.append(
            {
                "posts_neighbourhood": str(neighbourhood.id),
                "post_id": str(post.id),
                "posts_local_organisation": str(organisation.id),
            }
        )
        if author is partner:
            # The neighbourhoods' world may have named the same worker for this neighbourhood.
            await session.execute(
                pg_insert(NeighbourhoodWorker)
                .values(user_id=worker.id, neighbourhood_id=neighbourhood.id)
                .on_conflict_do_nothing()
            )
            session.add(
                NeighbourhoodReply(
                    post_id=post.id, author_user_id=worker.id, body="Ik vraag het rond."
                )
            )
            post.reply_count = 1
            post.first_reply_at = post.last_reply_at = now
    await session.commit()
    return found[0], found[1]
