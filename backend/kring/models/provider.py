"""Providers: the profile built by the sign-up wizard, its categories and its priced services."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.dialects.postgresql.base import ischema_names
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import UserDefinedType

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL
from kring.kit.db import Base, RecordMixin


class Box(UserDefinedType[str]):
    """PostgreSQL's geometric `box` (GiST-indexable containment without an extension)."""

    cache_ok = True

    def get_col_spec(self, **kw: object) -> str:
        return "BOX"


# Reflection (Alembic's schema comparison) knows the column's type by this name.
ischema_names["box"] = Box


class ProviderStatus(StrEnum):
    draft = "draft"  # walking through the wizard
    awaiting_payment = "awaiting_payment"
    # Paid, but a professional's certificate of conduct (VOG) is not confirmed yet.
    awaiting_vog = "awaiting_vog"
    live = "live"
    suspended = "suspended"
    # The account is deactivated: out of sight, live again when staff reactivate the account.
    offline = "offline"
    # The account is erased: nothing personal is left, and the profile never comes back.
    erased = "erased"


# Every column that names a file (or a folder of files) in storage. Erasure deletes each one,
# so a new file column belongs here (a test fails for a `*_key` column that is missing).
STORED_FILE_COLUMNS = ("photo_key", "price_list_key", "video_key", "vog_key")


class VogStatus(StrEnum):
    """Where a provider's certificate of conduct stands."""

    missing = "missing"  # nothing uploaded
    waiting = "waiting"  # uploaded, for staff to look at
    confirmed = "confirmed"
    rejected = "rejected"


class WorkAreaKind(StrEnum):
    places = "places"
    radius = "radius"
    country = "country"


# The wizard's steps after the account itself ("Aanmelding"), in order.
WIZARD_STEPS = ("personal", "company", "profile", "availability", "services", "payment", "done")


