"""The review invitation also comes a week after the request, whatever its state, once per
request: a provider who never marks requests handled can still be reviewed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.models.contact import ContactRequest
from kring.models.outbox import OutboxMessage
from kring.models.provider import ProviderProfile
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, queued_mails, token_from
from tests.conftest import Mailbox, RunWorker
from tests.contacts.helpers import open_request
from tests.members.helpers import new_client
from tests.search.helpers import Provider, add_provider

ARRIVED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
invite = JOBS["contacts.invite_reviews"].run


async def _request(
    session: AsyncSession, profile: ProviderProfile, email: str = "jan@example.org"
) -> ContactRequest:
    return await open_request(session, profile, ARRIVED, name="Jan Janssen", email=email)


async def _invitations(session: AsyncSession, to: str = "jan@example.org") -> int:
    mails = await queued_mails(session, to)
    return sum(m["template"] == "review_invitation" for m in mails)


async def test_a_week_without_an_answer_brings_the_invitation_through_the_worker(
    app: FastAPI,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    async with committed() as session:
        bert = await add_provider(session, Provider("bert@example.org", "Bert"))
        row = await _request(session, bert)

    assert await invite(committed, settings, ARRIVED + timedelta(days=6, hours=23)) == 0
    assert await invite(committed, settings, ARRIVED + timedelta(days=7)) == 1
    assert await invite(committed, settings, ARRIVED + timedelta(days=7, hours=1)) == 0
    await run_worker()
    [mail] = mailbox()
    assert mail.to == "jan@example.org"
    assert mail.subject == "Hoe was uw ervaring met Bert?"
    assert "U vroeg Bert 7 dagen geleden om contact" in mail.text
    assert "heeft uw aanvraag afgehandeld" not in mail.text
    token = token_from(mail.text)

    async with new_client(app) as customer:
        review = await customer.post(
            "/api/v1/reviews", json={"token": token, "stars": 2, "text": "Nooit iets gehoord."}
        )
        assert review.status_code == 201, review.json()
        public = (await customer.get(f"/api/v1/providers/{bert.id}")).json()
    assert public["rating"] == {"average": 2.0, "count": 1}
    async with committed() as session:
        stored = await session.get(ContactRequest, row.id)
        assert stored is not None
        assert (stored.status, stored.review_invited_at) == ("new", ARRIVED + timedelta(days=7))


async def test_handling_and_the_week_invite_once_whichever_comes_first(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    handled_first = await _request(session, bert, "early@example.org")
    week_first = await _request(session, bert, "late@example.org")
    await log_in(client, "bert@example.org")
    headers = csrf(client, settings)

    done = await client.patch(
        f"/api/v1/provider/contact-requests/{handled_first.id}",
        headers=headers,
        json={"status": "handled"},
    )
    assert done.status_code == 200, done.json()
    assert await _invitations(session, "early@example.org") == 1
    # A week on, only the request nobody handled is invited.
    assert await invite(sessionmaker, settings, ARRIVED + timedelta(days=8)) == 1
    assert await _invitations(session, "early@example.org") == 1
    assert await _invitations(session, "late@example.org") == 1

    # Handling it now does not invite a second time (the link already sent stays good).
    await session.refresh(week_first)
    token_hash = week_first.review_token_hash
    assert token_hash is not None
    done = await client.patch(
        f"/api/v1/provider/contact-requests/{week_first.id}",
        headers=headers,
        json={"status": "handled"},
    )
    assert done.status_code == 200, done.json()
    assert await _invitations(session, "late@example.org") == 1
    await session.refresh(week_first)
    assert week_first.review_token_hash == token_hash


async def test_requests_to_providers_that_are_not_live_are_not_invited(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    offline = await add_provider(session, Provider("away@example.org", "Bert"))
    suspended = await add_provider(session, Provider("sus@example.org", "Sam", status="suspended"))
    await session.execute(
        update(User).where(User.id == offline.user_id).values(status="deactivated")
    )
    await session.execute(
        update(ProviderProfile).where(ProviderProfile.id == offline.id).values(status="offline")
    )
    await session.commit()
    await _request(session, offline, "a@example.org")
    await _request(session, suspended, "b@example.org")
    assert await invite(sessionmaker, settings, ARRIVED + timedelta(days=30)) == 0
    assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


async def test_the_number_of_days_is_a_setting(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await _request(session, bert)
    three = settings.model_copy(update={"review_invitation_after_days": 3})
    assert await invite(sessionmaker, three, ARRIVED + timedelta(days=2, hours=23)) == 0
    assert await invite(sessionmaker, three, ARRIVED + timedelta(days=3)) == 1
    [mail] = await queued_mails(session, "jan@example.org")
    assert mail["context"]["waited_days"] == "3"  # type: ignore[index]


async def test_two_workers_running_the_job_at_once_invite_each_request_once(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], redis: Redis, settings: Settings
) -> None:
    async with committed() as session:
        bert = await add_provider(session, Provider("bert@example.org", "Bert"))
        for i in range(40):
            await _request(session, bert, f"klant{i}@example.org")
    week = ARRIVED + timedelta(days=7)
    results = await asyncio.gather(
        invite(committed, settings, week), invite(committed, settings, week)
    )
    assert sum(results) == 40
    async with committed() as session:
        mails = list(await session.scalars(select(OutboxMessage)))
        assert sorted(m.payload["to"] for m in mails) == sorted(
            f"klant{i}@example.org" for i in range(40)
        )
        uninvited = await session.scalar(
            select(func.count())
            .select_from(ContactRequest)
            .where(ContactRequest.review_invited_at.is_(None))
        )
        assert uninvited == 0
