"""Dossiers: a help seeker's file, managed by the person who created it (a partner, or the help
seeker themself), with the people acting for the help seeker (proxies), its transfers to a new
manager and the history of its statuses."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL
from kring.kit.bank import IBAN_SQL
from kring.kit.db import Base, RecordMixin


class DossierStatus(StrEnum):
    draft = "draft"  # the wizard is not complete
    awaiting_payment = "awaiting_payment"  # every step done; the registration fee is next
    searching = "searching"  # paid, and its manager may have it matched
    matched = "matched"  # a helper took it on
    paused = "paused"  # by its manager, for a while
    closed = "closed"  # with a reason; for good


class DossierStep(StrEnum):
    who = "who"
    help = "help"
    when = "when"
    bank = "bank"
    terms = "terms"


class HowOften(StrEnum):
    once = "once"
    weekly = "weekly"
    several_times_a_week = "several_times_a_week"
    every_two_weeks = "every_two_weeks"
    monthly = "monthly"


class ProxyRight(StrEnum):
    view = "view"  # read the dossier
    manage = "manage"  # change its steps and its status
    approve_hours = "approve_hours"  # approve a helper's hours (matching comes later)
    see_payments = "see_payments"  # see the dossier's payments


class TransferStatus(StrEnum):
    offered = "offered"
    accepted = "accepted"
    withdrawn = "withdrawn"


def _sql_list(values: type[StrEnum]) -> str:
    return ", ".join(f"'{value.value}'" for value in values)


STATUSES_SQL = _sql_list(DossierStatus)
STEPS_SQL = _sql_list(DossierStep)
RIGHTS_SQL = _sql_list(ProxyRight)
# Three day-parts a day, seven days: 21 bits (kit/day_parts).
DAY_PARTS_MAX = 2**21 - 1
E164_SQL = "^\\+[1-9][0-9]{6,14}$"


class Dossier(RecordMixin, Base):
    __tablename__ = "dossier"
    __table_args__ = (
        CheckConstraint(f"status IN ({STATUSES_SQL})", name="status_known"),
        CheckConstraint("paused_from IN ('searching', 'matched')", name="paused_from_known"),
        CheckConstraint("(status = 'paused') = (paused_from IS NOT NULL)", name="paused_from_set"),
        CheckConstraint("(status = 'closed') = (closed_reason IS NOT NULL)", name="closed_reason"),
        CheckConstraint(
            "char_length(closed_reason) BETWEEN 1 AND 1000", name="closed_reason_length"
        ),
        CheckConstraint(
            f"completed_steps <@ ARRAY[{STEPS_SQL}]::varchar[]", name="completed_steps_known"
        ),
        # Past the wizard, every step is complete; searching or beyond, the fee is paid.
        CheckConstraint(
            "status IN ('draft', 'closed') OR cardinality(completed_steps) = 5",
            name="steps_before_payment",
        ),
        CheckConstraint(
            "status IN ('draft', 'awaiting_payment', 'closed') OR paid_at IS NOT NULL",
            name="paid_before_searching",
        ),
        # Who
        CheckConstraint(
            "char_length(btrim(first_name)) BETWEEN 1 AND 100", name="first_name_length"
        ),
        CheckConstraint("char_length(btrim(name_prefix)) BETWEEN 1 AND 30", name="prefix_length"),
        CheckConstraint("char_length(btrim(last_name)) BETWEEN 1 AND 100", name="last_name_length"),
        CheckConstraint("birth_year BETWEEN 1900 AND 2100", name="birth_year_range"),
        CheckConstraint("char_length(btrim(street)) BETWEEN 1 AND 200", name="street_length"),
        CheckConstraint(f"house_number ~ '{HOUSE_NUMBER_SQL}'", name="house_number_format"),
        CheckConstraint(f"house_number_addition ~ '{ADDITION_SQL}'", name="addition_format"),
        CheckConstraint("postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'", name="postcode_format"),
        CheckConstraint("char_length(btrim(city)) BETWEEN 1 AND 100", name="city_length"),
        CheckConstraint(
            "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180",
            name="location_range",
        ),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="location_whole"),
        CheckConstraint(
            "cardinality(languages) BETWEEN 1 AND 10"
            " AND array_to_string(languages, ',') ~ '^[a-z]{2}(,[a-z]{2})*$'",
            name="languages_format",
        ),
        CheckConstraint(f"phone ~ '{E164_SQL}'", name="phone_format"),
        CheckConstraint(
            "char_length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'", name="email_format"
        ),
        # What help
        CheckConstraint("char_length(help_text) <= 2000", name="help_text_length"),
        # When
        CheckConstraint(f"day_parts BETWEEN 0 AND {DAY_PARTS_MAX}", name="day_parts_range"),
        CheckConstraint(f"how_often IN ({_sql_list(HowOften)})", name="how_often_known"),
        CheckConstraint(
            "NOT ('when' = ANY(completed_steps))"
            " OR (day_parts > 0 AND how_often IS NOT NULL AND starts_on IS NOT NULL)",
            name="when_complete",
        ),
        # Bank
        CheckConstraint(f"iban ~ '{IBAN_SQL}'", name="iban_format"),
        CheckConstraint(
            "char_length(btrim(account_holder)) BETWEEN 1 AND 200", name="account_holder_length"
        ),
        CheckConstraint(
            "NOT ('bank' = ANY(completed_steps))"
            " OR (iban IS NOT NULL AND account_holder IS NOT NULL)",
            name="bank_complete",
        ),
        # Terms: which versions, by whom and when, all or nothing.
        CheckConstraint(
            "(terms_version IS NULL) = (privacy_version IS NULL)"
            " AND (terms_version IS NULL) = (terms_accepted_at IS NULL)"
            " AND (terms_version IS NULL) = (terms_accepted_by_user_id IS NULL)",
            name="terms_whole",
        ),
        CheckConstraint(
            "NOT ('terms' = ANY(completed_steps)) OR terms_version IS NOT NULL",
            name="terms_complete",
        ),
        # The manager's list, newest first (its keyset).
        Index(
            "ix_dossier_manager_newest", "manager_user_id", text("created_at DESC"), text("id DESC")
        ),
        Index("ix_dossier_help_seeker", "help_seeker_user_id"),
        # Staff's list, newest first.
        Index("ix_dossier_newest", text("created_at DESC"), text("id DESC")),
    )

    manager_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=False
    )
    # The help seeker's own account, when they have one linked (self sign-up, or a transfer to
    # them); they always see their dossier and its access log.
    help_seeker_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default="draft")
    paused_from: Mapped[str | None] = mapped_column(String(20))
    closed_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )
    completed_steps: Mapped[list[str]] = mapped_column(
        ARRAY(String(10)), nullable=False, server_default="{}"
    )
    # Who
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_prefix: Mapped[str | None] = mapped_column(String(30))
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    birth_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    street: Mapped[str] = mapped_column(String(200), nullable=False)
    house_number: Mapped[str] = mapped_column(String(5), nullable=False)
    house_number_addition: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str] = mapped_column(String(7), nullable=False)
    city: Mapped[str] = mapped_column(String(100), nullable=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(2)), nullable=False)
    phone: Mapped[str] = mapped_column(String(16), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254))
    # What help (the skills are in dossier_skill)
    help_text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # When
    day_parts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    how_often: Mapped[str | None] = mapped_column(String(30))
    starts_on: Mapped[date | None] = mapped_column(Date)
    # Bank
    iban: Mapped[str | None] = mapped_column(String(34))
    account_holder: Mapped[str | None] = mapped_column(String(200))
    # Terms
    terms_version: Mapped[str | None] = mapped_column(String(20))
    privacy_version: Mapped[str | None] = mapped_column(String(20))
    terms_accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    terms_accepted_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    # The registration fee (EUR 10), once paid.
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DossierSkill(Base):
    """A skill the help seeker needs (at least one once the help step is done)."""

    __tablename__ = "dossier_skill"

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("skill.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class DossierStatusChange(RecordMixin, Base):
    """The history: every change of a dossier's status, who made it and why. Kept for good."""

    __tablename__ = "dossier_status_change"
    __table_args__ = (
        CheckConstraint(
            f"from_status IN ({STATUSES_SQL}) AND to_status IN ({STATUSES_SQL})",
            name="statuses_known",
        ),
        CheckConstraint("from_status IS DISTINCT FROM to_status", name="a_change"),
        CheckConstraint("char_length(reason) BETWEEN 1 AND 1000", name="reason_length"),
        Index("ix_dossier_status_change_dossier", "dossier_id", "created_at"),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False
    )
    # Nobody for changes the payment provider or a job made.
    changed_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    from_status: Mapped[str | None] = mapped_column(String(20))  # none: created
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)


