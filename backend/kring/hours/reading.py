"""What both sides read of hours: the helper's entries and quick-entry start, a dossier's month
with its totals and the months still waiting (audited), and staff's list of dossiers whose hours
wait past their month. Dates are days in the Netherlands and Belgium (Amsterdam time)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, Select, Uuid, bindparam
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.dossiers import service as dossiers
from kring.hours import repository
from kring.hours.repository import (
    DossierEntryRepository,
    HelperEntryRepository,
    months_waiting,
    newest_first,
)
from kring.hours.schemas import (
    DossierHours,
    EntryRead,
    HelperHoursStart,
    HoursEngagement,
    MonthTotals,
    OverdueDossier,
    UsualTime,
)
from kring.kit.clock import Clock
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import InvalidInput
from kring.kit.i18n import N_
from kring.kit.rows import built_once, rows
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import ProxyRight
from kring.models.match import Engagement, EngagementStatus
from kring.models.timesheet import EntryStatus, TimesheetEntry

__all__ = ["PART_TIMES", "helper_entry", "local_date", "month_range", "read_entry"]

# The clock times a day-part stands for (the calendar feed uses the same).
PART_TIMES = {
    "morning": (time(9), time(12)),
    "afternoon": (time(13), time(17)),
    "evening": (time(18), time(21)),
}
# How far back the helper's list reaches in one request.
LIST_DAYS_MAX = 93
# Ended engagements stay in the quick entry this long, for hours logged late.
LATE_LOGGING_DAYS = 60


def local_date(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def month_range(first: date) -> tuple[date, date]:
    """The first day of the month and the first day of the next."""
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following


# --- what both sides read --------------------------------------------------------------------


def read_entry(row: Any, *, amounts: bool) -> EntryRead:
    entry = row  # the entry's columns and the names beside them
    return EntryRead(
        id=entry.id,
        engagement_id=entry.engagement_id,
        dossier_id=entry.dossier_id,
        helper_first_name=row.helper_first_name,
        help_seeker_first_name=row.help_seeker_first_name,
        work_date=entry.work_date,
        starts_at=entry.starts_at,
        ends_at=entry.ends_at,
        break_minutes=entry.break_minutes,
        minutes=entry.minutes,
        note=entry.note,
        hourly_rate_cents=entry.hourly_rate_cents if amounts else None,
        amount_cents=entry.amount_cents if amounts else None,
        status=EntryStatus(entry.status),
        corrects_entry_id=entry.corrects_entry_id,
        decided_at=entry.decided_at,
        decided_by_name=row.decided_by_name or None,
        reject_reason=entry.reject_reason,
        paid=entry.payment_run_id is not None,
        created_at=entry.created_at,
    )


async def helper_entry(db: AsyncSession, principal: Principal, entry_id: uuid.UUID) -> EntryRead:
    repository = HelperEntryRepository(db)
    [row] = await rows(db, repository.shown(principal).where(TimesheetEntry.id == entry_id))
    return read_entry(row, amounts=True)


def _usual_times(day_parts: int) -> dict[str, UsualTime]:
    usual: dict[str, UsualTime] = {}
    for day, parts in bits_to_day_parts(day_parts).items():
        usual[day] = UsualTime(starts_at=PART_TIMES[parts[0]][0], ends_at=PART_TIMES[parts[-1]][1])
    return usual


async def helper_start(db: AsyncSession, principal: Principal, clock: Clock) -> HelperHoursStart:
    """The helper's engagements to log hours for, the one they logged for last, and today."""
    today = local_date(clock.now())
    repository = HelperEntryRepository(db)
    rows = (
        await db.execute(repository.engagements(principal).order_by(Engagement.started_at.desc()))
    ).all()
    engagements = []
    for row in rows:
        engagement: Engagement = row[0]
        ended_on = local_date(engagement.ended_at) if engagement.ended_at else None
        if ended_on is not None and (today - ended_on).days > LATE_LOGGING_DAYS:
            continue
        engagements.append(
            HoursEngagement(
                id=engagement.id,
                dossier_id=engagement.dossier_id,
                help_seeker_first_name=row.help_seeker_first_name,
                status=EngagementStatus(engagement.status).value,
                started_on=local_date(engagement.started_at),
                ended_on=ended_on,
                hourly_rate_cents=engagement.hourly_rate_cents,
                usual_times=_usual_times(engagement.day_parts),
            )
        )
    last = await db.scalar(
        repository.readable(principal)
        .with_only_columns(TimesheetEntry.engagement_id)
        .order_by(TimesheetEntry.created_at.desc())
        .limit(1)
    )
    shown = {engagement.id for engagement in engagements}
    return HelperHoursStart(
        engagements=engagements,
        last_engagement_id=last if last in shown else None,
        today=today,
    )


