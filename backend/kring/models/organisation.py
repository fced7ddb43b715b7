"""Organisations and the people who belong to them (memberships with portal rights)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class OrganisationKind(StrEnum):
    umbrella = "umbrella"
    care_organisation = "care_organisation"
    supplier_branch = "supplier_branch"
    partner_organisation = "partner_organisation"
    municipality = "municipality"
    provider_company = "provider_company"
    # A social service (Sociaal Huis, OCMW/CPAS, buurtteam) serves neighbourhoods like a
    # municipality does: callouts, the volunteer list and the impact figures.
    social_service = "social_service"


# The kinds whose members use the service dashboard for the neighbourhoods they serve.
SERVICE_KINDS = (OrganisationKind.municipality, OrganisationKind.social_service)


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('umbrella', 'care_organisation', 'supplier_branch', "
            "'partner_organisation', 'municipality', 'provider_company', 'social_service')",
            name="kind_known",
        ),
        CheckConstraint("length(btrim(name)) BETWEEN 1 AND 200", name="name_length"),
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        # KvK numbers have 8 digits; Belgian enterprise numbers 10 (their check digits are
        # verified by python-stdnum in the API).
        CheckConstraint(
            "registration_number IS NULL"
            " OR (country = 'NL' AND registration_number ~ '^[0-9]{8}$')"
            " OR (country = 'BE' AND registration_number ~ '^[01][0-9]{9}$')",
            name="registration_number_format",
        ),
        CheckConstraint(
            "visit_postcode IS NULL OR visit_postcode ~ '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$'",
            name="visit_postcode_format",
        ),
        CheckConstraint(
            "postal_postcode IS NULL"
            " OR postal_postcode ~ '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$'",
            name="postal_postcode_format",
        ),
        CheckConstraint(
            "supplier_branch_id IS NULL OR supplier_branch_id != id", name="not_own_branch"
        ),
        CheckConstraint(
            "training_url IS NULL OR (kind = 'supplier_branch'"
            " AND training_url ~ '^https://[^[:space:]]+$' AND char_length(training_url) <= 500)",
            name="training_url_of_branch",
        ),
        CheckConstraint("phone IS NULL OR phone ~ '^\\+[1-9][0-9]{6,14}$'", name="phone_e164"),
        # For tables that may only point at some kinds (neighbourhood_service_organisation).
        UniqueConstraint("id", "kind", name="uq_organisation_id_kind"),
    )

    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False, server_default="NL")
    registration_number: Mapped[str | None] = mapped_column(String(10))
    visit_street: Mapped[str | None] = mapped_column(String(200))
    visit_house_number: Mapped[str | None] = mapped_column(String(20))
    visit_postcode: Mapped[str | None] = mapped_column(String(7))
    visit_city: Mapped[str | None] = mapped_column(String(100))
    postal_street: Mapped[str | None] = mapped_column(String(200))
    postal_house_number: Mapped[str | None] = mapped_column(String(20))
    postal_postcode: Mapped[str | None] = mapped_column(String(7))
    postal_city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    # Contracts that unlock parts of the portal (an AD contract: ordering AD cushions).
    ad_contract: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # The supplier branch that serves this organisation; its contact card is on the home page.
    supplier_branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    opening_hours: Mapped[str | None] = mapped_column(Text)
    # A supplier branch's training offer, linked from its organisations' home pages.
    training_url: Mapped[str | None] = mapped_column(String(500))


class Membership(RecordMixin, Base):
    """A person's link to an organisation. `portal_employee` off: a contact without log-in."""

    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("user_id", "organisation_id"),
        # The pair a project member's row points at (see `ProjectMember`).
        UniqueConstraint("id", "organisation_id", name="uq_membership_id_organisation"),
        CheckConstraint(
            "function_code IS NULL OR function_code IN (100, 140, 200, 210, 220, 221)",
            name="function_code_known",
        ),
        CheckConstraint(
            "umbrella_link_reason IS NULL OR umbrella_link_reason IN "
            "('self_employed', 'employed_and_hired', 'seconded')",
            name="umbrella_link_reason_known",
        ),
        # Phone numbers are stored as the API writes them: E.164.
        CheckConstraint("phone IS NULL OR phone ~ '^\\+[1-9][0-9]{6,14}$'", name="phone_e164"),
        CheckConstraint("mobile IS NULL OR mobile ~ '^\\+[1-9][0-9]{6,14}$'", name="mobile_e164"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    portal_admin: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    portal_employee: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    # Service confirmations by e-mail for one's projects.
    email_services: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # A member of every current project of the organisation.
    contact_for_all_projects: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    # The function never changes rights.
    function_code: Mapped[int | None] = mapped_column(SmallInteger)
    function_on_business_card: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    # Why staff linked this person to a second umbrella organisation (HartingBank's criteria).
    umbrella_link_reason: Mapped[str | None] = mapped_column(String(30))
