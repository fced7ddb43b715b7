"""E-mail change links: where the confirmed change goes.

Revision ID: add7c10c5857
Revises: 8e5e28be71b7
Create Date: 2026-11-23 12:45:45.415938+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "add7c10c5857"
down_revision: str | None = "8e5e28be71b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("action_token", sa.Column("new_email", sa.String(length=254), nullable=True))
    op.drop_constraint(op.f("ck_action_token_purpose_known"), "action_token", type_="check")
    op.create_check_constraint(
        op.f("ck_action_token_purpose_known"),
        "action_token",
        "purpose IN ('verify_email', 'reset_password', 'activate', 'change_email')",
    )
    op.create_check_constraint(
        op.f("ck_action_token_new_email_for_change"),
        "action_token",
        "(purpose = 'change_email') = (new_email IS NOT NULL)",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_action_token_new_email_for_change"), "action_token", type_="check")
    op.execute("DELETE FROM action_token WHERE purpose = 'change_email'")
    op.drop_constraint(op.f("ck_action_token_purpose_known"), "action_token", type_="check")
    op.create_check_constraint(
        op.f("ck_action_token_purpose_known"),
        "action_token",
        "purpose IN ('verify_email', 'reset_password', 'activate')",
    )
    op.drop_column("action_token", "new_email")
