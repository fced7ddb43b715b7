"""The batched e-mail through the worker, with a time machine: nothing before 15 minutes; one
e-mail for three messages in two conversations at 15; a message after that e-mail waits its
own 15 minutes; what was read in time is not mailed; nothing from a blocked person."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.clock import SYSTEM_CLOCK
from tests.conftest import Mailbox, RunWorker
from tests.neighbour_messages.helpers import CONVERSATIONS, FixedClock, World, world

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
notify = JOBS["neighbour_messages.notify_unread"].run


@pytest.fixture
async def clock(app: FastAPI) -> AsyncIterator[FixedClock]:
    app.state.clock = FixedClock(T0)
    yield app.state.clock
    app.state.clock = SYSTEM_CLOCK


@pytest.fixture
async def cw(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> World:
    async with committed() as session:
        return await world(app, session, settings)


def _to(mailbox: Mailbox, address: str) -> list[str]:
    """The subjects of the unread-messages mails to `address` (not the sign-up's)."""
    return [m.subject for m in mailbox() if m.to == address and "Kring" not in m.subject]


async def test_one_mail_for_three_messages_in_two_conversations(
    cw: World,
    clock: FixedClock,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
) -> None:
    w = cw
    one = await w.started(w.bert, "Een", to_user_id=w.anna.user.id)
    clock.moment = T0 + timedelta(minutes=1)
    await w.write(w.bert, one["id"], "Twee")
    await w.started(w.wim, "Drie", to_user_id=w.anna.user.id)
    assert await notify(committed, settings, T0 + timedelta(minutes=14)) == 0
    assert await notify(committed, settings, T0 + timedelta(minutes=15)) == 1
    assert await notify(committed, settings, T0 + timedelta(minutes=16)) == 0
    await run_worker()
    [subject] = _to(mailbox, "anna@buren.example")
    assert subject == "Er wachten berichten in 2 gesprekken op je"
    [mail] = [m for m in mailbox() if m.subject == subject]
    assert "/partner/berichten" in mail.text
    for body in ("Een", "Twee", "Drie"):
        assert f"\n{body}\n" not in mail.text
    # Bert and Wim wrote, read nothing unread: no mail.
    assert _to(mailbox, "bert@buren.example") == []
    # A new message after the mail waits its own 15 minutes.
    clock.moment = T0 + timedelta(minutes=20)
    await w.write(w.bert, one["id"], "Vier")
    assert await notify(committed, settings, T0 + timedelta(minutes=34)) == 0
    assert await notify(committed, settings, T0 + timedelta(minutes=35)) == 1
    await run_worker()
    # Still one conversation waits (Wim's is unread too, and mailed about already: counted).
    assert _to(mailbox, "anna@buren.example") == [subject, subject]


async def test_read_in_time_or_from_a_blocked_person_is_not_mailed(
    cw: World,
    clock: FixedClock,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
) -> None:
    w = cw
    one = await w.started(w.bert, "Een", to_user_id=w.anna.user.id)
    clock.moment = T0 + timedelta(minutes=10)
    assert (await w.anna.call("POST", f"{CONVERSATIONS}/{one['id']}/read")).status_code == 200
    assert await notify(committed, settings, T0 + timedelta(minutes=30)) == 0
    # Wim writes; Anna blocks him before 15 minutes pass.
    await w.started(w.wim, "Hallo", to_user_id=w.anna.user.id)
    assert (await w.anna.call("PUT", f"/api/v1/me/blocks/{w.wim.user.id}")).status_code == 200
    assert await notify(committed, settings, T0 + timedelta(minutes=60)) == 0
    # The French reader gets French.
    async with committed() as session:
        from sqlalchemy import update

        from kring.models.user import User

        await session.execute(update(User).where(User.id == w.bert.user.id).values(language="fr"))
        await session.commit()
    clock.moment = T0 + timedelta(minutes=61)
    await w.write(w.anna, one["id"], "Dank je")
    assert await notify(committed, settings, T0 + timedelta(minutes=76)) == 1
    await run_worker()
    assert _to(mailbox, "bert@buren.example") == ["Un message d'un voisin vous attend"]
    assert _to(mailbox, "anna@buren.example") == []
