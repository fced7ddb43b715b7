"""Providers: badges, the certificate of conduct (VOG) and suspension, set by staff.

Revision ID: be768235c200
Revises: 9dcf62eccc60
Create Date: 2026-11-23 15:26:40.919511+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "be768235c200"
down_revision: str | None = "9dcf62eccc60"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "provider_profile",
        sa.Column("identity_document_seen", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column(
        "provider_profile",
        sa.Column("seen_in_person", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column(
        "provider_profile",
        sa.Column("introduction_video", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column(
        "provider_profile",
        sa.Column("professional", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column("provider_profile", sa.Column("vog_received_on", sa.Date(), nullable=True))
    op.add_column(
        "provider_profile", sa.Column("suspended_reason", sa.String(length=500), nullable=True)
    )

    op.create_check_constraint(
        op.f("ck_provider_profile_suspension_reason"),
        "provider_profile",
        "(status = 'suspended') = (suspended_reason IS NOT NULL)",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_provider_profile_suspension_reason"), "provider_profile", type_="check"
    )
    op.drop_column("provider_profile", "suspended_reason")
    op.drop_column("provider_profile", "vog_received_on")
    op.drop_column("provider_profile", "professional")
    op.drop_column("provider_profile", "introduction_video")
    op.drop_column("provider_profile", "seen_in_person")
    op.drop_column("provider_profile", "identity_document_seen")