class DossierProxy(RecordMixin, Base):
    """Someone acting for the help seeker, with their own rights and an optional last day;
    invited by e-mail (a token link, stored hashed) and linked to an account on acceptance."""

    __tablename__ = "dossier_proxy"
    __table_args__ = (
        CheckConstraint(
            f"cardinality(rights) BETWEEN 1 AND 4 AND rights <@ ARRAY[{RIGHTS_SQL}]::varchar[]"
            " AND 'view' = ANY(rights)",
            name="rights_known",
        ),
        CheckConstraint("char_length(email) BETWEEN 3 AND 254", name="email_length"),
        CheckConstraint("octet_length(token_hash) = 32", name="token_hash_length"),
        CheckConstraint("(accepted_at IS NULL) = (user_id IS NULL)", name="accepted_by_someone"),
        CheckConstraint(
            "removed_at IS NOT NULL OR removed_by_user_id IS NULL", name="removed_by_when_removed"
        ),
        # One standing invitation or proxy per person and dossier.
        Index(
            "uq_dossier_proxy_email",
            "dossier_id",
            text("lower(email)"),
            unique=True,
            postgresql_where=text("removed_at IS NULL"),
        ),
        Index(
            "uq_dossier_proxy_user",
            "dossier_id",
            "user_id",
            unique=True,
            postgresql_where=text("removed_at IS NULL AND user_id IS NOT NULL"),
        ),
        Index("ix_dossier_proxy_user", "user_id", postgresql_where=text("removed_at IS NULL")),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True
    )
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    rights: Mapped[list[str]] = mapped_column(ARRAY(String(20)), nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    token_expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    invited_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE")
    )
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class DossierTransfer(RecordMixin, Base):
    """The manager hands the dossier to someone else by e-mail; they accept through a link."""

    __tablename__ = "dossier_transfer"
    __table_args__ = (
        CheckConstraint("status IN ('offered', 'accepted', 'withdrawn')", name="status_known"),
        CheckConstraint("char_length(to_email) BETWEEN 3 AND 254", name="to_email_length"),
        CheckConstraint("octet_length(token_hash) = 32", name="token_hash_length"),
        CheckConstraint("(status = 'offered') = (decided_at IS NULL)", name="decided_when_done"),
        CheckConstraint(
            "(status = 'accepted') = (accepted_by_user_id IS NOT NULL)", name="accepted_by_someone"
        ),
        # One open transfer per dossier.
        Index(
            "uq_dossier_transfer_open",
            "dossier_id",
            unique=True,
            postgresql_where=text("status = 'offered'"),
        ),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True
    )
    from_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    to_email: Mapped[str] = mapped_column(String(254), nullable=False)
    # The new manager is the help seeker themself: their account is linked to the dossier.
    to_help_seeker: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="offered")
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    accepted_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
