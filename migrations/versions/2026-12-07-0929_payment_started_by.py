"""A payment remembers who started it: the invoice's iDEAL receipt goes to them.

Revision ID: 276461467c55
Revises: 5c2e7a9d1f03
Create Date: 2026-12-07 09:29:17.624888+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "276461467c55"
down_revision: str | None = "5c2e7a9d1f03"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("payment", sa.Column("started_by_user_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_payment_started_by_user_id_user_account"),
        "payment",
        "user_account",
        ["started_by_user_id"],
        ["id"],
        ondelete="SET NULL",
    )
    # Erasing an account sets its payments' column to null: found by this index, not a scan.
    op.create_index(
        op.f("ix_payment_started_by_user_id"), "payment", ["started_by_user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_payment_started_by_user_id"), table_name="payment")
    op.drop_constraint(
        op.f("fk_payment_started_by_user_id_user_account"), "payment", type_="foreignkey"
    )
    op.drop_column("payment", "started_by_user_id")
