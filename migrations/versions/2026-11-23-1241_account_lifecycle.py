"""Account lifecycle: when the inactivity warning went out, and an index on last activity.

Revision ID: 8e5e28be71b7
Revises: 47935fe73273
Create Date: 2026-11-23 12:41:09.150832+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8e5e28be71b7"
down_revision: str | None = "47935fe73273"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "user_account", sa.Column("inactivity_warned_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.drop_index("ix_user_account_active_last_login", table_name="user_account")
    op.create_index(
        "ix_user_account_last_active",
        "user_account",
        [sa.text("coalesce(last_login_at, created_at)")],
        postgresql_where=sa.text("status IN ('active', 'deactivated', 'invited')"),
    )


def downgrade() -> None:
    op.drop_index("ix_user_account_last_active", table_name="user_account")
    op.create_index(
        "ix_user_account_active_last_login",
        "user_account",
        ["last_login_at"],
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_column("user_account", "inactivity_warned_at")
