"""Contact requests from customers to providers, and the reviews that may follow them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class ContactStatus(StrEnum):
    new = "new"  # the provider has not answered yet: the deadline runs
    in_progress = "in_progress"
    handled = "handled"


class ContactRequest(RecordMixin, Base):
    """A customer's request to be contacted; `created_at` is when it arrived."""

    __tablename__ = "contact_request"
    __table_args__ = (
        CheckConstraint("status IN ('new', 'in_progress', 'handled')", name="status_known"),
        CheckConstraint("for_whom IN ('self', 'other')", name="for_whom_known"),
        # The customer's details are required until the request is anonymised (its provider
        # was erased); then they are blank (anonymised_blank).
        CheckConstraint(
            "anonymised_at IS NOT NULL OR char_length(btrim(name)) BETWEEN 1 AND 100",
            name="name_length",
        ),
        CheckConstraint(
            "anonymised_at IS NOT NULL OR position('@' in email) > 1", name="email_format"
        ),
        CheckConstraint(
            "anonymised_at IS NOT NULL OR phone ~ '^\\+[1-9][0-9]{6,14}$'", name="phone_e164"
        ),
        CheckConstraint(
            "anonymised_at IS NOT NULL OR char_length(message) BETWEEN 1 AND 2000",
            name="message_length",
        ),
        CheckConstraint(
            "anonymised_at IS NOT NULL OR char_length(btrim(location)) BETWEEN 2 AND 100",
            name="location_length",
        ),
        CheckConstraint(
            "anonymised_at IS NULL OR (name = '' AND email = '' AND phone = ''"
            " AND member_number IS NULL AND location = '' AND place_id IS NULL"
            " AND message = '' AND note = '' AND review_token_hash IS NULL)",
            name="anonymised_blank",
        ),
        CheckConstraint(
            "member_number IS NULL OR member_number ~ '^[0-9A-Za-z-]{1,20}$'",
            name="member_number_format",
        ),
        CheckConstraint("char_length(note) <= 1000", name="note_length"),
        CheckConstraint("language IN ('nl', 'fr', 'en')", name="language_known"),
        CheckConstraint("(status = 'new') = (answered_at IS NULL)", name="answered_when_not_new"),
        CheckConstraint("(status = 'handled') = (handled_at IS NOT NULL)", name="handled_at"),
        CheckConstraint("appointment_on IS NULL OR status <> 'new'", name="appointment_answered"),
        CheckConstraint("deadline_at > created_at", name="deadline_after_arrival"),
        Index("ix_contact_request_profile_created", "profile_id", "created_at"),
        Index(
            "ix_contact_request_open_deadline",
            "deadline_at",
            postgresql_where=text("status = 'new'"),
        ),
        # The requests still waiting for their review invitation (sent once, see reviews).
        Index(
            "ix_contact_request_review_due",
            "created_at",
            postgresql_where=text("review_invited_at IS NULL AND anonymised_at IS NULL"),
        ),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    phone: Mapped[str] = mapped_column(String(16), nullable=False)
    member_number: Mapped[str | None] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(100), nullable=False)
    place_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("place.id", ondelete="SET NULL")
    )
    for_whom: Mapped[str] = mapped_column(String(5), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, server_default="new")
    deadline_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    appointment_on: Mapped[date | None] = mapped_column(Date)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    overdue_reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The personal review link: only its hash is kept; used once.
    review_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    review_invited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The provider was erased: the customer's details are gone, the dates stay for statistics.
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Review(RecordMixin, Base):
    """A customer's stars and words about a request; one per request."""

    __tablename__ = "review"
    __table_args__ = (
        CheckConstraint("stars BETWEEN 1 AND 5", name="stars_range"),
        CheckConstraint("char_length(text) <= 2000", name="text_length"),
        CheckConstraint("reply IS NULL OR char_length(reply) BETWEEN 1 AND 2000", name="reply"),
        CheckConstraint("(reply IS NULL) = (replied_at IS NULL)", name="replied_at"),
        CheckConstraint("(hidden_at IS NULL) = (hidden_reason IS NULL)", name="hidden_with_reason"),
        Index("ix_review_profile_created", "profile_id", "created_at"),
    )

    contact_request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact_request.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), nullable=False
    )
    stars: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    author_name: Mapped[str] = mapped_column(String(100), nullable=False)
    reply: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    hidden_reason: Mapped[str | None] = mapped_column(String(500))
    hidden_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
