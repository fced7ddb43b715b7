"""Hours: timesheet entries per engagement, the notices the reminder jobs sent, the monthly
payment runs with their lines, and a paid helper's bank account.

Revision ID: 83e4c546ec44
Revises: 5b1e0c3a9d27
Create Date: 2026-12-06 15:51:19.941498+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "83e4c546ec44"
down_revision: str | None = "5b1e0c3a9d27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hours_notice",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=40), nullable=False),
        sa.Column(
            "sent_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('log_week', 'approve_month', 'overdue_month')",
            name=op.f("ck_hours_notice_kind_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_notice")),
        sa.UniqueConstraint("kind", "period", "recipient", name="uq_hours_notice"),
    )
    op.create_table(
        "payment_run",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("made_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("collected_cents", sa.Integer(), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("collection_date", sa.Date(), nullable=False),
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
            "collected_cents >= 0 AND paid_cents >= 0", name=op.f("ck_payment_run_totals_positive")
        ),
        sa.CheckConstraint("entries >= 0", name=op.f("ck_payment_run_entries_counted")),
        sa.CheckConstraint(
            "extract(day FROM month) = 1", name=op.f("ck_payment_run_month_first_day")
        ),
        sa.ForeignKeyConstraint(
            ["made_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_payment_run_made_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_run")),
        sa.UniqueConstraint("month", name="uq_payment_run_month"),
    )
    op.create_table(
        "payment_run_line",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("payment_run_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("helper_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("mandate_id", sa.String(length=35), nullable=True),
        sa.Column("mandate_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'collection') = (dossier_id IS NOT NULL)"
            " AND (kind = 'payment') = (helper_id IS NOT NULL)",
            name=op.f("ck_payment_run_line_party_present"),
        ),
        sa.CheckConstraint(
            "kind IN ('collection', 'payment')", name=op.f("ck_payment_run_line_kind_known")
        ),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_payment_run_line_amount_positive")),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_payment_run_line_dossier_id_dossier"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["helper_profile.id"],
            name=op.f("fk_payment_run_line_helper_id_helper_profile"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_run_id"],
            ["payment_run.id"],
            name=op.f("fk_payment_run_line_payment_run_id_payment_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_run_line")),
        sa.UniqueConstraint("payment_run_id", "kind", "dossier_id", "helper_id", name="uq_line"),
    )
    op.create_table(
        "timesheet_entry",
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("helper_id", sa.Uuid(), nullable=False),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("break_minutes", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("hourly_rate_cents", sa.Integer(), nullable=True),
        sa.Column(
            "amount_cents",
            sa.Integer(),
            sa.Computed("round(minutes * hourly_rate_cents / 60.0)::integer", persisted=True),
            nullable=True,
        ),
        sa.Column("status", sa.String(length=12), server_default="submitted", nullable=False),
        sa.Column("corrects_entry_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("reject_reason", sa.Text(), nullable=True),
        sa.Column("payment_run_id", sa.Uuid(), nullable=True),
        sa.Column("settled_cents", sa.Integer(), nullable=True),
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
            "(status = 'rejected') = (reject_reason IS NOT NULL)",
            name=op.f("ck_timesheet_entry_reject_reason_present"),
        ),
        sa.CheckConstraint(
            "(status = 'submitted') = (decided_at IS NULL)"
            " AND (status <> 'submitted' OR decided_by_user_id IS NULL)",
            name=op.f("ck_timesheet_entry_decision_complete"),
        ),
        sa.CheckConstraint(
            "payment_run_id IS NULL OR status IN ('approved', 'superseded')",
            name=op.f("ck_timesheet_entry_paid_approved"),
        ),
        sa.CheckConstraint(
            "status IN ('submitted', 'approved', 'rejected', 'superseded')",
            name=op.f("ck_timesheet_entry_status_known"),
        ),
        sa.CheckConstraint(
            "(starts_at IS NULL) = (ends_at IS NULL)", name=op.f("ck_timesheet_entry_times_whole")
        ),
        sa.CheckConstraint(
            "break_minutes BETWEEN 0 AND 600", name=op.f("ck_timesheet_entry_break_range")
        ),
        sa.CheckConstraint("char_length(note) <= 500", name=op.f("ck_timesheet_entry_note_length")),
        sa.CheckConstraint(
            "corrects_entry_id IS NULL OR corrects_entry_id <> id",
            name=op.f("ck_timesheet_entry_not_self"),
        ),
        sa.CheckConstraint(
            "hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 100 AND 20000",
            name=op.f("ck_timesheet_entry_rate_range"),
        ),
        sa.CheckConstraint(
            "minutes BETWEEN 1 AND 1440", name=op.f("ck_timesheet_entry_minutes_range")
        ),
        sa.CheckConstraint(
            "reject_reason IS NULL OR char_length(reject_reason) BETWEEN 1 AND 1000",
            name=op.f("ck_timesheet_entry_reject_reason_length"),
        ),
        sa.CheckConstraint(
            "starts_at IS NULL OR ends_at > starts_at", name=op.f("ck_timesheet_entry_times_order")
        ),
        sa.CheckConstraint(
            "starts_at IS NULL OR minutes ="
            " extract(epoch FROM ends_at - starts_at)::int / 60 - break_minutes",
            name=op.f("ck_timesheet_entry_minutes_from_times"),
        ),
        sa.ForeignKeyConstraint(
            ["corrects_entry_id"],
            ["timesheet_entry.id"],
            name=op.f("fk_timesheet_entry_corrects_entry_id_timesheet_entry"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_timesheet_entry_decided_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_timesheet_entry_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_timesheet_entry_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["helper_profile.id"],
            name=op.f("fk_timesheet_entry_helper_id_helper_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payment_run_id"],
            ["payment_run.id"],
            name=op.f("fk_timesheet_entry_payment_run_id_payment_run"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timesheet_entry")),
    )
    op.create_index(
        "ix_timesheet_entry_dossier", "timesheet_entry", ["dossier_id", "work_date"], unique=False
    )
    op.create_index(
        "ix_timesheet_entry_engagement",
        "timesheet_entry",
        ["engagement_id", "work_date"],
        unique=False,
    )
    op.create_index(
        "ix_timesheet_entry_helper_day", "timesheet_entry", ["helper_id", "work_date"], unique=False
    )
    op.create_index(
        "ix_timesheet_entry_open",
        "timesheet_entry",
        ["work_date", "dossier_id"],
        unique=False,
        postgresql_where=sa.text("status = 'submitted'"),
    )
    op.create_index("ix_timesheet_entry_run", "timesheet_entry", ["payment_run_id"], unique=False)
    op.create_index(
        "ix_timesheet_entry_corrects",
        "timesheet_entry",
        ["corrects_entry_id"],
        unique=False,
        postgresql_where=sa.text("corrects_entry_id IS NOT NULL"),
    )
    op.create_index(
        "ix_timesheet_entry_decided_by",
        "timesheet_entry",
        ["decided_by_user_id"],
        unique=False,
        postgresql_where=sa.text("decided_by_user_id IS NOT NULL"),
    )
    op.create_index(
        "ix_timesheet_entry_unpaid",
        "timesheet_entry",
        ["work_date"],
        unique=False,
        postgresql_where=sa.text(
            "status = 'approved' AND payment_run_id IS NULL AND hourly_rate_cents IS NOT NULL"
        ),
    )
    op.create_index(
        "ux_timesheet_entry_correction",
        "timesheet_entry",
        ["corrects_entry_id"],
        unique=True,
        postgresql_where=sa.text("corrects_entry_id IS NOT NULL AND status <> 'superseded'"),
    )
    op.add_column("helper_profile", sa.Column("iban", sa.String(length=34), nullable=True))
    op.add_column(
        "helper_profile", sa.Column("account_holder", sa.String(length=200), nullable=True)
    )
    op.create_check_constraint(
        op.f("ck_helper_profile_iban_format"),
        "helper_profile",
        "iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'",
    )
    op.create_check_constraint(
        op.f("ck_helper_profile_bank_whole"),
        "helper_profile",
        "(iban IS NULL) = (account_holder IS NULL)"
        " AND (account_holder IS NULL OR char_length(btrim(account_holder)) BETWEEN 1 AND 200)",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_helper_profile_bank_whole"), "helper_profile", type_="check")
    op.drop_constraint(op.f("ck_helper_profile_iban_format"), "helper_profile", type_="check")
    op.drop_column("helper_profile", "account_holder")
    op.drop_column("helper_profile", "iban")
    op.drop_index(
        "ux_timesheet_entry_correction",
        table_name="timesheet_entry",
        postgresql_where=sa.text("corrects_entry_id IS NOT NULL AND status <> 'superseded'"),
    )
    op.drop_index(
        "ix_timesheet_entry_unpaid",
        table_name="timesheet_entry",
        postgresql_where=sa.text(
            "status = 'approved' AND payment_run_id IS NULL AND hourly_rate_cents IS NOT NULL"
        ),
    )
    op.drop_index("ix_timesheet_entry_decided_by", table_name="timesheet_entry")
    op.drop_index("ix_timesheet_entry_corrects", table_name="timesheet_entry")
    op.drop_index("ix_timesheet_entry_run", table_name="timesheet_entry")
    op.drop_index(
        "ix_timesheet_entry_open",
        table_name="timesheet_entry",
        postgresql_where=sa.text("status = 'submitted'"),
    )
    op.drop_index("ix_timesheet_entry_helper_day", table_name="timesheet_entry")
    op.drop_index("ix_timesheet_entry_engagement", table_name="timesheet_entry")
    op.drop_index("ix_timesheet_entry_dossier", table_name="timesheet_entry")
    op.drop_table("timesheet_entry")
    op.drop_table("payment_run_line")
    op.drop_table("payment_run")
    op.drop_table("hours_notice")
