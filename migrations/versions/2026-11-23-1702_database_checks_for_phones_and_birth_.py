"""The database also checks phone numbers (E.164, as the API writes them) and birth dates.

Revision ID: 1453965f7088
Revises: be768235c200
Create Date: 2026-11-23 17:02:25.167172+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "1453965f7088"
down_revision: str | None = "be768235c200"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_check_constraint(
        op.f("ck_organisation_phone_e164"),
        "organisation",
        r"phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'",
    )
    op.create_check_constraint(
        op.f("ck_membership_phone_e164"),
        "membership",
        r"phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'",
    )
    op.create_check_constraint(
        op.f("ck_membership_mobile_e164"),
        "membership",
        r"mobile IS NULL OR mobile ~ '^\+[1-9][0-9]{6,14}$'",
    )
    op.create_check_constraint(
        op.f("ck_user_account_birth_date_range"),
        "user_account",
        "birth_date IS NULL OR birth_date >= '1900-01-01'",
    )
    op.create_check_constraint(
        op.f("ck_user_account_phone_for_questions_e164"),
        "user_account",
        r"phone_for_questions IS NULL OR phone_for_questions ~ '^\+[1-9][0-9]{6,14}$'",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_organisation_phone_e164"), "organisation", type_="check")
    op.drop_constraint(op.f("ck_membership_phone_e164"), "membership", type_="check")
    op.drop_constraint(op.f("ck_membership_mobile_e164"), "membership", type_="check")
    op.drop_constraint(op.f("ck_user_account_birth_date_range"), "user_account", type_="check")
    op.drop_constraint(
        op.f("ck_user_account_phone_for_questions_e164"), "user_account", type_="check"
    )
