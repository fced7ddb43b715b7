"""Rows for assistive-device orders and the catalogue. De Linde's members (employee, portal
admin) see De Linde's order; the foreign admin's organisation has its own (404 for De Linde's).
Anyone signed in may read the catalogue; placing an order for De Linde fails on the field for
everyone not linked to it (422). Staff who may view orders read them (branch staff: their
branch, De Linde's); admins and branch staff change them; admins and advisors manage the
catalogue. Only an API client with `orders:read` reads the integration routes."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.conftest import PRINCIPALS
from tests.permissions.rows import Row, people, staff

ORDERS = "/api/v1/orders"
ORDER = ORDERS + "/{order_id}"
ADMIN = "/api/v1/admin/orders"
DEVICES = "/api/v1/admin/assistive-devices"
INTEGRATION = "/api/v1/integrations/orders"
REFUSALS = "/api/v1/admin/order-refusals"
AFTER_BODY = frozenset({404})


def members(status: int) -> dict[str, int]:
    """De Linde's members reach its order; every other person finds none (404)."""
    return people(404, employee=status, pro_admin=status)


def integration(status: int) -> dict[str, int]:
    """Only an API client whose token grants orders:read; persons have no bearer token."""
    base = dict.fromkeys(PRINCIPALS, 401)
    return {**base, "client": status, "client_unscoped": 403}


RENTAL = {
    "kind": "rental",
    "organisation_id": "{organisation_id}",
    "client": {
        "name": "J. Jansen",
        "birth_date": "1941-03-15",
        "address": {
            "street": "Lindelaan",
            "house_number": "12",
            "postcode": "3511 AB",
            "city": "Utrecht",
        },
    },
    "contact": {"name": "Karin", "phone": "06 12345678"},
    "wlz_indication": False,
    "device_id": "{device_id}",
    "option_id": "{option_id}",
    "desired_date": "{today}",
}
SIGNING = {
    "orders": [{"order_id": "{order_id}", "content_sha256": "{content_sha256}"}],
    "signature": {"method": "typed", "name": "Jan Jansen"},
}
DEVICE = {
    "code": "HB-7777",
    "name_nl": "Tillift",
    "name_fr": "Lève-personne",
    "name_en": "Patient hoist",
    "category": "ELV",
    "supply": "rental",
}
OPTION = {"name_nl": "Met weegschaal", "name_fr": "Avec balance", "name_en": "With scale"}

ROWS: dict[tuple[str, str], Row] = {
    ("POST", ORDERS): Row(people(422, employee=201, pro_admin=201), RENTAL),
    ("GET", ORDERS): Row(people(200)),
    ("GET", ORDERS + "/organisations"): Row(people(200)),
    ("GET", ORDERS + "/rentals-outstanding"): Row(people(200)),
    ("GET", ORDERS + "/rentals-outstanding/summary"): Row(people(200)),
    ("GET", ORDERS + "/ended"): Row(people(200)),
    ("GET", ORDER): Row(members(200), owned=True),
    ("GET", ORDER + "/pdf"): Row(members(200), owned=True),
    ("POST", ORDER + "/send"): Row(
        members(202), {"to_self": True}, owned=True, validated_first=AFTER_BODY
    ),
    # Wlz signatures: De Linde's members sign and refuse its orders (a fresh second factor).
    ("POST", ORDERS + "/signatures"): Row(members(201), SIGNING, validated_first=AFTER_BODY),
    ("POST", ORDER + "/refusal"): Row(
        members(201), {"reason": "Niet nodig."}, owned=True, validated_first=AFTER_BODY
    ),
    ("GET", ORDER + "/signatures/{signature_id}/pdf"): Row(
        members(200), ids={"order_id": "signed_order_id"}
    ),
    ("GET", "/api/v1/assistive-devices"): Row(people(200)),
    ("GET", ADMIN): Row(staff(StaffTask.view_orders, 200)),
    ("GET", ADMIN + "/{order_id}"): Row(staff(StaffTask.view_orders, 200)),
    ("POST", ADMIN + "/{order_id}/status"): Row(
        staff(StaffTask.handle_orders, 200), {"status": "planned", "on_date": "{today}"}
    ),
    ("PATCH", ADMIN + "/{order_id}"): Row(
        staff(StaffTask.handle_orders, 200), {"notes": "Bel aan bij de buren."}
    ),
    ("GET", ADMIN + "/{order_id}/signatures/{signature_id}/pdf"): Row(
        staff(StaffTask.view_orders, 200), ids={"order_id": "signed_order_id"}
    ),
    ("GET", REFUSALS): Row(staff(StaffTask.view_orders, 200)),
    ("POST", REFUSALS + "/{refusal_id}/clear"): Row(
        staff(StaffTask.handle_orders, 200), {"outcome": "present_again"}
    ),
    ("GET", DEVICES): Row(staff(StaffTask.manage_catalogue, 200)),
    ("POST", DEVICES): Row(staff(StaffTask.manage_catalogue, 201), DEVICE),
    ("GET", DEVICES + "/{device_id}"): Row(staff(StaffTask.manage_catalogue, 200)),
    ("PATCH", DEVICES + "/{device_id}"): Row(
        staff(StaffTask.manage_catalogue, 200), {"active": False}
    ),
    ("POST", DEVICES + "/{device_id}/options"): Row(staff(StaffTask.manage_catalogue, 201), OPTION),
    ("PATCH", DEVICES + "/{device_id}/options/{option_id}"): Row(
        staff(StaffTask.manage_catalogue, 200), {"active": False}
    ),
    ("PUT", "/api/v1/admin/users/{user_id}/staff-branch"): Row(
        staff(StaffTask.manage_accounts, 200), {"branch_id": None}
    ),
    ("GET", INTEGRATION): Row(integration(200)),
    ("GET", INTEGRATION + "/{order_id}"): Row(integration(200), owned=True),
}
