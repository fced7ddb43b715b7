"""Rows for the impact figures of a municipality's dashboard: only its members (none among the
principals; tests/impact covers them) and staff who keep neighbourhoods; everyone else 404."""

from __future__ import annotations

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.permissions.rows import Row, people

IMPACT = "/api/v1/organisations/{organisation_id}/impact"
KEEPERS = {role: 200 for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]}

ROWS: dict[tuple[str, str], Row] = {
    ("GET", IMPACT): Row(people(404, **KEEPERS), ids={"organisation_id": "service_organisation"}),
    ("GET", IMPACT + "/export"): Row(
        people(404, **KEEPERS), ids={"organisation_id": "service_organisation"}
    ),
}
