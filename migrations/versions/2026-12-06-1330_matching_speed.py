"""Matching speed: a GiST index on (the home on a flat map, coverage) of matchable helpers,
including what the score reads, so the suggestions' nearest covering helpers come straight
from the index in an index-only scan (docs/matching.md).

Revision ID: 5b1e0c3a9d27
Revises: ae372b69b215
Create Date: 2026-12-06 13:30:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e0c3a9d27"
down_revision: str | None = "ae372b69b215"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_helper_profile_matchable_near",
        "helper_profile",
        [sa.text("point(longitude * 0.6157::double precision, latitude)"), "coverage"],
        unique=False,
        postgresql_using="gist",
        postgresql_where=sa.text("matchable"),
        postgresql_include=[
            "id",
            "latitude",
            "longitude",
            "work_area",
            "radius_km",
            "day_parts",
            "skill_ids",
            "languages",
            "rating_count",
            "rating_sum",
            "proposals_received",
            "proposals_answered",
            "answer_hours_avg",
        ],
    )


def downgrade() -> None:
    op.drop_index(
        "ix_helper_profile_matchable_near",
        table_name="helper_profile",
        postgresql_using="gist",
        postgresql_where=sa.text("matchable"),
    )
