"""Rows for organisations, their members and API clients, and the staff's account and
organisation administration. The objects: De Linde, its member Daan and its API client."""

from __future__ import annotations

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.members.helpers import NEW_CONTACT
from tests.permissions.conftest import STAFF
from tests.permissions.rows import Expect, Row, everyone, people, staff

ORGANISATION = {"kind": "care_organisation", "name": "Nieuwe Zorg"}
ORG = "/api/v1/organisations/{organisation_id}"
MEMBERS = ORG + "/members"
CLIENTS = ORG + "/api-clients"
USERS = "/api/v1/admin/users"


def organisation(
    admin: int,
    employee: int,
    task: StaffTask,
    *,
    client: int = 401,
    unscoped: int = 401,
    **overrides: int,
) -> Expect:
    """A route of De Linde: its portal admin, its employee, staff who may do the task get
    the same as its admin; anyone else does not find the organisation."""
    # A person without any organisation (partner, providers) finds nothing, like any outsider.
    base = dict(people(404, pro_admin=admin, employee=employee))
    base.update({role: admin if role in STAFF_TABLE[task] else 404 for role in STAFF})
    return {**base, "client": client, "client_unscoped": unscoped, **overrides}


READ = StaffTask.view_organisations
ACT = StaffTask.act_for_organisations
API = StaffTask.manage_api_clients

ROWS: dict[tuple[str, str], Row] = {
    ("GET", "/api/v1/function-codes"): Row(everyone(200)),
    ("GET", ORG): Row(organisation(200, 200, READ, client=200, unscoped=403), owned=True),
    ("GET", MEMBERS): Row(organisation(200, 200, ACT, client=200, unscoped=403), owned=True),
    ("POST", MEMBERS): Row(
        organisation(201, 403, ACT),
        {**NEW_CONTACT, "email": "{unique}@linde.example"},
        owned=True,
    ),
    ("GET", MEMBERS + "/{membership_id}"): Row(
        organisation(200, 200, ACT, client=200, unscoped=403), owned=True
    ),
    ("PATCH", MEMBERS + "/{membership_id}"): Row(
        organisation(200, 403, ACT),
        {"department": "Zorg"},
        owned=True,
    ),
    ("PUT", MEMBERS + "/{membership_id}/rights"): Row(
        organisation(200, 403, ACT),
        {"portal_admin": True, "portal_employee": True},
        owned=True,
    ),
    ("DELETE", MEMBERS + "/{membership_id}"): Row(organisation(204, 403, ACT), owned=True),
    ("DELETE", MEMBERS + "/{membership_id}/mfa"): Row(organisation(204, 403, ACT), owned=True),
    ("GET", "/api/v1/me/contact-details"): Row(
        people(404, employee=200, pro_admin=200, foreign=200)
    ),
    ("PATCH", "/api/v1/me/contact-details"): Row(
        people(404, employee=200, pro_admin=200, foreign=200),
        {"department": "Zorg"},
    ),
    ("GET", CLIENTS): Row(organisation(200, 403, API), owned=True),
    ("POST", CLIENTS): Row(
        organisation(201, 403, API),
        {"name": "Koppeling", "scopes": ["members:read"]},
        owned=True,
    ),
    ("POST", CLIENTS + "/{client_id}/secret"): Row(organisation(200, 403, API), owned=True),
    ("DELETE", CLIENTS + "/{client_id}"): Row(organisation(204, 403, API), owned=True),
    ("GET", "/api/v1/admin/organisations"): Row(staff(StaffTask.view_organisations, 200)),
    ("POST", "/api/v1/admin/organisations"): Row(
        staff(StaffTask.manage_organisations, 201), ORGANISATION
    ),
    ("GET", "/api/v1/admin/organisations/{organisation_id}"): Row(
        staff(StaffTask.view_organisations, 200)
    ),
    ("GET", "/api/v1/admin/organisations/{organisation_id}/members"): Row(
        staff(StaffTask.view_organisations, 200)
    ),
    ("PATCH", "/api/v1/admin/organisations/{organisation_id}"): Row(
        staff(StaffTask.manage_organisations, 200), {"name": "De Linde"}
    ),
    ("GET", USERS): Row(staff(StaffTask.view_accounts, 200)),
    ("POST", USERS): Row(
        staff(StaffTask.manage_accounts, 201),
        {
            "email": "{unique}@example.org",
            "first_name": "Nel",
            "last_name": "Nieuw",
            "organisation_id": "{organisation_id}",
        },
    ),
    ("GET", USERS + "/{user_id}"): Row(staff(StaffTask.view_accounts, 200)),
    ("DELETE", USERS + "/{user_id}"): Row(staff(StaffTask.manage_accounts, 204)),
    ("PUT", USERS + "/{user_id}/email"): Row(
        staff(StaffTask.manage_accounts, 200), {"new_email": "daan@nieuw.example"}
    ),
    ("POST", USERS + "/{user_id}/memberships"): Row(
        staff(StaffTask.manage_accounts, 201), {"organisation_id": "{other_organisation}"}
    ),
    ("GET", USERS + "/{user_id}/audit-events"): Row(staff(StaffTask.view_accounts, 200)),
    ("GET", USERS + "/{user_id}/views"): Row(staff(StaffTask.view_accounts, 200)),
    ("GET", USERS + "/{user_id}/sessions"): Row(staff(StaffTask.view_accounts, 200)),
    ("DELETE", USERS + "/{user_id}/sessions"): Row(staff(StaffTask.manage_accounts, 204)),
    ("POST", USERS + "/{user_id}/deactivation"): Row(staff(StaffTask.manage_accounts, 200)),
    # Allowed, then refused for the state: the target is active and has no SMS factor.
    ("POST", USERS + "/{user_id}/reactivation"): Row(staff(StaffTask.manage_accounts, 409)),
    ("DELETE", USERS + "/{user_id}/mfa/sms"): Row(staff(StaffTask.manage_accounts, 409)),
}
