"""Projects, shifts, correspondence and invoices (issue 21); a person's nickname and postal
address; a branch's training offer; a payment of an invoice.

Revision ID: 7ba2da54697f
Revises: bccf2161ee80
Create Date: 2026-12-07 02:03:28.062762+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kring.kit.address import ADDITION_SQL, HOUSE_NUMBER_SQL

USER_CHECKS = {
    "postal_address_complete": (
        "(postal_street IS NULL) = (postal_house_number IS NULL)"
        " AND (postal_street IS NULL) = (postal_postcode IS NULL)"
        " AND (postal_street IS NULL) = (postal_city IS NULL)"
        " AND (postal_street IS NOT NULL OR postal_house_number_addition IS NULL)"
    ),
    "postal_address_format": (
        f"postal_street IS NULL OR (char_length(btrim(postal_street)) BETWEEN 1 AND 200"
        f" AND postal_house_number ~ '{HOUSE_NUMBER_SQL}'"
        f" AND (postal_house_number_addition IS NULL"
        f" OR postal_house_number_addition ~ '{ADDITION_SQL}')"
        " AND postal_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'"
        " AND char_length(btrim(postal_city)) BETWEEN 1 AND 100)"
    ),
    "nickname_length": "nickname IS NULL OR char_length(btrim(nickname)) BETWEEN 1 AND 100",
    "deleted_has_no_postal_address": (
        "status != 'deleted' OR (postal_street IS NULL AND nickname IS NULL)"
    ),
}
TRAINING_URL_CHECK = (
    "training_url IS NULL OR (kind = 'supplier_branch'"
    " AND training_url ~ '^https://[^[:space:]]+$' AND char_length(training_url) <= 500)"
)

# Erasing an account drops its nickname and postal address too, in the database itself (the
# trigger of `vog_and_home_address` calls this function on every erasure).
ERASE_PERSONAL_ADDRESSES = """
    CREATE OR REPLACE FUNCTION user_account_erase_home_address() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.home_street := NULL;
        NEW.home_house_number := NULL;
        NEW.home_house_number_addition := NULL;
        NEW.home_postcode := NULL;
        NEW.home_city := NULL;
        NEW.nickname := NULL;
        NEW.postal_street := NULL;
        NEW.postal_house_number := NULL;
        NEW.postal_house_number_addition := NULL;
        NEW.postal_postcode := NULL;
        NEW.postal_city := NULL;
        RETURN NEW;
    END
    $$
"""
ERASE_HOME_ADDRESS_ONLY = """
    CREATE OR REPLACE FUNCTION user_account_erase_home_address() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.home_street := NULL;
        NEW.home_house_number := NULL;
        NEW.home_house_number_addition := NULL;
        NEW.home_postcode := NULL;
        NEW.home_city := NULL;
        RETURN NEW;
    END
    $$
