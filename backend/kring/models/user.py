"""People with an account: one per e-mail address, whatever roles they hold."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import cast

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL, DutchAddress, DutchAddressRead
from kring.kit.db import Base, RecordMixin
from kring.kit.i18n import Language


class UserStatus(StrEnum):
    invited = "invited"
    active = "active"
    deactivated = "deactivated"
    deleted = "deleted"


class StaffRole(StrEnum):
    admin = "admin"
    advisor = "advisor"
    branch = "branch"
    care_manager = "care_manager"
    verifier = "verifier"
    concierge = "concierge"


class User(RecordMixin, Base):
    __tablename__ = "user_account"
    __table_args__ = (
        # One account per address, whatever its capitals.
        Index("uq_user_account_email_lower", func.lower(text("email")), unique=True),
        CheckConstraint(
            "status IN ('invited', 'active', 'deactivated', 'deleted')", name="status_known"
        ),
        CheckConstraint("language IN ('nl', 'fr', 'en')", name="language_known"),
        CheckConstraint(
            "staff_role IS NULL OR staff_role IN "
            "('admin', 'advisor', 'branch', 'care_manager', 'verifier', 'concierge')",
            name="staff_role_known",
        ),
        CheckConstraint(
            "status != 'active' OR password_hash IS NOT NULL", name="active_has_password"
        ),
        CheckConstraint("length(email) BETWEEN 3 AND 254", name="email_length"),
        CheckConstraint(
            "gender IS NULL OR gender IN ('female', 'male', 'other')", name="gender_known"
        ),
        CheckConstraint(
            "birth_date IS NULL OR birth_date >= '1900-01-01'", name="birth_date_range"
        ),
        CheckConstraint(
            "phone_for_questions IS NULL OR phone_for_questions ~ '^\\+[1-9][0-9]{6,14}$'",
            name="phone_for_questions_e164",
        ),
        # The home address ("woonadres"): whole or not at all, in the API's formats; an erased
        # account keeps none (a trigger clears it, see the migration).
        CheckConstraint(
            "(home_street IS NULL) = (home_house_number IS NULL)"
            " AND (home_street IS NULL) = (home_postcode IS NULL)"
            " AND (home_street IS NULL) = (home_city IS NULL)"
            " AND (home_street IS NOT NULL OR home_house_number_addition IS NULL)",
            name="home_address_complete",
        ),
        CheckConstraint(
            f"home_street IS NULL OR (char_length(btrim(home_street)) BETWEEN 1 AND 200"
            f" AND home_house_number ~ '{HOUSE_NUMBER_SQL}'"
            f" AND (home_house_number_addition IS NULL"
            f" OR home_house_number_addition ~ '{ADDITION_SQL}')"
            " AND home_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'"
            " AND char_length(btrim(home_city)) BETWEEN 1 AND 100)",
            name="home_address_format",
        ),
        CheckConstraint(
            "status != 'deleted' OR home_street IS NULL", name="deleted_has_no_home_address"
        ),
        CheckConstraint(
            "(postal_street IS NULL) = (postal_house_number IS NULL)"
            " AND (postal_street IS NULL) = (postal_postcode IS NULL)"
            " AND (postal_street IS NULL) = (postal_city IS NULL)"
            " AND (postal_street IS NOT NULL OR postal_house_number_addition IS NULL)",
            name="postal_address_complete",
        ),
        CheckConstraint(
            f"postal_street IS NULL OR (char_length(btrim(postal_street)) BETWEEN 1 AND 200"
            f" AND postal_house_number ~ '{HOUSE_NUMBER_SQL}'"
            f" AND (postal_house_number_addition IS NULL"
            f" OR postal_house_number_addition ~ '{ADDITION_SQL}')"
            " AND postal_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'"
            " AND char_length(btrim(postal_city)) BETWEEN 1 AND 100)",
            name="postal_address_format",
        ),
        CheckConstraint(
            "nickname IS NULL OR char_length(btrim(nickname)) BETWEEN 1 AND 100",
            name="nickname_length",
        ),
        CheckConstraint(
            "status != 'deleted' OR (postal_street IS NULL AND nickname IS NULL)",
            name="deleted_has_no_postal_address",
        ),
        # Branch staff work for one supplier branch (the service checks it is one).
        CheckConstraint(
            "staff_branch_id IS NULL OR staff_role = 'branch'", name="staff_branch_for_branch_role"
        ),
        Index(
            "ix_user_account_staff_branch",
            "staff_branch_id",
            postgresql_where=text("staff_branch_id IS NOT NULL"),
        ),
        # The lifecycle job looks for accounts by their last activity.
        Index(
            "ix_user_account_last_active",
            text("coalesce(greatest(last_login_at, reactivated_at), created_at)"),
            postgresql_where=text("status IN ('active', 'deactivated', 'invited')"),
        ),
    )

    email: Mapped[str] = mapped_column(String(254), nullable=False)
    initials: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    prefix: Mapped[str | None] = mapped_column(String(30))
    last_name: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(2), nullable=False, server_default="nl")
    phone_for_questions: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    staff_role: Mapped[str | None] = mapped_column(String(20))
    # The supplier branch a staff member of the branch role works for: they see its orders.
    staff_branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    password_hash: Mapped[str | None] = mapped_column(String(200))
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    email_verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    inactivity_warned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(10))
    # The home address (the provider manual's "Persoonlijke informatie"). A provider without a
    # separate work address has the work area measured from it.
    home_street: Mapped[str | None] = mapped_column(String(200))
    home_house_number: Mapped[str | None] = mapped_column(String(5))
    home_house_number_addition: Mapped[str | None] = mapped_column(String(10))
    home_postcode: Mapped[str | None] = mapped_column(String(7))
    home_city: Mapped[str | None] = mapped_column(String(100))
    # The contact person's nickname and postal address ("Bijnaam", "Postadres" of Careflex's
    # person form); the postal address, like the home address, whole or not at all.
    nickname: Mapped[str | None] = mapped_column(String(100))
    postal_street: Mapped[str | None] = mapped_column(String(200))
    postal_house_number: Mapped[str | None] = mapped_column(String(5))
    postal_house_number_addition: Mapped[str | None] = mapped_column(String(10))
    postal_postcode: Mapped[str | None] = mapped_column(String(7))
    postal_city: Mapped[str | None] = mapped_column(String(100))
    # When the activation e-mail of an account made by an organisation admin went out.
    activation_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Staff reactivation counts as activity, so the lifecycle job does not deactivate again.
    reactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def preferred_language(self) -> Language:
        """The language for this person's e-mails and texts (checked by a constraint)."""
        return cast(Language, self.language)

    @property
    def home_address(self) -> DutchAddressRead | None:
        return DutchAddressRead.stored(
            self.home_street,
            self.home_house_number,
            self.home_house_number_addition,
            self.home_postcode,
            self.home_city,
        )

    def set_home_address(self, address: DutchAddress | None) -> None:
        """Replace the home address whole, or remove it (`None`)."""
        self.home_street = address.street if address else None
        self.home_house_number = address.house_number if address else None
        self.home_house_number_addition = address.house_number_addition if address else None
        self.home_postcode = address.postcode if address else None
        self.home_city = address.city if address else None

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.prefix, self.last_name)

    @classmethod
    def display_name_sql(cls) -> ColumnElement[str]:
        """`display_name` in SQL, to search on (empty parts are skipped, as above)."""
        return func.concat_ws(" ", cls.first_name, cls.prefix, cls.last_name)


def display_name(first_name: str | None, prefix: str | None, last_name: str | None) -> str:
    """ "Anna van Dijk": the parts there are, in order (also for names read as Core rows)."""
    return " ".join(part for part in (first_name, prefix, last_name) if part)


def neighbour_name(first_name: str | None, last_name: str | None) -> str:
    """ "Anna V.": how neighbours see each other, the first name and the last name's initial."""
    first = (first_name or "").strip()
    last = (last_name or "").strip()
    return f"{first} {last[0].upper()}." if last else first