async def helper_list(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    from_date: date | None,
    to_date: date | None,
    status: EntryStatus | None,
) -> list[EntryRead]:
    """The helper's entries from one day to another (at most 93 days), newest first."""
    to_date = to_date or local_date(clock.now())
    from_date = from_date or date.fromordinal(to_date.toordinal() - 34)
    if to_date < from_date:
        raise InvalidInput.on("to", N_("The last day comes before the first."), "query")
    if (to_date - from_date).days > LIST_DAYS_MAX:
        raise InvalidInput.on(
            "from", N_("Ask for at most {days} days at once."), "query", days=LIST_DAYS_MAX
        )
    statement = (
        HelperEntryRepository(db)
        .shown(principal)
        .where(TimesheetEntry.work_date.between(from_date, to_date))
    )
    if status is not None:
        statement = statement.where(TimesheetEntry.status == status)
    found = await rows(db, newest_first(statement))
    for dossier_id in sorted({row.dossier_id for row in found}):
        await dossiers.record(db, principal, "dossier.hours_viewed", dossier_id, {"as": "helper"})
    return [read_entry(row, amounts=True) for row in found]


async def dossier_hours(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, first: date
) -> DossierHours:
    """A month of the dossier's hours for whoever reads the dossier; audited."""
    access = await dossiers.access_of(db, principal, dossier_id)
    return await _dossier_month(db, principal, clock, access, first)


async def staff_dossier_hours(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, first: date
) -> DossierHours:
    access = await dossiers.staff_access(db, principal, dossier_id)
    return await _dossier_month(db, principal, clock, access, first)


async def _dossier_month(
    db: AsyncSession, principal: Principal, clock: Clock, access: dossiers.Access, first: date
) -> DossierHours:

    start, end = month_range(first)
    amounts = ProxyRight.see_payments in access.rights
    found = await built_once("month", _month_of_dossier).rows(
        db, dossier_id=access.dossier.id, start=start, end=end
    )
    entries = [read_entry(row, amounts=amounts) for row in found]
    waiting = [entry for entry in entries if entry.status == EntryStatus.submitted]
    approved = [entry for entry in entries if entry.status == EntryStatus.approved]
    months = [
        row.month
        for row in await built_once("waiting", _months_waiting).rows(
            db, dossier_id=access.dossier.id
        )
    ]
    await dossiers.record(
        db,
        principal,
        "dossier.hours_viewed",
        access.dossier.id,
        access.audit_details(principal, month=first.strftime("%Y-%m")),
    )
    return DossierHours(
        month=first.strftime("%Y-%m"),
        entries=entries,
        waiting=_totals(waiting, amounts),
        approved=_totals(approved, amounts),
        months_waiting=[month.strftime("%Y-%m") for month in months],
        may_approve=ProxyRight.approve_hours in access.rights and access.role != "staff",
    )


# Built once (kit.rows): building these per request cost more than running them.
def _month_of_dossier() -> Select[*tuple[Any, ...]]:
    return newest_first(
        DossierEntryRepository.shown_bound().where(
            TimesheetEntry.work_date >= bindparam("start", type_=Date),
            TimesheetEntry.work_date < bindparam("end", type_=Date),
        )
    )


def _months_waiting() -> Select[*tuple[Any, ...]]:
    return months_waiting(bindparam("dossier_id", type_=Uuid))


def _totals(entries: Sequence[EntryRead], amounts: bool) -> MonthTotals:
    return MonthTotals(
        entries=len(entries),
        minutes=sum(entry.minutes for entry in entries),
        amount_cents=sum(entry.amount_cents or 0 for entry in entries) if amounts else None,
    )


async def overdue(db: AsyncSession, clock: Clock, limit: int) -> list[OverdueDossier]:
    """Dossiers with hours of an earlier month still waiting (staff; no client detail beyond
    the help seeker's first name)."""
    this_month = local_date(clock.now()).replace(day=1)
    rows = (await db.execute(repository.overdue(this_month, limit))).all()
    return [
        OverdueDossier(
            dossier_id=row.dossier_id,
            help_seeker_first_name=row.help_seeker_first_name,
            manager_name=row.manager_name,
            manager_email=row.manager_email,
            oldest_work_date=row.oldest_work_date,
            entries=row.entries,
            minutes=int(row.minutes),
        )
        for row in rows
    ]
