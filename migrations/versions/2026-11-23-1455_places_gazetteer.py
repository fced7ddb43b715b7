"""The gazetteer of Dutch and Belgian places, loaded with GeoNames cities1000 (CC BY 4.0).

Revision ID: adcc4dcd4121
Revises: 67d108d757c4
Create Date: 2026-11-23 14:55:37.730315+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "adcc4dcd4121"
down_revision: str | None = "67d108d757c4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "place",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search_name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=True),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("population", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint("country IN ('NL', 'BE')", name=op.f("ck_place_country_known")),
        sa.CheckConstraint("latitude BETWEEN -90 AND 90", name=op.f("ck_place_latitude_range")),
        sa.CheckConstraint("longitude BETWEEN -180 AND 180", name=op.f("ck_place_longitude_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    op.create_index(
        op.f("ix_place_search_name_prefix"),
        "place",
        ["search_name"],
        unique=False,
        postgresql_ops={"search_name": "text_pattern_ops"},
    )
    op.create_table(
        "place_name",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("place_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search_name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_place_name_place_id_place"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_name")),
    )
    op.create_index(op.f("ix_place_name_place_id"), "place_name", ["place_id"], unique=False)
    op.create_index(
        op.f("ix_place_name_search_name_prefix"),
        "place_name",
        ["search_name"],
        unique=False,
        postgresql_ops={"search_name": "text_pattern_ops"},
    )

    # The data ships with Kring (backend/kring/places/data); `kring seed-places` reloads it.
    from kring.places.gazetteer import read_rows

    places, names = read_rows()
    op.bulk_insert(sa.table("place", *(sa.column(c) for c in places[0])), places)
    op.bulk_insert(sa.table("place_name", *(sa.column(c) for c in names[0])), names)


def downgrade() -> None:
    op.drop_index(
        op.f("ix_place_name_search_name_prefix"),
        table_name="place_name",
        postgresql_ops={"search_name": "text_pattern_ops"},
    )
    op.drop_index(op.f("ix_place_name_place_id"), table_name="place_name")
    op.drop_table("place_name")
    op.drop_index(
        op.f("ix_place_search_name_prefix"),
        table_name="place",
        postgresql_ops={"search_name": "text_pattern_ops"},
    )
    op.drop_table("place")
