"""The neighbourhood concierge: residents who need help regularly subscribe (with a monthly
budget and its funding), ask the concierge for help (a case), the concierge proposes options
(informal help first, then professionals) and the subscriber chooses; costs are booked against
the subscription's monthly budget."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin, new_id

MAX_BUDGET_CENTS = 10_000_000
MAX_COST_CENTS = 10_000_000
MAX_SUBJECT_LENGTH = 120
MAX_DESCRIPTION_LENGTH = 4000
MAX_OPTION_LENGTH = 1000
MAX_COST_DESCRIPTION_LENGTH = 200


class Funding(StrEnum):
    own = "own"  # the subscriber's own money
    pgb = "pgb"  # a personal budget (persoonsgebonden budget)
    wmo = "wmo"  # the municipality, under the Social Support Act


class CaseChannel(StrEnum):
    portal = "portal"
    phone = "phone"


class CaseStatus(StrEnum):
    new = "new"
    searching = "searching"
    proposed = "proposed"
    arranged = "arranged"
    done = "done"
    cancelled = "cancelled"


class SolvedBy(StrEnum):
    neighbour = "neighbour"
    volunteer = "volunteer"
    professional = "professional"


class OptionKind(StrEnum):
    neighbour = "neighbour"
    volunteer = "volunteer"
    help_request = "help_request"
    provider = "provider"


class ConciergeSubscription(RecordMixin, Base):
    """Who is subscribed, from when (to when), with which monthly budget and funding. Periods of
    one person never overlap, so at most one is running at any day (the trigger
    `concierge_subscription_one_period` refuses an overlap, under a lock of the person's row)."""

    __tablename__ = "concierge_subscription"
    __table_args__ = (
        CheckConstraint(
            f"monthly_budget_cents BETWEEN 1 AND {MAX_BUDGET_CENTS}", name="budget_range"
        ),
        CheckConstraint("funding IN ('own', 'pgb', 'wmo')", name="funding_known"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        Index("ix_concierge_subscription_organisation", "organisation_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=False
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT")
    )
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    monthly_budget_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    funding: Mapped[str] = mapped_column(String(3), nullable=False)
    created_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class ConciergeCase(RecordMixin, Base):
    """One request for help. `solved_by` and `satisfaction` only for a case done; `closed_at`
    exactly when it is done or cancelled."""

    __tablename__ = "concierge_case"
    __table_args__ = (
        CheckConstraint(
            f"char_length(subject) BETWEEN 1 AND {MAX_SUBJECT_LENGTH}", name="subject_length"
        ),
        CheckConstraint(
            f"char_length(description) BETWEEN 1 AND {MAX_DESCRIPTION_LENGTH}",
            name="description_length",
        ),
        CheckConstraint("channel IN ('portal', 'phone')", name="channel_known"),
        CheckConstraint(
            "status IN ('new', 'searching', 'proposed', 'arranged', 'done', 'cancelled')",
            name="status_known",
        ),
        CheckConstraint(
            "solved_by IS NULL OR (status = 'done'"
            " AND solved_by IN ('neighbour', 'volunteer', 'professional'))",
            name="solved_when_done",
        ),
        CheckConstraint(
            "satisfaction IS NULL OR (status = 'done' AND satisfaction BETWEEN 1 AND 5)",
            name="satisfaction_when_done",
        ),
        CheckConstraint(
            "(closed_at IS NOT NULL) = (status IN ('done', 'cancelled'))", name="closed_when_closed"
        ),
        # A cost names its case together with the case's subscription.
        UniqueConstraint("id", "subscription_id", name="uq_concierge_case_id_subscription"),
        # The queue: open cases, oldest first.
        Index("ix_concierge_case_status_created", "status", "created_at", "id"),
        Index("ix_concierge_case_subscription", "subscription_id", "created_at"),
    )

    subscription_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("concierge_subscription.id", ondelete="RESTRICT"), nullable=False
    )
    subject: Mapped[str] = mapped_column(String(MAX_SUBJECT_LENGTH), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    skill_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill.id", ondelete="RESTRICT"))
    channel: Mapped[str] = mapped_column(String(6), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="new")
    concierge_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    solved_by: Mapped[str | None] = mapped_column(String(12))
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ConciergeOption(RecordMixin, Base):
    """A way to get the case's help, with its cost: a neighbour or volunteer (a resident), a
    help request in the subscriber's neighbourhood (a post) or a provider. At most one chosen
    per case; chosen and declined exclude each other."""

    __tablename__ = "concierge_option"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('neighbour', 'volunteer', 'help_request', 'provider')", name="kind_known"
        ),
        CheckConstraint(
            "(resident_id IS NOT NULL) = (kind IN ('neighbour', 'volunteer'))"
            " AND (post_id IS NOT NULL) = (kind = 'help_request')"
            " AND (provider_profile_id IS NOT NULL) = (kind = 'provider')",
            name="reference_per_kind",
        ),
        CheckConstraint(
            f"char_length(description) BETWEEN 1 AND {MAX_OPTION_LENGTH}",
            name="description_length",
        ),
        CheckConstraint(f"cost_cents BETWEEN 0 AND {MAX_COST_CENTS}", name="cost_range"),
        CheckConstraint("chosen_at IS NULL OR declined_at IS NULL", name="chosen_or_declined"),
        Index(
            "uq_concierge_option_one_chosen",
            "case_id",
            unique=True,
            postgresql_where=text("chosen_at IS NOT NULL"),
        ),
        Index("ix_concierge_option_case", "case_id", "created_at"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("concierge_case.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    # An erased resident, post or provider takes the option with it: it can no longer be had.
    resident_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE")
    )
    post_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhood_post.id", ondelete="CASCADE")
    )
    provider_profile_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE")
    )
    description: Mapped[str] = mapped_column(Text, nullable=False)
    cost_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    chosen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    declined_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class ConciergeCost(Base):
    """Money spent for a subscriber, in the month of `spent_on`. `over_budget_agreed`: the
    subscriber agreed to go over that month's budget."""

    __tablename__ = "concierge_cost"
    __table_args__ = (
        CheckConstraint(f"amount_cents BETWEEN 1 AND {MAX_COST_CENTS}", name="amount_range"),
        CheckConstraint(
            f"char_length(description) BETWEEN 1 AND {MAX_COST_DESCRIPTION_LENGTH}",
            name="description_length",
        ),
        ForeignKeyConstraint(
            ["case_id", "subscription_id"],
            ["concierge_case.id", "concierge_case.subscription_id"],
            name="fk_concierge_cost_case_of_subscription",
            ondelete="RESTRICT",
        ),
        Index("ix_concierge_cost_subscription_spent", "subscription_id", "spent_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    subscription_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("concierge_subscription.id", ondelete="RESTRICT"), nullable=False
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    spent_on: Mapped[date] = mapped_column(Date, nullable=False)
    description: Mapped[str] = mapped_column(String(MAX_COST_DESCRIPTION_LENGTH), nullable=False)
    over_budget_agreed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    recorded_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
