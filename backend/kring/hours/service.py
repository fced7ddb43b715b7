"""Hours: a helper logs what they worked per engagement; the dossier's manager, or a proxy with
the right to approve hours, approves or rejects each entry (or a whole month). Approved hours are
locked: a later change is a correcting entry that is approved in its turn and then replaces the
entry it corrects. One helper's entries are written under a lock on their profile, so two
requests cannot both slip past the overlap check; approvals change only entries still waiting,
row by row, so two approvers at once never count an entry twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.config import Settings
from kring.dossiers import service as dossiers
from kring.hours import repository
from kring.hours.repository import (
    DossierEntryRepository,
    HelperEntryRepository,
    months_waiting,
    newest_first,
)
from kring.hours.schemas import (
    ApprovalResult,
    DossierHours,
    EntryCreate,
    EntryFields,
    EntryRead,
    EntryUpdate,
    HelperHoursStart,
    HoursEngagement,
    MonthTotals,
    OverdueDossier,
    UsualTime,
)
from kring.kit import format
from kring.kit.clock import Clock
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import ProxyRight
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, EngagementStatus
from kring.models.timesheet import EntryStatus, TimesheetEntry
from kring.models.user import User
from kring.notifications.service import queue_mail

__all__ = ["PART_TIMES", "local_date", "month_range"]

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


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


# --- what both sides read --------------------------------------------------------------------


def _read(row: Any, *, amounts: bool) -> EntryRead:
    entry: TimesheetEntry = row[0]
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


async def _helper_entry(db: AsyncSession, principal: Principal, entry_id: uuid.UUID) -> EntryRead:
    repository = HelperEntryRepository(db)
    row = (
        await db.execute(
            repository.shown(principal)
            .where(TimesheetEntry.id == entry_id)
            .execution_options(populate_existing=True)
        )
    ).one()
    return _read(row, amounts=True)


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
    rows = (await db.execute(newest_first(statement))).all()
    for dossier_id in sorted({row[0].dossier_id for row in rows}):
        await dossiers.record(db, principal, "dossier.hours_viewed", dossier_id, {"as": "helper"})
    return [_read(row, amounts=True) for row in rows]


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
    repository = DossierEntryRepository(db)
    rows = (
        await db.execute(
            newest_first(
                repository.shown(access.dossier.id).where(
                    TimesheetEntry.work_date >= start, TimesheetEntry.work_date < end
                )
            )
        )
    ).all()
    entries = [_read(row, amounts=amounts) for row in rows]
    waiting = [entry for entry in entries if entry.status == EntryStatus.submitted]
    approved = [entry for entry in entries if entry.status == EntryStatus.approved]
    months = (await db.scalars(months_waiting(access.dossier.id))).all()
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


def _totals(entries: Sequence[EntryRead], amounts: bool) -> MonthTotals:
    return MonthTotals(
        entries=len(entries),
        minutes=sum(entry.minutes for entry in entries),
        amount_cents=sum(entry.amount_cents or 0 for entry in entries) if amounts else None,
    )


# --- the helper logs -------------------------------------------------------------------------


def _check_fields(fields: EntryFields) -> None:
    if (fields.starts_at is None) != (fields.ends_at is None):
        field = "ends_at" if fields.ends_at is None else "starts_at"
        raise InvalidInput.on(field, N_("Give both a start and an end, or only a duration."))
    if fields.starts_at is not None and fields.ends_at is not None:
        if fields.minutes is not None:
            raise InvalidInput.on("minutes", N_("Give a duration only without a start and end."))
        if fields.ends_at <= fields.starts_at:
            raise InvalidInput.on("ends_at", N_("The end must be after the start."))
        if fields.break_minutes >= _minutes(fields.ends_at) - _minutes(fields.starts_at):
            raise InvalidInput.on("break_minutes", N_("The break is as long as the work."))
    elif fields.minutes is None:
        raise InvalidInput.on("minutes", N_("Give a start and an end, or a duration."))


async def _check_day(
    db: AsyncSession,
    clock: Clock,
    helper_id: uuid.UUID,
    engagement: Engagement,
    fields: EntryFields,
    leave_out: Sequence[uuid.UUID],
) -> None:
    """Not in the future, within the engagement, no overlap with the helper's other hours."""
    now = clock.now().astimezone(AMSTERDAM)
    if fields.work_date > now.date() or (
        fields.work_date == now.date()
        and fields.ends_at is not None
        and _minutes(fields.ends_at) > now.hour * 60 + now.minute
    ):
        raise InvalidInput.on("work_date", N_("Hours cannot be in the future."))
    if fields.work_date < local_date(engagement.started_at):
        raise InvalidInput.on("work_date", N_("This day is before the engagement started."))
    if engagement.ended_at is not None and fields.work_date > local_date(engagement.ended_at):
        raise InvalidInput.on("work_date", N_("This day is after the engagement ended."))
    same_day = and_(
        TimesheetEntry.helper_id == helper_id,
        TimesheetEntry.work_date == fields.work_date,
        TimesheetEntry.status != EntryStatus.superseded,
        TimesheetEntry.id.not_in(leave_out) if leave_out else true(),
    )
    if fields.starts_at is not None and fields.ends_at is not None:
        overlapping = await db.scalar(
            select(TimesheetEntry.starts_at)
            .where(
                same_day,
                TimesheetEntry.starts_at < fields.ends_at,
                TimesheetEntry.ends_at > fields.starts_at,
            )
            .limit(1)
        )
        if overlapping is not None:
            raise InvalidInput.on(
                "starts_at",
                N_("These hours overlap hours you logged from {time} that day."),
                time=overlapping.strftime("%H:%M"),
            )
    logged = await db.scalar(
        select(func.coalesce(func.sum(TimesheetEntry.minutes), 0)).where(same_day)
    )
    if int(logged or 0) + fields.worked_minutes() > 24 * 60:
        raise InvalidInput.on("minutes", N_("A day has no more than 24 hours."))


