"""Rows for neighbourhoods. The partner lives in Wittevrouwen and the provider serves it as its
worker; everyone else finds nothing of it (404), staff included: staff reach neighbourhoods
through the console's routes (manage_neighbourhoods). Lombok, the other party's neighbourhood,
answers 404 to both. The routes about "me" answer every signed-in person."""

from __future__ import annotations

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.permissions.rows import Expect, Row, people, staff

ADMIN = "/api/v1/admin/neighbourhoods"
ONE = ADMIN + "/{neighbourhood_id}"
ORGANISATIONS = ONE + "/local-organisations"
HERE = "/api/v1/neighbourhoods/{neighbourhood_id}"
ADDRESS = {
    "country": "NL",
    "street": "Biltstraat",
    "house_number": "14",
    "postcode": "3581 AB",
    "city": "Utrecht",
}
AFTER_BODY = frozenset({404})


def manager(status: int) -> Expect:
    return staff(StaffTask.manage_neighbourhoods, status)


def inside(status: int) -> Expect:
    """The partner (resident) and the provider (worker)."""
    return people(404, partner=status, provider=status)


ROWS: dict[tuple[str, str], Row] = {
    ("GET", ADMIN): Row(manager(200)),
    ("POST", ADMIN): Row(
        manager(201),
        {
            "name": "Buurt {unique}",
            "country": "NL",
            "postcode_areas": ["1234"],
            "latitude": 52.0,
            "longitude": 5.0,
        },
    ),
    ("GET", ONE): Row(manager(200)),
    ("PATCH", ONE): Row(manager(200), {"description": "De buurt rond het park."}),
    ("POST", ONE + "/archive"): Row(manager(200)),
    ("POST", ONE + "/unarchive"): Row(manager(200)),
    ("GET", ORGANISATIONS): Row(manager(200)),
    ("POST", ORGANISATIONS): Row(
        manager(201), {"name": "Voedselbank", "email": "info@voedselbank.example"}
    ),
    ("PATCH", ORGANISATIONS + "/{local_organisation_id}"): Row(
        manager(200), {"description": "Elke dinsdag open."}
    ),
    ("POST", ORGANISATIONS + "/{local_organisation_id}/archive"): Row(manager(200)),
    ("PUT", ONE + "/workers/{user_id}"): Row(manager(200), ids={"user_id": "verified_partner"}),
    ("DELETE", ONE + "/workers/{user_id}"): Row(
        manager(204), ids={"user_id": "neighbourhood_worker"}
    ),
    ("POST", ONE + "/invites"): Row(manager(201), {"email": "nieuw@example.org"}),
    ("PUT", ONE + "/service-organisations/{organisation_id}"): Row(
        manager(200), ids={"organisation_id": "service_organisation"}
    ),
    ("DELETE", ONE + "/service-organisations/{organisation_id}"): Row(
        manager(204), ids={"organisation_id": "service_organisation"}
    ),
    # A municipality's dashboard: only its members (none among the principals; the service
    # tests cover them) and staff who keep neighbourhoods.
    ("GET", "/api/v1/organisations/{organisation_id}/neighbourhoods"): Row(
        people(404, **{role: 200 for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]}),
        ids={"organisation_id": "service_organisation"},
    ),
    # The municipality's volunteer list (Paula volunteers): the same principals as its dashboard.
    ("GET", "/api/v1/organisations/{organisation_id}/volunteers"): Row(
        people(404, **{role: 200 for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]}),
        ids={"organisation_id": "service_organisation"},
    ),
    ("POST", "/api/v1/organisations/{organisation_id}/volunteers/messages"): Row(
        people(404, **{role: 200 for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]}),
        {"resident_ids": ["{volunteer_resident}"], "channel": "message", "text": "Wie helpt?"},
        ids={"organisation_id": "service_organisation"},
    ),
    # The second provider lives in the posts' world's other neighbourhood.
    ("GET", "/api/v1/me/neighbourhood"): Row(people(404, partner=200, provider2=200)),
    ("PUT", "/api/v1/me/neighbourhood"): Row(people(200), ADDRESS),
    ("DELETE", "/api/v1/me/neighbourhood"): Row(people(404, partner=204, provider2=204)),
    ("PUT", "/api/v1/me/neighbourhood/profile"): Row(
        people(404, partner=200, provider2=200),
        {"about": "Vaak thuis."},
        validated_first=AFTER_BODY,
    ),
    ("GET", "/api/v1/me/neighbourhood-work"): Row(people(200)),
    ("POST", "/api/v1/neighbourhood-invites/{token}/accept"): Row(
        people(404), ADDRESS, ids={"token": "neighbourhood_invite"}, validated_first=AFTER_BODY
    ),
    ("GET", HERE): Row(inside(200), owned=True),
    ("GET", HERE + "/helpers"): Row(inside(200), owned=True),
    ("POST", HERE + "/invites"): Row(
        people(404, partner=403, provider=201), {"email": "nieuw@example.org"}, owned=True
    ),
}
