"""Neighbourhoods (Hoplr's "buurt"): named areas kept by staff, the residents who live there,
the skills they offer their neighbours, the neighbourhood workers who serve them and the local
organisations a request can be referred to."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class Neighbourhood(RecordMixin, Base):
    """A named area in one country: the postcode areas and places in `NeighbourhoodArea`."""

    __tablename__ = "neighbourhood"
    __table_args__ = (
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        CheckConstraint("char_length(btrim(name)) BETWEEN 1 AND 100", name="name_length"),
        CheckConstraint(
            "description IS NULL OR char_length(btrim(description)) BETWEEN 1 AND 1000",
            name="description_length",
        ),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
        Index("uq_neighbourhood_name_lower", func.lower(text("name")), unique=True),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    # Where the map centres; the staff form takes it from the first place or postcode area.
    latitude: Mapped[float] = mapped_column(Float, nullable=False)
    longitude: Mapped[float] = mapped_column(Float, nullable=False)
    # An archived neighbourhood takes no new residents or posts; its history stays readable.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NeighbourhoodArea(RecordMixin, Base):
    """One piece of a neighbourhood: a 4-digit postcode area or a place of the gazetteer. A
    postcode area or a place lies in at most one neighbourhood, so an address finds one."""

    __tablename__ = "neighbourhood_area"
    __table_args__ = (
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        CheckConstraint(
            "(postcode_area IS NULL) != (place_id IS NULL)", name="postcode_area_or_place"
        ),
        CheckConstraint(
            "postcode_area IS NULL OR postcode_area ~ '^[1-9][0-9]{3}$'",
            name="postcode_area_format",
        ),
        Index(
            "uq_neighbourhood_area_postcode",
            "country",
            "postcode_area",
            unique=True,
            postgresql_where=text("postcode_area IS NOT NULL"),
        ),
        Index(
            "uq_neighbourhood_area_place",
            "place_id",
            unique=True,
            postgresql_where=text("place_id IS NOT NULL"),
        ),
    )

    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="CASCADE"), nullable=False, index=True
    )
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    postcode_area: Mapped[str | None] = mapped_column(String(4))
    place_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("place.id", ondelete="RESTRICT")
    )


class ResidentJoinedBy(StrEnum):
    address = "address"  # the home address lies in the neighbourhood's area
    invite = "invite"  # staff or the neighbourhood's worker invited them


class Resident(RecordMixin, Base):
    """A person's place in a neighbourhood: one per person; moving changes the row. The address
    is never shown to anyone but the person; neighbours see an approximate distance only."""

    __tablename__ = "resident"
    __table_args__ = (
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        CheckConstraint(
            "(country = 'NL' AND postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$')"
            " OR (country = 'BE' AND postcode ~ '^[1-9][0-9]{3}$')",
            name="postcode_format",
        ),
        CheckConstraint("house_number ~ '^[1-9][0-9]{0,4}$'", name="house_number_format"),
        CheckConstraint("char_length(btrim(street)) BETWEEN 1 AND 200", name="street_length"),
        CheckConstraint("char_length(btrim(city)) BETWEEN 1 AND 100", name="city_length"),
        CheckConstraint("joined_by IN ('address', 'invite')", name="joined_by_known"),
        CheckConstraint(
            "about IS NULL OR char_length(btrim(about)) BETWEEN 1 AND 500", name="about_length"
        ),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
        CheckConstraint(
            "(suspended_at IS NULL) = (suspension_reason IS NULL)", name="suspension_has_reason"
        ),
        CheckConstraint(
            "suspension_reason IS NULL OR char_length(btrim(suspension_reason)) BETWEEN 1 AND 1000",
            name="suspension_reason_length",
        ),
        UniqueConstraint("user_id"),
        Index("ix_resident_neighbourhood", "neighbourhood_id", "id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="RESTRICT"), nullable=False
    )
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    street: Mapped[str] = mapped_column(String(200), nullable=False)
    house_number: Mapped[str] = mapped_column(String(5), nullable=False)
    postcode: Mapped[str] = mapped_column(String(7), nullable=False)
    city: Mapped[str] = mapped_column(String(100), nullable=False)
    place_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("place.id", ondelete="SET NULL")
    )
    # From the geocoder (the place's centre offline): for "nearest first" and rounded distances.
    latitude: Mapped[float] = mapped_column(Float, nullable=False)
    longitude: Mapped[float] = mapped_column(Float, nullable=False)
    joined_by: Mapped[str] = mapped_column(String(10), nullable=False)
    joined_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    about: Mapped[str | None] = mapped_column(Text)
    # Hoplr's "beschikbaar als vrijwilliger voor de gemeente": local organisations may ask them.
    volunteers_for_organisations: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    # Staff suspend a resident who broke the rules: they read, but post, reply and write nothing.
    suspended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    suspension_reason: Mapped[str | None] = mapped_column(Text)


class ResidentSkill(Base):
    """A skill a resident offers their neighbours (the shared skills list)."""

    __tablename__ = "resident_skill"
    __table_args__ = (Index("ix_resident_skill_skill", "skill_id", "resident_id"),)

    resident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True
    )


class NeighbourhoodInvite(RecordMixin, Base):
    """An invitation to a neighbourhood for someone whose address the area does not find (a
    street on its edge), sent by staff or the neighbourhood's worker; single use."""

    __tablename__ = "neighbourhood_invite"
    __table_args__ = (
        CheckConstraint("length(email) BETWEEN 3 AND 254", name="email_length"),
        CheckConstraint("expires_at > created_at", name="expires_after_creation"),
        UniqueConstraint("token_hash"),
    )

    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="CASCADE"), nullable=False, index=True
    )
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    invited_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    accepted_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class NeighbourhoodWorker(Base):
    """A verified partner who serves a neighbourhood as its worker (staff name them)."""

    __tablename__ = "neighbourhood_worker"
    __table_args__ = (Index("ix_neighbourhood_worker_neighbourhood", "neighbourhood_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="CASCADE"), primary_key=True
    )
    assigned_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


class NeighbourhoodServiceOrganisation(Base):
    """A municipality or social service that serves a neighbourhood (staff link them): its
    members post callouts there, see its volunteers and its impact figures. The kind is part of
    the foreign key, so the database itself refuses any other kind of organisation, and an
    organisation that serves cannot become another kind."""

    __tablename__ = "neighbourhood_service_organisation"
    __table_args__ = (
        CheckConstraint(
            "organisation_kind IN ('municipality', 'social_service')",
            name="organisation_kind_serves",
        ),
        ForeignKeyConstraint(
            ["organisation_id", "organisation_kind"],
            ["organisation.id", "organisation.kind"],
            ondelete="CASCADE",
            onupdate="CASCADE",
            name="fk_neighbourhood_service_organisation_organisation",
        ),
        Index("ix_neighbourhood_service_organisation_organisation", "organisation_id"),
    )

    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organisation_kind: Mapped[str] = mapped_column(String(30), nullable=False)
    assigned_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


class LocalOrganisation(RecordMixin, Base):
    """A local organisation or service a help request can be referred to, kept by staff per
    neighbourhood, with how to reach it."""

    __tablename__ = "local_organisation"
    __table_args__ = (
        CheckConstraint("char_length(btrim(name)) BETWEEN 1 AND 200", name="name_length"),
        CheckConstraint(
            "description IS NULL OR char_length(btrim(description)) BETWEEN 1 AND 1000",
            name="description_length",
        ),
        CheckConstraint(
            "phone IS NOT NULL OR email IS NOT NULL OR website IS NOT NULL",
            name="reachable",
        ),
        CheckConstraint("email IS NULL OR length(email) BETWEEN 3 AND 254", name="email_length"),
        CheckConstraint("website IS NULL OR website ~ '^https://'", name="website_https"),
        Index("ix_local_organisation_neighbourhood", "neighbourhood_id", "name"),
    )

    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
