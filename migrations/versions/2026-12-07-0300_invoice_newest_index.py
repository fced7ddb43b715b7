"""Staff's invoice list, the newest first over every organisation: an index in its order, so a
page reads its 21 rows instead of sorting every invoice (50,000 in the side-by-side bench: a
sequential scan and a top-N sort of all of them, about 25 ms a page).

Revision ID: da11d965907e
Revises: 3f1c9e2a7d45
Create Date: 2026-12-07 03:00:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "da11d965907e"
down_revision: str | None = "3f1c9e2a7d45"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_invoice_issued", "invoice", ["issued_on", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_invoice_issued", table_name="invoice")
