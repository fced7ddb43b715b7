"""The contact request jobs: remind providers on a request's last day; tell staff about overdue
ones; invite a review when a request is a week old. Only for providers whose account is active:
a deactivated or erased provider's requests wait (or are anonymised) out of sight."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.contacts import repository
from kring.kit.db import unit_of_work
from kring.kit.format import local_deadline
from kring.kit.links import portal_link
from kring.kit.working_days import AMSTERDAM
from kring.models.contact import ContactStatus
from kring.notifications.service import queue_mail, queue_mails
from kring.reviews.service import review_invitation

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
            rows = (await db.execute(repository.due_today(now, end_of_today, BATCH_SIZE))).all()
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
                        "link": portal_link(settings, "provider", f"requests/{row.id}"),
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
        rows = (await db.execute(repository.newly_overdue(now))).all()
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


async def invite_reviews(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Invite a review of requests to live providers open for the set days, whatever the state."""
    # Handling a request invites at once; whichever comes first counts, once per request.
    days = settings.review_invitation_after_days
    due = now - timedelta(days=days)
    invited = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            rows = (await db.execute(repository.due_for_review_invitation(due, BATCH_SIZE))).all()
            invitations = {
                row.id: review_invitation(
                    settings,
                    to=row.email,
                    name=row.name,
                    language=row.language,
                    provider_name=row.User.display_name,
                    waited_days=None if row.status == ContactStatus.handled else days,
                )
                for row in rows
            }
            marked = list(
                await db.scalars(
                    repository.MARK_INVITED,
                    {
                        "now": now,
                        "ids": list(invitations),
                        "hashes": [token_hash for token_hash, _mail in invitations.values()],
                    },
                )
            )
            await queue_mails(db, [invitations[request_id][1] for request_id in marked])
            invited += len(marked)
        if len(rows) < BATCH_SIZE:
            return invited
