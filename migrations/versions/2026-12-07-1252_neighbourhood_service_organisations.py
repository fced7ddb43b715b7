"""Municipalities and social services serve neighbourhoods (the service dashboard's ground).

A new organisation kind, social_service; the kind is part of the link's foreign key so only
those two kinds can serve.

Revision ID: 9d7f97d54881
Revises: 8d41c0e7b2a9
Create Date: 2026-12-07 12:52:39.163257+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9d7f97d54881"
down_revision: str | None = "8d41c0e7b2a9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = (
    "'umbrella', 'care_organisation', 'supplier_branch', "
    "'partner_organisation', 'municipality', 'provider_company'"
)


def upgrade() -> None:
    op.drop_constraint("kind_known", "organisation", type_="check")
    op.create_check_constraint("kind_known", "organisation", f"kind IN ({KINDS}, 'social_service')")
    op.create_unique_constraint("uq_organisation_id_kind", "organisation", ["id", "kind"])
    op.create_table(
        "neighbourhood_service_organisation",
        sa.Column("neighbourhood_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_kind", sa.String(length=30), nullable=False),
        sa.Column("assigned_by_user_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "organisation_kind IN ('municipality', 'social_service')",
            name=op.f("ck_neighbourhood_service_organisation_organisation_kind_serves"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_neighbourhood_service_organisation_assigned_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id"],
            ["neighbourhood.id"],
            name=op.f("fk_neighbourhood_service_organisation_neighbourhood_id_neighbourhood"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id", "organisation_kind"],
            ["organisation.id", "organisation.kind"],
            name="fk_neighbourhood_service_organisation_organisation",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "neighbourhood_id",
            "organisation_id",
            name=op.f("pk_neighbourhood_service_organisation"),
        ),
    )
    op.create_index(
        "ix_neighbourhood_service_organisation_organisation",
        "neighbourhood_service_organisation",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        "ix_neighbourhood_service_organisation_organisation",
        table_name="neighbourhood_service_organisation",
    )
    op.drop_table("neighbourhood_service_organisation")
    op.drop_constraint("uq_organisation_id_kind", "organisation", type_="unique")
    op.drop_constraint("kind_known", "organisation", type_="check")
    op.create_check_constraint("kind_known", "organisation", f"kind IN ({KINDS})")
