"""Rows for partner access: each person asks for themselves; verifiers answer. The object: an
open request of someone who is none of the principals."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, people, staff

ACCESS = "/api/v1/partner/access"
QUEUE = "/api/v1/admin/partner-access-requests"
ASKED = {"request_id": "partner_access"}
REQUEST = {
    "organisation_name": "Wijkteam Noord",
    "job_title": "Casemanager",
    "work_email": "werk@wijkteam.example",
    "work_phone": "030 123 4567",
    "reason": "Ik regel hulp thuis voor mijn cliënten.",
}

ROWS: dict[tuple[str, str], Row] = {
    ("GET", ACCESS): Row(people(200)),
    ("POST", f"{ACCESS}/requests"): Row(people(201), REQUEST),
    ("GET", QUEUE): Row(staff(StaffTask.verify_partners, 200)),
    ("GET", f"{QUEUE}/{{request_id}}"): Row(staff(StaffTask.verify_partners, 200), ids=ASKED),
    ("POST", f"{QUEUE}/{{request_id}}/acceptance"): Row(
        staff(StaffTask.verify_partners, 200), ids=ASKED
    ),
    ("POST", f"{QUEUE}/{{request_id}}/refusal"): Row(
        staff(StaffTask.verify_partners, 200), {"reason": "Organisatie onbekend."}, ids=ASKED
    ),
}
