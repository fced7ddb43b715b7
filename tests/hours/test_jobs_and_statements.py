"""The hours jobs at the moments given (a helper without hours this week, approvers from the 1st,
staff from the 8th), each notice once even when two workers run the job at the same moment; and
the monthly statements, listed and read back from the PDF (the totals match)."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta
from typing import Any

import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.working_days import AMSTERDAM
from kring.models.timesheet import HoursNotice
from kring.worker import _run_scheduled
from tests.accounts.helpers import queued_mails
from tests.dossiers.helpers import signed_in
from tests.dossiers.test_export import _proxy
from tests.hours.helpers import RATE, days_ago, engaged_since, month_of
from tests.pdf import pdf_text


def _first_of_next_month(day: Any) -> datetime:
    following = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return datetime.combine(following, time(9, 55), AMSTERDAM)


async def _templates(committed: async_sessionmaker[AsyncSession], to: str) -> list[Any]:
    async with committed() as session:
        return [mail["template"] for mail in await queued_mails(session, to)]


async def test_helpers_without_hours_this_week_get_one_reminder(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with committed() as session:
        quiet = await engaged_since(app, session, settings)
    job = JOBS["hours.remind_loggers"]
    now = datetime.now(AMSTERDAM)
    # Two workers at the same moment: one reminder.
    counts = await asyncio.gather(
        job.run(committed, settings, now), job.run(committed, settings, now)
    )
    assert sorted(counts) == [0, 1]
    assert await job.run(committed, settings, now + timedelta(hours=1)) == 0
    reminders = [
        t for t in await _templates(committed, "henk@example.org") if t == "hours_log_reminder"
    ]
    assert reminders == ["hours_log_reminder"]
    # Once they log, next week brings no reminder while the hours are recent.
    await quiet.logged(days_ago(1))
    assert await job.run(committed, settings, now + timedelta(days=3)) == 0


async def test_approvers_from_the_first_and_staff_from_the_eighth(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with committed() as session:
        e = await engaged_since(app, session, settings)
        await _proxy(
            app,
            session,
            settings,
            e.partner,
            e.dossier["id"],
            ["view", "approve_hours"],
            "approver@example.org",
            "Appie",
        )
        await _proxy(app, session, settings, e.partner, e.dossier["id"], ["view"])
    day = days_ago(40)
    await e.logged(day)
    first = _first_of_next_month(day)
    approvers = JOBS["hours.remind_approvers"]
    escalate = JOBS["hours.escalate_overdue"]
    # On the last day of the month itself, the month is not over: nobody yet.
    assert await approvers.run(committed, settings, first - timedelta(days=1)) == 0
    assert await approvers.run(committed, settings, first) == 2
    assert await approvers.run(committed, settings, first + timedelta(days=1)) == 0
    assert "hours_approve_reminder" in await _templates(committed, "sanne@example.org")
    [to_approver] = [
        m
        for m in await _all(committed, "approver@example.org")
        if m["template"] == "hours_approve_reminder"
    ]
    assert to_approver["context"]["entries"] == "1"
    assert to_approver["context"]["help_seeker_names"] == "Truus"
    # The view-only proxy is not asked.
    assert "hours_approve_reminder" not in await _templates(committed, "buur@example.org")

    assert await escalate.run(committed, settings, first + timedelta(days=6)) == 0
    counts = await asyncio.gather(
        escalate.run(committed, settings, first + timedelta(days=7)),
        escalate.run(committed, settings, first + timedelta(days=7)),
    )
    assert sorted(counts) == [0, 1]
    assert await escalate.run(committed, settings, first + timedelta(days=8)) == 0
    [overdue] = [
        m for m in await _all(committed, settings.staff_email) if m["template"] == "hours_overdue"
    ]
    assert (overdue["context"]["dossiers"], overdue["context"]["entries"]) == ("1", "1")
    assert overdue["context"]["link"].endswith("/admin/hours/overdue")
    async with committed() as session:
        notices = await session.scalar(select(func.count()).select_from(HoursNotice))
    assert notices == 3


async def _all(committed: async_sessionmaker[AsyncSession], to: str) -> list[Any]:
    async with committed() as session:
        return list(await queued_mails(session, to))


async def test_statements_list_and_pdf_totals(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    day = days_ago(1)
    # 3:00 + 2:15 (2:45 less a 30-minute break) = 5:15 on one day.
    await e.logged(day, "09:00", "12:00")
    answer = await e.log(day, "13:00", "15:45", break_minutes=30)
    assert answer.status_code == 201
    month = month_of(day)
    await e.partner.call("POST", f"{e.hours_url}/approval", {"month": month})
    amount = 315 * RATE // 60

    [mine] = (await e.helper.person.client.get("/api/v1/helper/statements")).json()
    assert (mine["month"], mine["days"], mine["minutes"], mine["amount_cents"]) == (
        month,
        1,
        315,
        amount,
    )
    [theirs] = (await e.partner.client.get(f"/api/v1/dossiers/{e.dossier['id']}/statements")).json()
    assert theirs == mine

    url = f"/api/v1/engagements/{e.engagement['id']}/statements/{month}"
    pdf = await e.partner.client.get(url, headers={"Accept-Language": "nl"})
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    text = pdf_text(pdf.content)
    for shown in (b"Uren van", b"5:15", b"3:00", b"2:15", b"0:30", b"105,00", b"20,00", b"Henk"):
        assert shown in text, shown
    # A view-only proxy reads the hours without the money.
    viewer = await _proxy(app, session, settings, e.partner, e.dossier["id"], ["view"])
    [seen] = (await viewer.client.get(f"/api/v1/dossiers/{e.dossier['id']}/statements")).json()
    assert (seen["minutes"], seen["amount_cents"]) == (315, None)
    bare = pdf_text((await viewer.client.get(url, headers={"Accept-Language": "en"})).content)
    assert b"5:15" in bare
    assert b"105.00" not in bare
    assert b"105,00" not in bare
    # A month without approved hours has no statement; a stranger reaches none.
    assert (await e.partner.client.get(url.replace(month, "2020-01"))).status_code == 404
    stranger = await signed_in(app, session, settings, "vreemd@example.org", "Vreemd")
    assert (await stranger.client.get(url)).status_code == 404


async def test_a_volunteers_statement_has_hours_only(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings, paid=False)
    day = days_ago(2)
    entry = await e.logged(day, "10:00", "11:30")
    assert entry["amount_cents"] is None
    await e.partner.call("POST", f"{e.hours_url}/{entry['id']}/approval")
    url = f"/api/v1/engagements/{e.engagement['id']}/statements/{month_of(day)}"
    text = pdf_text(
        (await e.helper.person.client.get(url, headers={"Accept-Language": "fr"})).content
    )
    assert "Bénévole : heures seulement".encode("latin-1") in text
    assert b"1:30" in text


async def test_the_worker_cron_reads_the_clock_for_the_hours_jobs(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    """The worker's cron entries read the time themselves: moved with time-machine to the 1st
    and the 8th of the month after some hours, the approver and then staff are told."""
    e = await engaged_since(app, session, settings)
    day = days_ago(40)
    await e.logged(day)
    first = _first_of_next_month(day)
    context = {"sessionmaker": sessionmaker, "settings": settings}
    jobs = ("hours.remind_loggers", "hours.remind_approvers", "hours.escalate_overdue")
    with time_machine.travel(first - timedelta(days=1), tick=False):
        for job in jobs:
            await _run_scheduled(context, job)
    to_manager = [m["template"] for m in await queued_mails(session, "sanne@example.org")]
    assert "hours_approve_reminder" not in to_manager
    with time_machine.travel(first, tick=False):
        for job in jobs:
            await _run_scheduled(context, job)
    to_manager = [m["template"] for m in await queued_mails(session, "sanne@example.org")]
    assert to_manager.count("hours_approve_reminder") == 1
    staff = [m["template"] for m in await queued_mails(session, settings.staff_email)]
    assert "hours_overdue" not in staff
    with time_machine.travel(first + timedelta(days=7), tick=False):
        for job in jobs:
            await _run_scheduled(context, job)
    staff = [m["template"] for m in await queued_mails(session, settings.staff_email)]
    assert staff.count("hours_overdue") == 1
