"""Callouts: a municipality or social service asks the neighbourhoods it serves for help with
structured questions; residents answer once each.

Revision ID: 5595041a5695
Revises: e43298d378e1
Create Date: 2026-12-07 13:04:20.704507+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "5595041a5695"
down_revision: str | None = "e43298d378e1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "callout",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("asks_name", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("asks_email", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("asks_availability", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
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
            "char_length(btrim(body)) BETWEEN 1 AND 4000", name=op.f("ck_callout_body_length")
        ),
        sa.CheckConstraint(
            "char_length(btrim(title)) BETWEEN 1 AND 120", name=op.f("ck_callout_title_length")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_callout_created_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_callout_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callout")),
        sa.UniqueConstraint("id", "organisation_id", name="uq_callout_id_organisation"),
    )
    op.create_index(
        "ix_callout_organisation_created",
        "callout",
        ["organisation_id", "created_at", "id"],
        unique=False,
    )
    op.create_table(
        "callout_neighbourhood",
        sa.Column("callout_id", sa.Uuid(), nullable=False),
        sa.Column("neighbourhood_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["callout_id", "organisation_id"],
            ["callout.id", "callout.organisation_id"],
            name="fk_callout_neighbourhood_callout",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id", "organisation_id"],
            [
                "neighbourhood_service_organisation.neighbourhood_id",
                "neighbourhood_service_organisation.organisation_id",
            ],
            name="fk_callout_neighbourhood_served",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "callout_id", "neighbourhood_id", name=op.f("pk_callout_neighbourhood")
        ),
    )
    op.create_index(
        "ix_callout_neighbourhood_neighbourhood",
        "callout_neighbourhood",
        ["neighbourhood_id", "callout_id"],
        unique=False,
    )
    op.create_table(
        "callout_question",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("callout_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("choices", postgresql.ARRAY(sa.String(length=100)), nullable=True),
        sa.Column("required", sa.Boolean(), server_default="false", nullable=False),
        sa.CheckConstraint(
            "(kind = 'choice') = (choices IS NOT NULL) AND (choices IS NULL OR ("
            "cardinality(choices) BETWEEN 2 AND 10"
            " AND array_position(choices, NULL) IS NULL AND '' <> ALL (choices)))",
            name=op.f("ck_callout_question_choices_for_choice"),
        ),
        sa.CheckConstraint(
            "kind IN ('text', 'choice', 'yes_no')", name=op.f("ck_callout_question_kind_known")
        ),
        sa.CheckConstraint(
            "char_length(btrim(label)) BETWEEN 1 AND 200",
            name=op.f("ck_callout_question_label_length"),
        ),
        sa.CheckConstraint(
            "position BETWEEN 0 AND 19", name=op.f("ck_callout_question_position_range")
        ),
        sa.ForeignKeyConstraint(
            ["callout_id"],
            ["callout.id"],
            name=op.f("fk_callout_question_callout_id_callout"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callout_question")),
        sa.UniqueConstraint("callout_id", "position", name="uq_callout_question_position"),
    )
    op.create_table(
        "callout_answer",
        sa.Column("callout_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("neighbourhood_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column(
            "availability",
            postgresql.ARRAY(sa.String(length=20)),
            server_default="{}",
            nullable=False,
        ),
        sa.Column(
            "answers", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False
        ),
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
            "availability <@ ARRAY["
            "'mon_morning', 'mon_afternoon', 'mon_evening', "
            "'tue_morning', 'tue_afternoon', 'tue_evening', "
            "'wed_morning', 'wed_afternoon', 'wed_evening', "
            "'thu_morning', 'thu_afternoon', 'thu_evening', "
            "'fri_morning', 'fri_afternoon', 'fri_evening', "
            "'sat_morning', 'sat_afternoon', 'sat_evening', "
            "'sun_morning', 'sun_afternoon', 'sun_evening'"
            "]::varchar[]",
            name=op.f("ck_callout_answer_availability_known"),
        ),
        sa.CheckConstraint(
            "email IS NULL OR (length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1)",
            name=op.f("ck_callout_answer_email_format"),
        ),
        sa.CheckConstraint(
            "jsonb_typeof(answers) = 'object'", name=op.f("ck_callout_answer_answers_object")
        ),
        sa.CheckConstraint(
            "name IS NULL OR char_length(btrim(name)) BETWEEN 1 AND 100",
            name=op.f("ck_callout_answer_name_length"),
        ),
        sa.ForeignKeyConstraint(
            ["callout_id", "neighbourhood_id"],
            ["callout_neighbourhood.callout_id", "callout_neighbourhood.neighbourhood_id"],
            name="fk_callout_answer_addressed",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["callout_id"],
            ["callout.id"],
            name=op.f("fk_callout_answer_callout_id_callout"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_callout_answer_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callout_answer")),
        sa.UniqueConstraint("callout_id", "user_id", name="uq_callout_answer_once"),
    )
    op.create_index("ix_callout_answer_user", "callout_answer", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_callout_answer_user", table_name="callout_answer")
    op.drop_table("callout_answer")
    op.drop_table("callout_question")
    op.drop_index("ix_callout_neighbourhood_neighbourhood", table_name="callout_neighbourhood")
    op.drop_table("callout_neighbourhood")
    op.drop_index("ix_callout_organisation_created", table_name="callout")
    op.drop_table("callout")
