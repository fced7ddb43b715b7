"""The deadline jobs: remind providers on a request's last day; tell staff about overdue ones."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.kit.format import local_deadline
from kring.kit.working_days import AMSTERDAM
from kring.models.contact import ContactRequest, ContactStatus
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.notifications.service import queue_mail

BATCH_SIZE = 500
# Reminders wait for the morning: nobody wants a nudge at midnight.
REMIND_FROM = time(8, 0)


async def remind_last_day(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Unanswered requests due today (Amsterdam time) whose provider was not reminded yet."""
    local_now = now.astimezone(AMSTERDAM)
    if local_now.time() < REMIND_FROM:
        return 0
    end_of_today = datetime.combine(local_now.date() + timedelta(days=1), time.min, AMSTERDAM)
    reminded = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            rows = (
                await db.execute(
                    select(ContactRequest, User)
                    .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
                    .join(User, User.id == ProviderProfile.user_id)
                    .where(
                        ContactRequest.status == ContactStatus.new,
                        ContactRequest.reminded_at.is_(None),
                        ContactRequest.deadline_at >= now,
                        ContactRequest.deadline_at < end_of_today,
                    )
                    .order_by(ContactRequest.deadline_at)
                    .limit(BATCH_SIZE)
                    .with_for_update(of=ContactRequest, skip_locked=True)
                )
            ).all()
            for row, provider in rows:
                await queue_mail(
                    db,
                    to=provider.email,
                    template="contact_request_due_today",
                    language=provider.preferred_language,
                    context={
                        "first_name": provider.first_name,
                        "customer_name": row.name,
                        "answer_by": local_deadline(row.deadline_at, provider.preferred_language),
                        "link": f"{settings.public_url.rstrip('/')}/provider/requests/{row.id}",
                    },
                )
                row.reminded_at = now
            reminded += len(rows)
        if len(rows) < BATCH_SIZE:
            return reminded


async def report_overdue(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """One mail to staff listing the providers with requests that newly passed their deadline."""
    async with unit_of_work(sessionmaker) as db:
        rows = (
            await db.execute(
                select(ContactRequest, User.email)
                .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
                .join(User, User.id == ProviderProfile.user_id)
                .where(
                    ContactRequest.status == ContactStatus.new,
                    ContactRequest.overdue_reported_at.is_(None),
                    ContactRequest.deadline_at < now,
                )
                .with_for_update(of=ContactRequest, skip_locked=True)
            )
        ).all()
        if not rows:
            return 0
        per_provider = Counter(email for _row, email in rows)
        await queue_mail(
            db,
            to=settings.staff_email,
            template="contact_requests_overdue",
            language="nl",
            context={
                "count": str(len(rows)),
                "providers": "\n".join(
                    f"{email}: {count}" for email, count in sorted(per_provider.items())
                ),
            },
        )
        for row, _email in rows:
            row.overdue_reported_at = now
        return len(rows)
