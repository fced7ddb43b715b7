"""Hours: a helper logs what they worked per engagement; the dossier's manager, or a proxy with
the right to approve hours, approves or rejects each entry (or a whole month). Approved hours are
locked: a later change is a correcting entry that is approved in its turn and then replaces the
entry it corrects. One helper's entries are written under a lock on their profile, so two
requests cannot both slip past the overlap check; approvals change only entries still waiting,
row by row, so two approvers at once never count an entry twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import and_, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.config import Settings
from kring.dossiers import service as dossiers
from kring.hours.reading import (
    PART_TIMES,
    dossier_hours,
    helper_entry,
    helper_list,
    helper_start,
    local_date,
    month_range,
    overdue,
    read_entry,
    staff_dossier_hours,
)
from kring.hours.repository import (
    DossierEntryRepository,
    HelperEntryRepository,
)
from kring.hours.schemas import (
    ApprovalResult,
    EntryCreate,
    EntryFields,
    EntryRead,
    EntryUpdate,
)
from kring.kit import format
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.rows import rows
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import ProxyRight
from kring.models.helper import HelperProfile
from kring.models.match import Engagement
from kring.models.timesheet import EntryStatus, TimesheetEntry
from kring.models.user import User
from kring.notifications.service import queue_mail

# The readers are the domain's public face too (endpoints, statements, tasks).
__all__ = [
    "PART_TIMES",
    "dossier_hours",
    "helper_list",
    "helper_start",
    "local_date",
    "month_range",
    "overdue",
    "staff_dossier_hours",
]


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


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
    return await helper_entry(db, principal, entry.id)


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
    return await helper_entry(db, principal, entry.id)


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
    return await helper_entry(db, principal, entry.id)


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
    [row] = await rows(db, repository.shown(access.dossier.id).where(TimesheetEntry.id == entry.id))
    return read_entry(row, amounts=ProxyRight.see_payments in access.rights)
