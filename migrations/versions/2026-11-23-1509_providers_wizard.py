"""Providers: the wizard's profile, work places, categories (the source's list) and services.

Revision ID: 8916bb602c1a
Revises: adcc4dcd4121
Create Date: 2026-11-23 15:09:02.667680+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from kring.kit.db import new_id

revision: str = "8916bb602c1a"
down_revision: str | None = "adcc4dcd4121"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("name_nl", sa.String(length=100), nullable=False),
        sa.Column("name_fr", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "modified_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("slug ~ '^[a-z0-9-]{2,60}$'", name=op.f("ck_category_slug_format")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("slug", name=op.f("uq_category_slug")),
    )
    op.create_table(
        "provider_profile",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column(
            "completed_steps",
            postgresql.ARRAY(sa.String(length=20)),
            server_default="{}",
            nullable=False,
        ),
        sa.Column(
            "service_kinds",
            postgresql.ARRAY(sa.String(length=30)),
            server_default="{}",
            nullable=False,
        ),
        sa.Column("heard_from", sa.String(length=200), nullable=True),
        sa.Column("terms_version", sa.String(length=20), nullable=True),
        sa.Column("terms_accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("has_kvk", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("work_street", sa.String(length=200), nullable=True),
        sa.Column("work_house_number", sa.String(length=20), nullable=True),
        sa.Column("work_postcode", sa.String(length=7), nullable=True),
        sa.Column("work_city", sa.String(length=100), nullable=True),
        sa.Column("address_is_work_address", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("introduction", sa.String(length=200), server_default="", nullable=False),
        sa.Column("profile_text", sa.Text(), server_default="", nullable=False),
        sa.Column("work_area_kind", sa.String(length=10), nullable=True),
        sa.Column("radius_km", sa.SmallInteger(), nullable=True),
        sa.Column("day_parts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("price_note", sa.Text(), server_default="", nullable=False),
        sa.Column("live_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "modified_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(work_area_kind = 'radius') = (radius_km IS NOT NULL)",
            name=op.f("ck_provider_profile_radius_for_radius_area"),
        ),
        sa.CheckConstraint(
            "kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'",
            name=op.f("ck_provider_profile_kvk_format"),
        ),
        sa.CheckConstraint(
            "service_kinds <@ ARRAY['home_services', 'courses_activities', "
            "'discounts_offers']::varchar[]",
            name=op.f("ck_provider_profile_service_kinds_known"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'awaiting_payment', 'live', 'suspended')",
            name=op.f("ck_provider_profile_status_known"),
        ),
        sa.CheckConstraint(
            "work_area_kind IS NULL OR work_area_kind IN ('places', 'radius', 'country')",
            name=op.f("ck_provider_profile_work_area_kind_known"),
        ),
        sa.CheckConstraint(
            "work_postcode IS NULL OR work_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'",
            name=op.f("ck_provider_profile_work_postcode_format"),
        ),
        sa.CheckConstraint(
            "NOT has_kvk OR (kvk_number IS NOT NULL AND company_name IS NOT NULL)",
            name=op.f("ck_provider_profile_kvk_complete"),
        ),
        sa.CheckConstraint(
            "char_length(introduction) <= 200", name=op.f("ck_provider_profile_introduction_length")
        ),
        sa.CheckConstraint(
            "char_length(price_note) <= 1000", name=op.f("ck_provider_profile_price_note_length")
        ),
        sa.CheckConstraint(
            "char_length(profile_text) <= 5000",
            name=op.f("ck_provider_profile_profile_text_length"),
        ),
        sa.CheckConstraint(
            "day_parts BETWEEN 0 AND 2097151", name=op.f("ck_provider_profile_day_parts_range")
        ),
        sa.CheckConstraint(
            "radius_km IS NULL OR radius_km BETWEEN 1 AND 150",
            name=op.f("ck_provider_profile_radius_range"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_provider_profile_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_profile")),
        sa.UniqueConstraint("user_id", name=op.f("uq_provider_profile_user_id")),
    )
    op.create_table(
        "provider_category",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_provider_category_category_id_category"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_provider_category_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "category_id", name=op.f("pk_provider_category")),
    )
    op.create_index(
        op.f("ix_provider_category_category_id"), "provider_category", ["category_id"], unique=False
    )
    op.create_table(
        "provider_service",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=200), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "modified_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "unit IN ('hour', 'service')", name=op.f("ck_provider_service_unit_known")
        ),
        sa.CheckConstraint(
            "char_length(btrim(name)) BETWEEN 1 AND 100",
            name=op.f("ck_provider_service_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(description) <= 200", name=op.f("ck_provider_service_description_length")
        ),
        sa.CheckConstraint(
            "price_cents BETWEEN 1 AND 10000000", name=op.f("ck_provider_service_price_range")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_provider_service_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_service")),
    )
    op.create_index(
        op.f("ix_provider_service_profile_id"), "provider_service", ["profile_id"], unique=False
    )
    op.create_table(
        "provider_work_place",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("place_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_provider_work_place_place_id_place"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_provider_work_place_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "place_id", name=op.f("pk_provider_work_place")),
    )
    op.create_index(
        op.f("ix_provider_work_place_place_id"), "provider_work_place", ["place_id"], unique=False
    )

    # The source's categories plus "Overige" (always last); staff can add more.
    category = sa.table(
        "category",
        sa.column("id", sa.Uuid()),
        sa.column("slug", sa.String()),
        sa.column("name_nl", sa.String()),
        sa.column("name_fr", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("position", sa.Integer()),
    )
    categories = [
        {
            "slug": "administratie",
            "name_nl": "Administratie",
            "name_fr": "Administration",
            "name_en": "Paperwork",
            "position": 0,
        },
        {
            "slug": "computerhulp",
            "name_nl": "Computerhulp",
            "name_fr": "Aide informatique",
            "name_en": "Computer help",
            "position": 1,
        },
        {
            "slug": "fysiotherapie",
            "name_nl": "Fysiotherapie",
            "name_fr": "Kinésithérapie",
            "name_en": "Physiotherapy",
            "position": 2,
        },
        {
            "slug": "glazenwassers",
            "name_nl": "Glazenwassers",
            "name_fr": "Laveurs de vitres",
            "name_en": "Window cleaners",
            "position": 3,
        },
        {
            "slug": "haptotherapie",
            "name_nl": "Haptotherapie",
            "name_fr": "Haptothérapie",
            "name_en": "Haptotherapy",
            "position": 4,
        },
        {
            "slug": "installateur",
            "name_nl": "Installateur",
            "name_fr": "Installateur",
            "name_en": "Installer",
            "position": 5,
        },
        {
            "slug": "kappers",
            "name_nl": "Kappers aan huis",
            "name_fr": "Coiffeurs à domicile",
            "name_en": "Hairdressers at home",
            "position": 6,
        },
        {
            "slug": "klusjesmannen",
            "name_nl": "Klusjesmannen",
            "name_fr": "Hommes à tout faire",
            "name_en": "Handymen",
            "position": 7,
        },
        {
            "slug": "loodgieters",
            "name_nl": "Loodgieters",
            "name_fr": "Plombiers",
            "name_en": "Plumbers",
            "position": 8,
        },
        {
            "slug": "manicure-aan-huis",
            "name_nl": "Manicure aan huis",
            "name_fr": "Manucure à domicile",
            "name_en": "Manicure at home",
            "position": 9,
        },
        {
            "slug": "massage",
            "name_nl": "Massage",
            "name_fr": "Massage",
            "name_en": "Massage",
            "position": 10,
        },
        {
            "slug": "nalatenschapsdossier",
            "name_nl": "Nalatenschapsdossier",
            "name_fr": "Dossier de succession",
            "name_en": "Estate file",
            "position": 11,
        },
        {
            "slug": "opruimcoach",
            "name_nl": "Opruimcoach",
            "name_fr": "Coach en rangement",
            "name_en": "Decluttering coach",
            "position": 12,
        },
        {
            "slug": "pedicures-cosmetisch",
            "name_nl": "Pedicures (cosmetisch)",
            "name_fr": "Pédicures (esthétiques)",
            "name_en": "Pedicures (cosmetic)",
            "position": 13,
        },
        {
            "slug": "pedicures-medisch",
            "name_nl": "Pedicures (medisch)",
            "name_fr": "Pédicures (médicales)",
            "name_en": "Pedicures (medical)",
            "position": 14,
        },
        {
            "slug": "personenalarmering",
            "name_nl": "Personenalarmering",
            "name_fr": "Téléassistance",
            "name_en": "Personal alarms",
            "position": 15,
        },
        {
            "slug": "podoloog",
            "name_nl": "Podoloog",
            "name_fr": "Podologue",
            "name_en": "Podiatrist",
            "position": 16,
        },
        {
            "slug": "schilder-aan-huis",
            "name_nl": "Schilder aan huis",
            "name_fr": "Peintre à domicile",
            "name_en": "Painter at home",
            "position": 17,
        },
        {
            "slug": "schoonheidsspecialisten",
            "name_nl": "Schoonheidsspecialisten",
            "name_fr": "Esthéticiennes",
            "name_en": "Beauticians",
            "position": 18,
        },
        {
            "slug": "sport-en-beweging",
            "name_nl": "Sport en Beweging",
            "name_fr": "Sport et mouvement",
            "name_en": "Sport and exercise",
            "position": 19,
        },
        {
            "slug": "thuiskeepers",
            "name_nl": "Thuiskeepers",
            "name_fr": "Gardiens de maison",
            "name_en": "Home keepers",
            "position": 20,
        },
        {
            "slug": "overige",
            "name_nl": "Overige",
            "name_fr": "Autres",
            "name_en": "Other",
            "position": 21,
        },
    ]
    op.bulk_insert(category, [{"id": new_id(), **c} for c in categories])


def downgrade() -> None:
    op.drop_index(op.f("ix_provider_work_place_place_id"), table_name="provider_work_place")
    op.drop_table("provider_work_place")
    op.drop_index(op.f("ix_provider_service_profile_id"), table_name="provider_service")
    op.drop_table("provider_service")
    op.drop_index(op.f("ix_provider_category_category_id"), table_name="provider_category")
    op.drop_table("provider_category")
    op.drop_table("provider_profile")
    op.drop_table("category")
