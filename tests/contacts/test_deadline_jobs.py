"""The deadline jobs: a reminder on the last day (from 08:00, once) and one report to staff
about requests that passed their deadline (once each)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.working_days import AMSTERDAM
from kring.models.contact import ContactRequest
from tests.accounts.helpers import queued_mails
from tests.contacts.helpers import open_request
from tests.search.helpers import Provider, add_provider


async def _request(session: AsyncSession, arrived: datetime, email: str) -> ContactRequest:
    return await open_request(
        session, await add_provider(session, Provider(email, "Bert")), arrived
    )


async def test_the_provider_is_reminded_on_the_last_day_once(
    committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    monday = datetime(2026, 11, 30, 10, tzinfo=AMSTERDAM)  # due Wednesday 2 December
    async with committed() as session:
        await _request(session, monday, "bert@example.org")
    remind = JOBS["contacts.remind_last_day"].run
    assert await remind(committed, settings, datetime(2026, 12, 1, 9, tzinfo=AMSTERDAM)) == 0
    assert await remind(committed, settings, datetime(2026, 12, 2, 7, tzinfo=AMSTERDAM)) == 0
    assert await remind(committed, settings, datetime(2026, 12, 2, 8, tzinfo=AMSTERDAM)) == 1
    assert await remind(committed, settings, datetime(2026, 12, 2, 15, tzinfo=AMSTERDAM)) == 0
    async with committed() as session:
        mails = await queued_mails(session, "bert@example.org")
    assert [m["template"] for m in mails] == ["contact_request_due_today"]
    assert mails[0]["context"]["answer_by"] == "woensdag 2 december 2026 23:59"  # type: ignore[index]


async def test_staff_hear_once_about_overdue_requests(
    committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    monday = datetime(2026, 11, 30, 10, tzinfo=AMSTERDAM)
    async with committed() as session:
        answered = await _request(session, monday, "sara@example.org")
        answered.status, answered.answered_at = "in_progress", monday
        await session.commit()
        await _request(session, monday, "bert@example.org")
    report = JOBS["contacts.report_overdue"].run
    thursday = datetime(2026, 12, 3, 0, 30, tzinfo=AMSTERDAM)
    assert await report(committed, settings, datetime(2026, 12, 2, 23, tzinfo=AMSTERDAM)) == 0
    assert await report(committed, settings, thursday) == 1
    assert await report(committed, settings, thursday.astimezone(UTC)) == 0
    async with committed() as session:
        [mail] = await queued_mails(session, settings.staff_email)
        rows = list(await session.scalars(select(ContactRequest)))
    assert mail["template"] == "contact_requests_overdue"
    assert mail["context"] == {"count": "1", "providers": "bert@example.org: 1"}
    assert sum(r.overdue_reported_at is not None for r in rows) == 1
