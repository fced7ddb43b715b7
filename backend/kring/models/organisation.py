"""Organisations and the people who belong to them (memberships with portal rights)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class OrganisationKind(StrEnum):
    umbrella = "umbrella"
    care_organisation = "care_organisation"
    supplier_branch = "supplier_branch"
    partner_organisation = "partner_organisation"
    municipality = "municipality"
    provider_company = "provider_company"


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('umbrella', 'care_organisation', 'supplier_branch', "
            "'partner_organisation', 'municipality', 'provider_company')",
            name="kind_known",
        ),
        CheckConstraint("length(btrim(name)) BETWEEN 1 AND 200", name="name_length"),
    )

    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)


class Membership(RecordMixin, Base):
    """A person's link to an organisation. `portal_employee` off: a contact without log-in."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("user_id", "organisation_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    portal_admin: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    portal_employee: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
