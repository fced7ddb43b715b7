"""Public search (folded texts, a weighted Dutch tsvector, ratings), contact requests, reviews.

Revision ID: 514df9a1e139
Revises: 7aec4a91698a
Create Date: 2026-11-30 15:13:26.437297+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


class Box(sa.types.UserDefinedType[str]):
    """PostgreSQL's geometric `box`."""

    cache_ok = True

    def get_col_spec(self, **kw: object) -> str:
        return "BOX"


revision: str = "514df9a1e139"
down_revision: str | None = "7aec4a91698a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_request",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("member_number", sa.String(length=20), nullable=True),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("place_id", sa.BigInteger(), nullable=True),
        sa.Column("for_whom", sa.String(length=5), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=12), server_default="new", nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("appointment_on", sa.Date(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("overdue_reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_token_hash", sa.String(length=64), nullable=True),
        sa.Column("review_invited_at", sa.DateTime(timezone=True), nullable=True),
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
            "(status = 'handled') = (handled_at IS NOT NULL)",
            name=op.f("ck_contact_request_handled_at"),
        ),
        sa.CheckConstraint(
            "(status = 'new') = (answered_at IS NULL)",
            name=op.f("ck_contact_request_answered_when_not_new"),
        ),
        sa.CheckConstraint(
            "appointment_on IS NULL OR status <> 'new'",
            name=op.f("ck_contact_request_appointment_answered"),
        ),
        sa.CheckConstraint(
            "for_whom IN ('self', 'other')", name=op.f("ck_contact_request_for_whom_known")
        ),
        sa.CheckConstraint(
            "language IN ('nl', 'fr', 'en')", name=op.f("ck_contact_request_language_known")
        ),
        sa.CheckConstraint(
            "phone ~ '^\\+[1-9][0-9]{6,14}$'", name=op.f("ck_contact_request_phone_e164")
        ),
        sa.CheckConstraint(
            "position('@' in email) > 1", name=op.f("ck_contact_request_email_format")
        ),
        sa.CheckConstraint(
            "status IN ('new', 'in_progress', 'handled')",
            name=op.f("ck_contact_request_status_known"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name)) BETWEEN 1 AND 100",
            name=op.f("ck_contact_request_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(message) BETWEEN 1 AND 2000",
            name=op.f("ck_contact_request_message_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(location)) BETWEEN 2 AND 100",
            name=op.f("ck_contact_request_location_length"),
        ),
        sa.CheckConstraint(
            "member_number IS NULL OR member_number ~ '^[0-9A-Za-z-]{1,20}$'",
            name=op.f("ck_contact_request_member_number_format"),
        ),
        sa.CheckConstraint(
            "char_length(note) <= 1000", name=op.f("ck_contact_request_note_length")
        ),
        sa.CheckConstraint(
            "deadline_at > created_at", name=op.f("ck_contact_request_deadline_after_arrival")
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_contact_request_place_id_place"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_contact_request_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_request")),
        sa.UniqueConstraint("review_token_hash", name=op.f("uq_contact_request_review_token_hash")),
    )
    op.create_index(
        "ix_contact_request_open_deadline",
        "contact_request",
        ["deadline_at"],
        unique=False,
        postgresql_where=sa.text("status = 'new'"),
    )
    op.create_index(
        "ix_contact_request_profile_created",
        "contact_request",
        ["profile_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "review",
        sa.Column("contact_request_id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("stars", sa.SmallInteger(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("author_name", sa.String(length=100), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hidden_reason", sa.String(length=500), nullable=True),
        sa.Column("hidden_by_user_id", sa.Uuid(), nullable=True),
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
            "(hidden_at IS NULL) = (hidden_reason IS NULL)",
            name=op.f("ck_review_hidden_with_reason"),
        ),
        sa.CheckConstraint(
            "(reply IS NULL) = (replied_at IS NULL)", name=op.f("ck_review_replied_at")
        ),
        sa.CheckConstraint("char_length(text) <= 2000", name=op.f("ck_review_text_length")),
        sa.CheckConstraint(
            "reply IS NULL OR char_length(reply) BETWEEN 1 AND 2000", name=op.f("ck_review_reply")
        ),
        sa.CheckConstraint("stars BETWEEN 1 AND 5", name=op.f("ck_review_stars_range")),
        sa.ForeignKeyConstraint(
            ["contact_request_id"],
            ["contact_request.id"],
            name=op.f("fk_review_contact_request_id_contact_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hidden_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_review_hidden_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_review_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
        sa.UniqueConstraint("contact_request_id", name=op.f("uq_review_contact_request_id")),
    )
    op.create_index(
        "ix_review_profile_created", "review", ["profile_id", "created_at"], unique=False
    )
    op.add_column(
        "provider_profile", sa.Column("search_title", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "provider_profile", sa.Column("search_body", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "provider_profile",
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('dutch'::regconfig, search_title), 'A') || "
                "setweight(to_tsvector('dutch'::regconfig, search_body), 'B')",
                persisted=True,
            ),
            nullable=False,
        ),
    )
    op.add_column(
        "provider_profile",
        sa.Column("rating_count", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "provider_profile",
        sa.Column("rating_sum", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "provider_profile",
        sa.Column(
            "coverage",
            Box(),
            sa.Computed(
                "CASE WHEN work_area_kind = 'radius' AND latitude IS NOT NULL THEN box("
                "point(longitude - radius_km / (111.2 * cos(radians(latitude))),"
                " latitude - radius_km / 111.2),"
                " point(longitude + radius_km / (111.2 * cos(radians(latitude))),"
                " latitude + radius_km / 111.2)) END",
                persisted=True,
            ),
            nullable=True,
        ),
    )
    op.create_index(
        "ix_provider_profile_coverage", "provider_profile", ["coverage"], postgresql_using="gist"
    )
    op.create_index(
        "ix_provider_profile_live_nationwide",
        "provider_profile",
        ["id"],
        postgresql_where=sa.text("status = 'live' AND work_area_kind = 'country'"),
    )
    op.create_check_constraint(
        op.f("ck_provider_profile_rating_consistent"),
        "provider_profile",
        "rating_sum BETWEEN rating_count AND 5 * rating_count",
    )
    op.create_index(
        "ix_provider_profile_search_vector",
        "provider_profile",
        ["search_vector"],
        unique=False,
        postgresql_using="gin",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_provider_profile_rating_consistent"), "provider_profile", type_="check"
    )
    op.drop_index(
        "ix_provider_profile_search_vector", table_name="provider_profile", postgresql_using="gin"
    )
    op.drop_index(
        "ix_provider_profile_live_nationwide",
        table_name="provider_profile",
        postgresql_where=sa.text("status = 'live' AND work_area_kind = 'country'"),
    )
    op.drop_index(
        "ix_provider_profile_coverage", table_name="provider_profile", postgresql_using="gist"
    )
    op.drop_column("provider_profile", "coverage")
    op.drop_column("provider_profile", "rating_sum")
    op.drop_column("provider_profile", "rating_count")
    op.drop_column("provider_profile", "search_vector")
    op.drop_column("provider_profile", "search_body")
    op.drop_column("provider_profile", "search_title")
    op.drop_index("ix_review_profile_created", table_name="review")
    op.drop_table("review")
    op.drop_index("ix_contact_request_profile_created", table_name="contact_request")
    op.drop_index(
        "ix_contact_request_open_deadline",
        table_name="contact_request",
        postgresql_where=sa.text("status = 'new'"),
    )
    op.drop_table("contact_request")