class ProviderProfile(RecordMixin, Base):
    __tablename__ = "provider_profile"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'awaiting_payment', 'awaiting_vog', 'live', 'suspended',"
            " 'offline', 'erased')",
            name="status_known",
        ),
        # Only a profile that was live (paid) goes offline, so reactivation never makes an
        # unpaid one live.
        CheckConstraint("status <> 'offline' OR live_at IS NOT NULL", name="offline_was_live"),
        # An erased profile keeps nothing that tells who the provider was.
        CheckConstraint(
            "status <> 'erased' OR ("
            "photo_key IS NULL AND price_list_key IS NULL AND video_key IS NULL"
            " AND company_name IS NULL AND kvk_number IS NULL AND NOT has_kvk"
            " AND work_street IS NULL AND work_house_number IS NULL"
            " AND work_house_number_addition IS NULL"
            " AND work_postcode IS NULL AND work_city IS NULL"
            " AND latitude IS NULL AND longitude IS NULL"
            " AND introduction = '' AND profile_text = '' AND price_note = ''"
            " AND heard_from IS NULL AND day_parts = 0 AND work_area_kind IS NULL"
            " AND search_title = '' AND search_body = ''"
            " AND vog_key IS NULL AND vog_uploaded_at IS NULL AND vog_issued_on IS NULL"
            " AND vog_confirmed_at IS NULL AND vog_rejected_at IS NULL)",
            name="erased_is_empty",
        ),
        # A professional (KvK-registered) provider is live only with a confirmed VOG.
        CheckConstraint(
            "status != 'live' OR NOT has_kvk OR vog_confirmed_at IS NOT NULL",
            name="professional_live_needs_vog",
        ),
        CheckConstraint(
            "service_kinds <@ ARRAY['home_services', 'courses_activities', "
            "'discounts_offers']::varchar[]",
            name="service_kinds_known",
        ),
        CheckConstraint("char_length(introduction) <= 200", name="introduction_length"),
        CheckConstraint("char_length(profile_text) <= 5000", name="profile_text_length"),
        CheckConstraint("kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'", name="kvk_format"),
        CheckConstraint(
            "NOT has_kvk OR (kvk_number IS NOT NULL AND company_name IS NOT NULL)",
            name="kvk_complete",
        ),
        CheckConstraint(
            "work_area_kind IS NULL OR work_area_kind IN ('places', 'radius', 'country')",
            name="work_area_kind_known",
        ),
        CheckConstraint(
            "(work_area_kind = 'radius') = (radius_km IS NOT NULL)", name="radius_for_radius_area"
        ),
        CheckConstraint("radius_km IS NULL OR radius_km BETWEEN 1 AND 150", name="radius_range"),
        # 21 bits: 7 days (Monday first) x morning, afternoon, evening.
        CheckConstraint("day_parts BETWEEN 0 AND 2097151", name="day_parts_range"),
        CheckConstraint(
            "work_postcode IS NULL OR work_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'",
            name="work_postcode_format",
        ),
        # A work address is stored only when it differs from home (the account's address),
        # and then whole: one copy of each address.
        CheckConstraint(
            "address_is_work_address = (work_street IS NOT NULL)"
            " AND (work_street IS NULL) = (work_house_number IS NULL)"
            " AND (work_street IS NULL) = (work_postcode IS NULL)"
            " AND (work_street IS NULL) = (work_city IS NULL)"
            " AND (work_street IS NOT NULL OR work_house_number_addition IS NULL)",
            name="work_address_complete",
        ),
        CheckConstraint(
            f"work_street IS NULL OR (char_length(btrim(work_street)) BETWEEN 1 AND 200"
            f" AND work_house_number ~ '{HOUSE_NUMBER_SQL}'"
            f" AND (work_house_number_addition IS NULL"
            f" OR work_house_number_addition ~ '{ADDITION_SQL}')"
            f" AND char_length(btrim(work_city)) BETWEEN 1 AND 100)",
            name="work_address_format",
        ),
        # The VOG: a PDF (its key, size and time together), then confirmed with its date of
        # issue (at most 3 months before the upload) or rejected with a reason, never both.
        CheckConstraint(
            "(vog_key IS NULL) = (vog_bytes IS NULL)"
            " AND (vog_key IS NULL) = (vog_uploaded_at IS NULL)"
            " AND (vog_bytes IS NULL OR vog_bytes BETWEEN 1 AND 10485760)",
            name="vog_complete",
        ),
        CheckConstraint(
            "(vog_confirmed_at IS NULL) = (vog_issued_on IS NULL)"
            " AND (vog_rejected_at IS NULL) = (vog_rejection_reason IS NULL)"
            " AND (vog_confirmed_at IS NULL OR vog_rejected_at IS NULL)"
            " AND (vog_key IS NOT NULL OR (vog_confirmed_at IS NULL AND vog_rejected_at IS NULL))",
            name="vog_decision",
        ),
        CheckConstraint(
            "vog_issued_on IS NULL OR vog_issued_on BETWEEN"
            " ((vog_uploaded_at AT TIME ZONE 'Europe/Amsterdam')::date - interval '3 months')::date"
            " AND (vog_uploaded_at AT TIME ZONE 'Europe/Amsterdam')::date",
            name="vog_issued_before_upload",
        ),
        CheckConstraint(
            "vog_rejection_reason IS NULL"
            " OR char_length(btrim(vog_rejection_reason)) BETWEEN 3 AND 500",
            name="vog_rejection_reason_length",
        ),
        CheckConstraint("char_length(price_note) <= 1000", name="price_note_length"),
        CheckConstraint(
            "(video_key IS NULL) = (video_media_type IS NULL)"
            " AND (video_key IS NULL) = (video_bytes IS NULL)"
            " AND (video_key IS NULL) = (video_uploaded_at IS NULL)"
            " AND (video_media_type IS NULL OR video_media_type IN ('video/mp4', 'video/webm'))"
            " AND (video_bytes IS NULL OR video_bytes BETWEEN 1 AND 104857600)",
            name="video_complete",
        ),
        CheckConstraint(
            "(status = 'suspended') = (suspended_reason IS NOT NULL)", name="suspension_reason"
        ),
        CheckConstraint(
            "rating_sum BETWEEN rating_count AND 5 * rating_count", name="rating_consistent"
        ),
        Index("ix_provider_profile_search_vector", "search_vector", postgresql_using="gin"),
        # Coverage, for the search: a box around each radius (GiST), the nationwide ones.
        Index("ix_provider_profile_coverage", "coverage", postgresql_using="gist"),
        Index(
            "ix_provider_profile_live_nationwide",
            "id",
            postgresql_where=text("status = 'live' AND work_area_kind = 'country'"),
        ),
        # Staff's list of providers, newest first (its keyset): a page without sorting them all.
        Index("ix_provider_profile_newest", text("created_at DESC"), "id"),
        CheckConstraint(
            "photo_x BETWEEN 0 AND 1 AND photo_y BETWEEN 0 AND 1 AND photo_zoom BETWEEN 1 AND 4",
            name="photo_crop_range",
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default="draft")
    # The furthest step completed, so the wizard resumes there.
    completed_steps: Mapped[list[str]] = mapped_column(
        ARRAY(String(20)), nullable=False, server_default="{}"
    )
    service_kinds: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, server_default="{}"
    )
    heard_from: Mapped[str | None] = mapped_column(String(200))
    terms_version: Mapped[str | None] = mapped_column(String(20))
    terms_accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    has_kvk: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    company_name: Mapped[str | None] = mapped_column(String(200))
    kvk_number: Mapped[str | None] = mapped_column(String(8))
    work_street: Mapped[str | None] = mapped_column(String(200))
    work_house_number: Mapped[str | None] = mapped_column(String(5))
    work_house_number_addition: Mapped[str | None] = mapped_column(String(10))
    work_postcode: Mapped[str | None] = mapped_column(String(7))
    work_city: Mapped[str | None] = mapped_column(String(100))
    # The provider has a work address apart from home (the columns above); otherwise the work
    # area is measured from the home address, which is the account's.
    address_is_work_address: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    introduction: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    profile_text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    work_area_kind: Mapped[str | None] = mapped_column(String(10))
    radius_km: Mapped[int | None] = mapped_column(SmallInteger)
    day_parts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    price_note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    live_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The portrait: the storage key of the original, and the square crop the variants show
    # (centre as a fraction of width and height, and a zoom of 1-4).
    photo_key: Mapped[str | None] = mapped_column(String(200))
    photo_x: Mapped[float] = mapped_column(Float, nullable=False, server_default="0.5")
    photo_y: Mapped[float] = mapped_column(Float, nullable=False, server_default="0.33")
    photo_zoom: Mapped[float] = mapped_column(Float, nullable=False, server_default="1")
    # Set by staff: the badges customers see.
    identity_document_seen: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    seen_in_person: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    introduction_video: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    # The certificate of conduct (Verklaring Omtrent het Gedrag) as the provider uploaded it (a
    # PDF in storage), and staff's decision on it. Professional (KvK-registered) providers need
    # it confirmed to go live; a new upload starts over.
    vog_key: Mapped[str | None] = mapped_column(String(200))
    vog_bytes: Mapped[int | None] = mapped_column(Integer)
    vog_uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    vog_issued_on: Mapped[date | None] = mapped_column(Date)
    vog_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    vog_rejected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    vog_rejection_reason: Mapped[str | None] = mapped_column(String(500))
    suspended_reason: Mapped[str | None] = mapped_column(String(500))
    price_list_key: Mapped[str | None] = mapped_column(String(200))
    price_list_bytes: Mapped[int | None] = mapped_column(Integer)
    # The introduction video as uploaded or recorded (MP4 or WebM, checked by content).
    video_key: Mapped[str | None] = mapped_column(String(200))
    video_media_type: Mapped[str | None] = mapped_column(String(20))
    video_bytes: Mapped[int | None] = mapped_column(Integer)
    video_uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # What the public search matches, accents folded (written by the service on every change);
    # names, categories and services weigh more than the texts. Deferred, like the coverage:
    # only the search's SQL reads them, and every provider request loads the profile row.
    search_title: Mapped[str] = mapped_column(
        Text, nullable=False, server_default="", deferred=True
    )
    search_body: Mapped[str] = mapped_column(Text, nullable=False, server_default="", deferred=True)
    search_vector: Mapped[str] = mapped_column(
        TSVECTOR,
        Computed(
            "setweight(to_tsvector('dutch'::regconfig, search_title), 'A') || "
            "setweight(to_tsvector('dutch'::regconfig, search_body), 'B')",
            persisted=True,
        ),
        deferred=True,
    )
    # The box a radius work area spans (longitude x latitude), for an indexed first cut;
    # the exact distance is checked after it.
    coverage: Mapped[str | None] = mapped_column(
        Box,
        Computed(
            "CASE WHEN work_area_kind = 'radius' AND latitude IS NOT NULL THEN box("
            "point(longitude - radius_km / (111.2 * cos(radians(latitude))),"
            " latitude - radius_km / 111.2),"
            " point(longitude + radius_km / (111.2 * cos(radians(latitude))),"
            " latitude + radius_km / 111.2)) END",
            persisted=True,
        ),
        deferred=True,
    )
    # The visible reviews, kept in step with them in the same transaction.
    rating_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rating_sum: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")

    @property
    def vog_status(self) -> VogStatus:
        if self.vog_key is None:
            return VogStatus.missing
        if self.vog_confirmed_at is not None:
            return VogStatus.confirmed
        if self.vog_rejected_at is not None:
            return VogStatus.rejected
        return VogStatus.waiting


