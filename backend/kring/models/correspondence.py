"""Correspondence: a thread between an organisation member and the supplier, opened by a
question (to a project's care manager, or to the organisation's supplier branch), and its
messages."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin, new_id

MAX_MESSAGE_LENGTH = 4000


class ThreadStatus(StrEnum):
    open = "open"
    closed = "closed"


class CorrespondenceThread(RecordMixin, Base):
    """A question and its answers. A project's question waits in the queue of the care manager
    who led the project when it was asked; a general one in the supplier branch's queue.
    `awaiting_answer_since` is set by the asker's message and cleared by the supplier's answer;
    the thread is unread for the asker while `answered_at` is after `asker_read_at`."""

    __tablename__ = "correspondence_thread"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status_known"),
        CheckConstraint(
            "(status = 'closed') = (closed_at IS NOT NULL)", name="closed_at_when_closed"
        ),
        CheckConstraint("char_length(btrim(subject)) BETWEEN 1 AND 200", name="subject_length"),
        # A project question goes to a care manager; a general one to a branch.
        CheckConstraint(
            "(project_id IS NULL) = (care_manager_id IS NULL)"
            " AND (project_id IS NULL) = (branch_id IS NOT NULL)",
            name="one_queue",
        ),
        Index("ix_thread_asker", "asker_id", "organisation_id", "last_message_at", "id"),
        Index(
            "ix_thread_care_manager_waiting",
            "care_manager_id",
            "awaiting_answer_since",
            postgresql_where=text("awaiting_answer_since IS NOT NULL"),
        ),
        Index(
            "ix_thread_branch_waiting",
            "branch_id",
            "awaiting_answer_since",
            postgresql_where=text("awaiting_answer_since IS NOT NULL"),
        ),
        Index("ix_thread_project", "project_id", postgresql_where=text("project_id IS NOT NULL")),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False
    )
    project_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT")
    )
    care_manager_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT")
    )
    branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT")
    )
    asker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, server_default="open")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_message_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    awaiting_answer_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    asker_read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CorrespondenceMessage(Base):
    """One message of a thread: the asker's, or the supplier's answer (`from_supplier`). The
    author's name is kept as it was, since the record outlives an account."""

    __tablename__ = "correspondence_message"
    __table_args__ = (
        CheckConstraint(
            f"char_length(btrim(body)) BETWEEN 1 AND {MAX_MESSAGE_LENGTH}", name="body_length"
        ),
        CheckConstraint("char_length(author_name) BETWEEN 1 AND 200", name="author_name_length"),
        Index("ix_correspondence_message_thread", "thread_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    thread_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("correspondence_thread.id", ondelete="CASCADE"), nullable=False
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    author_name: Mapped[str] = mapped_column(String(200), nullable=False)
    from_supplier: Mapped[bool] = mapped_column(Boolean, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
