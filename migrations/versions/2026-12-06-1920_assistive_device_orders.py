"""Assistive-device orders: the catalogue (devices and their options), orders with their
history (order_event), the order-number sequence, and the supplier branch a branch staff member
works for (user_account.staff_branch_id).

Revision ID: 62e3af40ef29
Revises: 83e4c546ec44
Create Date: 2026-12-06 19:20:04.759244+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "62e3af40ef29"
down_revision: str | None = "83e4c546ec44"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # "HB-2026-000123": the year of placing and a number that never repeats.
    op.execute("CREATE SEQUENCE assistive_order_number_seq START 1")
    op.create_table(
        "assistive_device",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=3), nullable=False),
        sa.Column("supply", sa.String(length=10), nullable=False),
        sa.Column("needs_ad_contract", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="true", nullable=False),
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
            "category <> 'AD' OR needs_ad_contract",
            name=op.f("ck_assistive_device_ad_needs_contract"),
        ),
        sa.CheckConstraint(
            "category IN ('GRZ', 'ELV', 'AD')", name=op.f("ck_assistive_device_category_known")
        ),
        sa.CheckConstraint(
            "code ~ '^[A-Z]{1,5}-[0-9A-Z]{1,10}$'", name=op.f("ck_assistive_device_code_format")
        ),
        sa.CheckConstraint(
            "supply IN ('rental', 'sale')", name=op.f("ck_assistive_device_supply_known")
        ),
        sa.CheckConstraint(
            "char_length(btrim(name_en)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_name_en_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name_fr)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_name_fr_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name_nl)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_name_nl_length"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistive_device")),
        sa.UniqueConstraint("code", name="uq_assistive_device_code"),
    )
    op.create_index(
        "ix_assistive_device_active",
        "assistive_device",
        ["category", "name_nl"],
        unique=False,
        postgresql_where=sa.text("active"),
    )
    op.create_table(
        "assistive_device_option",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("needs_ad_contract", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("position", sa.SmallInteger(), server_default="0", nullable=False),
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
            "char_length(btrim(name_en)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_option_name_en_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name_fr)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_option_name_fr_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(name_nl)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_device_option_name_nl_length"),
        ),
        sa.CheckConstraint(
            "position BETWEEN 0 AND 999", name=op.f("ck_assistive_device_option_position_range")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["assistive_device.id"],
            name=op.f("fk_assistive_device_option_device_id_assistive_device"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistive_device_option")),
        sa.UniqueConstraint("device_id", "name_nl", name="uq_assistive_device_option_name"),
        sa.UniqueConstraint("id", "device_id", name="uq_assistive_device_option_id_device"),
    )
    op.create_index(
        op.f("ix_assistive_device_option_device_id"),
        "assistive_device_option",
        ["device_id"],
        unique=False,
    )
    op.create_table(
        "assistive_order",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), server_default="received", nullable=False),
        sa.Column(
            "status_changed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("placed_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.Column("client_name", sa.String(length=200), nullable=False),
        sa.Column("client_birth_date", sa.Date(), nullable=False),
        sa.Column("client_street", sa.String(length=200), nullable=False),
        sa.Column("client_house_number", sa.String(length=5), nullable=False),
        sa.Column("client_house_number_addition", sa.String(length=10), nullable=True),
        sa.Column("client_postcode", sa.String(length=7), nullable=False),
        sa.Column("client_city", sa.String(length=100), nullable=False),
        sa.Column("delivery_street", sa.String(length=200), nullable=True),
        sa.Column("delivery_house_number", sa.String(length=5), nullable=True),
        sa.Column("delivery_house_number_addition", sa.String(length=10), nullable=True),
        sa.Column("delivery_postcode", sa.String(length=7), nullable=True),
        sa.Column("delivery_city", sa.String(length=100), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=32), nullable=False),
        sa.Column("wlz_indication", sa.Boolean(), nullable=False),
        sa.Column("signature_required", sa.Boolean(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("option_id", sa.Uuid(), nullable=True),
        sa.Column("rental_order_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("desired_date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("planned_for", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("rental_ended_on", sa.Date(), nullable=True),
        sa.Column("picked_up_on", sa.Date(), nullable=True),
        sa.Column("repaired_on", sa.Date(), nullable=True),
        sa.Column("adjusted_on", sa.Date(), nullable=True),
        sa.Column("hidden_from_portal_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
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
            "(adjusted_on IS NOT NULL) = (status = 'adjusted')",
            name=op.f("ck_assistive_order_adjusted_on_status"),
        ),
        sa.CheckConstraint(
            "(delivered_on IS NOT NULL) = (status IN ('delivered', 'ended') OR (kind = 'rental' "
            "AND status = 'picked_up'))",
            name=op.f("ck_assistive_order_delivered_on_status"),
        ),
        sa.CheckConstraint(
            "(kind = 'rental' AND status IN ('received', 'planned', 'on_the_way', 'delivered', "
            "'ended', 'picked_up')) OR (kind = 'repair' AND status IN ('received', 'planned', "
            "'on_the_way', 'repaired')) OR (kind = 'adjustment' AND status IN ('received', "
            "'planned', 'on_the_way', 'adjusted')) OR (kind = 'pickup' AND status IN ('received', "
            "'planned', 'on_the_way', 'picked_up'))",
            name=op.f("ck_assistive_order_status_of_kind"),
        ),
        sa.CheckConstraint(
            "(kind = 'rental') = (rental_order_id IS NULL) AND (kind <> 'rental' OR device_id IS "
            "NOT NULL)",
            name=op.f("ck_assistive_order_rental_or_follow_up"),
        ),
        sa.CheckConstraint(
            "(kind IN ('repair', 'adjustment')) <= (description IS NOT NULL) AND (kind = "
            "'rental') <= (description IS NULL)",
            name=op.f("ck_assistive_order_description_of_kind"),
        ),
        sa.CheckConstraint(
            "(picked_up_on IS NOT NULL) = (status = 'picked_up')",
            name=op.f("ck_assistive_order_picked_up_on_status"),
        ),
        sa.CheckConstraint(
            "(rental_ended_on IS NOT NULL) = (kind = 'rental' AND status IN ('ended', "
            "'picked_up'))",
            name=op.f("ck_assistive_order_rental_ended_on_status"),
        ),
        sa.CheckConstraint(
            "(repaired_on IS NOT NULL) = (status = 'repaired')",
            name=op.f("ck_assistive_order_repaired_on_status"),
        ),
        sa.CheckConstraint(
            "NOT signature_required OR signed_at IS NOT NULL OR status IN ('received', 'planned')",
            name=op.f("ck_assistive_order_signed_before_delivery"),
        ),
        sa.CheckConstraint(
            "client_birth_date BETWEEN '1900-01-01' AND placed_on",
            name=op.f("ck_assistive_order_client_birth_date_range"),
        ),
        sa.CheckConstraint(
            "client_street IS NULL OR (char_length(btrim(client_street)) BETWEEN 1 AND 200 AND "
            "client_house_number ~ '^[1-9][0-9]{0,4}$' AND (client_house_number_addition IS NULL "
            "OR client_house_number_addition ~ '^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$') AND "
            "client_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' AND char_length(btrim(client_city)) "
            "BETWEEN 1 AND 100)",
            name=op.f("ck_assistive_order_client_address_format"),
        ),
        sa.CheckConstraint(
            "contact_phone ~ '^\\+[1-9][0-9]{6,14}$'",
            name=op.f("ck_assistive_order_contact_phone_format"),
        ),
        sa.CheckConstraint(
            "delivery_street IS NULL OR (char_length(btrim(delivery_street)) BETWEEN 1 AND 200 "
            "AND delivery_house_number ~ '^[1-9][0-9]{0,4}$' AND (delivery_house_number_addition "
            "IS NULL OR delivery_house_number_addition ~ '^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$') AND "
            "delivery_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' AND char_length(btrim(delivery_city)) "
            "BETWEEN 1 AND 100)",
            name=op.f("ck_assistive_order_delivery_address_format"),
        ),
        sa.CheckConstraint(
            "hidden_from_portal_at IS NULL OR status IN ('picked_up', 'repaired', 'adjusted')",
            name=op.f("ck_assistive_order_hidden_when_done"),
        ),
        sa.CheckConstraint(
            "kind IN ('rental', 'repair', 'adjustment', 'pickup')",
            name=op.f("ck_assistive_order_kind_known"),
        ),
        sa.CheckConstraint(
            "number ~ '^HB-[0-9]{4}-[0-9]{6,}$'", name=op.f("ck_assistive_order_number_format")
        ),
        sa.CheckConstraint(
            "status <> 'planned' OR planned_for IS NOT NULL",
            name=op.f("ck_assistive_order_planned_has_date"),
        ),
        sa.CheckConstraint(
            "(delivery_street IS NULL) = (delivery_house_number IS NULL) AND (delivery_street IS "
            "NULL) = (delivery_postcode IS NULL) AND (delivery_street IS NULL) = (delivery_city "
            "IS NULL) AND (delivery_street IS NOT NULL OR delivery_house_number_addition IS NULL)",
            name=op.f("ck_assistive_order_delivery_address_complete"),
        ),
        sa.CheckConstraint(
            "adjusted_on >= placed_on", name=op.f("ck_assistive_order_adjusted_order")
        ),
        sa.CheckConstraint(
            "char_length(btrim(client_name)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_order_client_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(btrim(contact_name)) BETWEEN 1 AND 200",
            name=op.f("ck_assistive_order_contact_name_length"),
        ),
        sa.CheckConstraint(
            "char_length(notes) <= 1000", name=op.f("ck_assistive_order_notes_length")
        ),
        sa.CheckConstraint(
            "char_length(search_text) <= 2000", name=op.f("ck_assistive_order_search_text_length")
        ),
        sa.CheckConstraint(
            "client_street IS NOT NULL", name=op.f("ck_assistive_order_client_address_present")
        ),
        sa.CheckConstraint(
            "delivered_on >= placed_on", name=op.f("ck_assistive_order_delivered_order")
        ),
        sa.CheckConstraint(
            "description IS NULL OR char_length(btrim(description)) BETWEEN 1 AND 1000",
            name=op.f("ck_assistive_order_description_length"),
        ),
        sa.CheckConstraint(
            "desired_date BETWEEN placed_on AND placed_on + 366",
            name=op.f("ck_assistive_order_desired_date_range"),
        ),
        sa.CheckConstraint(
            "option_id IS NULL OR device_id IS NOT NULL",
            name=op.f("ck_assistive_order_option_has_device"),
        ),
        sa.CheckConstraint(
            "organisation_id <> branch_id", name=op.f("ck_assistive_order_branch_not_self")
        ),
        sa.CheckConstraint(
            "picked_up_on >= coalesce(rental_ended_on, placed_on)",
            name=op.f("ck_assistive_order_picked_up_order"),
        ),
        sa.CheckConstraint(
            "planned_for IS NULL OR planned_for >= placed_on",
            name=op.f("ck_assistive_order_planned_order"),
        ),
        sa.CheckConstraint(
            "rental_ended_on >= delivered_on", name=op.f("ck_assistive_order_ended_order")
        ),
        sa.CheckConstraint(
            "rental_order_id IS NULL OR rental_order_id <> id",
            name=op.f("ck_assistive_order_not_own_rental"),
        ),
        sa.CheckConstraint(
            "repaired_on >= placed_on", name=op.f("ck_assistive_order_repaired_order")
        ),
        sa.CheckConstraint(
            "signature_required = wlz_indication",
            name=op.f("ck_assistive_order_signature_when_wlz"),
        ),
        sa.CheckConstraint(
            "signed_at IS NULL OR signature_required",
            name=op.f("ck_assistive_order_signed_when_required"),
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["organisation.id"],
            name=op.f("fk_assistive_order_branch_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["assistive_device.id"],
            name=op.f("fk_assistive_order_device_id_assistive_device"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["option_id", "device_id"],
            ["assistive_device_option.id", "assistive_device_option.device_id"],
            name="fk_assistive_order_option_of_device",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_assistive_order_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["placed_by_user_id"],
            ["user_account.id"],
            name=op.f("fk_assistive_order_placed_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rental_order_id"],
            ["assistive_order.id"],
            name=op.f("fk_assistive_order_rental_order_id_assistive_order"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistive_order")),
        sa.UniqueConstraint("number", name="uq_assistive_order_number"),
    )
    op.create_index(
        "ix_assistive_order_branch_newest",
        "assistive_order",
        ["branch_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_assistive_order_device", "assistive_order", ["device_id"], unique=False)
    op.create_index(
        "ix_assistive_order_ended",
        "assistive_order",
        ["organisation_id", sa.literal_column("picked_up_on DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text(
            "kind = 'rental' AND picked_up_on IS NOT NULL AND hidden_from_portal_at IS NULL"
        ),
    )
    op.create_index(
        "ix_assistive_order_newest",
        "assistive_order",
        [sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_assistive_order_org_newest",
        "assistive_order",
        ["organisation_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_assistive_order_org_status_newest",
        "assistive_order",
        [
            "organisation_id",
            "status",
            sa.literal_column("created_at DESC"),
            sa.literal_column("id DESC"),
        ],
        unique=False,
    )
    op.create_index(
        "ix_assistive_order_outstanding",
        "assistive_order",
        ["organisation_id", "delivered_on", "id"],
        unique=False,
        postgresql_where=sa.text(
            "kind = 'rental' AND delivered_on IS NOT NULL AND picked_up_on IS NULL"
        ),
    )
    op.create_index(
        "ix_assistive_order_placed_by",
        "assistive_order",
        ["placed_by_user_id"],
        unique=False,
        postgresql_where=sa.text("placed_by_user_id IS NOT NULL"),
    )
    op.create_index(
        "ix_assistive_order_rental",
        "assistive_order",
        ["rental_order_id"],
        unique=False,
        postgresql_where=sa.text("rental_order_id IS NOT NULL"),
    )
    op.create_index(
        "ix_assistive_order_to_hide",
        "assistive_order",
        ["picked_up_on"],
        unique=False,
        postgresql_where=sa.text(
            "status IN ('picked_up', 'repaired', 'adjusted') AND hidden_from_portal_at IS NULL"
        ),
    )
    op.create_table(
        "order_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("by_user_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "status IN ('received', 'planned', 'on_the_way', 'delivered', 'repaired', 'adjusted', "
            "'ended', 'picked_up')",
            name=op.f("ck_order_event_status_known"),
        ),
        sa.CheckConstraint("char_length(note) <= 1000", name=op.f("ck_order_event_note_length")),
        sa.ForeignKeyConstraint(
            ["by_user_id"],
            ["user_account.id"],
            name=op.f("fk_order_event_by_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["assistive_order.id"],
            name=op.f("fk_order_event_order_id_assistive_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_event")),
    )
    op.create_index(
        "ix_order_event_by_user",
        "order_event",
        ["by_user_id"],
        unique=False,
        postgresql_where=sa.text("by_user_id IS NOT NULL"),
    )
    op.create_index("ix_order_event_order", "order_event", ["order_id", "at", "id"], unique=False)
    op.add_column("user_account", sa.Column("staff_branch_id", sa.Uuid(), nullable=True))
    op.create_index(
        "ix_user_account_staff_branch",
        "user_account",
        ["staff_branch_id"],
        unique=False,
        postgresql_where=sa.text("staff_branch_id IS NOT NULL"),
    )
    op.create_foreign_key(
        op.f("fk_user_account_staff_branch_id_organisation"),
        "user_account",
        "organisation",
        ["staff_branch_id"],
        ["id"],
        ondelete="SET NULL",
    )
    # API clients may be granted the new scope orders:read.
    op.drop_constraint(op.f("ck_api_client_scopes_known"), "api_client", type_="check")
    op.create_check_constraint(
        op.f("ck_api_client_scopes_known"),
        "api_client",
        "scopes <@ ARRAY['organisation:read', 'members:read', 'orders:read']::varchar[]",
    )
    op.create_check_constraint(
        op.f("ck_user_account_staff_branch_for_branch_role"),
        "user_account",
        "staff_branch_id IS NULL OR staff_role = 'branch'",
    )


def downgrade() -> None:
    op.execute(
        "UPDATE api_client SET scopes = array_remove(scopes, 'orders:read')"
        " WHERE 'orders:read' = ANY(scopes)"
    )
    op.execute("DELETE FROM api_client WHERE cardinality(scopes) = 0")
    op.drop_constraint(op.f("ck_api_client_scopes_known"), "api_client", type_="check")
    op.create_check_constraint(
        op.f("ck_api_client_scopes_known"),
        "api_client",
        "scopes <@ ARRAY['organisation:read', 'members:read']::varchar[]",
    )
    op.drop_constraint(
        op.f("ck_user_account_staff_branch_for_branch_role"), "user_account", type_="check"
    )
    op.drop_constraint(
        op.f("fk_user_account_staff_branch_id_organisation"), "user_account", type_="foreignkey"
    )
    op.drop_index(
        "ix_user_account_staff_branch",
        table_name="user_account",
        postgresql_where=sa.text("staff_branch_id IS NOT NULL"),
    )
    op.drop_column("user_account", "staff_branch_id")
    op.drop_index("ix_order_event_order", table_name="order_event")
    op.drop_index(
        "ix_order_event_by_user",
        table_name="order_event",
        postgresql_where=sa.text("by_user_id IS NOT NULL"),
    )
    op.drop_table("order_event")
    op.drop_index(
        "ix_assistive_order_to_hide",
        table_name="assistive_order",
        postgresql_where=sa.text(
            "status IN ('picked_up', 'repaired', 'adjusted') AND hidden_from_portal_at IS NULL"
        ),
    )
    op.drop_index(
        "ix_assistive_order_rental",
        table_name="assistive_order",
        postgresql_where=sa.text("rental_order_id IS NOT NULL"),
    )
    op.drop_index(
        "ix_assistive_order_placed_by",
        table_name="assistive_order",
        postgresql_where=sa.text("placed_by_user_id IS NOT NULL"),
    )
    op.drop_index(
        "ix_assistive_order_outstanding",
        table_name="assistive_order",
        postgresql_where=sa.text(
            "kind = 'rental' AND delivered_on IS NOT NULL AND picked_up_on IS NULL"
        ),
    )
    op.drop_index("ix_assistive_order_org_status_newest", table_name="assistive_order")
    op.drop_index("ix_assistive_order_org_newest", table_name="assistive_order")
    op.drop_index("ix_assistive_order_newest", table_name="assistive_order")
    op.drop_index(
        "ix_assistive_order_ended",
        table_name="assistive_order",
        postgresql_where=sa.text(
            "kind = 'rental' AND picked_up_on IS NOT NULL AND hidden_from_portal_at IS NULL"
        ),
    )
    op.drop_index("ix_assistive_order_device", table_name="assistive_order")
    op.drop_index("ix_assistive_order_branch_newest", table_name="assistive_order")
    op.drop_table("assistive_order")
    op.drop_index(
        op.f("ix_assistive_device_option_device_id"), table_name="assistive_device_option"
    )
    op.drop_table("assistive_device_option")
    op.drop_index(
        "ix_assistive_device_active",
        table_name="assistive_device",
        postgresql_where=sa.text("active"),
    )
    op.drop_table("assistive_device")
    op.execute("DROP SEQUENCE assistive_order_number_seq")
