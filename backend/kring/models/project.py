"""Projects (care arrangements an organisation has with the supplier, led by a care manager),
their members (the organisation's contact persons) and the shifts ("diensten") worked in them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL
from kring.kit.db import Base, RecordMixin


class ProjectKind(StrEnum):
    residential = "residential"  # woonvoorziening
    day_care = "day_care"  # dagbesteding
    home_care = "home_care"  # thuiszorg in de wijk
    other = "other"


class ShiftFunction(StrEnum):
    """What a shift's worker does. The first three are care given by professionals in the BIG
    or care registers (VAT-exempt under art. 11(1)(g) Wet OB); the others carry 21% VAT."""

    nurse = "nurse"  # verpleegkundige
    carer = "carer"  # verzorgende IG
    care_assistant = "care_assistant"  # helpende zorg & welzijn
    support_worker = "support_worker"  # begeleider (activiteiten, dagbesteding)
    domestic_help = "domestic_help"  # huishoudelijke hulp
    host = "host"  # gastvrouw/-heer, facilitair


VAT_EXEMPT_FUNCTIONS = frozenset(
    {ShiftFunction.nurse, ShiftFunction.carer, ShiftFunction.care_assistant}
)


class ShiftStatus(StrEnum):
    planned = "planned"
    confirmed = "confirmed"
    cancelled = "cancelled"


class Project(RecordMixin, Base):
    """A care arrangement under an organisation's responsibility where the supplier works
    shifts; `leader_id` is the internal project leader, a staff member with the care manager
    role (the service checks the role)."""

    __tablename__ = "project"
    __table_args__ = (
        # The pair a project member's row points at: a member and a project of one organisation.
        UniqueConstraint("id", "organisation_id", name="uq_project_id_organisation"),
        CheckConstraint(
            "kind IN ('residential', 'day_care', 'home_care', 'other')", name="kind_known"
        ),
        CheckConstraint("char_length(btrim(name)) BETWEEN 1 AND 200", name="name_length"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint(
            "starts_on >= '2000-01-01' AND starts_on < '2100-01-01'", name="starts_on_range"
        ),
        CheckConstraint("ends_on IS NULL OR ends_on < '2100-01-01'", name="ends_on_range"),
        CheckConstraint(
            "(street IS NULL) = (house_number IS NULL)"
            " AND (street IS NULL) = (postcode IS NULL)"
            " AND (street IS NULL) = (city IS NULL)"
            " AND (street IS NOT NULL OR house_number_addition IS NULL)",
            name="address_complete",
        ),
        CheckConstraint(
            f"street IS NULL OR (char_length(btrim(street)) BETWEEN 1 AND 200"
            f" AND house_number ~ '{HOUSE_NUMBER_SQL}'"
            f" AND (house_number_addition IS NULL OR house_number_addition ~ '{ADDITION_SQL}')"
            " AND postcode ~ '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$'"
            " AND char_length(btrim(city)) BETWEEN 1 AND 100)",
            name="address_format",
        ),
        CheckConstraint(
            "description IS NULL OR char_length(description) <= 2000", name="description_length"
        ),
        Index("ix_project_organisation", "organisation_id", "starts_on", "id"),
        # The lists' order (current first, then by name), as `projects/repository.py` writes it.
        Index(
            "ix_project_current_first",
            text("coalesce(ends_on, DATE '2100-01-01') DESC"),
            text("lower(name)"),
            "id",
        ),
        Index(
            "ix_project_current_first_organisation",
            "organisation_id",
            text("coalesce(ends_on, DATE '2100-01-01') DESC"),
            text("lower(name)"),
            "id",
        ),
        Index("ix_project_leader", "leader_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str | None] = mapped_column(String(2000))
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(5))
    house_number_addition: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    leader_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=False
    )


class ProjectMember(Base):
    """A contact person of the organisation who is a member of one of its projects. The two
    composite keys make a member of another organisation's project impossible."""

    __tablename__ = "project_member"
    __table_args__ = (
        ForeignKeyConstraint(
            ["project_id", "organisation_id"],
            ["project.id", "project.organisation_id"],
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["membership_id", "organisation_id"],
            ["membership.id", "membership.organisation_id"],
            ondelete="CASCADE",
        ),
        Index("ix_project_member_membership", "membership_id"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    membership_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    added_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )


class Shift(RecordMixin, Base):
    """A shift worked in a project: a date, a start and an end (an end at or before the start
    is on the next day), the function and who works it, the hourly rate it is invoiced at.
    Confirming it mails the service confirmations; once on an invoice it no longer changes."""

    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint(
            "function IN ('nurse', 'carer', 'care_assistant', 'support_worker', "
            "'domestic_help', 'host')",
            name="function_known",
        ),
        CheckConstraint("status IN ('planned', 'confirmed', 'cancelled')", name="status_known"),
        CheckConstraint(
            "(status = 'confirmed') = (confirmed_at IS NOT NULL)",
            name="confirmed_at_when_confirmed",
        ),
        CheckConstraint("invoice_id IS NULL OR status = 'confirmed'", name="invoiced_confirmed"),
        CheckConstraint(
            "char_length(btrim(worker_name)) BETWEEN 1 AND 200", name="worker_name_length"
        ),
        CheckConstraint("break_minutes BETWEEN 0 AND 240", name="break_minutes_range"),
        CheckConstraint("hourly_rate_cents BETWEEN 1 AND 100000", name="hourly_rate_range"),
        CheckConstraint(
            "works_on >= '2000-01-01' AND works_on < '2100-01-01'", name="works_on_range"
        ),
        CheckConstraint("starts_at != ends_at", name="not_empty"),
        # The break is shorter than the shift (which may run past midnight).
        CheckConstraint(
            "break_minutes * 60 < extract(epoch FROM (ends_at - starts_at))"
            " + CASE WHEN ends_at < starts_at THEN 86400 ELSE 0 END",
            name="break_within_shift",
        ),
        CheckConstraint("note IS NULL OR char_length(note) <= 500", name="note_length"),
        Index("ix_shift_project_day", "project_id", "works_on", "starts_at", "id"),
        Index(
            "ix_shift_to_invoice",
            "project_id",
            "works_on",
            postgresql_where=text("status = 'confirmed' AND invoice_id IS NULL"),
        ),
        Index("ix_shift_invoice", "invoice_id", postgresql_where=text("invoice_id IS NOT NULL")),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), nullable=False
    )
    works_on: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[time] = mapped_column(Time, nullable=False)
    ends_at: Mapped[time] = mapped_column(Time, nullable=False)
    break_minutes: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    function: Mapped[str] = mapped_column(String(20), nullable=False)
    worker_name: Mapped[str] = mapped_column(String(200), nullable=False)
    hourly_rate_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="planned")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT")
    )
