"""The partner access job: tell the staff mailbox of requests still open 40 hours after they
came in, so the 48-hour promise is kept."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.kit.format import local_deadline
from kring.kit.links import portal_link
from kring.notifications.service import queue_mail
from kring.partners import repository
from kring.partners.service import ANSWER_WITHIN, REMIND_STAFF_AFTER

BATCH_SIZE = 200


async def remind_staff(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """One mail listing the requests that newly passed 40 hours; each is listed once."""
    async with unit_of_work(sessionmaker) as db:
        statement = repository.near_deadline(now, ANSWER_WITHIN - REMIND_STAFF_AFTER, BATCH_SIZE)
        rows = (await db.execute(statement)).all()
        if not rows:
            return 0
        await queue_mail(
            db,
            to=settings.staff_email,
            template="partner_access_overdue",
            language="nl",
            context={
                "count": str(len(rows)),
                "requests": "\n".join(
                    f"{row.requester_name} ({row.organisation_shown}):"
                    f" {local_deadline(row.PartnerAccessRequest.deadline_at, 'nl')}"
                    for row in rows
                ),
                "link": portal_link(settings, "admin", "partner-access"),
            },
        )
        await db.execute(
            repository.mark_reminded([row.PartnerAccessRequest.id for row in rows], now)
        )
        return len(rows)
