"""Hours: what a helper logged for an engagement, its approval by the dossier's side, the notices
the reminder jobs sent, and the monthly payment runs that collect and pay the approved amounts."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class EntryStatus(StrEnum):
    submitted = "submitted"  # waiting for the dossier's side
    approved = "approved"  # locked; a later change is a correcting entry
    rejected = "rejected"  # with a reason; the helper corrects it (it is submitted again)
    superseded = "superseded"  # an approved entry whose correction was approved since


class TimesheetEntry(RecordMixin, Base):
    """Hours a helper worked on one day for an engagement (start and end, or a duration)."""

    __tablename__ = "timesheet_entry"
    __table_args__ = (
        CheckConstraint(
            "status IN ('submitted', 'approved', 'rejected', 'superseded')", name="status_known"
        ),
        CheckConstraint("(starts_at IS NULL) = (ends_at IS NULL)", name="times_whole"),
        CheckConstraint("starts_at IS NULL OR ends_at > starts_at", name="times_order"),
        CheckConstraint("break_minutes BETWEEN 0 AND 600", name="break_range"),
        CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes_range"),
        # With times, the minutes are what lies between them less the break.
        CheckConstraint(
            "starts_at IS NULL OR minutes ="
            " extract(epoch FROM ends_at - starts_at)::int / 60 - break_minutes",
            name="minutes_from_times",
        ),
        CheckConstraint("char_length(note) <= 500", name="note_length"),
        CheckConstraint(
            "hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 100 AND 20000",
            name="rate_range",
        ),
        CheckConstraint(
            "(status = 'submitted') = (decided_at IS NULL)"
            " AND (status <> 'submitted' OR decided_by_user_id IS NULL)",
            name="decision_complete",
        ),
        CheckConstraint(
            "(status = 'rejected') = (reject_reason IS NOT NULL)", name="reject_reason_present"
        ),
        CheckConstraint(
            "reject_reason IS NULL OR char_length(reject_reason) BETWEEN 1 AND 1000",
            name="reject_reason_length",
        ),
        CheckConstraint(
            "payment_run_id IS NULL OR status IN ('approved', 'superseded')", name="paid_approved"
        ),
        CheckConstraint("corrects_entry_id IS NULL OR corrects_entry_id <> id", name="not_self"),
        # An approved entry has at most one correction on its way or approved at a time.
        Index(
            "ux_timesheet_entry_correction",
            "corrects_entry_id",
            unique=True,
            postgresql_where=text("corrects_entry_id IS NOT NULL AND status <> 'superseded'"),
        ),
        Index("ix_timesheet_entry_helper_day", "helper_id", "work_date"),
        Index("ix_timesheet_entry_engagement", "engagement_id", "work_date"),
        Index("ix_timesheet_entry_dossier", "dossier_id", "work_date"),
        # The reminders and the overdue list read the open entries by month.
        Index(
            "ix_timesheet_entry_open",
            "work_date",
            "dossier_id",
            postgresql_where=text("status = 'submitted'"),
        ),
        # A payment run reads the approved paid entries not yet in a run.
        Index(
            "ix_timesheet_entry_unpaid",
            "work_date",
            postgresql_where=text(
                "status = 'approved' AND payment_run_id IS NULL AND hourly_rate_cents IS NOT NULL"
            ),
        ),
        Index("ix_timesheet_entry_run", "payment_run_id"),
        # The foreign keys' checks when an entry or a user goes (no scan of every entry).
        Index(
            "ix_timesheet_entry_corrects",
            "corrects_entry_id",
            postgresql_where=text("corrects_entry_id IS NOT NULL"),
        ),
        Index(
            "ix_timesheet_entry_decided_by",
            "decided_by_user_id",
            postgresql_where=text("decided_by_user_id IS NOT NULL"),
        ),
    )

    engagement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), nullable=False
    )
    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False
    )
    helper_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("helper_profile.id", ondelete="CASCADE"), nullable=False
    )
    work_date: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    break_minutes: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # The engagement's rate when the hours were logged; none for a volunteer (hours only).
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    amount_cents: Mapped[int | None] = mapped_column(
        Integer,
        Computed("round(minutes * hourly_rate_cents / 60.0)::integer", persisted=True),
    )
    status: Mapped[str] = mapped_column(String(12), nullable=False, server_default="submitted")
    corrects_entry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("timesheet_entry.id", ondelete="RESTRICT")
    )
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    reject_reason: Mapped[str | None] = mapped_column(Text)
    payment_run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("payment_run.id", ondelete="RESTRICT")
    )
    # What the run collected and paid for this entry: its amount, less what an earlier run
    # already paid for the entry it corrects.
    settled_cents: Mapped[int | None] = mapped_column(Integer)


class HoursNotice(Base):
    """A reminder or escalation the hours jobs sent, once per kind, period and recipient: the
    unique key lets several workers run the same job without sending twice."""

    __tablename__ = "hours_notice"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('log_week', 'approve_month', 'overdue_month')", name="kind_known"
        ),
        UniqueConstraint("kind", "period", "recipient", name="uq_hours_notice"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    period: Mapped[date] = mapped_column(Date, nullable=False)
    # A user id, or "staff" for the staff mailbox.
    recipient: Mapped[str] = mapped_column(String(40), nullable=False)
    sent_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )


class PaymentRun(RecordMixin, Base):
    """One month's collection from the help seekers and payment to the helpers (made once)."""

    __tablename__ = "payment_run"
    __table_args__ = (
        UniqueConstraint("month", name="uq_payment_run_month"),
        CheckConstraint("extract(day FROM month) = 1", name="month_first_day"),
        CheckConstraint("entries >= 0", name="entries_counted"),
        CheckConstraint("collected_cents >= 0 AND paid_cents >= 0", name="totals_positive"),
    )

    month: Mapped[date] = mapped_column(Date, nullable=False)
    made_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    entries: Mapped[int] = mapped_column(Integer, nullable=False)
    collected_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    paid_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    collection_date: Mapped[date] = mapped_column(Date, nullable=False)


class PaymentRunLine(Base):
    """One collection from a dossier's account or one payment to a helper's account in a run,
    with the account as it was at the run: the SEPA files are made from these lines."""

    __tablename__ = "payment_run_line"
    __table_args__ = (
        CheckConstraint("kind IN ('collection', 'payment')", name="kind_known"),
        CheckConstraint(
            "(kind = 'collection') = (dossier_id IS NOT NULL)"
            " AND (kind = 'payment') = (helper_id IS NOT NULL)",
            name="party_present",
        ),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        UniqueConstraint("payment_run_id", "kind", "dossier_id", "helper_id", name="uq_line"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    payment_run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("payment_run.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("dossier.id", ondelete="RESTRICT")
    )
    helper_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("helper_profile.id", ondelete="RESTRICT")
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    iban: Mapped[str] = mapped_column(String(34), nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    entries: Mapped[int] = mapped_column(Integer, nullable=False)
    # The direct-debit mandate: the dossier's acceptance of the terms.
    mandate_id: Mapped[str | None] = mapped_column(String(35))
    mandate_date: Mapped[date | None] = mapped_column(Date)
