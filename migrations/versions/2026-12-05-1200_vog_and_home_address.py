"""The certificate of conduct (VOG) as an uploaded PDF that staff confirm or reject, and a
professional provider live only with it; the home address on the account, with the house number
and its addition apart, and a provider's address stored once (home, or a separate work address).

Data: an address a provider gave as home moves from the profile to the account; house numbers
are split into number and addition (one that does not fit is dropped: the provider fills in the
company step again). A live professional provider without a confirmed VOG waits for one
(`awaiting_vog`): staff's earlier "VOG received on" had no file to look at. The staff-set
`professional` flag goes: a professional provider is one registered with the KvK.

Revision ID: 3c7a9e51d2b4
Revises: 514df9a1e139
Create Date: 2026-12-05 12:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3c7a9e51d2b4"
down_revision: str | None = "17ee7dc037bc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOUSE_NUMBER = "^[1-9][0-9]{0,4}$"
ADDITION = "^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$"
POSTCODE = "^[1-9][0-9]{3} [A-Z]{2}$"

# As the migration before this one (offline and erased providers) wrote it.
ERASED_IS_EMPTY = (
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

PROFILE_CHECKS = {
    "status_known": (
        "status IN ('draft', 'awaiting_payment', 'awaiting_vog', 'live', 'suspended',"
        " 'offline', 'erased')"
    ),
    "erased_is_empty": ERASED_IS_EMPTY.replace(
        " AND work_postcode IS NULL",
        " AND work_house_number_addition IS NULL AND work_postcode IS NULL",
    ).replace(
        " AND search_body = '')",
        " AND search_body = ''"
        " AND vog_key IS NULL AND vog_uploaded_at IS NULL AND vog_issued_on IS NULL"
        " AND vog_confirmed_at IS NULL AND vog_rejected_at IS NULL)",
    ),
    "professional_live_needs_vog": (
        "status != 'live' OR NOT has_kvk OR vog_confirmed_at IS NOT NULL"
    ),
    "work_address_complete": (
        "address_is_work_address = (work_street IS NOT NULL)"
        " AND (work_street IS NULL) = (work_house_number IS NULL)"
        " AND (work_street IS NULL) = (work_postcode IS NULL)"
        " AND (work_street IS NULL) = (work_city IS NULL)"
        " AND (work_street IS NOT NULL OR work_house_number_addition IS NULL)"
    ),
    "work_address_format": (
        "work_street IS NULL OR (char_length(btrim(work_street)) BETWEEN 1 AND 200"
        f" AND work_house_number ~ '{HOUSE_NUMBER}'"
        " AND (work_house_number_addition IS NULL"
        f" OR work_house_number_addition ~ '{ADDITION}')"
        " AND char_length(btrim(work_city)) BETWEEN 1 AND 100)"
    ),
    "vog_complete": (
        "(vog_key IS NULL) = (vog_bytes IS NULL)"
        " AND (vog_key IS NULL) = (vog_uploaded_at IS NULL)"
        " AND (vog_bytes IS NULL OR vog_bytes BETWEEN 1 AND 10485760)"
    ),
    "vog_decision": (
        "(vog_confirmed_at IS NULL) = (vog_issued_on IS NULL)"
        " AND (vog_rejected_at IS NULL) = (vog_rejection_reason IS NULL)"
        " AND (vog_confirmed_at IS NULL OR vog_rejected_at IS NULL)"
        " AND (vog_key IS NOT NULL OR (vog_confirmed_at IS NULL AND vog_rejected_at IS NULL))"
    ),
    "vog_issued_before_upload": (
        "vog_issued_on IS NULL OR vog_issued_on BETWEEN"
        " ((vog_uploaded_at AT TIME ZONE 'Europe/Amsterdam')::date - interval '3 months')::date"
        " AND (vog_uploaded_at AT TIME ZONE 'Europe/Amsterdam')::date"
    ),
    "vog_rejection_reason_length": (
        "vog_rejection_reason IS NULL OR char_length(btrim(vog_rejection_reason)) BETWEEN 3 AND 500"
    ),
}

USER_CHECKS = {
    "home_address_complete": (
        "(home_street IS NULL) = (home_house_number IS NULL)"
        " AND (home_street IS NULL) = (home_postcode IS NULL)"
        " AND (home_street IS NULL) = (home_city IS NULL)"
        " AND (home_street IS NOT NULL OR home_house_number_addition IS NULL)"
    ),
    "home_address_format": (
        "home_street IS NULL OR (char_length(btrim(home_street)) BETWEEN 1 AND 200"
        f" AND home_house_number ~ '{HOUSE_NUMBER}'"
        " AND (home_house_number_addition IS NULL"
        f" OR home_house_number_addition ~ '{ADDITION}')"
        f" AND home_postcode ~ '{POSTCODE}'"
        " AND char_length(btrim(home_city)) BETWEEN 1 AND 100)"
    ),
    "deleted_has_no_home_address": "status != 'deleted' OR home_street IS NULL",
}

# Erasing an account (status 'deleted', by the lifecycle job or by staff) drops its home address
# in the database itself, so no erasure path can leave it behind.
ERASE_HOME_ADDRESS = """
    CREATE FUNCTION user_account_erase_home_address() RETURNS trigger LANGUAGE plpgsql AS $$
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


