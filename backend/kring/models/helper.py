"""Helpers: individuals who help at home (neighbours who volunteer, helpers paid per hour), with
the free profile a partner's suggestions are drawn from. Matchable once staff saw their identity
document and while they accept new help seekers."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL
from kring.kit.bank import IBAN_SQL
from kring.kit.db import Base, RecordMixin
from kring.models.dossier import DAY_PARTS_MAX
from kring.models.provider import Box


class HelperStatus(StrEnum):
    draft = "draft"  # signing up: not every required part is filled in
    active = "active"
    suspended = "suspended"  # by staff, with a reason


class HelperKind(StrEnum):
    volunteer = "volunteer"
    paid = "paid"  # per hour, at their own rate


class HelperWorkArea(StrEnum):
    radius = "radius"  # around their home address
    places = "places"  # the places they chose (helper_work_place)


class HelperProfile(RecordMixin, Base):
    """One per person (who may also be a provider: one account)."""

    __tablename__ = "helper_profile"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'active', 'suspended')", name="status_known"),
        CheckConstraint(
            "(status = 'suspended') = (suspended_reason IS NOT NULL)", name="suspension_reason"
        ),
        CheckConstraint("kind IN ('volunteer', 'paid')", name="kind_known"),
        CheckConstraint(
            "(kind = 'paid') = (hourly_rate_cents IS NOT NULL)"
            " AND (hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 100 AND 20000)",
            name="rate_for_paid",
        ),
        CheckConstraint("char_length(introduction) <= 200", name="introduction_length"),
        CheckConstraint("char_length(profile_text) <= 5000", name="profile_text_length"),
        CheckConstraint("char_length(btrim(street)) BETWEEN 1 AND 200", name="street_length"),
        CheckConstraint(f"house_number ~ '{HOUSE_NUMBER_SQL}'", name="house_number_format"),
        CheckConstraint(f"house_number_addition ~ '{ADDITION_SQL}'", name="addition_format"),
        CheckConstraint(
            "postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' OR postcode ~ '^[1-9][0-9]{3}$'",
            name="postcode_format",
        ),
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
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
        CheckConstraint("cardinality(skill_ids) <= 40", name="skills_count"),
        CheckConstraint("work_area IN ('radius', 'places')", name="work_area_known"),
        CheckConstraint(
            "(work_area = 'radius') = (radius_km IS NOT NULL)"
            " AND (radius_km IS NULL OR radius_km BETWEEN 1 AND 150)",
            name="radius_for_radius_area",
        ),
        CheckConstraint(f"day_parts BETWEEN 0 AND {DAY_PARTS_MAX}", name="day_parts_range"),
        # Active means complete: a place on the map, something to offer, some time for it.
        CheckConstraint(
            "status <> 'active' OR (latitude IS NOT NULL AND cardinality(skill_ids) > 0"
            " AND day_parts > 0)",
            name="active_is_complete",
        ),
        CheckConstraint(
            "proposals_answered BETWEEN 0 AND proposals_received"
            " AND (answer_hours_avg IS NULL) = (proposals_answered = 0)"
            " AND (answer_hours_avg IS NULL OR answer_hours_avg >= 0)",
            name="responsiveness_consistent",
        ),
        CheckConstraint(
            "rating_sum BETWEEN rating_count AND 5 * rating_count", name="rating_consistent"
        ),
        CheckConstraint(
            "photo_x BETWEEN 0 AND 1 AND photo_y BETWEEN 0 AND 1 AND photo_zoom BETWEEN 1 AND 4",
            name="photo_crop_range",
        ),
        CheckConstraint(f"iban ~ '{IBAN_SQL}'", name="iban_format"),
        CheckConstraint(
            "(iban IS NULL) = (account_holder IS NULL)"
            " AND (account_holder IS NULL OR char_length(btrim(account_holder)) BETWEEN 1 AND 200)",
            name="bank_whole",
        ),
        Index("ix_helper_profile_user", "user_id", unique=True),
        # Suggestions start from the matchable helpers whose radius box holds the address.
        Index(
            "ix_helper_profile_matchable_coverage",
            "coverage",
            postgresql_using="gist",
            postgresql_where=text("matchable"),
        ),
        # Suggestions: the covering helpers nearest first (box test and order in the index;
        # the home on a flat map, kit/geo.LONGITUDE_SCALE), see docs/matching.md.
        Index(
            "ix_helper_profile_matchable_near",
            text("point(longitude * 0.6157::double precision, latitude)"),
            "coverage",
            postgresql_using="gist",
            postgresql_where=text("matchable"),
            # What the score reads: the candidates come from the index alone.
            postgresql_include=[
                "id",
                "latitude",
                "longitude",
                "work_area",
                "radius_km",
                "day_parts",
                "skill_ids",
                "languages",
                "rating_count",
                "rating_sum",
                "proposals_received",
                "proposals_answered",
                "answer_hours_avg",
            ],
        ),
        Index("ix_helper_profile_newest", text("created_at DESC"), text("id DESC")),
        # Staff's queue of helpers waiting for the identity badge.
        Index(
            "ix_helper_profile_unbadged",
            "created_at",
            "id",
            postgresql_where=text("status = 'active' AND NOT identity_document_seen"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default="draft")
    suspended_reason: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(10), nullable=False, server_default="volunteer")
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    accepting_new: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    introduction: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    profile_text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # Home: the radius is measured from here; only an approximate spot is ever shown to others.
    street: Mapped[str] = mapped_column(String(200), nullable=False)
    house_number: Mapped[str] = mapped_column(String(5), nullable=False)
    house_number_addition: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str] = mapped_column(String(7), nullable=False)
    city: Mapped[str] = mapped_column(String(100), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False, server_default="NL")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(2)), nullable=False)
    # The skills list's ids, as an array: the suggestion query reads one row per helper.
    skill_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid()), nullable=False, server_default="{}"
    )
    work_area: Mapped[str] = mapped_column(String(10), nullable=False, server_default="radius")
    radius_km: Mapped[int | None] = mapped_column(SmallInteger)
    day_parts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    photo_key: Mapped[str | None] = mapped_column(String(200))
    photo_x: Mapped[float] = mapped_column(Float, nullable=False, server_default="0.5")
    photo_y: Mapped[float] = mapped_column(Float, nullable=False, server_default="0.33")
    photo_zoom: Mapped[float] = mapped_column(Float, nullable=False, server_default="1")
    # Set by staff, as for providers: matchable once the identity document was seen.
    identity_document_seen: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    seen_in_person: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    badged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # How quickly they answer proposals (kept in step with each answer).
    proposals_received: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    proposals_answered: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    answer_hours_avg: Mapped[float | None] = mapped_column(Float)
    last_answer_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    rating_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rating_sum: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # Where a paid helper's approved hours are paid to.
    iban: Mapped[str | None] = mapped_column(String(34))
    account_holder: Mapped[str | None] = mapped_column(String(200))
    matchable: Mapped[bool] = mapped_column(
        Boolean,
        Computed(
            "status = 'active' AND identity_document_seen AND accepting_new"
            " AND latitude IS NOT NULL",
            persisted=True,
        ),
    )
    # The box a radius spans (longitude x latitude) for the indexed first cut; a helper working
    # in chosen places gets the box around those places (kept by the service).
    coverage: Mapped[str | None] = mapped_column(Box, deferred=True)


class HelperWorkPlace(Base):
    """A place a helper works in, when their work area is a list of places."""

    __tablename__ = "helper_work_place"

    helper_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("helper_profile.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
