"""The whole thread on committed data: asked, in the care manager's queue with its age,
answered, mailed by the worker in the asker's language, unread on the asker's list until read;
and two staff members answering at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread
from kring.models.outbox import OutboxMessage
from tests.conftest import Mailbox, RunWorker
from tests.correspondence.helpers import world


async def test_a_question_answered_reaches_the_asker_by_mail_and_on_the_home_page(
    app: FastAPI,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
) -> None:
    async with committed() as session:
        w = await world(app, session, settings)
    asked = await w.ask(project=w.project)
    async with committed() as session:
        thread = CorrespondenceThread
        await session.execute(
            update(thread)
            .where(thread.id == asked["id"])
            .values(awaiting_answer_since=thread.awaiting_answer_since - timedelta(days=3))
        )
        await session.commit()
    [waiting] = await w.queue(w.carla)
    assert (waiting["id"], waiting["waiting_days"]) == (asked["id"], 3)
    answer = "Dat kan: we plannen op 24 december een extra avonddienst in. " + "Groet. " * 80
    assert (await w.answer(w.carla, asked["id"], answer)).status_code == 200
    await run_worker()
    [mail] = [m for m in mailbox() if m.to == "petra@linde.example" and "Extra" in m.subject]
    # Petra reads French; Carla wrote in Dutch.
    assert mail.subject == "Réponse à votre question : Extra dienst"
    assert "Dat kan: we plannen op 24 december een extra avonddienst in." in mail.text
    assert "Carla" in mail.text
    # An excerpt: the whole answer is in the portal.
    assert answer.strip() not in mail.text
    assert f"/pro/correspondence/{asked['id']}" in mail.text
    [listed] = await w.mine()
    assert (listed["id"], listed["unread"]) == (asked["id"], True)
    assert await w.unread() == 1
    read = await w.petra.call("GET", w.url(f"/correspondence/{asked['id']}"))
    assert read.json()["messages"][-1]["body"] == answer.strip()
    assert (await w.mine())[0]["unread"] is False
    assert await w.unread() == 0
    async with committed() as session:
        actions = set(
            await session.scalars(
                select(AuditEvent.action).where(AuditEvent.subject_id == asked["id"])
            )
        )
    assert actions == {
        "correspondence.asked",
        "correspondence.viewed",
        "correspondence.answered",
    }


async def test_two_staff_answering_at_once_land_two_answers_and_one_mail(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Under the thread's lock the second answer sees the first one unread: no second mail."""
    async with committed() as session:
        w = await world(app, session, settings)
    asked = await w.ask(project=w.project)
    answers = await asyncio.gather(
        w.answer(w.carla, asked["id"], "Eerste antwoord."),
        w.answer(w.bea, asked["id"], "Tweede antwoord."),
    )
    assert [a.status_code for a in answers] == [200, 200]
    async with committed() as session:
        supplier = await session.scalar(
            select(func.count()).where(
                CorrespondenceMessage.thread_id == asked["id"],
                CorrespondenceMessage.from_supplier.is_(True),
            )
        )
        mails = await session.scalar(
            select(func.count()).where(
                OutboxMessage.payload["template"].astext == "question_answered"
            )
        )
        thread = await session.get(CorrespondenceThread, asked["id"])
    assert (supplier, mails) == (2, 1)
    assert thread is not None
    assert thread.awaiting_answer_since is None
    assert thread.answered_at == thread.last_message_at


async def test_answering_while_the_asker_closes_is_one_or_the_other(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """The close and the answer take the same lock: an answer after the close is refused."""
    async with committed() as session:
        w = await world(app, session, settings)
    asked = await w.ask(project=w.project)
    closing, answering = await asyncio.gather(
        w.petra.call("POST", w.url(f"/correspondence/{asked['id']}/close")),
        w.answer(w.carla, asked["id"]),
    )
    assert closing.status_code == 200
    assert answering.status_code in (200, 409)
    async with committed() as session:
        thread = await session.get(CorrespondenceThread, asked["id"])
        answered = await session.scalar(
            select(func.count()).where(
                CorrespondenceMessage.thread_id == asked["id"],
                CorrespondenceMessage.from_supplier.is_(True),
            )
        )
    assert thread is not None
    assert thread.status == "closed"
    assert thread.awaiting_answer_since is None
    assert answered == (1 if answering.status_code == 200 else 0)
