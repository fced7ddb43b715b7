"""Second factors (TOTP, SMS), recovery codes, log-in challenges; step-up time on sessions.

Revision ID: 47935fe73273
Revises: 7d112f03b9c0
Create Date: 2026-11-23 12:32:26.506460+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "47935fe73273"
down_revision: str | None = "7d112f03b9c0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mfa_factor",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("secret_encrypted", sa.LargeBinary(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_step", sa.Integer(), nullable=True),
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
            "kind != 'sms' OR phone IS NOT NULL", name=op.f("ck_mfa_factor_sms_has_phone")
        ),
        sa.CheckConstraint(
            "kind != 'totp' OR secret_encrypted IS NOT NULL",
            name=op.f("ck_mfa_factor_totp_has_secret"),
        ),
        sa.CheckConstraint("kind IN ('totp', 'sms')", name=op.f("ck_mfa_factor_kind_known")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_mfa_factor_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mfa_factor")),
    )
    op.create_index(op.f("ix_mfa_factor_user_id"), "mfa_factor", ["user_id"], unique=False)
    op.create_index(
        "uq_mfa_factor_one_sms",
        "mfa_factor",
        ["user_id"],
        unique=True,
        postgresql_where=sa.text("kind = 'sms' AND confirmed_at IS NOT NULL"),
    )
    op.create_table(
        "recovery_code",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
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
            "octet_length(code_hash) = 32", name=op.f("ck_recovery_code_code_hash_length")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_recovery_code_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_code")),
    )
    op.create_index(op.f("ix_recovery_code_user_id"), "recovery_code", ["user_id"], unique=False)
    op.create_table(
        "mfa_challenge",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("purpose", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sms_code_hash", sa.LargeBinary(length=32), nullable=True),
        sa.Column("sms_code_expires_at", sa.DateTime(timezone=True), nullable=True),
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
            "purpose IN ('login', 'step_up', 'sms_setup')",
            name=op.f("ck_mfa_challenge_purpose_known"),
        ),
        sa.CheckConstraint(
            "attempts BETWEEN 0 AND 5", name=op.f("ck_mfa_challenge_attempts_at_most_five")
        ),
        sa.CheckConstraint(
            "sms_code_hash IS NULL OR octet_length(sms_code_hash) = 32",
            name=op.f("ck_mfa_challenge_sms_code_hash_length"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["user_session.id"],
            name=op.f("fk_mfa_challenge_session_id_user_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_mfa_challenge_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mfa_challenge")),
    )
    op.create_index(op.f("ix_mfa_challenge_user_id"), "mfa_challenge", ["user_id"], unique=False)
    op.add_column(
        "user_session", sa.Column("mfa_verified_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("user_session", "mfa_verified_at")
    op.drop_index(op.f("ix_mfa_challenge_user_id"), table_name="mfa_challenge")
    op.drop_table("mfa_challenge")
    op.drop_index(op.f("ix_recovery_code_user_id"), table_name="recovery_code")
    op.drop_table("recovery_code")
    op.drop_index(
        "uq_mfa_factor_one_sms",
        table_name="mfa_factor",
        postgresql_where=sa.text("kind = 'sms' AND confirmed_at IS NOT NULL"),
    )
    op.drop_index(op.f("ix_mfa_factor_user_id"), table_name="mfa_factor")
    op.drop_table("mfa_factor")