def upgrade() -> None:
    for name, length in (
        ("home_street", 200),
        ("home_house_number", 5),
        ("home_house_number_addition", 10),
        ("home_postcode", 7),
        ("home_city", 100),
    ):
        op.add_column("user_account", sa.Column(name, sa.String(length=length), nullable=True))
    op.add_column(
        "provider_profile",
        sa.Column("work_house_number_addition", sa.String(length=10), nullable=True),
    )
    op.add_column("provider_profile", sa.Column("vog_key", sa.String(length=200), nullable=True))
    op.add_column("provider_profile", sa.Column("vog_bytes", sa.Integer(), nullable=True))
    for name in ("vog_uploaded_at", "vog_confirmed_at", "vog_rejected_at"):
        op.add_column(
            "provider_profile", sa.Column(name, sa.DateTime(timezone=True), nullable=True)
        )
    op.add_column("provider_profile", sa.Column("vog_issued_on", sa.Date(), nullable=True))
    op.add_column(
        "provider_profile", sa.Column("vog_rejection_reason", sa.String(length=500), nullable=True)
    )

    # "12a" -> 12 + "a"; an address whose number or addition does not fit is dropped whole.
    op.execute(
        r"""
        UPDATE provider_profile SET
            work_house_number_addition = nullif(regexp_replace(
                substring(btrim(work_house_number) FROM '^[1-9][0-9]{0,4}(.*)$'),
                '^[\s-]+', ''), ''),
            work_house_number = substring(btrim(work_house_number) FROM '^[1-9][0-9]{0,4}')
        WHERE work_house_number IS NOT NULL
        """
    )
    op.execute(
        f"""
        UPDATE provider_profile SET
            work_street = NULL, work_house_number = NULL, work_house_number_addition = NULL,
            work_postcode = NULL, work_city = NULL
        WHERE work_street IS NULL OR work_house_number IS NULL OR work_postcode IS NULL
            OR work_city IS NULL OR work_postcode !~ '{POSTCODE}'
            OR (work_house_number_addition IS NOT NULL AND (
                char_length(work_house_number_addition) > 10
                OR work_house_number_addition !~ '{ADDITION}'))
        """  # noqa: S608 (constants of this file, no input)
    )
    # An address that is not a separate work address is the home address: onto the account.
    op.execute(
        """
        UPDATE user_account AS u SET
            home_street = p.work_street, home_house_number = p.work_house_number,
            home_house_number_addition = p.work_house_number_addition,
            home_postcode = p.work_postcode, home_city = p.work_city
        FROM provider_profile AS p
        WHERE p.user_id = u.id AND NOT p.address_is_work_address AND p.work_street IS NOT NULL
            AND u.status != 'deleted'
        """
    )
    op.execute(
        """
        UPDATE provider_profile SET
            work_street = NULL, work_house_number = NULL, work_house_number_addition = NULL,
            work_postcode = NULL, work_city = NULL
        WHERE NOT address_is_work_address
        """
    )
    op.execute(
        "UPDATE provider_profile SET address_is_work_address = false WHERE work_street IS NULL"
    )
    op.alter_column(
        "provider_profile",
        "work_house_number",
        type_=sa.String(length=5),
        existing_type=sa.String(length=20),
        existing_nullable=True,
    )

    op.drop_constraint(op.f("ck_provider_profile_status_known"), "provider_profile")
    op.drop_constraint(op.f("ck_provider_profile_erased_is_empty"), "provider_profile")
    op.execute(
        "UPDATE provider_profile SET status = 'awaiting_vog'"
        " WHERE status = 'live' AND has_kvk AND vog_confirmed_at IS NULL"
    )
    op.drop_column("provider_profile", "professional")
    op.drop_column("provider_profile", "vog_received_on")
    for name, condition in PROFILE_CHECKS.items():
        op.create_check_constraint(
            op.f(f"ck_provider_profile_{name}"), "provider_profile", condition
        )

    op.execute(ERASE_HOME_ADDRESS)
    op.execute(
        "CREATE TRIGGER user_account_erase_home_address BEFORE INSERT OR UPDATE ON user_account"
        " FOR EACH ROW WHEN (NEW.status = 'deleted')"
        " EXECUTE FUNCTION user_account_erase_home_address()"
    )
    for name, condition in USER_CHECKS.items():
        op.create_check_constraint(op.f(f"ck_user_account_{name}"), "user_account", condition)


