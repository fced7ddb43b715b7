"""Two staff members make the same run at once, each in their own session and transaction: one
run is made, the other is told the month has one, and no entry is settled twice."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.timesheet import PaymentRun, PaymentRunLine, TimesheetEntry
from tests.members.helpers import person
from tests.payment_runs.helpers import (
    RUNS,
    admin,
    day,
    engage,
    entry,
    months_back,
    paid_helper,
    side,
    text,
)


async def test_two_staff_making_the_same_run_at_once_make_one(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    month = months_back(1)
    async with committed() as session:
        truus = await side(app, session, settings, "sanne@example.org")
        henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
        work = await engage(truus, henk)
        for number in range(1, 21):
            await entry(session, work, day(month, number), 60)
        ada = await admin(app, session, settings)
        bo = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="admin")
    body = {"month": text(month)}
    answers = await asyncio.gather(ada.call("POST", RUNS, body), bo.call("POST", RUNS, body))
    assert sorted(a.status_code for a in answers) == [201, 409], [a.json() for a in answers]
    [made] = [a.json() for a in answers if a.status_code == 201]
    assert (made["entries"], made["collected_cents"], made["paid_cents"]) == (20, 40000, 40000)
    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(PaymentRun)) == 1
        runs = await session.execute(
            select(
                TimesheetEntry.payment_run_id, func.count(), func.sum(TimesheetEntry.settled_cents)
            ).group_by(TimesheetEntry.payment_run_id)
        )
        assert [(str(r[0]), r[1], r[2]) for r in runs] == [(made["id"], 20, 40000)]
        lines = await session.scalar(select(func.count()).select_from(PaymentRunLine))
        assert lines == 2


async def test_runs_for_two_months_at_once_take_each_entry_once(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Whichever comes first, the later month's run takes what the earlier left; a run for the
    earlier month after the later one is refused."""
    earlier, month = months_back(2), months_back(1)
    async with committed() as session:
        truus = await side(app, session, settings, "sanne@example.org")
        henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
        work = await engage(truus, henk)
        for number in range(1, 11):
            await entry(session, work, day(earlier, number), 60)
            await entry(session, work, day(month, number), 30)
        ada = await admin(app, session, settings)
        bo = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="admin")
    answers = await asyncio.gather(
        ada.call("POST", RUNS, {"month": text(earlier)}),
        bo.call("POST", RUNS, {"month": text(month)}),
    )
    statuses = [a.status_code for a in answers]
    assert statuses in ([201, 201], [409, 201]), [a.json() for a in answers]
    async with committed() as session:
        in_runs = await session.scalar(
            select(func.count()).where(TimesheetEntry.payment_run_id.is_not(None))
        )
        assert in_runs == 20
        collected = await session.scalar(select(func.sum(PaymentRun.collected_cents)))
        assert collected == 10 * 2000 + 10 * 1000
