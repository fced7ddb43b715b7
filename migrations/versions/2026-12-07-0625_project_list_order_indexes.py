"""The project lists' order (current projects first, then by name) as indexes: staff's list over
every organisation and an organisation's own list read a page in order instead of sorting all
their projects.

Revision ID: 5c2e7a9d1f03
Revises: 87f22e130bc3
Create Date: 2026-12-07 06:25:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5c2e7a9d1f03"
down_revision: str | None = "87f22e130bc3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ORDER = "coalesce(ends_on, DATE '2100-01-01') DESC, lower(name), id"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_project_current_first ON project ({_ORDER})")
    op.execute(
        f"CREATE INDEX ix_project_current_first_organisation ON project (organisation_id, {_ORDER})"
    )


def downgrade() -> None:
    op.drop_index("ix_project_current_first_organisation", table_name="project")
    op.drop_index("ix_project_current_first", table_name="project")
