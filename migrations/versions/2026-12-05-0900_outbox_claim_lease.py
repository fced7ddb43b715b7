"""Outbox: a claim with a lease, counted before a row's side effect runs.

Revision ID: 3f0c2a7d9b41
Revises: 514df9a1e139
Create Date: 2026-12-05 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3f0c2a7d9b41"
down_revision: str | None = "514df9a1e139"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))
    op.create_check_constraint(
        op.f("ck_outbox_claimed_only_while_pending"),
        "outbox",
        "status = 'pending' OR claimed_until IS NULL",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_outbox_claimed_only_while_pending"), "outbox", type_="check")
    op.drop_column("outbox", "claimed_until")
