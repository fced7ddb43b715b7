"""A contact person added by an admin has the activation e-mail within 60 minutes."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.models.organisation import Membership, Organisation
from kring.models.user import User, UserStatus
from tests.conftest import Mailbox, RunWorker

PROMISED = timedelta(minutes=60)


def test_the_job_runs_often_enough_to_keep_the_promise_all_day() -> None:
    next_cron = importlib.import_module("arq.cron").next_cron
    schedule = JOBS["members.send_activations"].schedule
    runs, moment = [], datetime(2026, 11, 23, 0, 0, 1, tzinfo=UTC)
    for _ in range(24 * 6 + 1):
        moment = next_cron(moment, **schedule)
        runs.append(moment)
    assert runs[-1] - runs[0] >= timedelta(hours=24)
    # The longest wait for the next run, plus the outbox's first retry, stays under the hour.
    assert max(b - a for a, b in pairwise(runs)) + timedelta(seconds=10) < PROMISED


async def test_the_worker_delivers_the_activation_mail_after_the_next_run(
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    async with committed() as session:
        organisation = Organisation(kind="care_organisation", name="Zorggroep De Linde")
        user = User(
            email="daan@linde.example", first_name="Daan", status=UserStatus.invited, language="en"
        )
        session.add_all([organisation, user])
        await session.flush()
        session.add(Membership(user_id=user.id, organisation_id=organisation.id))
        await session.commit()
    added_at = datetime.now(UTC)

    # The worst case: the person was added just after a run, so the next one is a gap later.
    gap = timedelta(minutes=10)
    assert await JOBS["members.send_activations"].run(committed, settings, added_at + gap) == 1
    await run_worker()
    [mail] = mailbox()
    assert mail.to == "daan@linde.example"
    assert mail.subject == "Activate your Kring account"
    assert f"{settings.public_url}/pro/activate?token=" in mail.text
    async with committed() as session:
        stored = await session.get(User, user.id)
        assert stored is not None
        assert stored.activation_sent_at is not None
        assert stored.activation_sent_at - added_at <= PROMISED
