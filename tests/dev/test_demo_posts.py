"""The demo's neighbourhood posts: skipped quietly without the neighbourhoods demo; with it,
every kind in Wittevrouwen, one unanswered for three days, one anonymous on behalf, one
referred, solved ones by a neighbour; added once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dev.demo_posts import WITTEVROUWEN, seed_posts
from kring.models.neighbourhood import LocalOrganisation, Neighbourhood
from kring.models.neighbourhood_post import NeighbourhoodPost
from tests.accounts.helpers import make_user


async def test_without_the_neighbourhoods_nothing_is_posted(session: AsyncSession) -> None:
    assert await seed_posts(session, datetime.now(UTC)) == 0


async def test_the_wittevrouwen_feed(session: AsyncSession) -> None:
    now = datetime.now(UTC)
    neighbourhood = Neighbourhood(name="Wittevrouwen", country="NL", latitude=52.1, longitude=5.1)
    session.add(neighbourhood)
    await session.flush()
    session.add(
        LocalOrganisation(
            neighbourhood_id=neighbourhood.id, name="Buurthuis De Leeuw", phone="030 123 4567"
        )
    )
    emails = {p.author for p in WITTEVROUWEN} | {w for p in WITTEVROUWEN for w, _t, _h in p.replies}
    for email in sorted(emails):
        await make_user(session, email, first_name=email.split("@")[0].title())
    assert await seed_posts(session, now) == len(WITTEVROUWEN)
    posts = list(await session.scalars(select(NeighbourhoodPost)))
    assert {p.kind for p in posts} == {"help_request", "general", "lost_and_found", "giving_away"}
    unanswered = [
        p
        for p in posts
        if p.kind == "help_request" and p.status == "open" and p.first_reply_at is None
    ]
    assert len(unanswered) == 1
    assert now - unanswered[0].created_at >= timedelta(hours=72)
    (anonymous,) = [p for p in posts if p.anonymous]
    assert anonymous.on_behalf
    assert anonymous.reply_count == 2
    assert sum(p.referred_to_id is not None for p in posts) == 1
    assert sum(p.solved_by_user_id is not None for p in posts) == 3
    assert await seed_posts(session, now) == 0