def downgrade() -> None:
    for name in USER_CHECKS:
        op.drop_constraint(op.f(f"ck_user_account_{name}"), "user_account")
    op.execute("DROP TRIGGER user_account_erase_home_address ON user_account")
    op.execute("DROP FUNCTION user_account_erase_home_address()")
    for name in PROFILE_CHECKS:
        op.drop_constraint(op.f(f"ck_provider_profile_{name}"), "provider_profile")
    op.add_column(
        "provider_profile",
        sa.Column("professional", sa.Boolean(), server_default="false", nullable=False),
    )
    op.add_column("provider_profile", sa.Column("vog_received_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE provider_profile SET professional = has_kvk,"
        " vog_received_on = vog_issued_on, status = CASE WHEN status = 'awaiting_vog'"
        " THEN 'live' ELSE status END"
    )
    op.create_check_constraint(
        op.f("ck_provider_profile_status_known"),
        "provider_profile",
        "status IN ('draft', 'awaiting_payment', 'live', 'suspended', 'offline', 'erased')",
    )
    op.create_check_constraint(
        op.f("ck_provider_profile_erased_is_empty"), "provider_profile", ERASED_IS_EMPTY
    )
    op.alter_column(
        "provider_profile",
        "work_house_number",
        type_=sa.String(length=20),
        existing_type=sa.String(length=5),
        existing_nullable=True,
    )
    # The home address goes back onto the profile of a provider without a work address.
    op.execute(
        """
        UPDATE provider_profile AS p SET
            work_street = u.home_street,
            work_house_number = concat_ws(' ', u.home_house_number, u.home_house_number_addition),
            work_postcode = u.home_postcode, work_city = u.home_city
        FROM user_account AS u
        WHERE p.user_id = u.id AND NOT p.address_is_work_address AND u.home_street IS NOT NULL
        """
    )
    op.execute(
        "UPDATE provider_profile SET work_house_number = concat_ws(' ', work_house_number,"
        " work_house_number_addition) WHERE work_house_number_addition IS NOT NULL"
    )
    for name in (
        "vog_rejection_reason",
        "vog_issued_on",
        "vog_rejected_at",
        "vog_confirmed_at",
        "vog_uploaded_at",
        "vog_bytes",
        "vog_key",
        "work_house_number_addition",
    ):
        op.drop_column("provider_profile", name)
    for name in (
        "home_city",
        "home_postcode",
        "home_house_number_addition",
        "home_house_number",
        "home_street",
    ):
        op.drop_column("user_account", name)
