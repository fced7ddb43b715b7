"""The hours jobs: a weekly reminder to helpers who logged nothing for a running engagement in
the past week; from the 1st, one reminder per approver with hours of the past month waiting;
from the 8th, one escalation to the staff mailbox. Each notice is claimed in `hours_notice`
(unique per kind, period and recipient) in the statement that finds it, so jobs running on
several workers at once never send twice, and a job run again sends only what is new."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, func, literal, or_, select, union
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.hours.service import local_date
from kring.kit.db import unit_of_work
from kring.kit.format import month_name
from kring.kit.i18n import Language
from kring.kit.links import portal_link
from kring.models.dossier import Dossier, DossierProxy, ProxyRight
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, EngagementStatus
from kring.models.timesheet import EntryStatus, HoursNotice, TimesheetEntry
from kring.models.user import User
from kring.notifications.service import mail_payload, queue_mails

# A helper is reminded once an engagement has run this long without hours.
QUIET_DAYS = 7
OVERDUE_FROM_DAY = 8


async def _claim(db: AsyncSession, kind: str, period: date, candidates: Any) -> Sequence[str]:
    """Insert a notice for each candidate recipient not yet told; the recipients claimed."""
    claimed = await db.scalars(
        insert(HoursNotice)
        .from_select(
            ["kind", "period", "recipient"],
            select(literal(kind), literal(period), candidates.c.recipient),
        )
        .on_conflict_do_nothing(constraint="uq_hours_notice")
        .returning(HoursNotice.recipient)
    )
    return list(claimed.all())


async def _users(db: AsyncSession, ids: Sequence[str]) -> dict[str, User]:
    found = await db.scalars(select(User).where(cast(User.id, String).in_(ids)))
    return {str(user.id): user for user in found.all()}


async def remind_loggers(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Helpers with a running engagement (a week old or more) and no hours logged in the past
    week: one reminder per week."""
    today = local_date(now)
    monday = today - timedelta(days=today.weekday())
    since = now - timedelta(days=QUIET_DAYS)
    quiet = (
        select(
            cast(HelperProfile.user_id, String).label("recipient"),
            func.string_agg(Dossier.first_name, ", ").label("names"),
        )
        .join(Engagement, Engagement.helper_id == HelperProfile.id)
        .join(Dossier, Dossier.id == Engagement.dossier_id)
        .where(
            Engagement.status == EngagementStatus.active,
            Engagement.started_at <= since,
            ~select(TimesheetEntry.id)
            .where(
                TimesheetEntry.helper_id == HelperProfile.id,
                TimesheetEntry.created_at > since,
            )
            .exists(),
        )
        .group_by(HelperProfile.user_id)
        .subquery()
    )
    async with unit_of_work(sessionmaker) as db:
        names = {
            row.recipient: row.names
            for row in (await db.execute(select(quiet.c.recipient, quiet.c.names))).all()
        }
        claimed = await _claim(db, "log_week", monday, quiet)
        users = await _users(db, claimed)
        await queue_mails(
            db,
            [
                mail_payload(
                    to=user.email,
                    template="hours_log_reminder",
                    language=user.preferred_language,
                    context={
                        "first_name": user.first_name,
                        "help_seeker_names": names.get(recipient, ""),
                        "link": portal_link(settings, "provider", "hours"),
                    },
                )
                for recipient, user in users.items()
            ],
        )
        return len(claimed)


def _waiting_last_month(start: date, end: date) -> Any:
    return and_(
        TimesheetEntry.status == EntryStatus.submitted,
        TimesheetEntry.work_date >= start,
        TimesheetEntry.work_date < end,
    )


async def remind_approvers(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """From the 1st: everyone who may approve hours of the past month still waiting (the
    dossier's manager, proxies with the right), once per month."""
    this_month = local_date(now).replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    waiting = _waiting_last_month(last_month, this_month)
    managers = (
        select(
            cast(Dossier.manager_user_id, String).label("recipient"),
            TimesheetEntry.dossier_id,
        )
        .join(Dossier, Dossier.id == TimesheetEntry.dossier_id)
        .where(waiting)
    )
    proxies = (
        select(cast(DossierProxy.user_id, String).label("recipient"), TimesheetEntry.dossier_id)
        .join(DossierProxy, DossierProxy.dossier_id == TimesheetEntry.dossier_id)
        .where(
            waiting,
            DossierProxy.user_id.is_not(None),
            DossierProxy.removed_at.is_(None),
            DossierProxy.rights.contains([ProxyRight.approve_hours.value]),
            or_(DossierProxy.ends_on.is_(None), DossierProxy.ends_on >= local_date(now)),
        )
    )
    approvers = union(managers, proxies).subquery()
    recipients = select(approvers.c.recipient).distinct().subquery()
    async with unit_of_work(sessionmaker) as db:
        claimed = await _claim(db, "approve_month", last_month, recipients)
        if not claimed:
            return 0
        per_recipient = (
            await db.execute(
                select(
                    approvers.c.recipient,
                    func.count(TimesheetEntry.id).label("entries"),
                    func.string_agg(func.distinct(Dossier.first_name), ", ").label("names"),
                )
                .join(TimesheetEntry, TimesheetEntry.dossier_id == approvers.c.dossier_id)
                .join(Dossier, Dossier.id == TimesheetEntry.dossier_id)
                .where(waiting, approvers.c.recipient.in_(claimed))
                .group_by(approvers.c.recipient)
            )
        ).all()
        users = await _users(db, claimed)
        await queue_mails(
            db,
            [
                mail_payload(
                    to=users[row.recipient].email,
                    template="hours_approve_reminder",
                    language=users[row.recipient].preferred_language,
                    context={
                        "first_name": users[row.recipient].first_name,
                        "month": month_name(last_month, users[row.recipient].preferred_language),
                        "entries": str(row.entries),
                        "help_seeker_names": row.names,
                        "link": portal_link(settings, "partner", "dossiers"),
                    },
                )
                for row in per_recipient
            ],
        )
        return len(claimed)


async def escalate_overdue(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """From the 8th: hours of the past month or earlier still waiting go to the staff mailbox,
    once per month."""
    today = local_date(now)
    if today.day < OVERDUE_FROM_DAY:
        return 0
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    waiting = and_(
        TimesheetEntry.status == EntryStatus.submitted, TimesheetEntry.work_date < this_month
    )
    async with unit_of_work(sessionmaker) as db:
        counted = (
            await db.execute(
                select(
                    func.count().label("entries"),
                    func.count(func.distinct(TimesheetEntry.dossier_id)).label("dossiers"),
                ).where(waiting)
            )
        ).one()
        if not counted.entries:
            return 0
        staff = select(literal("staff").label("recipient")).subquery()
        if not await _claim(db, "overdue_month", last_month, staff):
            return 0
        language: Language = "nl"
        await queue_mails(
            db,
            [
                mail_payload(
                    to=settings.staff_email,
                    template="hours_overdue",
                    language=language,
                    context={
                        "month": month_name(last_month, language),
                        "dossiers": str(counted.dossiers),
                        "entries": str(counted.entries),
                        "link": portal_link(settings, "admin", "hours/overdue"),
                    },
                )
            ],
        )
        return int(counted.dossiers)


__all__ = ["escalate_overdue", "remind_approvers", "remind_loggers"]
