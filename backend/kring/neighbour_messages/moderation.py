"""Staff's handling of neighbourhood reports: the queue (open ones oldest first), a report with
what was reported (a reported message is read only this way, and audited as such), and the
decision: hide the post or reply, suspend the reported resident, and mark it handled. Staff
suspend and reinstate residents directly too. Everything is audited."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.models.neighbour_message import (
    NeighbourMessage,
    ReportStatus,
    ReportSubject,
)
from kring.models.neighbourhood import Resident
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.neighbour_messages.repository import (
    HANDLED_REPORTS,
    OPEN_REPORTS,
    ReportRepository,
)
from kring.neighbour_messages.schemas import (
    QueuedReport,
    ReportHandle,
    ReportView,
    StaffReportRead,
    SuspensionRead,
)

SUBJECT = "neighbourhood_report"
HANDLED = N_("This report was handled already.")
ONLY_POSTS = N_("Only a post or a reply can be hidden.")
NOT_RESIDENT = N_("The reported person is not a resident of a neighbourhood.")


def _queued(row: Any, now: datetime) -> QueuedReport:
    return QueuedReport(
        id=row.id,
        subject_type=ReportSubject(row.subject_type),
        subject_id=row.subject_id,
        neighbourhood_id=row.neighbourhood_id,
        neighbourhood_name=row.neighbourhood_name,
        reporter_user_id=row.reporter_user_id,
        reporter_name=row.reporter_name or "",
        reported_user_id=row.reported_user_id,
        reported_name=row.reported_name or "",
        reason=row.reason,
        status=row.status,
        created_at=row.created_at,
        age_hours=max(0, int((now - row.created_at).total_seconds() // 3600)),
        handled_at=row.handled_at,
        outcome=row.outcome,
    )


async def queue(
    db: AsyncSession, principal: Principal, clock: Clock, view: ReportView, page: PageRequest
) -> Page[QueuedReport]:
    """Open reports, the oldest first; handled ones, the latest handled first."""
    repository = ReportRepository(db)
    now = clock.now()
    found: Page[QueuedReport] = await repository.page(
        repository.queue(principal, view),
        OPEN_REPORTS if view == "open" else HANDLED_REPORTS,
        page,
        item=lambda row: _queued(row, now),
    )
    await audit.record(
        db,
        principal,
        "neighbourhood_report.listed",
        subject_type=SUBJECT,
        organisation_id=None,
        details={"reports": [str(r.id) for r in found.items], "view": view},
    )
    return found


async def _subject(db: AsyncSession, kind: str, subject_id: uuid.UUID) -> tuple[Any, ...]:
    """(title, text, hidden_at) of what was reported."""
    if kind == ReportSubject.post:
        post = await db.get(NeighbourhoodPost, subject_id)
        return (post.title, post.body, post.hidden_at) if post else (None, None, None)
    if kind == ReportSubject.reply:
        reply = await db.get(NeighbourhoodReply, subject_id)
        return (None, reply.body, reply.hidden_at) if reply else (None, None, None)
    if kind == ReportSubject.message:
        message = await db.get(NeighbourMessage, subject_id)
        return (None, message.body if message else None, None)
    return (None, None, None)


async def _read(
    db: AsyncSession, principal: Principal, report_id: uuid.UUID, now: datetime
) -> StaffReportRead:
    row = await ReportRepository(db).row(principal, report_id)
    if row is None:
        raise NotFound()
    title, text, hidden_at = await _subject(db, row.subject_type, row.subject_id)
    resident = await db.scalar(select(Resident).where(Resident.user_id == row.reported_user_id))
    return StaffReportRead(
        **_queued(row, now).model_dump(),
        subject_title=title,
        subject_text=text,
        subject_hidden_at=hidden_at,
        reported_suspended_at=resident.suspended_at if resident else None,
        reported_is_resident=resident is not None,
    )


async def get(
    db: AsyncSession, principal: Principal, clock: Clock, report_id: uuid.UUID
) -> StaffReportRead:
    """The report and what was reported; reading a reported message is audited as such."""
    read = await _read(db, principal, report_id, clock.now())
    await audit.record(
        db,
        principal,
        "neighbourhood_report.viewed",
        subject_type=SUBJECT,
        subject_id=read.id,
        organisation_id=None,
    )
    if read.subject_type == ReportSubject.message:
        await audit.record(
            db,
            principal,
            "neighbour_message.read_by_staff",
            subject_type="neighbour_message",
            subject_id=read.subject_id,
            organisation_id=None,
            details={"report": str(read.id)},
        )
    return read


async def _hide(
    db: AsyncSession, principal: Principal, kind: str, subject_id: uuid.UUID, now: datetime
) -> None:
    """Hide the post, or the reply (its post's reply count drops, under the post's lock)."""
    if kind == ReportSubject.post:
        post = await db.scalar(
            select(NeighbourhoodPost)
            .where(NeighbourhoodPost.id == subject_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if post is None or post.hidden_at is not None:
            return
        post.hidden_at = now
        action = "neighbourhood_post.hidden"
    elif kind == ReportSubject.reply:
        reply = await db.get(NeighbourhoodReply, subject_id)
        if reply is None:
            return
        post = await db.scalar(
            select(NeighbourhoodPost)
            .where(NeighbourhoodPost.id == reply.post_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        reply = await db.scalar(
            select(NeighbourhoodReply)
            .where(NeighbourhoodReply.id == subject_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if post is None or reply is None or reply.hidden_at is not None:
            return
        reply.hidden_at = now
        post.reply_count = max(0, post.reply_count - 1)
        action = "neighbourhood_reply.hidden"
    else:
        raise InvalidInput.on("hide_subject", ONLY_POSTS)
    await db.flush()
    await audit.record(
        db,
        principal,
        action,
        subject_type=action.split(".")[0],
        subject_id=subject_id,
        organisation_id=None,
    )


async def _suspend(
    db: AsyncSession, principal: Principal, user_id: uuid.UUID, reason: str, now: datetime
) -> Resident | None:
    """Suspend the resident (a suspension already there stays as it was)."""
    resident = await db.scalar(
        select(Resident)
        .where(Resident.user_id == user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if resident is None:
        return None
    if resident.suspended_at is None:
        resident.suspended_at = now
        resident.suspension_reason = reason
        await db.flush()
        await audit.record(
            db,
            principal,
            "resident.suspended",
            subject_type="resident",
            subject_id=resident.id,
            organisation_id=None,
            details={"user": str(user_id)},
        )
    return resident


async def handle(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    report_id: uuid.UUID,
    body: ReportHandle,
) -> StaffReportRead:
    """Staff's decision on an open report (409 when handled already)."""
    report = await ReportRepository(db).get(principal, report_id, for_update=True)
    if report.status != ReportStatus.open:
        raise Conflict(HANDLED)
    now = clock.now()
    if body.hide_subject:
        await _hide(db, principal, report.subject_type, report.subject_id, now)
    if body.suspend_person:
        reason = body.suspension_reason or body.outcome
        suspended = await _suspend(db, principal, report.reported_user_id, reason, now)
        if suspended is None:
            raise Conflict(NOT_RESIDENT)
    report.status = ReportStatus.handled.value
    report.handled_at = now
    report.handled_by_user_id = principal.user_id
    report.outcome = body.outcome
    await db.flush()
    await audit.record(
        db,
        principal,
        "neighbourhood_report.handled",
        subject_type=SUBJECT,
        subject_id=report.id,
        organisation_id=None,
        details={"hidden": body.hide_subject, "suspended": body.suspend_person},
    )
    return await _read(db, principal, report.id, now)


def _suspension(user_id: uuid.UUID, resident: Resident) -> SuspensionRead:
    return SuspensionRead(
        user_id=user_id,
        suspended_at=resident.suspended_at,
        suspension_reason=resident.suspension_reason,
    )


async def suspend(
    db: AsyncSession, principal: Principal, clock: Clock, user_id: uuid.UUID, reason: str
) -> SuspensionRead:
    resident = await _suspend(db, principal, user_id, reason, clock.now())
    if resident is None:
        raise NotFound()
    return _suspension(user_id, resident)


async def reinstate(db: AsyncSession, principal: Principal, user_id: uuid.UUID) -> SuspensionRead:
    resident = await db.scalar(
        select(Resident)
        .where(Resident.user_id == user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if resident is None:
        raise NotFound()
    if resident.suspended_at is not None:
        resident.suspended_at = None
        resident.suspension_reason = None
        await db.flush()
        await audit.record(
            db,
            principal,
            "resident.reinstated",
            subject_type="resident",
            subject_id=resident.id,
            organisation_id=None,
            details={"user": str(user_id)},
        )
    return _suspension(user_id, resident)
