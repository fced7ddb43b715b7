"""Questions and correspondence: a member asks (about a project, or in general), reads and
follows up their own threads; staff answer the threads in their queue. Every read and change
is audited; changes to a thread happen under its row lock."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.correspondence.auth import OrganisationPrincipal
from kring.correspondence.repository import (
    NEWEST_ACTIVITY,
    QUEUE_NEWEST,
    QUEUE_OLDEST_WAITING,
    StaffThreadRepository,
    ThreadRepository,
    messages,
)
from kring.correspondence.schemas import (
    Asker,
    MessageRead,
    QueueItem,
    QueueView,
    StaffThreadRead,
    ThreadRead,
    ThreadSummary,
    ThreadView,
    UnreadCount,
)
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.pagination import Page, PageRequest
from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread, ThreadStatus
from kring.models.organisation import Organisation
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.projects.service import visible_project

SUBJECT = "correspondence_thread"
CLOSED = N_("This conversation is closed. Ask a new question if you need anything else.")
NO_BRANCH = N_(
    "Your organisation has no supplier branch to send questions to yet. Please phone Kring."
)
# How much of an answer the e-mail shows; the whole answer is in the portal.
EXCERPT_LENGTH = 300


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """The answer's start, cut at a word, with an ellipsis when cut."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0] or flat[:length]
    return cut.rstrip(" ,.;:") + "…"


def _message(row: CorrespondenceMessage) -> MessageRead:
    return MessageRead(
        id=row.id,
        author_name=row.author_name,
        from_supplier=row.from_supplier,
        body=row.body,
        created_at=row.created_at,
    )


def _unread(thread: CorrespondenceThread) -> bool:
    return thread.answered_at is not None and (
        thread.asker_read_at is None or thread.answered_at > thread.asker_read_at
    )


def _summary_row(row: Any) -> ThreadSummary:
    return ThreadSummary(
        id=row.id,
        subject=row.subject,
        project_id=row.project_id,
        project_name=row.project_name,
        status=ThreadStatus(row.status),
        created_at=row.created_at,
        last_message_at=row.last_message_at,
        unread=bool(row.unread),
        waiting_for_answer=bool(row.waiting_for_answer),
    )


async def _thread_read(db: AsyncSession, thread: CorrespondenceThread) -> ThreadRead:
    return ThreadRead(
        id=thread.id,
        subject=thread.subject,
        project_id=thread.project_id,
        project_name=await ThreadRepository(db).project_name(thread),
        status=ThreadStatus(thread.status),
        created_at=thread.created_at,
        last_message_at=thread.last_message_at,
        unread=_unread(thread),
        waiting_for_answer=thread.awaiting_answer_since is not None,
        closed_at=thread.closed_at,
        messages=[_message(m) for m in await messages(db, thread.id)],
    )


def _add_message(
    db: AsyncSession,
    thread: CorrespondenceThread,
    author: User,
    body: str,
    *,
    from_supplier: bool,
    now: datetime,
) -> None:
    db.add(
        CorrespondenceMessage(
            thread_id=thread.id,
            author_id=author.id,
            author_name=author.display_name[:200],
            from_supplier=from_supplier,
            body=body,
            created_at=now,
        )
    )


# --- the asker ---------------------------------------------------------------------------------


async def _open_thread(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    subject: str,
    body: str,
    **queue: uuid.UUID | None,
) -> ThreadRead:
    now = clock.now()
    thread = CorrespondenceThread(
        organisation_id=acting.organisation_id,
        asker_id=acting.principal.user_id,
        subject=subject,
        status=ThreadStatus.open.value,
        last_message_at=now,
        awaiting_answer_since=now,
        **queue,
    )
    db.add(thread)
    await db.flush()
    _add_message(db, thread, acting.principal.user, body, from_supplier=False, now=now)
    await db.flush()
    await db.refresh(thread)
    await audit.record(
        db,
        acting,
        "correspondence.asked",
        subject_type=SUBJECT,
        subject_id=thread.id,
        details={"project": str(thread.project_id) if thread.project_id else None},
    )
    return await _thread_read(db, thread)


