"""Reading threads: the asker's own (in the organisation they act for), staff's (their queue's
reach). Every read starts from one of the `readable` statements."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select

from kring.auth.principal import Principal
from kring.correspondence.auth import OrganisationPrincipal, queue_reach
from kring.kit.pagination import Keyset, SortKey
from kring.kit.repository import Repository
from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread, ThreadStatus
from kring.models.organisation import Organisation
from kring.models.project import Project
from kring.models.user import User

Thread = CorrespondenceThread
Message = CorrespondenceMessage

NEWEST_ACTIVITY = Keyset(
    "correspondence",
    (
        SortKey(Thread.last_message_at.expression, True, datetime),
        SortKey(Thread.id.expression, True),
    ),
)
# The staff queue's "all" view: newest activity first, like the asker's list.
QUEUE_NEWEST = Keyset(
    "questions",
    (
        SortKey(Thread.last_message_at.expression, True, datetime),
        SortKey(Thread.id.expression, True),
    ),
)
# Waiting for an answer: the longest waiting first.
QUEUE_OLDEST_WAITING = Keyset(
    "questions_waiting",
    (
        SortKey(Thread.awaiting_answer_since.expression, False, datetime),
        SortKey(Thread.id.expression),
    ),
)


def unread() -> ColumnElement[bool]:
    """An answer the asker has not read yet."""
    return and_(
        Thread.answered_at.is_not(None),
        or_(Thread.asker_read_at.is_(None), Thread.answered_at > Thread.asker_read_at),
    )


def _project_name() -> Any:
    return (
        select(Project.name)
        .where(Project.id == Thread.project_id)
        .scalar_subquery()
        .label("project_name")
    )


class ThreadRepository(Repository[CorrespondenceThread, OrganisationPrincipal]):
    """The asker's threads: asked by them, for the organisation they act for. A colleague's
    thread is not theirs (404)."""

    model = CorrespondenceThread

    def readable(self, acting: OrganisationPrincipal) -> Select[Any]:
        return select(Thread).where(
            Thread.organisation_id == acting.organisation_id,
            Thread.asker_id == acting.principal.user_id,
        )

    def listed(self, acting: OrganisationPrincipal, view: str) -> Select[Any]:
        """The list's columns, open threads only unless `view` is all."""
        statement = self.readable(acting).with_only_columns(
            Thread.id,
            Thread.subject,
            Thread.project_id,
            _project_name(),
            Thread.status,
            Thread.created_at,
            Thread.last_message_at,
            unread().label("unread"),
            Thread.awaiting_answer_since.is_not(None).label("waiting_for_answer"),
        )
        if view == "open":
            statement = statement.where(Thread.status == ThreadStatus.open.value)
        return statement

    async def count_unread(self, acting: OrganisationPrincipal) -> int:
        statement = self.readable(acting).with_only_columns(func.count()).where(unread())
        return int(await self.session.scalar(statement) or 0)

    async def project_name(self, thread: CorrespondenceThread) -> str | None:
        if thread.project_id is None:
            return None
        name: str | None = await self.session.scalar(
            select(Project.name).where(Project.id == thread.project_id)
        )
        return name


class StaffThreadRepository(Repository[CorrespondenceThread, Principal]):
    """The threads in a staff member's queue (`auth.queue_reach`); any other is not found."""

    model = CorrespondenceThread

    def readable(self, principal: Principal) -> Select[Any]:
        statement = select(Thread)
        reach = queue_reach(principal)
        if reach.every:
            return statement
        if reach.care_manager_id is not None:
            return statement.where(Thread.care_manager_id == reach.care_manager_id)
        if reach.branch_id is not None:
            return statement.where(Thread.branch_id == reach.branch_id)
        return statement.where(false())

    def queue(self, principal: Principal, view: str) -> Select[Any]:
        """The queue's columns; waiting threads only unless `view` is all."""
        statement = self.readable(principal).with_only_columns(*queue_columns())
        if view == "waiting":
            statement = statement.where(Thread.awaiting_answer_since.is_not(None))
        return statement

    async def row(self, principal: Principal, thread_id: uuid.UUID) -> Any:
        """The queue's columns of one thread, with the asker's e-mail address."""
        statement = (
            self.readable(principal)
            .with_only_columns(
                *queue_columns(),
                Thread.asker_id,
                Thread.closed_at,
                Thread.answered_at,
                select(User.email)
                .where(User.id == Thread.asker_id)
                .scalar_subquery()
                .label("asker_email"),
            )
            .where(Thread.id == thread_id)
        )
        return (await self.session.execute(statement)).first()


def queue_columns() -> tuple[Any, ...]:
    return (
        Thread.id,
        Thread.subject,
        Thread.organisation_id,
        select(Organisation.name)
        .where(Organisation.id == Thread.organisation_id)
        .scalar_subquery()
        .label("organisation_name"),
        Thread.project_id,
        _project_name(),
        select(User.display_name_sql())
        .where(User.id == Thread.asker_id)
        .scalar_subquery()
        .label("asker_name"),
        Thread.status,
        Thread.created_at,
        Thread.last_message_at,
        Thread.awaiting_answer_since,
    )


async def messages(session: Any, thread_id: uuid.UUID) -> Sequence[CorrespondenceMessage]:
    """A thread's messages, oldest first (the caller has read the thread through `readable`)."""
    found = await session.scalars(
        select(Message)
        .where(Message.thread_id == thread_id)
        .order_by(Message.created_at, Message.id)
    )
    return list(found)
