"""Matching: a partner's proposal to a helper to take on a dossier, the first meeting it leads to,
the engagement that starts when both sides confirm it, and the private calendar feeds."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin
from kring.models.dossier import DAY_PARTS_MAX


class ProposalStatus(StrEnum):
    sent = "sent"  # waiting for the helper
    other_moment = "other_moment"  # the helper accepts, at another first-meeting moment
    accepted = "accepted"  # the helper accepts the proposed moment (or "to be agreed")
    declined = "declined"  # by the helper, with a reason
    withdrawn = "withdrawn"  # by the partner, before an answer
    expired = "expired"  # no answer within the settings' days
    # After the first meeting: confirmed by both starts an engagement; ended by either ends it.
    confirmed = "confirmed"
    ended = "ended"


OPEN_PROPOSAL_STATUSES = ("sent", "other_moment", "accepted")


class EngagementStatus(StrEnum):
    active = "active"
    paused = "paused"
    ended = "ended"


class MatchProposal(RecordMixin, Base):
    """A proposal to a helper for a dossier: what help, which day-parts, the first meeting."""

    __tablename__ = "match_proposal"
    __table_args__ = (
        CheckConstraint(
            "status IN ('sent', 'other_moment', 'accepted', 'declined', 'withdrawn', 'expired',"
            " 'confirmed', 'ended')",
            name="status_known",
        ),
        CheckConstraint("char_length(message) BETWEEN 1 AND 2000", name="message_length"),
        CheckConstraint(f"day_parts BETWEEN 1 AND {DAY_PARTS_MAX}", name="day_parts_range"),
        CheckConstraint(
            "hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 100 AND 20000",
            name="rate_range",
        ),
        CheckConstraint(
            "(status = 'declined') = (decline_reason IS NOT NULL)"
            " AND (decline_reason IS NULL OR char_length(decline_reason) BETWEEN 1 AND 1000)",
            name="decline_reason",
        ),
        CheckConstraint(
            "(status = 'other_moment') <= (counter_meeting_at IS NOT NULL)",
            name="other_moment_given",
        ),
        CheckConstraint(
            "end_reason IS NULL OR char_length(end_reason) BETWEEN 1 AND 1000",
            name="end_reason_length",
        ),
        # One open proposal per dossier and helper at a time.
        Index(
            "ux_match_proposal_open",
            "dossier_id",
            "helper_id",
            unique=True,
            postgresql_where=text("status IN ('sent', 'other_moment', 'accepted')"),
        ),
        Index("ix_match_proposal_dossier", "dossier_id", text("created_at DESC"), text("id DESC")),
        Index("ix_match_proposal_helper", "helper_id", text("created_at DESC"), text("id DESC")),
        # The expiry and reminder jobs read only what still waits for the helper.
        Index("ix_match_proposal_waiting", "expires_at", postgresql_where=text("status = 'sent'")),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False
    )
    helper_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("helper_profile.id", ondelete="CASCADE"), nullable=False
    )
    sent_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default="sent")
    message: Mapped[str] = mapped_column(Text, nullable=False)
    skill_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid()), nullable=False, server_default="{}"
    )
    day_parts: Mapped[int] = mapped_column(Integer, nullable=False)
    # The proposed first meeting; None is "to be agreed".
    meeting_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    counter_meeting_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    # After the first meeting: each side's confirmation; both set starts the engagement.
    partner_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    helper_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    end_reason: Mapped[str | None] = mapped_column(Text)


class Engagement(RecordMixin, Base):
    """A helper working for a help seeker: from the confirmed first meeting until either ends it."""

    __tablename__ = "engagement"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'paused', 'ended')", name="status_known"),
        CheckConstraint(f"day_parts BETWEEN 1 AND {DAY_PARTS_MAX}", name="day_parts_range"),
        CheckConstraint(
            "(status = 'ended') = (ended_at IS NOT NULL)"
            " AND (ended_at IS NULL OR end_reason IS NOT NULL)",
            name="end_complete",
        ),
        CheckConstraint(
            "end_reason IS NULL OR char_length(end_reason) BETWEEN 1 AND 1000",
            name="end_reason_length",
        ),
        CheckConstraint(
            "pause_reason IS NULL OR char_length(pause_reason) BETWEEN 1 AND 1000",
            name="pause_reason_length",
        ),
        CheckConstraint(
            "hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 100 AND 20000",
            name="rate_range",
        ),
        # One running engagement per dossier and helper.
        Index(
            "ux_engagement_running",
            "dossier_id",
            "helper_id",
            unique=True,
            postgresql_where=text("status <> 'ended'"),
        ),
        Index("ix_engagement_dossier", "dossier_id", text("created_at DESC")),
        Index("ix_engagement_helper", "helper_id", text("created_at DESC")),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False
    )
    helper_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("helper_profile.id", ondelete="CASCADE"), nullable=False
    )
    proposal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("match_proposal.id", ondelete="RESTRICT"), nullable=False, unique=True
    )
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="active")
    day_parts: Mapped[int] = mapped_column(Integer, nullable=False)
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    pause_reason: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    end_reason: Mapped[str | None] = mapped_column(Text)
    ended_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class CalendarFeed(RecordMixin, Base):
    """A person's private iCal address (only its hash is stored); revoked, it answers 404."""

    __tablename__ = "calendar_feed"
    __table_args__ = (
        Index(
            "ux_calendar_feed_user_active",
            "user_id",
            unique=True,
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reads: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
