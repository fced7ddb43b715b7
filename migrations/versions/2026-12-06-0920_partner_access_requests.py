"""Partner access requests: asked by a person, answered by a verifier within 48 hours.

Revision ID: 0ee5feb2eca4
Revises: 5e1f0c2a9b77
Create Date: 2026-12-06 09:20:21.442667+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0ee5feb2eca4"
down_revision: str | None = "5e1f0c2a9b77"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partner_access_request",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), server_default="NL", nullable=False),
        sa.Column("registration_number", sa.String(length=10), nullable=True),
        sa.Column("job_title", sa.String(length=100), nullable=False),
        sa.Column("work_email", sa.String(length=254), nullable=False),
        sa.Column("work_phone", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("refusal_reason", sa.Text(), nullable=True),
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
            "(status = 'refused') = (refusal_reason IS NOT NULL)",
            name=op.f("ck_partner_access_request_refusal_has_reason"),
        ),
        sa.CheckConstraint(
            "(status = 'requested') = (decided_at IS NULL)",
            name=op.f("ck_partner_access_request_decided_when_answered"),
        ),
        sa.CheckConstraint(
            "country IN ('NL', 'BE')", name=op.f("ck_partner_access_request_country_known")
        ),
        sa.CheckConstraint(
            "registration_number IS NULL"
            " OR (country = 'NL' AND registration_number ~ '^[0-9]{8}$')"
            " OR (country = 'BE' AND registration_number ~ '^[01][0-9]{9}$')",
            name=op.f("ck_partner_access_request_registration_number_format"),
        ),
        sa.CheckConstraint(
            "status IN ('requested', 'accepted', 'refused')",
            name=op.f("ck_partner_access_request_status_known"),
        ),
        sa.CheckConstraint(
            "char_length(job_title) BETWEEN 1 AND 100",
            name=op.f("ck_partner_access_request_job_title_length"),
        ),
        sa.CheckConstraint(
            "char_length(organisation_name) BETWEEN 1 AND 200",
            name=op.f("ck_partner_access_request_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(reason) BETWEEN 1 AND 1000",
            name=op.f("ck_partner_access_request_reason_length"),
        ),
        sa.CheckConstraint(
            "char_length(refusal_reason) BETWEEN 1 AND 1000",
            name=op.f("ck_partner_access_request_refusal_reason_length"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_partner_access_request_decided_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_partner_access_request_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_partner_access_request_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_access_request")),
    )
    op.create_index(
        op.f("ix_partner_access_request_organisation_id"),
        "partner_access_request",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        "ix_partner_access_request_queue",
        "partner_access_request",
        ["deadline_at", "id"],
        unique=False,
        postgresql_where=sa.text("status = 'requested'"),
    )
    op.create_index(
        op.f("ix_partner_access_request_user_id"),
        "partner_access_request",
        ["user_id"],
        unique=False,
    )
    op.create_index(
        "uq_partner_access_request_open",
        "partner_access_request",
        ["user_id"],
        unique=True,
        postgresql_where=sa.text("status = 'requested'"),
    )


def downgrade() -> None:
    op.drop_index(
        "uq_partner_access_request_open",
        table_name="partner_access_request",
        postgresql_where=sa.text("status = 'requested'"),
    )
    op.drop_index(op.f("ix_partner_access_request_user_id"), table_name="partner_access_request")
    op.drop_index(
        "ix_partner_access_request_queue",
        table_name="partner_access_request",
        postgresql_where=sa.text("status = 'requested'"),
    )
    op.drop_index(
        op.f("ix_partner_access_request_organisation_id"), table_name="partner_access_request"
    )
    op.drop_table("partner_access_request")
