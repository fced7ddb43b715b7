"""The scheduled jobs at the moments given, their mails delivered by the worker: a proposal still
waiting after 5 days gets one reminder to the helper, after 7 days it expires and the partner is
told, each in their own language. Two accepts of the same proposal at once: exactly one wins
(the row lock)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.models.helper import HelperProfile
from kring.models.match import MatchProposal
from kring.worker import _run_scheduled
from tests.accounts.helpers import log_in, queued_mails
from tests.conftest import Mailbox, RunWorker
from tests.members.helpers import Person, new_client
from tests.proposals.helpers import HELPER_PROPOSALS, helper, propose, searching_dossier


async def _status(
    committed: async_sessionmaker[AsyncSession], proposal_id: str
) -> tuple[str, bool]:
    async with committed() as session:
        proposal = await session.get(MatchProposal, proposal_id)
        assert proposal is not None
        return proposal.status, proposal.reminded_at is not None


async def test_one_reminder_after_five_days_then_expiry_after_seven(
    app: FastAPI,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
) -> None:
    async with committed() as session:
        sanne, dossier = await searching_dossier(app, session, settings, language="fr")
        henk = await helper(app, session, settings, language="en")
        sent = await propose(sanne, henk, dossier, meeting_at=None)
    await run_worker()
    [received] = [m for m in mailbox() if m.to == "henk@example.org"]
    assert received.subject == "Sanne proposes that you help Truus"
    assert f"/provider/proposals/{sent['id']}" in received.text
    assert "to be agreed" in received.text

    created = datetime.fromisoformat(sent["created_at"])

    async def run_jobs(at: datetime) -> None:
        # As the worker's cron runs them, at the moment given (as tests/partners do).
        await JOBS["proposals.remind"].run(committed, settings, at)
        await JOBS["proposals.expire"].run(committed, settings, at)

    await run_jobs(created + timedelta(days=4, hours=23))
    assert await _status(committed, sent["id"]) == ("sent", False)
    await run_jobs(created + timedelta(days=5, minutes=1))
    assert await _status(committed, sent["id"]) == ("sent", True)
    await run_jobs(created + timedelta(days=6))  # reminded once only
    await run_worker()
    reminders = [
        m for m in mailbox() if m.to == "henk@example.org" and m.subject.startswith("Reminder")
    ]
    assert [m.subject for m in reminders] == ["Reminder: a proposal for Truus awaits your answer"]
    assert f"/provider/proposals/{sent['id']}" in reminders[0].text

    await run_jobs(created + timedelta(days=7, minutes=1))
    assert await _status(committed, sent["id"]) == ("expired", True)
    await run_worker()
    [expired] = [m for m in mailbox() if m.to == "sanne@example.org"]
    assert expired.subject == "Henk n'a pas répondu à la proposition pour Truus"
    assert f"/partner/dossiers/{dossier['id']}" in expired.text
    # Expired, it can no longer be answered.
    late = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert late.status_code == 409


async def test_two_accepts_at_once_one_wins(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with committed() as session:
        sanne, dossier = await searching_dossier(app, session, settings)
        henk = await helper(app, session, settings)
        sent = await propose(sanne, henk, dossier)
    # The helper in two windows (two sessions).
    other = Person(henk.person.user, new_client(app), settings)
    assert (await log_in(other.client, "henk@example.org")).status_code == 200
    url = f"{HELPER_PROPOSALS}/{sent['id']}/acceptance"
    answers = await asyncio.gather(
        henk.person.call("POST", url, {"other_moment": None}),
        other.call("POST", url, {"other_moment": None}),
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    async with committed() as session:
        profile = await session.get(HelperProfile, henk.profile.id)
        assert profile is not None
        assert (profile.proposals_received, profile.proposals_answered) == (1, 1)


async def test_the_worker_cron_reads_the_clock(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    """The worker's cron entry reads the time itself: moved with time-machine, the same
    proposal is reminded after 5 days and expires after 7 (mails in the outbox)."""
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings, language="fr")
    sent = await propose(sanne, henk, dossier)
    created = datetime.fromisoformat(sent["created_at"])
    context = {"sessionmaker": sessionmaker, "settings": settings}
    with time_machine.travel(created + timedelta(days=5, minutes=1), tick=False):
        await _run_scheduled(context, "proposals.remind")
        await _run_scheduled(context, "proposals.expire")
    with time_machine.travel(created + timedelta(days=7, minutes=1), tick=False):
        await _run_scheduled(context, "proposals.remind")
        await _run_scheduled(context, "proposals.expire")
    to_helper = [m["template"] for m in await queued_mails(session, "henk@example.org")]
    assert to_helper == ["proposal_received", "proposal_reminder"]
    [expired] = await queued_mails(session, "sanne@example.org")
    assert (expired["template"], expired["language"]) == ("proposal_expired", "nl")
    proposal = await session.get(MatchProposal, sent["id"], populate_existing=True)
    assert proposal is not None
    assert proposal.status == "expired"
