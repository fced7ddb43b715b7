"""The portal's open orders and those waiting for the care professional, newest first per
organisation: two partial indexes, so a page of either reads a few of each linked
organisation's orders instead of walking past all the others (docs/decisions.md, "Orders at
1,000,000").

Revision ID: 3c7d9e1f2a48
Revises: 62e3af40ef29
Create Date: 2026-12-06 21:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3c7d9e1f2a48"
down_revision: str | None = "62e3af40ef29"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "status IN ('received', 'planned', 'on_the_way')"
ACTION = "signature_required AND signed_at IS NULL"


def upgrade() -> None:
    for name, where in (("open", OPEN), ("action", ACTION)):
        op.create_index(
            f"ix_assistive_order_org_{name}",
            "assistive_order",
            ["organisation_id", sa.text("created_at DESC"), sa.text("id DESC")],
            unique=False,
            postgresql_where=sa.text(where),
        )


def downgrade() -> None:
    for name, where in (("action", ACTION), ("open", OPEN)):
        op.drop_index(
            f"ix_assistive_order_org_{name}",
            table_name="assistive_order",
            postgresql_where=sa.text(where),
        )
