"""API clients may be granted the scope invoices:read (the foundation named it in
`auth/scopes.py`, whose list the model's CHECK is built from, but left the table's CHECK as it
was).

Revision ID: 3f1c9e2a7d45
Revises: 7ba2da54697f
Create Date: 2026-12-07 02:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "3f1c9e2a7d45"
down_revision: str | None = "7ba2da54697f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f("ck_api_client_scopes_known"), "api_client", type_="check")
    op.create_check_constraint(
        op.f("ck_api_client_scopes_known"),
        "api_client",
        "scopes <@ ARRAY['organisation:read', 'members:read', 'orders:read', 'invoices:read']"
        "::varchar[]",
    )


def downgrade() -> None:
    op.execute(
        "UPDATE api_client SET scopes = array_remove(scopes, 'invoices:read')"
        " WHERE 'invoices:read' = ANY(scopes)"
    )
    op.execute("DELETE FROM api_client WHERE cardinality(scopes) = 0")
    op.drop_constraint(op.f("ck_api_client_scopes_known"), "api_client", type_="check")
    op.create_check_constraint(
        op.f("ck_api_client_scopes_known"),
        "api_client",
        "scopes <@ ARRAY['organisation:read', 'members:read', 'orders:read']::varchar[]",
    )
