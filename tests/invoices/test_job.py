"""The monthly job: at a month's start, the previous month's invoice of every project with
confirmed shifts of it not invoiced yet; a second run (or two workers at once) makes none
twice, and other months wait for staff."""

from __future__ import annotations

import asyncio
from datetime import date

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.invoices.tasks import make_monthly_invoices
from kring.jobs import JOBS
from kring.kit.clock import SYSTEM_CLOCK
from kring.models.audit import AuditEvent
from kring.models.invoice import Invoice
from tests.invoices.helpers import at, world


async def test_the_job_invoices_the_previous_month_once(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    session = committed()
    try:
        w = await world(app, session, settings)
        await w.shift(date(2026, 10, 30))  # an earlier month: waits for staff
        await w.shift(date(2026, 11, 3))
        await w.shift(date(2026, 11, 30), "22:00", "06:00", break_minutes=0)
        await w.shift(date(2026, 11, 4), project=w.their_project)
        await w.shift(date(2026, 11, 5), confirmed=False, project=w.their_project)
        await w.shift(date(2026, 12, 1))
        now = at(date(2026, 12, 1), 5)
        made = await asyncio.gather(
            make_monthly_invoices(committed, settings, now),
            make_monthly_invoices(committed, settings, now),
        )
        assert sum(made) == 2
        assert await make_monthly_invoices(committed, settings, now) == 0
        async with committed() as check:
            invoices = (
                await check.execute(
                    select(
                        Invoice.project_id,
                        Invoice.period_start,
                        Invoice.number,
                        Invoice.total_cents,
                        Invoice.created_by_id,
                    ).order_by(Invoice.number)
                )
            ).all()
            assert {(i.project_id, i.period_start) for i in invoices} == {
                (w.project.id, date(2026, 11, 1)),
                (w.their_project.id, date(2026, 11, 1)),
            }
            assert [i.number for i in invoices] == ["2026-000001", "2026-000002"]
            ours = next(i for i in invoices if i.project_id == w.project.id)
            # 8 hours (08:00-16:30, half an hour break) and 8 hours overnight, at EUR 50.
            assert ours.total_cents == 16 * 5000
            assert all(i.created_by_id is None for i in invoices)
            events = await check.scalar(
                select(func.count()).where(AuditEvent.action == "invoice.made")
            )
            assert events == 2
    finally:
        app.state.clock = SYSTEM_CLOCK
        await session.close()


def test_the_job_is_scheduled_at_the_start_of_the_month() -> None:
    job = JOBS["invoices.make_monthly"]
    assert job.schedule["day"] == {1, 2}
