"""Private messages between neighbours: one conversation per pair of people (or per pair and
help request), what each has read, blocks between people and reports to staff."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin

MAX_MESSAGE_LENGTH = 2000
MAX_REPORT_LENGTH = 1000


class Conversation(RecordMixin, Base):
    """Two people, `first_user_id < second_user_id`, so a pair has one conversation (and one
    more per help request they talk about, and one per municipality or social service whose
    member, `organisation_user_id`, wrote to a volunteer on its behalf)."""

    __tablename__ = "neighbour_conversation"
    __table_args__ = (
        CheckConstraint("first_user_id < second_user_id", name="pair_ordered"),
        CheckConstraint("post_id IS NULL OR organisation_id IS NULL", name="one_context"),
        CheckConstraint(
            "(organisation_id IS NULL) = (organisation_user_id IS NULL)"
            " AND (organisation_user_id IS NULL"
            " OR organisation_user_id IN (first_user_id, second_user_id))",
            name="organisation_side",
        ),
        Index(
            "uq_neighbour_conversation_pair",
            "first_user_id",
            "second_user_id",
            unique=True,
            postgresql_where=text("post_id IS NULL AND organisation_id IS NULL"),
        ),
        Index(
            "uq_neighbour_conversation_pair_organisation",
            "first_user_id",
            "second_user_id",
            "organisation_id",
            unique=True,
            postgresql_where=text("organisation_id IS NOT NULL"),
        ),
        Index(
            "uq_neighbour_conversation_pair_post",
            "first_user_id",
            "second_user_id",
            "post_id",
            unique=True,
            postgresql_where=text("post_id IS NOT NULL"),
        ),
    )

    first_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    second_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    post_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhood_post.id", ondelete="SET NULL")
    )
    # A municipality's or social service's conversation: the organisation and its member who
    # speaks for it (the other side sees "Gina V. (Gemeente Utrecht)").
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    organisation_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE")
    )
    last_message_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ConversationMember(Base):
    """One side of a conversation: what they read and when they were last told by e-mail."""

    __tablename__ = "neighbour_conversation_member"
    __table_args__ = (Index("ix_neighbour_conversation_member_user", "user_id", "last_message_at"),)

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbour_conversation.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    # Copied from the conversation, so a person's inbox reads one index in order.
    last_message_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The batched e-mail: sent at most once for the messages that arrived since this moment.
    notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NeighbourMessage(RecordMixin, Base):
    __tablename__ = "neighbour_message"
    __table_args__ = (
        CheckConstraint(
            f"char_length(btrim(body)) BETWEEN 1 AND {MAX_MESSAGE_LENGTH}", name="body_length"
        ),
        Index("ix_neighbour_message_conversation", "conversation_id", "created_at", "id"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbour_conversation.id", ondelete="CASCADE"), nullable=False
    )
    sender_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    body: Mapped[str] = mapped_column(Text, nullable=False)


class PersonBlock(Base):
    """`blocker` no longer hears from `blocked`: no new messages either way between them."""

    __tablename__ = "person_block"
    __table_args__ = (CheckConstraint("blocker_user_id != blocked_user_id", name="not_self"),)

    blocker_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    blocked_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


class ReportSubject(StrEnum):
    post = "post"
    reply = "reply"
    message = "message"
    person = "person"


class ReportStatus(StrEnum):
    open = "open"
    handled = "handled"


class NeighbourhoodReport(RecordMixin, Base):
    """A resident reports a post, a reply, a message or a person; staff handle it in the
    console's queue (and only then may read the reported message, audited)."""

    __tablename__ = "neighbourhood_report"
    __table_args__ = (
        CheckConstraint(
            "subject_type IN ('post', 'reply', 'message', 'person')", name="subject_known"
        ),
        CheckConstraint("status IN ('open', 'handled')", name="status_known"),
        CheckConstraint(
            f"char_length(btrim(reason)) BETWEEN 1 AND {MAX_REPORT_LENGTH}", name="reason_length"
        ),
        CheckConstraint(
            "(status = 'handled') = (handled_at IS NOT NULL)", name="handled_at_when_handled"
        ),
        CheckConstraint(
            "outcome IS NULL OR char_length(btrim(outcome)) BETWEEN 1 AND 1000",
            name="outcome_length",
        ),
        CheckConstraint("reporter_user_id != reported_user_id", name="not_self"),
        Index(
            "ix_neighbourhood_report_queue",
            "created_at",
            "id",
            postgresql_where=text("status = 'open'"),
        ),
        # One open report per reporter and subject: reporting twice changes nothing.
        Index(
            "uq_neighbourhood_report_open",
            "reporter_user_id",
            "subject_type",
            "subject_id",
            unique=True,
            postgresql_where=text("status = 'open'"),
        ),
    )

    reporter_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    reported_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    neighbourhood_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="SET NULL")
    )
    subject_type: Mapped[str] = mapped_column(String(10), nullable=False)
    # The post, reply, message or person reported (no foreign key: four tables).
    subject_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="open")
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handled_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    outcome: Mapped[str | None] = mapped_column(Text)
