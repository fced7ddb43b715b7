"""API clients (OAuth2 client credentials); staff reactivation counts as activity.

Revision ID: 48db2d798625
Revises: 87a11e545039
Create Date: 2026-11-23 14:18:19.298379+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "48db2d798625"
down_revision: str | None = "87a11e545039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_client",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("responsible_user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("secret_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("token_generation", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("secret_rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_token_issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
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
            "scopes <@ ARRAY['organisation:read', 'members:read']::varchar[]",
            name=op.f("ck_api_client_scopes_known"),
        ),
        sa.CheckConstraint("cardinality(scopes) >= 1", name=op.f("ck_api_client_scopes_not_empty")),
        sa.CheckConstraint(
            "length(btrim(name)) BETWEEN 1 AND 100", name=op.f("ck_api_client_name_length")
        ),
        sa.CheckConstraint(
            "octet_length(secret_hash) = 32", name=op.f("ck_api_client_secret_hash_length")
        ),
        sa.CheckConstraint(
            "token_generation >= 1", name=op.f("ck_api_client_token_generation_positive")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_api_client_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_user_id"],
            ["user_account.id"],
            name=op.f("fk_api_client_responsible_user_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_client")),
    )
    op.create_index(
        op.f("ix_api_client_organisation_id"), "api_client", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_api_client_responsible_user_id"),
        "api_client",
        ["responsible_user_id"],
        unique=False,
    )
    op.add_column(
        "user_account", sa.Column("reactivated_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.drop_index(op.f("ix_user_account_last_active"), table_name="user_account")
    op.create_index(
        op.f("ix_user_account_last_active"),
        "user_account",
        [sa.literal_column("coalesce(greatest(last_login_at, reactivated_at), created_at)")],
        unique=False,
        postgresql_where=sa.text("status IN ('active', 'deactivated', 'invited')"),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_user_account_last_active"), table_name="user_account")
    op.create_index(
        op.f("ix_user_account_last_active"),
        "user_account",
        [sa.literal_column("COALESCE(last_login_at, created_at)")],
        unique=False,
        postgresql_where=sa.text("status IN ('active', 'deactivated', 'invited')"),
    )
    op.drop_column("user_account", "reactivated_at")
    op.drop_index(op.f("ix_api_client_responsible_user_id"), table_name="api_client")
    op.drop_index(op.f("ix_api_client_organisation_id"), table_name="api_client")
    op.drop_table("api_client")
