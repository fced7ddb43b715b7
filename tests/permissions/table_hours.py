"""Rows for hours. The provider is the helper of the running engagement on the partner's
dossier, with an hour waiting; the partner manages that dossier and approves. Everyone else
gets 404 for the dossier's and the entry's routes (a person who is no helper has no hours).
Staff read a dossier's hours through `/admin/dossiers/{id}/hours` if their role may view
dossiers; the overdue list likewise."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, people, staff

MINE = "/api/v1/helper/hours"
DOSSIER = "/api/v1/dossiers/{dossier_id}"
AFTER_BODY = frozenset({404, 422})
HELPERS = frozenset({"provider", "provider2"})
ENTRY = {"work_date": "{today}", "minutes": 30}


def helper(status: int) -> dict[str, int]:
    """The entry's helper (the provider); every other person 404."""
    return people(404, provider=status)


def manager(status: int) -> dict[str, int]:
    return people(404, partner=status)


ROWS: dict[tuple[str, str], Row] = {
    ("GET", f"{MINE}/start"): Row(people(200)),
    ("GET", MINE): Row(people(200)),
    # Both helpers log for their own engagement; the others are no helper (404).
    ("POST", MINE): Row(
        people(404, provider=201, provider2=422),
        {"engagement_id": "{engagement_id}", "work_date": "{today}", "minutes": 15},
        validated_first=AFTER_BODY,
    ),
    ("PUT", f"{MINE}/{{entry_id}}"): Row(
        helper(200), ENTRY, owned=True, validated_first=AFTER_BODY
    ),
    # Allowed, then refused for the state: only approved hours are corrected.
    ("POST", f"{MINE}/{{entry_id}}/corrections"): Row(
        helper(409), ENTRY, owned=True, owners=frozenset({"provider"}), validated_first=AFTER_BODY
    ),
    ("DELETE", f"{MINE}/{{entry_id}}"): Row(helper(204), owned=True),
    ("GET", "/api/v1/helper/statements"): Row(people(200)),
    ("GET", f"{DOSSIER}/hours"): Row(manager(200), owned=True),
    ("POST", f"{DOSSIER}/hours/approval"): Row(
        manager(200), {"month": "{month}"}, owned=True, validated_first=AFTER_BODY
    ),
    ("POST", f"{DOSSIER}/hours/{{entry_id}}/approval"): Row(manager(200), owned=True),
    ("POST", f"{DOSSIER}/hours/{{entry_id}}/rejection"): Row(
        manager(200), {"reason": "Niet gewerkt."}, owned=True, validated_first=AFTER_BODY
    ),
    ("GET", f"{DOSSIER}/statements"): Row(manager(200), owned=True),
    # No approved hours yet: no statement for this month (404 for its readers too).
    ("GET", "/api/v1/engagements/{engagement_id}/statements/{month}"): Row(
        people(404), owned=True, owners=frozenset({"partner", "provider"})
    ),
    ("GET", "/api/v1/admin/dossiers/{dossier_id}/hours"): Row(staff(StaffTask.view_dossiers, 200)),
    ("GET", "/api/v1/admin/hours/overdue"): Row(staff(StaffTask.view_dossiers, 200)),
}
