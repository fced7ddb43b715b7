"""Wlz signatures: the signature records (with the signed PDF) and refusals; an order's open
refusal and whether branch staff took it off the signing list; the factor a session proved.

Revision ID: bccf2161ee80
Revises: 3c7d9e1f2a48
Create Date: 2026-12-06 22:46:19.891222+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "bccf2161ee80"
down_revision: str | None = "3c7d9e1f2a48"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "order_refusal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("refused_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("refused_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "refused_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cleared_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("cleared_by_name", sa.String(length=200), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("clear_note", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('present_again', 'remove')",
            name=op.f("ck_order_refusal_outcome_known"),
        ),
        sa.CheckConstraint(
            "(cleared_at IS NULL) = (outcome IS NULL)"
            " AND (cleared_at IS NULL OR cleared_by_name IS NOT NULL)",
            name=op.f("ck_order_refusal_cleared_with_outcome"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(reason)) BETWEEN 1 AND 1000",
            name=op.f("ck_order_refusal_reason_length"),
        ),
        sa.CheckConstraint(
            "char_length(clear_note) <= 1000", name=op.f("ck_order_refusal_clear_note_length")
        ),
        sa.CheckConstraint(
            "char_length(refused_by_name) BETWEEN 1 AND 200",
            name=op.f("ck_order_refusal_refused_by_name"),
        ),
        sa.CheckConstraint(
            "cleared_at IS NULL OR cleared_at >= refused_at",
            name=op.f("ck_order_refusal_cleared_after"),
        ),
        sa.ForeignKeyConstraint(
            ["cleared_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_order_refusal_cleared_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["assistive_order.id"],
            name=op.f("fk_order_refusal_order_id_assistive_order"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["refused_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_order_refusal_refused_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_refusal")),
    )
    op.create_index(
        "ix_order_refusal_cleared_by",
        "order_refusal",
        ["cleared_by_user_id"],
        unique=False,
        postgresql_where=sa.text("cleared_by_user_id IS NOT NULL"),
    )
    op.create_index(
        "ix_order_refusal_open_oldest",
        "order_refusal",
        ["refused_at", "id"],
        unique=False,
        postgresql_where=sa.text("cleared_at IS NULL"),
    )
    op.create_index(
        "ix_order_refusal_order", "order_refusal", ["order_id", "refused_at"], unique=False
    )
    op.create_index(
        "ix_order_refusal_refused_by",
        "order_refusal",
        ["refused_by_user_id"],
        unique=False,
        postgresql_where=sa.text("refused_by_user_id IS NOT NULL"),
    )
    op.create_index(
        "uq_order_refusal_open",
        "order_refusal",
        ["order_id"],
        unique=True,
        postgresql_where=sa.text("cleared_at IS NULL"),
    )
    op.create_table(
        "order_signature",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("signer_user_id", sa.Uuid(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("drawn_png", sa.LargeBinary(), nullable=True),
        sa.Column("typed_name", sa.String(length=200), nullable=True),
        sa.Column("second_factor", sa.String(length=16), nullable=False),
        sa.Column("second_factor_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("client_address", postgresql.INET(), nullable=True),
        sa.Column("user_agent", sa.Text(), server_default="", nullable=False),
        sa.Column("content_sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signed_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(method = 'drawn') = (drawn_png IS NOT NULL)"
            " AND (method = 'typed') = (typed_name IS NOT NULL)",
            name=op.f("ck_order_signature_signature_of_method"),
        ),
        sa.CheckConstraint(
            "method IN ('drawn', 'typed')", name=op.f("ck_order_signature_method_known")
        ),
        sa.CheckConstraint(
            "second_factor IN ('totp', 'sms', 'recovery_code')",
            name=op.f("ck_order_signature_second_factor_known"),
        ),
        sa.CheckConstraint(
            "char_length(signer_name) BETWEEN 1 AND 200",
            name=op.f("ck_order_signature_signer_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(user_agent) <= 500", name=op.f("ck_order_signature_user_agent_length")
        ),
        sa.CheckConstraint(
            "drawn_png IS NULL OR octet_length(drawn_png) BETWEEN 8 AND 200000",
            name=op.f("ck_order_signature_drawn_png_size"),
        ),
        sa.CheckConstraint(
            "octet_length(content_sha256) = 32",
            name=op.f("ck_order_signature_content_sha256_length"),
        ),
        sa.CheckConstraint(
            "second_factor_at <= signed_at",
            name=op.f("ck_order_signature_second_factor_before_signing"),
        ),
        sa.CheckConstraint(
            "superseded_at IS NULL OR superseded_at >= signed_at",
            name=op.f("ck_order_signature_superseded"),
        ),
        sa.CheckConstraint(
            "typed_name IS NULL OR char_length(btrim(typed_name)) BETWEEN 2 AND 200",
            name=op.f("ck_order_signature_typed_name_length"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["assistive_order.id"],
            name=op.f("fk_order_signature_order_id_assistive_order"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["signer_user_id"],
            ["user_account.id"],
            name=op.f("fk_order_signature_signer_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_signature")),
    )
    op.create_index(
        "ix_order_signature_order", "order_signature", ["order_id", "signed_at"], unique=False
    )
    op.create_index(
        "ix_order_signature_signer",
        "order_signature",
        ["signer_user_id"],
        unique=False,
        postgresql_where=sa.text("signer_user_id IS NOT NULL"),
    )
    op.create_index(
        "uq_order_signature_current",
        "order_signature",
        ["order_id"],
        unique=True,
        postgresql_where=sa.text("superseded_at IS NULL"),
    )
    op.add_column(
        "assistive_order", sa.Column("refused_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "assistive_order",
        sa.Column("off_signing_list", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column(
        "user_session", sa.Column("mfa_verified_method", sa.String(length=16), nullable=True)
    )
    op.create_check_constraint(
        "mfa_verified_method_known",
        "user_session",
        "mfa_verified_method IS NULL OR (mfa_verified_method IN ('totp', 'sms', 'recovery_code')"
        " AND mfa_verified_at IS NOT NULL)",
    )
    op.create_check_constraint(
        "refused_unsigned",
        "assistive_order",
        "refused_at IS NULL OR (signature_required AND signed_at IS NULL)",
    )
    op.create_check_constraint(
        "off_signing_list_unsigned",
        "assistive_order",
        "NOT off_signing_list OR (signature_required AND signed_at IS NULL AND refused_at IS NULL)",
    )
    # The signing list leaves out what branch staff took off it.
    op.drop_index("ix_assistive_order_org_action", table_name="assistive_order")
    _action_index(ACTION)


ACTION = "signature_required AND signed_at IS NULL AND NOT off_signing_list"
PREVIOUS_ACTION = "signature_required AND signed_at IS NULL"


def _action_index(where: str) -> None:
    op.create_index(
        "ix_assistive_order_org_action",
        "assistive_order",
        ["organisation_id", sa.text("created_at DESC"), sa.text("id DESC")],
        unique=False,
        postgresql_where=sa.text(where),
    )


def downgrade() -> None:
    op.drop_index("ix_assistive_order_org_action", table_name="assistive_order")
    _action_index(PREVIOUS_ACTION)
    op.drop_constraint("ck_assistive_order_off_signing_list_unsigned", "assistive_order")
    op.drop_constraint("ck_assistive_order_refused_unsigned", "assistive_order")
    op.drop_constraint("ck_user_session_mfa_verified_method_known", "user_session")
    op.drop_column("user_session", "mfa_verified_method")
    op.drop_column("assistive_order", "off_signing_list")
    op.drop_column("assistive_order", "refused_at")
    op.drop_index(
        "uq_order_signature_current",
        table_name="order_signature",
        postgresql_where=sa.text("superseded_at IS NULL"),
    )
    op.drop_index(
        "ix_order_signature_signer",
        table_name="order_signature",
        postgresql_where=sa.text("signer_user_id IS NOT NULL"),
    )
    op.drop_index("ix_order_signature_order", table_name="order_signature")
    op.drop_table("order_signature")
    op.drop_index(
        "uq_order_refusal_open",
        table_name="order_refusal",
        postgresql_where=sa.text("cleared_at IS NULL"),
    )
    op.drop_index(
        "ix_order_refusal_refused_by",
        table_name="order_refusal",
        postgresql_where=sa.text("refused_by_user_id IS NOT NULL"),
    )
    op.drop_index("ix_order_refusal_order", table_name="order_refusal")
    op.drop_index(
        "ix_order_refusal_open_oldest",
        table_name="order_refusal",
        postgresql_where=sa.text("cleared_at IS NULL"),
    )
    op.drop_index(
        "ix_order_refusal_cleared_by",
        table_name="order_refusal",
        postgresql_where=sa.text("cleared_by_user_id IS NOT NULL"),
    )
    op.drop_table("order_refusal")
