"""Assistive-device orders: what a care professional asks a supplier's branch for a client (a
rental delivered, or a repair, an adjustment or a pickup of a rental), its status and dates,
and the history of every change."""

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
    Sequence,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL
from kring.kit.db import Base, RecordMixin, new_id


class OrderKind(StrEnum):
    rental = "rental"
    repair = "repair"
    adjustment = "adjustment"
    pickup = "pickup"


class OrderStatus(StrEnum):
    received = "received"
    planned = "planned"
    on_the_way = "on_the_way"
    delivered = "delivered"  # a rental at the client's: outstanding until picked up
    repaired = "repaired"
    adjusted = "adjusted"
    ended = "ended"  # a rental whose end date is recorded, not yet collected
    picked_up = "picked_up"


# The status each kind ends in; a delivered rental goes on to ended and picked up.
COMPLETION: dict[OrderKind, OrderStatus] = {
    OrderKind.rental: OrderStatus.delivered,
    OrderKind.repair: OrderStatus.repaired,
    OrderKind.adjustment: OrderStatus.adjusted,
    OrderKind.pickup: OrderStatus.picked_up,
}
# Still waiting for the branch: the portal's "open" requests.
OPEN_STATUSES = (OrderStatus.received, OrderStatus.planned, OrderStatus.on_the_way)
OPEN_SQL = ", ".join(f"'{status.value}'" for status in OPEN_STATUSES)

ORDER_NUMBER_SEQUENCE = Sequence("assistive_order_number_seq", start=1)
E164_SQL = "^\\+[1-9][0-9]{6,14}$"
POSTCODE_SQL = "^[1-9][0-9]{3} [A-Z]{2}$"


def _address_checks(prefix: str, *, optional: bool) -> tuple[CheckConstraint, ...]:
    """The columns of a Dutch address, as the user's home address is checked."""
    street, number, addition, postcode, city = (
        f"{prefix}_{part}"
        for part in ("street", "house_number", "house_number_addition", "postcode", "city")
    )
    checks = [
        CheckConstraint(
            f"{street} IS NULL OR (char_length(btrim({street})) BETWEEN 1 AND 200"
            f" AND {number} ~ '{HOUSE_NUMBER_SQL}'"
            f" AND ({addition} IS NULL OR {addition} ~ '{ADDITION_SQL}')"
            f" AND {postcode} ~ '{POSTCODE_SQL}'"
            f" AND char_length(btrim({city})) BETWEEN 1 AND 100)",
            name=f"{prefix}_address_format",
        )
    ]
    if optional:
        checks.append(
            CheckConstraint(
                f"({street} IS NULL) = ({number} IS NULL) AND ({street} IS NULL) = ({postcode} IS"
                f" NULL) AND ({street} IS NULL) = ({city} IS NULL)"
                f" AND ({street} IS NOT NULL OR {addition} IS NULL)",
                name=f"{prefix}_address_complete",
            )
        )
    return tuple(checks)


