"""Organisation details (numbers, addresses, contact card); member and personal fields.

Revision ID: 67d108d757c4
Revises: 48db2d798625
Create Date: 2026-11-23 14:27:44.095627+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "67d108d757c4"
down_revision: str | None = "48db2d798625"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "membership",
        sa.Column("email_services", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column(
        "membership",
        sa.Column("contact_for_all_projects", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column("membership", sa.Column("function_code", sa.SmallInteger(), nullable=True))
    op.add_column(
        "membership", sa.Column("function_on_business_card", sa.String(length=100), nullable=True)
    )
    op.add_column("membership", sa.Column("department", sa.String(length=100), nullable=True))
    op.add_column("membership", sa.Column("phone", sa.String(length=32), nullable=True))
    op.add_column("membership", sa.Column("mobile", sa.String(length=32), nullable=True))
    op.add_column(
        "membership", sa.Column("umbrella_link_reason", sa.String(length=30), nullable=True)
    )
    op.add_column(
        "organisation",
        sa.Column("country", sa.String(length=2), server_default="NL", nullable=False),
    )
    op.add_column(
        "organisation", sa.Column("registration_number", sa.String(length=10), nullable=True)
    )
    op.add_column("organisation", sa.Column("visit_street", sa.String(length=200), nullable=True))
    op.add_column(
        "organisation", sa.Column("visit_house_number", sa.String(length=20), nullable=True)
    )
    op.add_column("organisation", sa.Column("visit_postcode", sa.String(length=7), nullable=True))
    op.add_column("organisation", sa.Column("visit_city", sa.String(length=100), nullable=True))
    op.add_column("organisation", sa.Column("postal_street", sa.String(length=200), nullable=True))
    op.add_column(
        "organisation", sa.Column("postal_house_number", sa.String(length=20), nullable=True)
    )
    op.add_column("organisation", sa.Column("postal_postcode", sa.String(length=7), nullable=True))
    op.add_column("organisation", sa.Column("postal_city", sa.String(length=100), nullable=True))
    op.add_column("organisation", sa.Column("phone", sa.String(length=32), nullable=True))
    op.add_column("organisation", sa.Column("email", sa.String(length=254), nullable=True))
    op.add_column(
        "organisation",
        sa.Column("ad_contract", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column("organisation", sa.Column("supplier_branch_id", sa.Uuid(), nullable=True))
    op.add_column("organisation", sa.Column("opening_hours", sa.Text(), nullable=True))
    op.create_foreign_key(
        op.f("fk_organisation_supplier_branch_id_organisation"),
        "organisation",
        "organisation",
        ["supplier_branch_id"],
        ["id"],
        ondelete="SET NULL",
    )
    op.add_column("user_account", sa.Column("birth_date", sa.Date(), nullable=True))
    op.add_column("user_account", sa.Column("gender", sa.String(length=10), nullable=True))
    op.add_column(
        "user_account", sa.Column("activation_sent_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_check_constraint(
        op.f("ck_organisation_country_known"),
        "organisation",
        "country IN ('NL', 'BE')",
    )
    op.create_check_constraint(
        op.f("ck_organisation_registration_number_format"),
        "organisation",
        "registration_number IS NULL"
        " OR (country = 'NL' AND registration_number ~ '^[0-9]{8}$')"
        " OR (country = 'BE' AND registration_number ~ '^[01][0-9]{9}$')",
    )
    op.create_check_constraint(
        op.f("ck_organisation_visit_postcode_format"),
        "organisation",
        "visit_postcode IS NULL OR visit_postcode ~ '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$'",
    )
    op.create_check_constraint(
        op.f("ck_organisation_postal_postcode_format"),
        "organisation",
        "postal_postcode IS NULL OR postal_postcode ~ '^([1-9][0-9]{3} [A-Z]{2}|[1-9][0-9]{3})$'",
    )
    op.create_check_constraint(
        op.f("ck_organisation_not_own_branch"),
        "organisation",
        "supplier_branch_id IS NULL OR supplier_branch_id != id",
    )
    op.create_check_constraint(
        op.f("ck_membership_function_code_known"),
        "membership",
        "function_code IS NULL OR function_code IN (100, 140, 200, 210, 220, 221)",
    )
    op.create_check_constraint(
        op.f("ck_membership_umbrella_link_reason_known"),
        "membership",
        "umbrella_link_reason IS NULL OR umbrella_link_reason IN "
        "('self_employed', 'employed_and_hired', 'seconded')",
    )
    op.create_check_constraint(
        op.f("ck_user_account_gender_known"),
        "user_account",
        "gender IS NULL OR gender IN ('female', 'male', 'other')",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_organisation_country_known"), "organisation", type_="check")
    op.drop_constraint(
        op.f("ck_organisation_registration_number_format"), "organisation", type_="check"
    )
    op.drop_constraint(op.f("ck_organisation_visit_postcode_format"), "organisation", type_="check")
    op.drop_constraint(
        op.f("ck_organisation_postal_postcode_format"), "organisation", type_="check"
    )
    op.drop_constraint(op.f("ck_organisation_not_own_branch"), "organisation", type_="check")
    op.drop_constraint(op.f("ck_membership_function_code_known"), "membership", type_="check")
    op.drop_constraint(
        op.f("ck_membership_umbrella_link_reason_known"), "membership", type_="check"
    )
    op.drop_constraint(op.f("ck_user_account_gender_known"), "user_account", type_="check")
    op.drop_column("user_account", "activation_sent_at")
    op.drop_column("user_account", "gender")
    op.drop_column("user_account", "birth_date")
    op.drop_constraint(
        op.f("fk_organisation_supplier_branch_id_organisation"), "organisation", type_="foreignkey"
    )
    op.drop_column("organisation", "opening_hours")
    op.drop_column("organisation", "supplier_branch_id")
    op.drop_column("organisation", "ad_contract")
    op.drop_column("organisation", "email")
    op.drop_column("organisation", "phone")
    op.drop_column("organisation", "postal_city")
    op.drop_column("organisation", "postal_postcode")
    op.drop_column("organisation", "postal_house_number")
    op.drop_column("organisation", "postal_street")
    op.drop_column("organisation", "visit_city")
    op.drop_column("organisation", "visit_postcode")
    op.drop_column("organisation", "visit_house_number")
    op.drop_column("organisation", "visit_street")
    op.drop_column("organisation", "registration_number")
    op.drop_column("organisation", "country")
    op.drop_column("membership", "umbrella_link_reason")
    op.drop_column("membership", "mobile")
    op.drop_column("membership", "phone")
    op.drop_column("membership", "department")
    op.drop_column("membership", "function_on_business_card")
    op.drop_column("membership", "function_code")
    op.drop_column("membership", "contact_for_all_projects")
    op.drop_column("membership", "email_services")
