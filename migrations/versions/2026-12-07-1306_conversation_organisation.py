"""A municipality's or social service's member writes to a volunteer: the conversation names
the organisation and the member who speaks for it, one per pair and organisation (the plain pair
conversation stays one per pair).

Revision ID: e43298d378e1
Revises: f8765f4f1c74
Create Date: 2026-12-07 13:03:30.298167+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e43298d378e1"
down_revision: str | None = "f8765f4f1c74"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "neighbour_conversation"


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("organisation_id", sa.Uuid(), nullable=True))
    op.add_column(TABLE, sa.Column("organisation_user_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_neighbour_conversation_organisation_id_organisation"),
        TABLE,
        "organisation",
        ["organisation_id"],
        ["id"],
        ondelete="CASCADE",
    )
    op.create_foreign_key(
        op.f("fk_neighbour_conversation_organisation_user_id_user_account"),
        TABLE,
        "user_account",
        ["organisation_user_id"],
        ["id"],
        ondelete="CASCADE",
    )
    op.create_check_constraint("one_context", TABLE, "post_id IS NULL OR organisation_id IS NULL")
    op.create_check_constraint(
        "organisation_side",
        TABLE,
        "(organisation_id IS NULL) = (organisation_user_id IS NULL)"
        " AND (organisation_user_id IS NULL"
        " OR organisation_user_id IN (first_user_id, second_user_id))",
    )
    op.create_index(op.f("ix_neighbour_conversation_organisation_id"), TABLE, ["organisation_id"])
    op.drop_index("uq_neighbour_conversation_pair", table_name=TABLE)
    op.create_index(
        "uq_neighbour_conversation_pair",
        TABLE,
        ["first_user_id", "second_user_id"],
        unique=True,
        postgresql_where=sa.text("post_id IS NULL AND organisation_id IS NULL"),
    )
    op.create_index(
        "uq_neighbour_conversation_pair_organisation",
        TABLE,
        ["first_user_id", "second_user_id", "organisation_id"],
        unique=True,
        postgresql_where=sa.text("organisation_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.execute("DELETE FROM neighbour_conversation WHERE organisation_id IS NOT NULL")
    op.drop_index("uq_neighbour_conversation_pair_organisation", table_name=TABLE)
    op.drop_index("uq_neighbour_conversation_pair", table_name=TABLE)
    op.create_index(
        "uq_neighbour_conversation_pair",
        TABLE,
        ["first_user_id", "second_user_id"],
        unique=True,
        postgresql_where=sa.text("post_id IS NULL"),
    )
    op.drop_index(op.f("ix_neighbour_conversation_organisation_id"), table_name=TABLE)
    op.drop_constraint("organisation_side", TABLE, type_="check")
    op.drop_constraint("one_context", TABLE, type_="check")
    op.drop_constraint(
        op.f("fk_neighbour_conversation_organisation_user_id_user_account"),
        TABLE,
        type_="foreignkey",
    )
    op.drop_constraint(
        op.f("fk_neighbour_conversation_organisation_id_organisation"), TABLE, type_="foreignkey"
    )
    op.drop_column(TABLE, "organisation_user_id")
    op.drop_column(TABLE, "organisation_id")
