"""The introduction video on the provider profile; promotion package requests and their invoices.

Revision ID: 7aec4a91698a
Revises: 1453965f7088
Create Date: 2026-11-30 15:00:09.170828+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7aec4a91698a"
down_revision: str | None = "1453965f7088"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(sa.Sequence("provider_invoice_number_seq")))
    op.create_table(
        "promotion_request",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("package", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("message", sa.Text(), server_default="", nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
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
            "(status = 'confirmed') = (confirmed_at IS NOT NULL AND price_cents IS NOT NULL"
            " AND starts_on IS NOT NULL AND ends_on IS NOT NULL)",
            name=op.f("ck_promotion_request_confirmed_complete"),
        ),
        sa.CheckConstraint(
            "(status = 'withdrawn') = (withdrawn_at IS NOT NULL)",
            name=op.f("ck_promotion_request_withdrawn_at"),
        ),
        sa.CheckConstraint(
            "package IN ('basic', 'plus', 'luxe', 'fee')",
            name=op.f("ck_promotion_request_package_known"),
        ),
        sa.CheckConstraint(
            "status IN ('requested', 'confirmed', 'withdrawn')",
            name=op.f("ck_promotion_request_status_known"),
        ),
        sa.CheckConstraint(
            "char_length(message) <= 1000", name=op.f("ck_promotion_request_message_length")
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on > starts_on", name=op.f("ck_promotion_request_period_order")
        ),
        sa.CheckConstraint(
            "price_cents IS NULL OR price_cents > 0",
            name=op.f("ck_promotion_request_price_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_promotion_request_confirmed_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_promotion_request_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_request")),
    )
    op.create_index(
        op.f("ix_promotion_request_profile_id"), "promotion_request", ["profile_id"], unique=False
    )
    op.create_index(
        "uq_promotion_request_open",
        "promotion_request",
        ["profile_id"],
        unique=True,
        postgresql_where=sa.text("status = 'requested'"),
    )
    op.create_table(
        "provider_invoice",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("promotion_request_id", sa.Uuid(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("package_cents", sa.Integer(), nullable=False),
        sa.Column("fee_credit_cents", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
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
            "number ~ '^K[0-9]{4}-[0-9]{6}$'", name=op.f("ck_provider_invoice_number_format")
        ),
        sa.CheckConstraint(
            "fee_credit_cents >= 0 AND fee_credit_cents <= package_cents",
            name=op.f("ck_provider_invoice_credit_range"),
        ),
        sa.CheckConstraint("package_cents > 0", name=op.f("ck_provider_invoice_package_positive")),
        sa.CheckConstraint(
            "total_cents = package_cents - fee_credit_cents",
            name=op.f("ck_provider_invoice_total_sum"),
        ),
        sa.CheckConstraint(
            "vat_cents >= 0 AND vat_cents <= total_cents",
            name=op.f("ck_provider_invoice_vat_range"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_provider_invoice_profile_id_provider_profile"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["promotion_request_id"],
            ["promotion_request.id"],
            name=op.f("fk_provider_invoice_promotion_request_id_promotion_request"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_invoice")),
        sa.UniqueConstraint("number", name=op.f("uq_provider_invoice_number")),
        sa.UniqueConstraint(
            "promotion_request_id", name=op.f("uq_provider_invoice_promotion_request_id")
        ),
    )
    op.create_index(
        op.f("ix_provider_invoice_profile_id"), "provider_invoice", ["profile_id"], unique=False
    )
    op.create_index(
        "uq_provider_invoice_fee_credit",
        "provider_invoice",
        ["profile_id"],
        unique=True,
        postgresql_where=sa.text("fee_credit_cents > 0"),
    )
    op.add_column("provider_profile", sa.Column("video_key", sa.String(length=200), nullable=True))
    op.add_column(
        "provider_profile", sa.Column("video_media_type", sa.String(length=20), nullable=True)
    )
    op.add_column("provider_profile", sa.Column("video_bytes", sa.Integer(), nullable=True))
    op.add_column(
        "provider_profile",
        sa.Column("video_uploaded_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_check_constraint(
        op.f("ck_provider_profile_video_complete"),
        "provider_profile",
        "(video_key IS NULL) = (video_media_type IS NULL)"
        " AND (video_key IS NULL) = (video_bytes IS NULL)"
        " AND (video_key IS NULL) = (video_uploaded_at IS NULL)"
        " AND (video_media_type IS NULL OR video_media_type IN ('video/mp4', 'video/webm'))"
        " AND (video_bytes IS NULL OR video_bytes BETWEEN 1 AND 104857600)",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_provider_profile_video_complete"), "provider_profile", type_="check"
    )
    op.drop_column("provider_profile", "video_uploaded_at")
    op.drop_column("provider_profile", "video_bytes")
    op.drop_column("provider_profile", "video_media_type")
    op.drop_column("provider_profile", "video_key")
    op.drop_index(
        "uq_provider_invoice_fee_credit",
        table_name="provider_invoice",
        postgresql_where=sa.text("fee_credit_cents > 0"),
    )
    op.drop_index(op.f("ix_provider_invoice_profile_id"), table_name="provider_invoice")
    op.drop_table("provider_invoice")
    op.drop_index(
        "uq_promotion_request_open",
        table_name="promotion_request",
        postgresql_where=sa.text("status = 'requested'"),
    )
    op.drop_index(op.f("ix_promotion_request_profile_id"), table_name="promotion_request")
    op.drop_table("promotion_request")
    op.execute(sa.schema.DropSequence(sa.Sequence("provider_invoice_number_seq")))