async def _helper_locked(db: AsyncSession, principal: Principal) -> HelperProfile:
    """The person's helper profile, locked: one helper's hours are written one at a time."""
    profile = await db.scalar(
        select(HelperProfile)
        .where(HelperProfile.user_id == principal.user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if profile is None:
        raise NotFound()
    return profile


async def _own_engagement(
    db: AsyncSession, principal: Principal, engagement_id: uuid.UUID
) -> Engagement:
    engagement = await db.scalar(HelperEntryRepository(db).engagement(principal, engagement_id))
    if engagement is None:
        raise InvalidInput.on("engagement_id", N_("Choose one of your engagements."))
    return engagement


def _apply(entry: TimesheetEntry, fields: EntryFields) -> None:
    entry.work_date = fields.work_date
    entry.starts_at = fields.starts_at
    entry.ends_at = fields.ends_at
    entry.break_minutes = fields.break_minutes if fields.starts_at is not None else 0
    entry.minutes = fields.worked_minutes()
    entry.note = fields.note


async def log(db: AsyncSession, principal: Principal, clock: Clock, body: EntryCreate) -> EntryRead:
    """A new entry, waiting for approval."""
    _check_fields(body)
    profile = await _helper_locked(db, principal)
    engagement = await _own_engagement(db, principal, body.engagement_id)
    await _check_day(db, clock, profile.id, engagement, body, ())
    entry = TimesheetEntry(
        engagement_id=engagement.id,
        dossier_id=engagement.dossier_id,
        helper_id=profile.id,
        hourly_rate_cents=engagement.hourly_rate_cents,
        status=EntryStatus.submitted,
    )
    _apply(entry, body)
    db.add(entry)
    await db.flush()
    await _record(db, principal, "dossier.hours_logged", entry)
    return await _helper_entry(db, principal, entry.id)


async def _own_entry_locked(
    db: AsyncSession, principal: Principal, entry_id: uuid.UUID
) -> tuple[HelperProfile, TimesheetEntry, Engagement]:
    profile = await _helper_locked(db, principal)
    entry = await HelperEntryRepository(db).get(principal, entry_id, for_update=True)
    engagement = await db.get(Engagement, entry.engagement_id)
    assert engagement is not None
    return profile, entry, engagement


async def change(
    db: AsyncSession, principal: Principal, clock: Clock, entry_id: uuid.UUID, body: EntryUpdate
) -> EntryRead:
    """Change an entry still waiting, or fix a rejected one (it waits again)."""
    _check_fields(body)
    profile, entry, engagement = await _own_entry_locked(db, principal, entry_id)
    if entry.status not in (EntryStatus.submitted, EntryStatus.rejected):
        raise Conflict(N_("Approved hours are locked: send a correction instead."))
    leave_out = [entry.id] + ([entry.corrects_entry_id] if entry.corrects_entry_id else [])
    await _check_day(db, clock, profile.id, engagement, body, leave_out)
    fixed = entry.status == EntryStatus.rejected
    _apply(entry, body)
    entry.status = EntryStatus.submitted
    entry.reject_reason = None
    entry.decided_at = None
    entry.decided_by_user_id = None
    await db.flush()
    await _record(db, principal, "dossier.hours_fixed" if fixed else "dossier.hours_changed", entry)
    return await _helper_entry(db, principal, entry.id)


async def withdraw(db: AsyncSession, principal: Principal, entry_id: uuid.UUID) -> None:
    """Take back an entry not approved (logged by mistake)."""
    _, entry, _ = await _own_entry_locked(db, principal, entry_id)
    if entry.status not in (EntryStatus.submitted, EntryStatus.rejected):
        raise Conflict(N_("Approved hours are locked: send a correction instead."))
    await _record(db, principal, "dossier.hours_withdrawn", entry)
    await db.delete(entry)
    await db.flush()


async def correct(
    db: AsyncSession, principal: Principal, clock: Clock, entry_id: uuid.UUID, body: EntryUpdate
) -> EntryRead:
    """A correcting entry for approved hours: approved in its turn, it replaces them."""
    _check_fields(body)
    profile, original, engagement = await _own_entry_locked(db, principal, entry_id)
    if original.status != EntryStatus.approved:
        raise Conflict(N_("Only approved hours are corrected; change these hours instead."))
    pending = await db.scalar(
        select(TimesheetEntry.id).where(
            TimesheetEntry.corrects_entry_id == original.id,
            TimesheetEntry.status != EntryStatus.superseded,
        )
    )
    if pending is not None:
        raise Conflict(N_("A correction of these hours is already waiting."))
    await _check_day(db, clock, profile.id, engagement, body, [original.id])
    entry = TimesheetEntry(
        engagement_id=engagement.id,
        dossier_id=engagement.dossier_id,
        helper_id=profile.id,
        hourly_rate_cents=engagement.hourly_rate_cents,
        status=EntryStatus.submitted,
        corrects_entry_id=original.id,
    )
    _apply(entry, body)
    db.add(entry)
    await db.flush()
    await _record(db, principal, "dossier.hours_corrected", entry, corrects=str(original.id))
    return await _helper_entry(db, principal, entry.id)


async def _record(
    db: AsyncSession, principal: Principal, action: str, entry: TimesheetEntry, **more: Any
) -> None:
    await dossiers.record(
        db,
        principal,
        action,
        entry.dossier_id,
        {
            "as": "helper",
            "entry": str(entry.id),
            "work_date": entry.work_date.isoformat(),
            "minutes": entry.minutes,
            **more,
        },
    )


# --- the dossier's side approves -------------------------------------------------------------


async def _approver(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> dossiers.Access:
    access = await dossiers.access_of(db, principal, dossier_id)
    if ProxyRight.approve_hours not in access.rights:
        raise Forbidden(N_("You may read these hours, but not approve them."))
    return access


async def _supersede(db: AsyncSession, corrected: Sequence[uuid.UUID]) -> None:
    """The entries these approved corrections replace no longer count."""
    if corrected:
        await db.execute(
            update(TimesheetEntry)
            .where(
                TimesheetEntry.id.in_(corrected),
                TimesheetEntry.status == EntryStatus.approved,
            )
            .values(status=EntryStatus.superseded)
        )


async def approve(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, entry_id: uuid.UUID
) -> ApprovalResult:
    """Approve one entry that waits."""
    access = await _approver(db, principal, dossier_id)
    return await _approve(db, principal, clock, access, TimesheetEntry.id == entry_id, entry_id)


async def approve_month(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    dossier_id: uuid.UUID,
    first: date,
    engagement_id: uuid.UUID | None,
    entry_ids: Sequence[uuid.UUID] | None,
) -> ApprovalResult:
    """Approve every entry of the month that waits (of one engagement, when given), or of
    those the approver saw (`entry_ids`), so hours logged meanwhile are not approved unseen."""
    access = await _approver(db, principal, dossier_id)
    start, end = month_range(first)
    where = and_(
        TimesheetEntry.work_date >= start,
        TimesheetEntry.work_date < end,
        TimesheetEntry.engagement_id == engagement_id if engagement_id is not None else true(),
        TimesheetEntry.id.in_(entry_ids) if entry_ids is not None else true(),
    )
    return await _approve(db, principal, clock, access, where, None, month=first.strftime("%Y-%m"))


async def _approve(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    access: dossiers.Access,
    where: Any,
    entry_id: uuid.UUID | None,
    **details: Any,
) -> ApprovalResult:
    # Only rows still waiting once their lock is ours: a second approver finds none left.
    approved = (
        await db.execute(
            update(TimesheetEntry)
            .where(
                TimesheetEntry.dossier_id == access.dossier.id,
                TimesheetEntry.status == EntryStatus.submitted,
                where,
            )
            .values(
                status=EntryStatus.approved,
                decided_at=clock.now(),
                decided_by_user_id=principal.user_id,
            )
            .returning(TimesheetEntry.id, TimesheetEntry.minutes, TimesheetEntry.corrects_entry_id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    if entry_id is not None and not approved:
        exists = await db.scalar(
            DossierEntryRepository(db)
            .readable(access.dossier.id)
            .with_only_columns(TimesheetEntry.id)
            .where(TimesheetEntry.id == entry_id)
        )
        if exists is None:
            raise NotFound()
        raise Conflict(N_("These hours are not waiting for approval."))
    await _supersede(db, [row.corrects_entry_id for row in approved if row.corrects_entry_id])
    minutes = sum(row.minutes for row in approved)
    await dossiers.record(
        db,
        principal,
        "dossier.hours_approved",
        access.dossier.id,
        access.audit_details(principal, entries=len(approved), minutes=minutes, **details)
        | ({"entry": str(entry_id)} if entry_id else {}),
    )
    return ApprovalResult(approved=len(approved), minutes=minutes)


async def reject(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    dossier_id: uuid.UUID,
    entry_id: uuid.UUID,
    reason: str,
) -> EntryRead:
    """Send an entry back to the helper with the reason; they fix it."""
    access = await _approver(db, principal, dossier_id)
    repository = DossierEntryRepository(db)
    entry = await repository.get(access.dossier.id, entry_id, for_update=True)
    if entry.status != EntryStatus.submitted:
        raise Conflict(N_("These hours are not waiting for approval."))
    entry.status = EntryStatus.rejected
    entry.reject_reason = reason
    entry.decided_at = clock.now()
    entry.decided_by_user_id = principal.user_id
    await db.flush()
    helper = await db.get(HelperProfile, entry.helper_id)
    assert helper is not None
    helper_user = await db.get(User, helper.user_id)
    actor = await db.get(User, principal.user_id)
    assert helper_user is not None
    assert actor is not None
    await queue_mail(
        db,
        to=helper_user.email,
        template="hours_rejected",
        language=helper_user.preferred_language,
        context={
            "first_name": helper_user.first_name,
            "other_name": actor.display_name,
            "help_seeker_first_name": access.dossier.first_name,
            "day": format.local_date(entry.work_date, helper_user.preferred_language),
            "reason": reason,
            "link": portal_link(settings, "provider", "hours"),
        },
    )
    await dossiers.record(
        db,
        principal,
        "dossier.hours_rejected",
        access.dossier.id,
        access.audit_details(principal, entry=str(entry.id), reason=reason),
    )
    row = (
        await db.execute(
            repository.shown(access.dossier.id)
            .where(TimesheetEntry.id == entry.id)
            .execution_options(populate_existing=True)
        )
    ).one()
    return _read(row, amounts=ProxyRight.see_payments in access.rights)


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
