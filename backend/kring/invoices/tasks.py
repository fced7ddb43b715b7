"""The invoices' job: at the start of a month, the previous month's invoice of every project
with confirmed shifts of it not invoiced yet. Set-based, in batches of locked projects (those
another worker holds are skipped: it makes theirs), so two workers can run it at once, and a
second run finds nothing left to do."""

from __future__ import annotations

from datetime import datetime

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.audit import service as audit
from kring.auth.principal import SYSTEM
from kring.config import Settings
from kring.invoices import repository
from kring.invoices.service import last_day, make_for_month, previous_month
from kring.kit.db import unit_of_work
from kring.kit.working_days import AMSTERDAM

log = structlog.get_logger(__name__)

BATCH = 50


async def make_monthly_invoices(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Returns how many invoices were made."""
    today = now.astimezone(AMSTERDAM).date()
    start = previous_month(today)
    end = last_day(start)
    made = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            projects = await repository.projects_to_invoice(db, start, end, BATCH)
            for project_id in projects:
                project = await repository.locked_project(db, project_id)
                assert project is not None  # locked just above
                invoice = await make_for_month(db, project, start, today, None)
                await audit.record(
                    db,
                    SYSTEM,
                    "invoice.made",
                    subject_type="invoice",
                    subject_id=invoice.id,
                    organisation_id=invoice.organisation_id,
                    details={
                        "number": invoice.number,
                        "month": f"{start:%Y-%m}",
                        "project": str(project.id),
                    },
                )
                made += 1
        if len(projects) < BATCH:
            log.info("invoices.made", month=f"{start:%Y-%m}", invoices=made)
            return made