async def ask_about_project(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    project_id: uuid.UUID,
    subject: str,
    body: str,
) -> ThreadRead:
    """A question to the care manager who leads the project (a project the asker sees)."""
    project = await visible_project(db, acting, project_id)
    return await _open_thread(
        db,
        acting,
        clock,
        subject,
        body,
        project_id=project.id,
        care_manager_id=project.leader_id,
    )


async def ask(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, subject: str, body: str
) -> ThreadRead:
    """A general question to the organisation's supplier branch (409 without one)."""
    branch_id = await db.scalar(
        select(Organisation.supplier_branch_id).where(Organisation.id == acting.organisation_id)
    )
    if branch_id is None:
        raise Conflict(NO_BRANCH)
    return await _open_thread(db, acting, clock, subject, body, branch_id=branch_id)


async def list_threads(
    db: AsyncSession, acting: OrganisationPrincipal, view: ThreadView, page: PageRequest
) -> Page[ThreadSummary]:
    repository = ThreadRepository(db)
    found = await repository.page(
        repository.listed(acting, view), NEWEST_ACTIVITY, page, item=_summary_row
    )
    await audit.record(
        db,
        acting,
        "correspondence.listed",
        subject_type=SUBJECT,
        details={"threads": [str(t.id) for t in found.items], "view": view},
    )
    return found


async def count_unread(db: AsyncSession, acting: OrganisationPrincipal) -> UnreadCount:
    """A count only (no client data): not audited."""
    return UnreadCount(unread=await ThreadRepository(db).count_unread(acting))


async def read_thread(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, thread_id: uuid.UUID
) -> ThreadRead:
    """The asker's thread; reading it marks its answers read."""
    thread = await ThreadRepository(db).get(acting, thread_id)
    if _unread(thread):
        # No lock: the newest read moment wins, and an answer landing meanwhile (answered_at
        # after it) stays unread, as it should.
        thread.asker_read_at = clock.now()
        await db.flush()
    await audit.record(
        db, acting, "correspondence.viewed", subject_type=SUBJECT, subject_id=thread.id
    )
    return await _thread_read(db, thread)


def _locked_open(thread: CorrespondenceThread | None) -> CorrespondenceThread:
    """The locked thread if it is still open: 404 when not found, 409 when closed."""
    if thread is None:
        raise NotFound()
    if thread.status != ThreadStatus.open:
        raise Conflict(CLOSED)
    return thread


async def reply(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, thread_id: uuid.UUID, body: str
) -> ThreadRead:
    """The asker's follow-up on an open thread: it waits for an answer again (since the
    earliest message not answered yet)."""
    thread = _locked_open(await ThreadRepository(db).find(acting, thread_id, for_update=True))
    now = clock.now()
    _add_message(db, thread, acting.principal.user, body, from_supplier=False, now=now)
    thread.last_message_at = now
    thread.awaiting_answer_since = thread.awaiting_answer_since or now
    # Writing in the thread, the asker has seen its answers.
    thread.asker_read_at = now
    await db.flush()
    await audit.record(
        db, acting, "correspondence.replied", subject_type=SUBJECT, subject_id=thread.id
    )
    return await _thread_read(db, thread)


def _close(thread: CorrespondenceThread, now: datetime) -> bool:
    """Close the thread; False when it was closed already (closing twice changes nothing)."""
    if thread.status == ThreadStatus.closed:
        return False
    thread.status = ThreadStatus.closed.value
    thread.closed_at = now
    thread.awaiting_answer_since = None
    return True


async def close(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, thread_id: uuid.UUID
) -> ThreadRead:
    thread = await ThreadRepository(db).get(acting, thread_id, for_update=True)
    if _close(thread, clock.now()):
        await db.flush()
        await audit.record(
            db,
            acting,
            "correspondence.closed",
            subject_type=SUBJECT,
            subject_id=thread.id,
            details={"by": "asker"},
        )
    return await _thread_read(db, thread)


# --- staff -------------------------------------------------------------------------------------


def waiting_days(since: datetime | None, now: datetime) -> int | None:
    if since is None:
        return None
    return max(0, (now - since).days)


def _queue_item(row: Any, now: datetime) -> QueueItem:
    return QueueItem(
        id=row.id,
        subject=row.subject,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        project_id=row.project_id,
        project_name=row.project_name,
        asker_name=row.asker_name,
        status=ThreadStatus(row.status),
        created_at=row.created_at,
        last_message_at=row.last_message_at,
        awaiting_answer_since=row.awaiting_answer_since,
        waiting_days=waiting_days(row.awaiting_answer_since, now),
    )


