"""A help request's skill (optional, help requests only) and the impact figures' index

Revision ID: f8765f4f1c74
Revises: e64519fc1fcd
Create Date: 2026-12-07 13:03:05.159419+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f8765f4f1c74"
down_revision: str | None = "e64519fc1fcd"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("neighbourhood_post", sa.Column("skill_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_neighbourhood_post_skill_id_skill"),
        "neighbourhood_post",
        "skill",
        ["skill_id"],
        ["id"],
        ondelete="SET NULL",
    )
    op.create_check_constraint(
        op.f("ck_neighbourhood_post_skill_is_help"),
        "neighbourhood_post",
        "skill_id IS NULL OR kind = 'help_request'",
    )
    op.create_index(
        "ix_neighbourhood_post_help",
        "neighbourhood_post",
        ["neighbourhood_id", "created_at"],
        unique=False,
        postgresql_include=[
            "skill_id",
            "status",
            "solved_by_user_id",
            "first_reply_at",
            "solved_at",
        ],
        postgresql_where=sa.text("kind = 'help_request' AND hidden_at IS NULL"),
    )
    op.create_index(
        "ix_neighbourhood_post_skill",
        "neighbourhood_post",
        ["skill_id"],
        unique=False,
        postgresql_where=sa.text("skill_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_neighbourhood_post_skill", table_name="neighbourhood_post")
    op.drop_index("ix_neighbourhood_post_help", table_name="neighbourhood_post")
    op.drop_constraint(
        op.f("ck_neighbourhood_post_skill_is_help"), "neighbourhood_post", type_="check"
    )
    op.drop_constraint(
        op.f("fk_neighbourhood_post_skill_id_skill"), "neighbourhood_post", type_="foreignkey"
    )
    op.drop_column("neighbourhood_post", "skill_id")