class AssistiveOrder(RecordMixin, Base):
    """One request to a branch. `created_at` is when it was placed; `placed_on` that day in
    the Netherlands (the dates the branch records cannot lie before it)."""

    __tablename__ = "assistive_order"
    __table_args__ = (
        UniqueConstraint("number", name="uq_assistive_order_number"),
        CheckConstraint("number ~ '^HB-[0-9]{4}-[0-9]{6,}$'", name="number_format"),
        CheckConstraint("kind IN ('rental', 'repair', 'adjustment', 'pickup')", name="kind_known"),
        CheckConstraint(
            "(kind = 'rental' AND status IN ('received', 'planned', 'on_the_way', 'delivered',"
            " 'ended', 'picked_up'))"
            " OR (kind = 'repair' AND status IN ('received', 'planned', 'on_the_way', 'repaired'))"
            " OR (kind = 'adjustment' AND status IN ('received', 'planned', 'on_the_way',"
            " 'adjusted'))"
            " OR (kind = 'pickup' AND status IN ('received', 'planned', 'on_the_way',"
            " 'picked_up'))",
            name="status_of_kind",
        ),
        # A rental names its device; the other kinds name the rental they are about.
        CheckConstraint(
            "(kind = 'rental') = (rental_order_id IS NULL)"
            " AND (kind <> 'rental' OR device_id IS NOT NULL)",
            name="rental_or_follow_up",
        ),
        CheckConstraint("rental_order_id IS NULL OR rental_order_id <> id", name="not_own_rental"),
        CheckConstraint("option_id IS NULL OR device_id IS NOT NULL", name="option_has_device"),
        CheckConstraint("organisation_id <> branch_id", name="branch_not_self"),
        # The client: no more than the order needs.
        CheckConstraint(
            "char_length(btrim(client_name)) BETWEEN 1 AND 200", name="client_name_length"
        ),
        CheckConstraint(
            "client_birth_date BETWEEN '1900-01-01' AND placed_on", name="client_birth_date_range"
        ),
        CheckConstraint("client_street IS NOT NULL", name="client_address_present"),
        *_address_checks("client", optional=False),
        *_address_checks("delivery", optional=True),
        CheckConstraint(
            "char_length(btrim(contact_name)) BETWEEN 1 AND 200", name="contact_name_length"
        ),
        CheckConstraint(f"contact_phone ~ '{E164_SQL}'", name="contact_phone_format"),
        # What is asked.
        CheckConstraint(
            "(kind IN ('repair', 'adjustment')) <= (description IS NOT NULL)"
            " AND (kind = 'rental') <= (description IS NULL)",
            name="description_of_kind",
        ),
        CheckConstraint(
            "description IS NULL OR char_length(btrim(description)) BETWEEN 1 AND 1000",
            name="description_length",
        ),
        CheckConstraint("char_length(notes) <= 1000", name="notes_length"),
        CheckConstraint(
            "desired_date BETWEEN placed_on AND placed_on + 366", name="desired_date_range"
        ),
        # Wlz: the care professional signs before the branch may set off or deliver.
        CheckConstraint("signature_required = wlz_indication", name="signature_when_wlz"),
        CheckConstraint("signed_at IS NULL OR signature_required", name="signed_when_required"),
        CheckConstraint(
            "NOT signature_required OR signed_at IS NOT NULL OR status IN ('received', 'planned')",
            name="signed_before_delivery",
        ),
        # An open refusal keeps the order on the signing list, marked; branch staff clear it.
        CheckConstraint(
            "refused_at IS NULL OR (signature_required AND signed_at IS NULL)",
            name="refused_unsigned",
        ),
        CheckConstraint(
            "NOT off_signing_list OR (signature_required AND signed_at IS NULL"
            " AND refused_at IS NULL)",
            name="off_signing_list_unsigned",
        ),
        # The dates follow the status, and each other.
        CheckConstraint("status <> 'planned' OR planned_for IS NOT NULL", name="planned_has_date"),
        CheckConstraint("planned_for IS NULL OR planned_for >= placed_on", name="planned_order"),
        CheckConstraint(
            "(delivered_on IS NOT NULL) = (status IN ('delivered', 'ended')"
            " OR (kind = 'rental' AND status = 'picked_up'))",
            name="delivered_on_status",
        ),
        CheckConstraint(
            "(rental_ended_on IS NOT NULL)"
            " = (kind = 'rental' AND status IN ('ended', 'picked_up'))",
            name="rental_ended_on_status",
        ),
        CheckConstraint(
            "(picked_up_on IS NOT NULL) = (status = 'picked_up')", name="picked_up_on_status"
        ),
        CheckConstraint(
            "(repaired_on IS NOT NULL) = (status = 'repaired')", name="repaired_on_status"
        ),
        CheckConstraint(
            "(adjusted_on IS NOT NULL) = (status = 'adjusted')", name="adjusted_on_status"
        ),
        CheckConstraint("delivered_on >= placed_on", name="delivered_order"),
        CheckConstraint("rental_ended_on >= delivered_on", name="ended_order"),
        CheckConstraint(
            "picked_up_on >= coalesce(rental_ended_on, placed_on)", name="picked_up_order"
        ),
        CheckConstraint("repaired_on >= placed_on", name="repaired_order"),
        CheckConstraint("adjusted_on >= placed_on", name="adjusted_order"),
        # Only finished business leaves the portal.
        CheckConstraint(
            "hidden_from_portal_at IS NULL OR status IN ('picked_up', 'repaired', 'adjusted')",
            name="hidden_when_done",
        ),
        CheckConstraint("char_length(search_text) <= 2000", name="search_text_length"),
        # The device and option are ordered together: the option must be the device's.
        ForeignKeyConstraint(
            ["option_id", "device_id"],
            ["assistive_device_option.id", "assistive_device_option.device_id"],
            name="fk_assistive_order_option_of_device",
            ondelete="RESTRICT",
        ),
        # The portal's lists, newest first, per organisation (with and without a status).
        Index(
            "ix_assistive_order_org_newest",
            "organisation_id",
            text("created_at DESC"),
            text("id DESC"),
        ),
        Index(
            "ix_assistive_order_org_status_newest",
            "organisation_id",
            "status",
            text("created_at DESC"),
            text("id DESC"),
        ),
        # The portal's open orders and those waiting for the professional, newest first per
        # organisation: a few of each organisation's many, read without walking past the rest
        # (the statements repeat these conditions as constants, see `orders.repository`).
        Index(
            "ix_assistive_order_org_open",
            "organisation_id",
            text("created_at DESC"),
            text("id DESC"),
            postgresql_where=text(f"status IN ({OPEN_SQL})"),
        ),
        Index(
            "ix_assistive_order_org_action",
            "organisation_id",
            text("created_at DESC"),
            text("id DESC"),
            postgresql_where=text(
                "signature_required AND signed_at IS NULL AND NOT off_signing_list"
            ),
        ),
        # A branch's list and every order (staff), newest first.
        Index(
            "ix_assistive_order_branch_newest",
            "branch_id",
            text("created_at DESC"),
            text("id DESC"),
        ),
        Index("ix_assistive_order_newest", text("created_at DESC"), text("id DESC")),
        # Rentals outstanding, the oldest delivery first.
        Index(
            "ix_assistive_order_outstanding",
            "organisation_id",
            "delivered_on",
            "id",
            postgresql_where=text(
                "kind = 'rental' AND delivered_on IS NOT NULL AND picked_up_on IS NULL"
            ),
        ),
        # Ended trajectories the portal still shows, and the job that hides them.
        Index(
            "ix_assistive_order_ended",
            "organisation_id",
            text("picked_up_on DESC"),
            text("id DESC"),
            postgresql_where=text(
                "kind = 'rental' AND picked_up_on IS NOT NULL AND hidden_from_portal_at IS NULL"
            ),
        ),
        Index(
            "ix_assistive_order_to_hide",
            "picked_up_on",
            postgresql_where=text(
                "status IN ('picked_up', 'repaired', 'adjusted') AND hidden_from_portal_at IS NULL"
            ),
        ),
        Index(
            "ix_assistive_order_rental",
            "rental_order_id",
            postgresql_where=text("rental_order_id IS NOT NULL"),
        ),
        Index(
            "ix_assistive_order_placed_by",
            "placed_by_user_id",
            postgresql_where=text("placed_by_user_id IS NOT NULL"),
        ),
        Index("ix_assistive_order_device", "device_id"),
    )

    number: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, server_default="received")
    status_changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False
    )
    branch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False
    )
    placed_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    placed_on: Mapped[date] = mapped_column(Date, nullable=False)
    # The client.
    client_name: Mapped[str] = mapped_column(String(200), nullable=False)
    client_birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    client_street: Mapped[str] = mapped_column(String(200), nullable=False)
    client_house_number: Mapped[str] = mapped_column(String(5), nullable=False)
    client_house_number_addition: Mapped[str | None] = mapped_column(String(10))
    client_postcode: Mapped[str] = mapped_column(String(7), nullable=False)
    client_city: Mapped[str] = mapped_column(String(100), nullable=False)
    # Where to deliver or collect, when not the client's address.
    delivery_street: Mapped[str | None] = mapped_column(String(200))
    delivery_house_number: Mapped[str | None] = mapped_column(String(5))
    delivery_house_number_addition: Mapped[str | None] = mapped_column(String(10))
    delivery_postcode: Mapped[str | None] = mapped_column(String(7))
    delivery_city: Mapped[str | None] = mapped_column(String(100))
    contact_name: Mapped[str] = mapped_column(String(200), nullable=False)
    contact_phone: Mapped[str] = mapped_column(String(32), nullable=False)
    wlz_indication: Mapped[bool] = mapped_column(Boolean, nullable=False)
    signature_required: Mapped[bool] = mapped_column(Boolean, nullable=False)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When the professional refused to sign (the refusal still open), and whether branch staff
    # took it off the signing list after a refusal (until its content changes).
    refused_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    off_signing_list: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # What is asked.
    device_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assistive_device.id", ondelete="RESTRICT")
    )
    option_id: Mapped[uuid.UUID | None] = mapped_column()
    rental_order_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assistive_order.id", ondelete="RESTRICT")
    )
    description: Mapped[str | None] = mapped_column(Text)
    desired_date: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # What the branch recorded.
    planned_for: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    rental_ended_on: Mapped[date | None] = mapped_column(Date)
    picked_up_on: Mapped[date | None] = mapped_column(Date)
    repaired_on: Mapped[date | None] = mapped_column(Date)
    adjusted_on: Mapped[date | None] = mapped_column(Date)
    # Set by the job two calendar months after the pickup: gone from the portal, kept for staff.
    hidden_from_portal_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Number, client and device, folded to lower case without accents: what `q` searches.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class OrderEvent(Base):
    """One change of an order: its new status, the date recorded with it, by whom, a note."""

    __tablename__ = "order_event"
    __table_args__ = (
        CheckConstraint(
            "status IN ('received', 'planned', 'on_the_way', 'delivered', 'repaired', 'adjusted',"
            " 'ended', 'picked_up')",
            name="status_known",
        ),
        CheckConstraint("char_length(note) <= 1000", name="note_length"),
        Index("ix_order_event_order", "order_id", "at", "id"),
        Index(
            "ix_order_event_by_user", "by_user_id", postgresql_where=text("by_user_id IS NOT NULL")
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assistive_order.id", ondelete="CASCADE"), nullable=False
    )
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )
    # None: the system (a pickup order recorded on its rental, a job).
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    on_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