async def queue(
    db: AsyncSession, principal: Principal, clock: Clock, view: QueueView, page: PageRequest
) -> Page[QueueItem]:
    """Waiting: the longest waiting first; all: the newest activity first."""
    repository = StaffThreadRepository(db)
    now = clock.now()
    keyset = QUEUE_OLDEST_WAITING if view == "waiting" else QUEUE_NEWEST
    found: Page[QueueItem] = await repository.page(
        repository.queue(principal, view), keyset, page, item=lambda row: _queue_item(row, now)
    )
    await audit.record(
        db,
        principal,
        "correspondence.listed",
        subject_type=SUBJECT,
        organisation_id=None,
        details={"threads": [str(t.id) for t in found.items], "view": view, "as": "staff"},
    )
    return found


async def _staff_read(
    db: AsyncSession, principal: Principal, thread_id: uuid.UUID, now: datetime
) -> StaffThreadRead:
    row = await StaffThreadRepository(db).row(principal, thread_id)
    if row is None:
        raise NotFound()
    item = _queue_item(row, now)
    return StaffThreadRead(
        **item.model_dump(),
        asker=Asker(id=row.asker_id, name=row.asker_name, email=row.asker_email),
        closed_at=row.closed_at,
        answered_at=row.answered_at,
        messages=[_message(m) for m in await messages(db, thread_id)],
    )


async def staff_get(
    db: AsyncSession, principal: Principal, clock: Clock, thread_id: uuid.UUID
) -> StaffThreadRead:
    read = await _staff_read(db, principal, thread_id, clock.now())
    await audit.record(
        db,
        principal,
        "correspondence.viewed",
        subject_type=SUBJECT,
        subject_id=thread_id,
        organisation_id=read.organisation_id,
        details={"as": "staff"},
    )
    return read


async def answer(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    thread_id: uuid.UUID,
    body: str,
) -> StaffThreadRead:
    """Staff's answer on an open thread, under its lock. The asker is mailed unless an earlier
    answer is still unread (that mail already sent them to the thread): two answers at once
    land as two messages and one mail."""
    thread = _locked_open(
        await StaffThreadRepository(db).find(principal, thread_id, for_update=True)
    )
    now = clock.now()
    tell = not _unread(thread)
    _add_message(db, thread, principal.user, body, from_supplier=True, now=now)
    thread.last_message_at = now
    thread.answered_at = now
    thread.awaiting_answer_since = None
    await db.flush()
    if tell:
        await _tell_asker(db, settings, thread, principal.user, body)
    await audit.record(
        db,
        principal,
        "correspondence.answered",
        subject_type=SUBJECT,
        subject_id=thread.id,
        organisation_id=thread.organisation_id,
        details={"mailed": tell},
    )
    return await _staff_read(db, principal, thread.id, now)


async def _tell_asker(
    db: AsyncSession,
    settings: Settings,
    thread: CorrespondenceThread,
    answerer: User,
    body: str,
) -> None:
    """Mail the asker, in their language, that there is an answer (an excerpt and a link)."""
    asker = await db.get(User, thread.asker_id)
    if asker is None or asker.status != UserStatus.active:
        return
    await queue_mail(
        db,
        to=asker.email,
        template="question_answered",
        language=asker.preferred_language,
        context={
            "first_name": asker.first_name,
            "subject": thread.subject,
            "answered_by": answerer.display_name,
            "excerpt": excerpt(body),
            "link": portal_link(settings, "pro", f"correspondence/{thread.id}"),
        },
    )


async def staff_close(
    db: AsyncSession, principal: Principal, clock: Clock, thread_id: uuid.UUID
) -> StaffThreadRead:
    thread = await StaffThreadRepository(db).get(principal, thread_id, for_update=True)
    now = clock.now()
    if _close(thread, now):
        await db.flush()
        await audit.record(
            db,
            principal,
            "correspondence.closed",
            subject_type=SUBJECT,
            subject_id=thread.id,
            organisation_id=thread.organisation_id,
            details={"by": "staff"},
        )
    return await _staff_read(db, principal, thread.id, now)
