"""Payments of the administrative fee, and the sandbox payment provider's records.

Revision ID: ae88ff6484b4
Revises: 8916bb602c1a
Create Date: 2026-11-23 15:17:25.382388+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ae88ff6484b4"
down_revision: str | None = "8916bb602c1a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sandbox_payment",
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("redirect_url", sa.String(length=500), nullable=False),
        sa.Column("webhook_url", sa.String(length=500), nullable=False),
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
            "status IN ('open', 'pending', 'authorized', 'paid', 'failed', 'canceled', 'expired')",
            name=op.f("ck_sandbox_payment_status_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sandbox_payment")),
        sa.UniqueConstraint("external_id", name=op.f("uq_sandbox_payment_external_id")),
    )
    op.create_table(
        "payment",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("gateway", sa.String(length=10), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("checkout_url", sa.String(length=500), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
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
            "(status = 'paid') = (paid_at IS NOT NULL)", name=op.f("ck_payment_paid_at_when_paid")
        ),
        sa.CheckConstraint(
            "gateway IN ('sandbox', 'mollie')", name=op.f("ck_payment_gateway_known")
        ),
        sa.CheckConstraint("purpose IN ('admin_fee')", name=op.f("ck_payment_purpose_known")),
        sa.CheckConstraint(
            "status IN ('open', 'pending', 'authorized', 'paid', 'failed', 'canceled', 'expired')",
            name=op.f("ck_payment_status_known"),
        ),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_payment_amount_positive")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_payment_profile_id_provider_profile"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("gateway", "external_id", name=op.f("uq_payment_gateway_external_id")),
    )
    op.create_index(op.f("ix_payment_profile_id"), "payment", ["profile_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_payment_profile_id"), table_name="payment")
    op.drop_table("payment")
    op.drop_table("sandbox_payment")
