"""Deactivated accounts' profiles go offline, erased ones are emptied; contact requests can be
anonymised; review invitations after a week; the fiscal record of an erased provider.

Revision ID: 17ee7dc037bc
Revises: 514df9a1e139
Create Date: 2026-12-05 10:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "17ee7dc037bc"
down_revision: str | None = "3f0c2a7d9b41"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PROFILE_STATUSES_BEFORE = "status IN ('draft', 'awaiting_payment', 'live', 'suspended')"
_PROFILE_STATUSES = (
    "status IN ('draft', 'awaiting_payment', 'live', 'suspended', 'offline', 'erased')"
)
_ERASED_IS_EMPTY = (
    "status <> 'erased' OR ("
    "photo_key IS NULL AND price_list_key IS NULL AND video_key IS NULL"
    " AND company_name IS NULL AND kvk_number IS NULL AND NOT has_kvk"
    " AND work_street IS NULL AND work_house_number IS NULL"
    " AND work_postcode IS NULL AND work_city IS NULL"
    " AND latitude IS NULL AND longitude IS NULL"
    " AND introduction = '' AND profile_text = '' AND price_note = ''"
    " AND heard_from IS NULL AND day_parts = 0 AND work_area_kind IS NULL"
    " AND search_title = '' AND search_body = '')"
)
# The checks on the customer's details as they were before requests could be anonymised.
_CONTACT_CHECKS = {
    "name_length": "char_length(btrim(name)) BETWEEN 1 AND 100",
    "email_format": "position('@' in email) > 1",
    "phone_e164": "phone ~ '^\\+[1-9][0-9]{6,14}$'",
    "message_length": "char_length(message) BETWEEN 1 AND 2000",
    "location_length": "char_length(btrim(location)) BETWEEN 2 AND 100",
}
_ANONYMISED_BLANK = (
    "anonymised_at IS NULL OR (name = '' AND email = '' AND phone = ''"
    " AND member_number IS NULL AND location = '' AND place_id IS NULL"
    " AND message = '' AND note = '' AND review_token_hash IS NULL)"
)


def _replace_check(table: str, name: str, condition: str) -> None:
    op.drop_constraint(op.f(f"ck_{table}_{name}"), table, type_="check")
    op.create_check_constraint(op.f(f"ck_{table}_{name}"), table, condition)


def upgrade() -> None:
    _replace_check("provider_profile", "status_known", _PROFILE_STATUSES)
    op.create_check_constraint(
        op.f("ck_provider_profile_offline_was_live"),
        "provider_profile",
        "status <> 'offline' OR live_at IS NOT NULL",
    )
    op.create_check_constraint(
        op.f("ck_provider_profile_erased_is_empty"), "provider_profile", _ERASED_IS_EMPTY
    )
    # Whatever door makes a profile live (a late payment webhook, a restored suspension), it
    # is live only while its account is active; otherwise it waits offline for reactivation.
    op.execute(
        """
        CREATE FUNCTION provider_profile_live_needs_active_account() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM user_account WHERE id = NEW.user_id AND status = 'active'
            ) THEN
                NEW.status := 'offline';
            END IF;
            RETURN NEW;
        END;
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER provider_profile_live_needs_active_account "
        "BEFORE INSERT OR UPDATE OF status ON provider_profile "
        "FOR EACH ROW WHEN (NEW.status = 'live') "
        "EXECUTE FUNCTION provider_profile_live_needs_active_account()"
    )
    # Profiles of accounts deactivated before this release go offline now; those of deleted
    # accounts are emptied by the next lifecycle run (it deletes their files too).
    op.execute(
        "UPDATE provider_profile SET status = 'offline', live_at = coalesce(live_at, modified_at) "
        "WHERE status = 'live' AND user_id IN "
        "(SELECT id FROM user_account WHERE status = 'deactivated')"
    )

    op.add_column(
        "contact_request",
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
    )
    for name, condition in _CONTACT_CHECKS.items():
        _replace_check("contact_request", name, f"anonymised_at IS NOT NULL OR {condition}")
    op.create_check_constraint(
        op.f("ck_contact_request_anonymised_blank"), "contact_request", _ANONYMISED_BLANK
    )
    op.create_index(
        "ix_contact_request_review_due",
        "contact_request",
        ["created_at"],
        unique=False,
        postgresql_where=sa.text("review_invited_at IS NULL AND anonymised_at IS NULL"),
    )

    op.create_table(
        "provider_fiscal_record",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("keep_until", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "modified_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'",
            name=op.f("ck_provider_fiscal_record_kvk_format"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_provider_fiscal_record_profile_id_provider_profile"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_fiscal_record")),
        sa.UniqueConstraint("profile_id", name=op.f("uq_provider_fiscal_record_profile_id")),
    )
    op.create_index(
        "ix_provider_fiscal_record_keep_until",
        "provider_fiscal_record",
        ["keep_until"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_provider_fiscal_record_keep_until", table_name="provider_fiscal_record")
    op.drop_table("provider_fiscal_record")

    op.drop_index(
        "ix_contact_request_review_due",
        table_name="contact_request",
        postgresql_where=sa.text("review_invited_at IS NULL AND anonymised_at IS NULL"),
    )
    op.drop_constraint(
        op.f("ck_contact_request_anonymised_blank"), "contact_request", type_="check"
    )
    # Anonymised requests cannot satisfy the old checks: they go (with their reviews).
    op.execute("DELETE FROM contact_request WHERE anonymised_at IS NOT NULL")
    for name, condition in _CONTACT_CHECKS.items():
        _replace_check("contact_request", name, condition)
    op.drop_column("contact_request", "anonymised_at")

    op.execute("DROP TRIGGER provider_profile_live_needs_active_account ON provider_profile")
    op.execute("DROP FUNCTION provider_profile_live_needs_active_account()")
    op.drop_constraint(
        op.f("ck_provider_profile_erased_is_empty"), "provider_profile", type_="check"
    )
    op.drop_constraint(
        op.f("ck_provider_profile_offline_was_live"), "provider_profile", type_="check"
    )
    # Offline and erased profiles are out of sight, as suspended ones were.
    op.execute(
        "UPDATE provider_profile SET status = 'suspended', suspended_reason = status "
        "WHERE status IN ('offline', 'erased')"
    )
    _replace_check("provider_profile", "status_known", _PROFILE_STATUSES_BEFORE)
