"""Staff changes to the public lists (the categories) are announced on commit: every API process
listens and drops its cached copy, so a cached list is never older than the last commit. And an
index for staff's list of providers, newest first (it sorted every profile for each page).

Revision ID: 5e1f0c2a9b77
Revises: 3c7a9e51d2b4
Create Date: 2026-12-06 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1f0c2a9b77"
down_revision: str | None = "3c7a9e51d2b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kring.kit.public_lists listens on this channel; the payload names the list that changed.
CHANNEL = "kring_public_lists"


def upgrade() -> None:
    op.execute(
        f"""
        CREATE FUNCTION kring_public_list_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            -- NOTIFY is transactional: listeners hear of the change only once it is committed.
            PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER category_public_list_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON category
        FOR EACH STATEMENT EXECUTE FUNCTION kring_public_list_changed('categories')
        """
    )
    op.create_index(
        "ix_provider_profile_newest",
        "provider_profile",
        [sa.text("created_at DESC"), "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_provider_profile_newest", table_name="provider_profile")
    op.execute("DROP TRIGGER category_public_list_changed ON category")
    op.execute("DROP FUNCTION kring_public_list_changed()")
