"""The neighbourhood concierge: subscriptions (with a monthly budget and its funding), cases,
the options proposed for them and the costs booked against the budget; a staff role `concierge`.

Periods of one person's subscriptions never overlap: a trigger checks under a lock of the person's
row (an exclusion constraint would need btree_gist, which the embedded PostgreSQL lacks).

Revision ID: e64519fc1fcd
Revises: 9d7f97d54881
Create Date: 2026-12-07 13:04:50.584879+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e64519fc1fcd"
down_revision: str | None = "9d7f97d54881"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ROLES = "'admin', 'advisor', 'branch', 'care_manager', 'verifier'"


def upgrade() -> None:
    op.drop_constraint("staff_role_known", "user_account", type_="check")
    op.create_check_constraint(
        "staff_role_known",
        "user_account",
        f"staff_role IS NULL OR staff_role IN ({ROLES}, 'concierge')",
    )
    op.create_table(
        "concierge_subscription",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("monthly_budget_cents", sa.Integer(), nullable=False),
        sa.Column("funding", sa.String(length=3), nullable=False),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
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
            "funding IN ('own', 'pgb', 'wmo')", name=op.f("ck_concierge_subscription_funding_known")
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_concierge_subscription_ends_after_start"),
        ),
        sa.CheckConstraint(
            "monthly_budget_cents BETWEEN 1 AND 10000000",
            name=op.f("ck_concierge_subscription_budget_range"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_concierge_subscription_created_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_concierge_subscription_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_concierge_subscription_user_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concierge_subscription")),
    )
    op.execute(
        """
        CREATE FUNCTION kring_concierge_one_period() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            -- Writers of one person's subscriptions take turns on the person's row, so each
            -- sees the periods the others committed.
            PERFORM 1 FROM user_account WHERE id = NEW.user_id FOR UPDATE;
            IF EXISTS (
                SELECT 1 FROM concierge_subscription s
                WHERE s.user_id = NEW.user_id AND s.id <> NEW.id
                  AND daterange(s.starts_on, s.ends_on, '[]')
                      && daterange(NEW.starts_on, NEW.ends_on, '[]')
            ) THEN
                RAISE EXCEPTION 'a person''s concierge subscriptions never overlap'
                    USING ERRCODE = 'check_violation',
                          CONSTRAINT = 'concierge_subscription_one_period';
            END IF;
            RETURN NEW;
        END;
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER concierge_subscription_one_period
        BEFORE INSERT OR UPDATE OF user_id, starts_on, ends_on ON concierge_subscription
        FOR EACH ROW EXECUTE FUNCTION kring_concierge_one_period()
        """
    )
    op.create_index(
        "ix_concierge_subscription_organisation",
        "concierge_subscription",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "concierge_case",
        sa.Column("subscription_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("skill_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=6), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="new", nullable=False),
        sa.Column("concierge_user_id", sa.Uuid(), nullable=True),
        sa.Column("solved_by", sa.String(length=12), nullable=True),
        sa.Column("satisfaction", sa.SmallInteger(), nullable=True),
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
            "(closed_at IS NOT NULL) = (status IN ('done', 'cancelled'))",
            name=op.f("ck_concierge_case_closed_when_closed"),
        ),
        sa.CheckConstraint(
            "channel IN ('portal', 'phone')", name=op.f("ck_concierge_case_channel_known")
        ),
        sa.CheckConstraint(
            "satisfaction IS NULL OR (status = 'done' AND satisfaction BETWEEN 1 AND 5)",
            name=op.f("ck_concierge_case_satisfaction_when_done"),
        ),
        sa.CheckConstraint(
            "solved_by IS NULL OR (status = 'done'"
            " AND solved_by IN ('neighbour', 'volunteer', 'professional'))",
            name=op.f("ck_concierge_case_solved_when_done"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'searching', 'proposed', 'arranged', 'done', 'cancelled')",
            name=op.f("ck_concierge_case_status_known"),
        ),
        sa.CheckConstraint(
            "char_length(description) BETWEEN 1 AND 4000",
            name=op.f("ck_concierge_case_description_length"),
        ),
        sa.CheckConstraint(
            "char_length(subject) BETWEEN 1 AND 120", name=op.f("ck_concierge_case_subject_length")
        ),
        sa.ForeignKeyConstraint(
            ["concierge_user_id"],
            ["user_account.id"],
            name=op.f("fk_concierge_case_concierge_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_concierge_case_skill_id_skill"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["concierge_subscription.id"],
            name=op.f("fk_concierge_case_subscription_id_concierge_subscription"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concierge_case")),
        sa.UniqueConstraint("id", "subscription_id", name="uq_concierge_case_id_subscription"),
    )
    op.create_index(
        "ix_concierge_case_status_created",
        "concierge_case",
        ["status", "created_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_concierge_case_subscription",
        "concierge_case",
        ["subscription_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "concierge_cost",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subscription_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("over_budget_agreed", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("recorded_by_user_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "amount_cents BETWEEN 1 AND 10000000", name=op.f("ck_concierge_cost_amount_range")
        ),
        sa.CheckConstraint(
            "char_length(description) BETWEEN 1 AND 200",
            name=op.f("ck_concierge_cost_description_length"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id", "subscription_id"],
            ["concierge_case.id", "concierge_case.subscription_id"],
            name="fk_concierge_cost_case_of_subscription",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_concierge_cost_recorded_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["concierge_subscription.id"],
            name=op.f("fk_concierge_cost_subscription_id_concierge_subscription"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concierge_cost")),
    )
    op.create_index(
        "ix_concierge_cost_subscription_spent",
        "concierge_cost",
        ["subscription_id", "spent_on"],
        unique=False,
    )
    op.create_table(
        "concierge_option",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("post_id", sa.Uuid(), nullable=True),
        sa.Column("provider_profile_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost_cents", sa.Integer(), nullable=False),
        sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("declined_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
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
            "(resident_id IS NOT NULL) = (kind IN ('neighbour', 'volunteer'))"
            " AND (post_id IS NOT NULL) = (kind = 'help_request')"
            " AND (provider_profile_id IS NOT NULL) = (kind = 'provider')",
            name=op.f("ck_concierge_option_reference_per_kind"),
        ),
        sa.CheckConstraint(
            "kind IN ('neighbour', 'volunteer', 'help_request', 'provider')",
            name=op.f("ck_concierge_option_kind_known"),
        ),
        sa.CheckConstraint(
            "char_length(description) BETWEEN 1 AND 1000",
            name=op.f("ck_concierge_option_description_length"),
        ),
        sa.CheckConstraint(
            "chosen_at IS NULL OR declined_at IS NULL",
            name=op.f("ck_concierge_option_chosen_or_declined"),
        ),
        sa.CheckConstraint(
            "cost_cents BETWEEN 0 AND 10000000", name=op.f("ck_concierge_option_cost_range")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["concierge_case.id"],
            name=op.f("fk_concierge_option_case_id_concierge_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_concierge_option_created_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["neighbourhood_post.id"],
            name=op.f("fk_concierge_option_post_id_neighbourhood_post"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_profile_id"],
            ["provider_profile.id"],
            name=op.f("fk_concierge_option_provider_profile_id_provider_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_concierge_option_resident_id_resident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concierge_option")),
    )
    op.create_index(
        "ix_concierge_option_case", "concierge_option", ["case_id", "created_at"], unique=False
    )
    op.create_index(
        "uq_concierge_option_one_chosen",
        "concierge_option",
        ["case_id"],
        unique=True,
        postgresql_where=sa.text("chosen_at IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "uq_concierge_option_one_chosen",
        table_name="concierge_option",
        postgresql_where=sa.text("chosen_at IS NOT NULL"),
    )
    op.drop_index("ix_concierge_option_case", table_name="concierge_option")
    op.drop_table("concierge_option")
    op.drop_index("ix_concierge_cost_subscription_spent", table_name="concierge_cost")
    op.drop_table("concierge_cost")
    op.drop_index("ix_concierge_case_subscription", table_name="concierge_case")
    op.drop_index("ix_concierge_case_status_created", table_name="concierge_case")
    op.drop_table("concierge_case")
    op.drop_index("ix_concierge_subscription_organisation", table_name="concierge_subscription")
    op.execute("DROP TRIGGER concierge_subscription_one_period ON concierge_subscription")
    op.execute("DROP FUNCTION kring_concierge_one_period()")
    op.drop_table("concierge_subscription")
    op.execute("UPDATE user_account SET staff_role = NULL WHERE staff_role = 'concierge'")
    op.drop_constraint("staff_role_known", "user_account", type_="check")
    op.create_check_constraint(
        "staff_role_known", "user_account", f"staff_role IS NULL OR staff_role IN ({ROLES})"
    )