"""


revision: str = "7ba2da54697f"
down_revision: str | None = "bccf2161ee80"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_unique_constraint(
        "uq_membership_id_organisation", "membership", ["id", "organisation_id"]
    )
    op.create_table(
        "project",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=2000), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("house_number", sa.String(length=5), nullable=True),
        sa.Column("house_number_addition", sa.String(length=10), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("leader_id", sa.Uuid(), nullable=False),
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
            "ends_on IS NULL OR ends_on < '2100-01-01'", name=op.f("ck_project_ends_on_range")
        ),
        sa.CheckConstraint(
            "kind IN ('residential', 'day_care', 'home_care', 'other')",
            name=op.f("ck_project_kind_known"),
        ),
        sa.CheckConstraint(
            "starts_on >= '2000-01-01' AND starts_on < '2100-01-01'",
            name=op.f("ck_project_starts_on_range"),
        ),
        sa.CheckConstraint(
            "street IS NULL OR (char_length(btrim(street)) BETWEEN 1 AND 200 AND house_number"
            " ~ '^[1-9][0-9]{0,4}$' AND (house_number_addition IS NULL OR"
            " house_number_addition ~ '^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$') AND postcode ~"
            " '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$' AND char_length(btrim(city)) BETWEEN"
            " 1 AND 100)",
            name=op.f("ck_project_address_format"),
        ),
        sa.CheckConstraint(
            "(street IS NULL) = (house_number IS NULL) AND (street IS NULL) = (postcode IS"
            " NULL) AND (street IS NULL) = (city IS NULL) AND (street IS NOT NULL OR"
            " house_number_addition IS NULL)",
            name=op.f("ck_project_address_complete"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name)) BETWEEN 1 AND 200", name=op.f("ck_project_name_length")
        ),
        sa.CheckConstraint(
            "description IS NULL OR char_length(description) <= 2000",
            name=op.f("ck_project_description_length"),
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_project_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["user_account.id"],
            name=op.f("fk_project_leader_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("id", "organisation_id", name="uq_project_id_organisation"),
    )
    op.create_index("ix_project_leader", "project", ["leader_id"], unique=False)
    op.create_index(
        "ix_project_organisation", "project", ["organisation_id", "starts_on", "id"], unique=False
    )
    op.create_table(
        "correspondence_thread",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("care_manager_id", sa.Uuid(), nullable=True),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        sa.Column("asker_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=8), server_default="open", nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("awaiting_answer_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("asker_read_at", sa.DateTime(timezone=True), nullable=True),
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
            "(status = 'closed') = (closed_at IS NOT NULL)",
            name=op.f("ck_correspondence_thread_closed_at_when_closed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'closed')", name=op.f("ck_correspondence_thread_status_known")
        ),
        sa.CheckConstraint(
            "(project_id IS NULL) = (care_manager_id IS NULL) AND (project_id IS NULL) ="
            " (branch_id IS NOT NULL)",
            name=op.f("ck_correspondence_thread_one_queue"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(subject)) BETWEEN 1 AND 200",
            name=op.f("ck_correspondence_thread_subject_length"),
        ),
        sa.ForeignKeyConstraint(
            ["asker_id"],
            ["user_account.id"],
            name=op.f("fk_correspondence_thread_asker_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["organisation.id"],
            name=op.f("fk_correspondence_thread_branch_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["care_manager_id"],
            ["user_account.id"],
            name=op.f("fk_correspondence_thread_care_manager_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_correspondence_thread_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_correspondence_thread_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondence_thread")),
    )
    op.create_index(
        "ix_thread_asker",
        "correspondence_thread",
        ["asker_id", "organisation_id", "last_message_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_thread_branch_waiting",
        "correspondence_thread",
        ["branch_id", "awaiting_answer_since"],
        unique=False,
        postgresql_where=sa.text("awaiting_answer_since IS NOT NULL"),
    )
    op.create_index(
        "ix_thread_care_manager_waiting",
        "correspondence_thread",
        ["care_manager_id", "awaiting_answer_since"],
        unique=False,
        postgresql_where=sa.text("awaiting_answer_since IS NOT NULL"),
    )
    op.create_index(
        "ix_thread_project",
        "correspondence_thread",
        ["project_id"],
        unique=False,
        postgresql_where=sa.text("project_id IS NOT NULL"),
    )
    op.create_table(
        "invoice",
        sa.Column("number", sa.String(length=11), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("subtotal_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paid_via", sa.String(length=10), nullable=True),
        sa.Column("payment_reference", sa.String(length=100), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
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
        sa.CheckConstraint("number ~ '^[0-9]{4}-[0-9]{6}$'", name=op.f("ck_invoice_number_format")),
        sa.CheckConstraint(
            "paid_via IS NULL OR paid_via IN ('transfer', 'ideal')",
            name=op.f("ck_invoice_paid_via_known"),
        ),
        sa.CheckConstraint(
            "period_start = date_trunc('month', period_start)::date AND period_end ="
            " (period_start + interval '1 month' - interval '1 day')::date",
            name=op.f("ck_invoice_period_is_a_month"),
        ),
        sa.CheckConstraint(
            "(paid_at IS NULL) = (paid_via IS NULL)", name=op.f("ck_invoice_paid_via_when_paid")
        ),
        sa.CheckConstraint("due_on >= issued_on", name=op.f("ck_invoice_due_after_issue")),
        sa.CheckConstraint(
            "issued_on > period_start", name=op.f("ck_invoice_issued_after_period_start")
        ),
        sa.CheckConstraint(
            "payment_reference IS NULL OR char_length(btrim(payment_reference)) BETWEEN 1 AND 100",
            name=op.f("ck_invoice_payment_reference_length"),
        ),
        sa.CheckConstraint(
            "subtotal_cents >= 0 AND vat_cents >= 0", name=op.f("ck_invoice_amounts_not_negative")
        ),
        sa.CheckConstraint(
            "total_cents = subtotal_cents + vat_cents", name=op.f("ck_invoice_total_is_sum")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_invoice_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_invoice_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_invoice_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
        sa.UniqueConstraint("project_id", "period_start", name="uq_invoice_project_month"),
    )
    op.create_index(
        "ix_invoice_organisation", "invoice", ["organisation_id", "issued_on", "id"], unique=False
    )
    op.create_index(
        "ix_invoice_organisation_open",
        "invoice",
        ["organisation_id", "due_on"],
        unique=False,
        postgresql_where=sa.text("paid_at IS NULL"),
    )
    op.create_table(
        "project_member",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("membership_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "added_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["membership_id", "organisation_id"],
            ["membership.id", "membership.organisation_id"],
            name=op.f("fk_project_member_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id", "organisation_id"],
            ["project.id", "project.organisation_id"],
            name=op.f("fk_project_member_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "membership_id", name=op.f("pk_project_member")),
    )
    op.create_index(
        "ix_project_member_membership", "project_member", ["membership_id"], unique=False
    )
    op.create_table(
        "correspondence_message",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("from_supplier", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "char_length(author_name) BETWEEN 1 AND 200",
            name=op.f("ck_correspondence_message_author_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(body)) BETWEEN 1 AND 4000",
            name=op.f("ck_correspondence_message_body_length"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["user_account.id"],
            name=op.f("fk_correspondence_message_author_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["correspondence_thread.id"],
            name=op.f("fk_correspondence_message_thread_id_correspondence_thread"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondence_message")),
    )
    op.create_index(
        "ix_correspondence_message_thread",
        "correspondence_message",
        ["thread_id", "created_at", "id"],
        unique=False,
    )
    op.create_table(
        "shift",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("works_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("break_minutes", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("function", sa.String(length=20), nullable=False),
        sa.Column("worker_name", sa.String(length=200), nullable=False),
        sa.Column("hourly_rate_cents", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=10), server_default="planned", nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by_id", sa.Uuid(), nullable=True),
        sa.Column("invoice_id", sa.Uuid(), nullable=True),
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
            "(status = 'confirmed') = (confirmed_at IS NOT NULL)",
            name=op.f("ck_shift_confirmed_at_when_confirmed"),
        ),
        sa.CheckConstraint(
            "function IN ('nurse', 'carer', 'care_assistant', 'support_worker',"
            " 'domestic_help', 'host')",
            name=op.f("ck_shift_function_known"),
        ),
        sa.CheckConstraint(
            "invoice_id IS NULL OR status = 'confirmed'", name=op.f("ck_shift_invoiced_confirmed")
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'confirmed', 'cancelled')", name=op.f("ck_shift_status_known")
        ),
        sa.CheckConstraint(
            "works_on >= '2000-01-01' AND works_on < '2100-01-01'",
            name=op.f("ck_shift_works_on_range"),
        ),
        sa.CheckConstraint(
            "break_minutes * 60 < extract(epoch FROM (ends_at - starts_at)) + CASE WHEN"
            " ends_at < starts_at THEN 86400 ELSE 0 END",
            name=op.f("ck_shift_break_within_shift"),
        ),
        sa.CheckConstraint(
            "break_minutes BETWEEN 0 AND 240", name=op.f("ck_shift_break_minutes_range")
        ),
        sa.CheckConstraint(
            "char_length(btrim(worker_name)) BETWEEN 1 AND 200",
            name=op.f("ck_shift_worker_name_length"),
        ),
        sa.CheckConstraint(
            "hourly_rate_cents BETWEEN 1 AND 100000", name=op.f("ck_shift_hourly_rate_range")
        ),
        sa.CheckConstraint(
            "note IS NULL OR char_length(note) <= 500", name=op.f("ck_shift_note_length")
        ),
        sa.CheckConstraint("starts_at != ends_at", name=op.f("ck_shift_not_empty")),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["user_account.id"],
            name=op.f("fk_shift_confirmed_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_shift_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_shift_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
    )
    op.create_index(
        "ix_shift_invoice",
        "shift",
        ["invoice_id"],
        unique=False,
        postgresql_where=sa.text("invoice_id IS NOT NULL"),
    )
    op.create_index(
        "ix_shift_project_day", "shift", ["project_id", "works_on", "starts_at", "id"], unique=False
    )
    op.create_index(
        "ix_shift_to_invoice",
        "shift",
        ["project_id", "works_on"],
        unique=False,
        postgresql_where=sa.text("status = 'confirmed' AND invoice_id IS NULL"),
    )
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("work_date", sa.Date(), nullable=True),
        sa.Column("hours", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("rate_cents", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("vat_percent", sa.SmallInteger(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_cents = round(hours * rate_cents)",
            name=op.f("ck_invoice_line_amount_is_hours_times_rate"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(description)) BETWEEN 1 AND 300",
            name=op.f("ck_invoice_line_description_length"),
        ),
        sa.CheckConstraint("hours > 0 AND hours <= 24", name=op.f("ck_invoice_line_hours_range")),
        sa.CheckConstraint(
            "position BETWEEN 1 AND 10000", name=op.f("ck_invoice_line_position_range")
        ),
        sa.CheckConstraint(
            "rate_cents BETWEEN 1 AND 100000", name=op.f("ck_invoice_line_rate_range")
        ),
        sa.CheckConstraint(
            "vat_cents = round(amount_cents * vat_percent / 100.0)",
            name=op.f("ck_invoice_line_vat_is_rate_of_amount"),
        ),
        sa.CheckConstraint(
            "vat_percent IN (0, 21)", name=op.f("ck_invoice_line_vat_percent_known")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_line_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shift.id"],
            name=op.f("fk_invoice_line_shift_id_shift"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint(
            "invoice_id", "position", name=op.f("uq_invoice_line_invoice_id_position")
        ),
        sa.UniqueConstraint("shift_id", name=op.f("uq_invoice_line_shift_id")),
    )
    op.create_index(
        "ix_invoice_line_invoice", "invoice_line", ["invoice_id", "position"], unique=False
    )
    op.add_column("organisation", sa.Column("training_url", sa.String(length=500), nullable=True))
    op.add_column("payment", sa.Column("invoice_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_payment_invoice_id"), "payment", ["invoice_id"], unique=False)
    op.create_index(
        "uq_payment_invoice_paid",
        "payment",
        ["invoice_id"],
        unique=True,
        postgresql_where=sa.text("status = 'paid'"),
    )
    op.create_foreign_key(
        op.f("fk_payment_invoice_id_invoice"),
        "payment",
        "invoice",
        ["invoice_id"],
        ["id"],
        ondelete="RESTRICT",
    )
    op.add_column("user_account", sa.Column("nickname", sa.String(length=100), nullable=True))
    op.add_column("user_account", sa.Column("postal_street", sa.String(length=200), nullable=True))
    op.add_column(
        "user_account", sa.Column("postal_house_number", sa.String(length=5), nullable=True)
    )
    op.add_column(
        "user_account",
        sa.Column("postal_house_number_addition", sa.String(length=10), nullable=True),
    )
    op.add_column("user_account", sa.Column("postal_postcode", sa.String(length=7), nullable=True))
    op.add_column("user_account", sa.Column("postal_city", sa.String(length=100), nullable=True))
    for name, sql in USER_CHECKS.items():
        op.create_check_constraint(op.f(f"ck_user_account_{name}"), "user_account", sql)
    op.create_check_constraint(
        op.f("ck_organisation_training_url_of_branch"), "organisation", TRAINING_URL_CHECK
    )
    op.drop_constraint(op.f("ck_payment_paid_for_one"), "payment", type_="check")
    op.drop_constraint(op.f("ck_payment_purpose_known"), "payment", type_="check")
    op.create_check_constraint(
        op.f("ck_payment_purpose_known"),
        "payment",
        "purpose IN ('admin_fee', 'dossier_fee', 'invoice')",
    )
    op.create_check_constraint(
        op.f("ck_payment_paid_for_one"),
        "payment",
        "(purpose = 'admin_fee') = (profile_id IS NOT NULL)"
        " AND (purpose = 'dossier_fee') = (dossier_id IS NOT NULL)"
        " AND (purpose = 'invoice') = (invoice_id IS NOT NULL)",
    )
    op.execute(ERASE_PERSONAL_ADDRESSES)


def downgrade() -> None:
    op.execute(ERASE_HOME_ADDRESS_ONLY)
    op.execute("DELETE FROM payment WHERE purpose = 'invoice'")
    op.drop_constraint(op.f("ck_payment_paid_for_one"), "payment", type_="check")
    op.drop_constraint(op.f("ck_payment_purpose_known"), "payment", type_="check")
    op.create_check_constraint(
        op.f("ck_payment_purpose_known"), "payment", "purpose IN ('admin_fee', 'dossier_fee')"
    )
    op.create_check_constraint(
        op.f("ck_payment_paid_for_one"),
        "payment",
        "(purpose = 'admin_fee') = (profile_id IS NOT NULL)"
        " AND (purpose = 'dossier_fee') = (dossier_id IS NOT NULL)",
    )
    op.drop_constraint(
        op.f("ck_organisation_training_url_of_branch"), "organisation", type_="check"
    )
    for name in USER_CHECKS:
        op.drop_constraint(op.f(f"ck_user_account_{name}"), "user_account", type_="check")
    op.drop_column("user_account", "postal_city")
    op.drop_column("user_account", "postal_postcode")
    op.drop_column("user_account", "postal_house_number_addition")
    op.drop_column("user_account", "postal_house_number")
    op.drop_column("user_account", "postal_street")
    op.drop_column("user_account", "nickname")
    op.drop_constraint(op.f("fk_payment_invoice_id_invoice"), "payment", type_="foreignkey")
    op.drop_index(
        "uq_payment_invoice_paid", table_name="payment", postgresql_where=sa.text("status = 'paid'")
    )
    op.drop_index(op.f("ix_payment_invoice_id"), table_name="payment")
    op.drop_column("payment", "invoice_id")
    op.drop_column("organisation", "training_url")
    op.drop_index("ix_invoice_line_invoice", table_name="invoice_line")
    op.drop_table("invoice_line")
    op.drop_index(
        "ix_shift_to_invoice",
        table_name="shift",
        postgresql_where=sa.text("status = 'confirmed' AND invoice_id IS NULL"),
    )
    op.drop_index("ix_shift_project_day", table_name="shift")
    op.drop_index(
        "ix_shift_invoice", table_name="shift", postgresql_where=sa.text("invoice_id IS NOT NULL")
    )
    op.drop_table("shift")
    op.drop_index("ix_correspondence_message_thread", table_name="correspondence_message")
    op.drop_table("correspondence_message")
    op.drop_index("ix_project_member_membership", table_name="project_member")
    op.drop_table("project_member")
    op.drop_index(
        "ix_invoice_organisation_open",
        table_name="invoice",
        postgresql_where=sa.text("paid_at IS NULL"),
    )
    op.drop_index("ix_invoice_organisation", table_name="invoice")
    op.drop_table("invoice")
    op.drop_index(
        "ix_thread_project",
        table_name="correspondence_thread",
        postgresql_where=sa.text("project_id IS NOT NULL"),
    )
    op.drop_index(
        "ix_thread_care_manager_waiting",
        table_name="correspondence_thread",
        postgresql_where=sa.text("awaiting_answer_since IS NOT NULL"),
    )
    op.drop_index(
        "ix_thread_branch_waiting",
        table_name="correspondence_thread",
        postgresql_where=sa.text("awaiting_answer_since IS NOT NULL"),
    )
    op.drop_index("ix_thread_asker", table_name="correspondence_thread")
    op.drop_table("correspondence_thread")
    op.drop_index("ix_project_organisation", table_name="project")
    op.drop_index("ix_project_leader", table_name="project")
    op.drop_table("project")
    op.drop_constraint("uq_membership_id_organisation", "membership", type_="unique")
