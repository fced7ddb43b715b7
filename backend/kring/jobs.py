"""Scheduled jobs: each runs from arq cron and from `kring jobs run NAME --now ...`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import outbox

JobRunner = Callable[[async_sessionmaker[AsyncSession], Settings, datetime], Awaitable[Any]]


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    description: str
    run: JobRunner
    schedule: dict[str, Any] = field(default_factory=dict)


async def _sweep_outbox(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    return await outbox.sweep(
        sessionmaker,
        older_than=timedelta(seconds=settings.outbox_sweep_age_seconds),
        batch_size=settings.outbox_sweep_batch,
        now=now,
    )


async def _account_lifecycle(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> dict[str, int]:
    from kring.accounts.lifecycle import run_lifecycle

    return await run_lifecycle(sessionmaker, settings, now)


async def _send_activations(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.members.tasks import send_activations

    return await send_activations(sessionmaker, settings, now)


async def _remind_last_day(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.contacts.tasks import remind_last_day

    return await remind_last_day(sessionmaker, settings, now)


async def _report_overdue(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.contacts.tasks import report_overdue

    return await report_overdue(sessionmaker, settings, now)


async def _invite_reviews(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.contacts.tasks import invite_reviews

    return await invite_reviews(sessionmaker, settings, now)


async def _remind_partner_access(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.partners.tasks import remind_staff

    return await remind_staff(sessionmaker, settings, now)


async def _remind_proposals(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.proposals.tasks import remind_helpers

    return await remind_helpers(sessionmaker, settings, now)


async def _expire_proposals(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.proposals.tasks import expire

    return await expire(sessionmaker, settings, now)


async def _remind_hour_loggers(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.hours.tasks import remind_loggers

    return await remind_loggers(sessionmaker, settings, now)


async def _remind_hour_approvers(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.hours.tasks import remind_approvers

    return await remind_approvers(sessionmaker, settings, now)


async def _escalate_overdue_hours(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.hours.tasks import escalate_overdue

    return await escalate_overdue(sessionmaker, settings, now)


async def _hide_ended_trajectories(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.orders.tasks import hide_ended_trajectories

    return await hide_ended_trajectories(sessionmaker, settings, now)


async def _make_monthly_invoices(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.invoices.tasks import make_monthly_invoices

    return await make_monthly_invoices(sessionmaker, settings, now)


async def _notify_unread_neighbour_messages(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    from kring.neighbour_messages.tasks import notify_unread

    return await notify_unread(sessionmaker, settings, now)


JOBS: dict[str, ScheduledJob] = {
    job.name: job
    for job in [
        ScheduledJob(
            name="outbox.sweep",
            description="Re-enqueue outbox rows still pending after the set age (lost jobs).",
            run=_sweep_outbox,
            schedule={"second": 0},
        ),
        ScheduledJob(
            name="accounts.lifecycle",
            description="Warn, deactivate (6 months) and delete (2 years) inactive accounts.",
            run=_account_lifecycle,
            schedule={"hour": 3, "minute": 17, "second": 0},
        ),
        ScheduledJob(
            name="members.send_activations",
            description="Mail the activation link to contact persons that admins added.",
            run=_send_activations,
            # Every 10 minutes: well within the 60 promised to a new contact person.
            schedule={"minute": set(range(0, 60, 10)), "second": 0},
        ),
        ScheduledJob(
            name="contacts.remind_last_day",
            description="Remind providers of unanswered contact requests due today (from 08:00).",
            run=_remind_last_day,
            schedule={"minute": 5, "second": 0},
        ),
        ScheduledJob(
            name="contacts.report_overdue",
            description="Tell staff which providers let contact requests pass their deadline.",
            run=_report_overdue,
            schedule={"minute": 20, "second": 0},
        ),
        ScheduledJob(
            name="contacts.invite_reviews",
            description="Invite a review of requests open for a week, handled or not (once).",
            run=_invite_reviews,
            schedule={"minute": 35, "second": 0},
        ),
        ScheduledJob(
            name="partners.remind_staff",
            description="Tell staff of partner access requests open for 40 hours (of 48).",
            run=_remind_partner_access,
            schedule={"minute": {2, 17, 32, 47}, "second": 0},
        ),
        ScheduledJob(
            name="proposals.remind",
            description="Remind helpers once of a match proposal still unanswered after 5 days.",
            run=_remind_proposals,
            schedule={"minute": {7, 37}, "second": 0},
        ),
        ScheduledJob(
            name="proposals.expire",
            description="Expire match proposals unanswered after 7 days; tell the partner.",
            run=_expire_proposals,
            schedule={"minute": {12, 27, 42, 57}, "second": 0},
        ),
        # The hours jobs claim each notice once (per week or month), so hourly runs are safe.
        ScheduledJob(
            name="hours.remind_loggers",
            description="Remind helpers who logged no hours for a running engagement this week.",
            run=_remind_hour_loggers,
            schedule={"hour": set(range(9, 21)), "minute": 50, "second": 0},
        ),
        ScheduledJob(
            name="hours.remind_approvers",
            description="From the 1st: remind approvers of last month's hours still waiting.",
            run=_remind_hour_approvers,
            schedule={"hour": set(range(9, 21)), "minute": 52, "second": 0},
        ),
        ScheduledJob(
            name="hours.escalate_overdue",
            description="From the 8th: tell staff of hours of earlier months still waiting.",
            run=_escalate_overdue_hours,
            schedule={"hour": set(range(9, 21)), "minute": 54, "second": 0},
        ),
        ScheduledJob(
            name="orders.hide_ended_trajectories",
            description="Hide rentals picked up over two calendar months ago from the portal.",
            run=_hide_ended_trajectories,
            schedule={"hour": 2, "minute": 41, "second": 0},
        ),
        # A second run on the 2nd makes what a failed first run left (it is idempotent).
        ScheduledJob(
            name="invoices.make_monthly",
            description="Invoice every project's confirmed shifts of the month that just ended.",
            run=_make_monthly_invoices,
            schedule={"day": {1, 2}, "hour": 6, "minute": 15, "second": 0},
        ),
        ScheduledJob(
            name="neighbour_messages.notify_unread",
            description="Mail each person once about messages unread for 15 minutes (batched).",
            run=_notify_unread_neighbour_messages,
            schedule={"second": 30},
        ),
    ]
}
