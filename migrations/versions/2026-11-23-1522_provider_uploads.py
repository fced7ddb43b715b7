"""Providers: the portrait photo (with its crop) and the PDF price list.

Revision ID: 9dcf62eccc60
Revises: ae88ff6484b4
Create Date: 2026-11-23 15:22:28.258368+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9dcf62eccc60"
down_revision: str | None = "ae88ff6484b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("provider_profile", sa.Column("photo_key", sa.String(length=200), nullable=True))
    op.add_column(
        "provider_profile", sa.Column("photo_x", sa.Float(), server_default="0.5", nullable=False)
    )
    op.add_column(
        "provider_profile", sa.Column("photo_y", sa.Float(), server_default="0.33", nullable=False)
    )
    op.add_column(
        "provider_profile", sa.Column("photo_zoom", sa.Float(), server_default="1", nullable=False)
    )
    op.add_column(
        "provider_profile", sa.Column("price_list_key", sa.String(length=200), nullable=True)
    )
    op.add_column("provider_profile", sa.Column("price_list_bytes", sa.Integer(), nullable=True))

    op.create_check_constraint(
        op.f("ck_provider_profile_photo_crop_range"),
        "provider_profile",
        "photo_x BETWEEN 0 AND 1 AND photo_y BETWEEN 0 AND 1 AND photo_zoom BETWEEN 1 AND 4",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_provider_profile_photo_crop_range"), "provider_profile", type_="check"
    )
    op.drop_column("provider_profile", "price_list_bytes")
    op.drop_column("provider_profile", "price_list_key")
    op.drop_column("provider_profile", "photo_zoom")
    op.drop_column("provider_profile", "photo_y")
    op.drop_column("provider_profile", "photo_x")
    op.drop_column("provider_profile", "photo_key")