class ProviderWorkPlace(Base):
    """A place in a provider's work area (when the area is a list of places)."""

    __tablename__ = "provider_work_place"

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("place.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Category(RecordMixin, Base):
    """A kind of service (the source's list plus "Overige"); staff can add more."""

    __tablename__ = "category"
    __table_args__ = (
        CheckConstraint("slug ~ '^[a-z0-9-]{2,60}$'", name="slug_format"),
        UniqueConstraint("slug"),
    )

    slug: Mapped[str] = mapped_column(String(60), nullable=False)
    name_nl: Mapped[str] = mapped_column(String(100), nullable=False)
    name_fr: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class ProviderCategory(Base):
    __tablename__ = "provider_category"

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ProviderService(RecordMixin, Base):
    """One priced service; the member price is computed, never stored or entered."""

    __tablename__ = "provider_service"
    __table_args__ = (
        CheckConstraint("char_length(btrim(name)) BETWEEN 1 AND 100", name="name_length"),
        CheckConstraint("price_cents BETWEEN 1 AND 10000000", name="price_range"),
        CheckConstraint("unit IN ('hour', 'service')", name="unit_known"),
        CheckConstraint("char_length(description) <= 200", name="description_length"),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    price_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(10), nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class ProviderFiscalRecord(RecordMixin, Base):
    """Whom an erased provider's invoices and receipts were made out to, for the tax retention."""

    # Kept 7 years after the year of the last document, then deleted by the lifecycle job.

    __tablename__ = "provider_fiscal_record"
    __table_args__ = (
        CheckConstraint("kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'", name="kvk_format"),
        Index("ix_provider_fiscal_record_keep_until", "keep_until"),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="RESTRICT"), nullable=False, unique=True
    )
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    company_name: Mapped[str | None] = mapped_column(String(200))
    kvk_number: Mapped[str | None] = mapped_column(String(8))
    keep_until: Mapped[date] = mapped_column(Date, nullable=False)
