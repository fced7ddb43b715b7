"""Rows for matching on a dossier: whoever may read the dossier (here its manager, the partner);
everyone else 404, staff too as persons (they read it through `/admin/dossiers`, if their role
may view dossiers). The matrix's dossier is a draft not on the map: allowed, then refused for
its state (409); tests/matching covers the answers."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, people, staff

ONE = "/api/v1/dossiers/{dossier_id}"
ADMIN = "/api/v1/admin/dossiers/{dossier_id}"
MANAGER = frozenset({"partner"})

ROWS: dict[tuple[str, str], Row] = {
    ("GET", f"{ONE}/helpers-near"): Row(people(404, partner=409), owned=True, owners=MANAGER),
    ("GET", f"{ONE}/suggestions"): Row(people(404, partner=409), owned=True, owners=MANAGER),
    ("GET", f"{ADMIN}/helpers-near"): Row(staff(StaffTask.view_dossiers, 409)),
    ("GET", f"{ADMIN}/suggestions"): Row(staff(StaffTask.view_dossiers, 409)),
}
