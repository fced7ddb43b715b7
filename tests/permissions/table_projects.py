"""Rows for projects and shifts. De Linde's members read its projects (the employee only the
ones they belong to: the project without them is not found for them), as do staff who may view
projects (acting for the organisation); the other organisation's admin finds nothing. Staff who
may view projects read the console's; care managers and admins change projects and shifts."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, staff
from tests.permissions.table_organisations import organisation

PORTAL = "/api/v1/organisations/{organisation_id}/projects"
ADMIN = "/api/v1/admin/projects"
SHIFTS = "/api/v1/admin/shifts"
VIEW = StaffTask.view_projects
MANAGE = StaffTask.manage_projects

PROJECT = {
    "organisation_id": "{organisation_id}",
    "name": "Woonvoorziening {unique}",
    "kind": "residential",
    "starts_on": "{today}",
    "leader_id": "{leader_id}",
}
SHIFT = {
    "works_on": "{today}",
    "starts_at": "22:00",
    "ends_at": "07:00",
    "break_minutes": 30,
    "function": "nurse",
    "worker_name": "Sanne Bakker",
}

ROWS: dict[tuple[str, str], Row] = {
    ("GET", PORTAL): Row(organisation(200, 200, VIEW), owned=True),
    ("GET", PORTAL + "/{project_id}"): Row(organisation(200, 200, VIEW), owned=True),
    # The project the employee is no member of: for them it does not exist.
    ("GET", PORTAL + "/{project_id}/shifts"): Row(
        organisation(200, 404, VIEW), owned=True, ids={"project_id": "unjoined_project_id"}
    ),
    ("GET", ADMIN): Row(staff(VIEW, 200)),
    ("POST", ADMIN): Row(staff(MANAGE, 201), PROJECT),
    ("GET", ADMIN + "/{project_id}"): Row(staff(VIEW, 200)),
    ("PATCH", ADMIN + "/{project_id}"): Row(staff(MANAGE, 200), {"name": "De Linde (oost)"}),
    ("PUT", ADMIN + "/{project_id}/members/{membership_id}"): Row(staff(MANAGE, 204)),
    ("DELETE", ADMIN + "/{project_id}/members/{membership_id}"): Row(staff(MANAGE, 204)),
    ("GET", "/api/v1/admin/care-managers"): Row(staff(VIEW, 200)),
    ("GET", ADMIN + "/{project_id}/shifts"): Row(staff(VIEW, 200)),
    ("POST", ADMIN + "/{project_id}/shifts"): Row(staff(MANAGE, 201), SHIFT),
    ("PATCH", SHIFTS + "/{shift_id}"): Row(staff(MANAGE, 200), {"worker_name": "Joris"}),
    ("POST", SHIFTS + "/{shift_id}/confirm"): Row(staff(MANAGE, 200)),
    ("POST", SHIFTS + "/{shift_id}/cancel"): Row(staff(MANAGE, 200)),
}
