"""Rows for partner access (each person asks for themselves; verifiers answer) and the skills
list (public; staff keep it). The objects: an open access request of someone who is none of
the principals, and a skill."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, everyone, people, staff

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

SKILL = {
    "slug": "samen-koken",
    "group": "company",
    "name_nl": "Samen koken",
    "name_fr": "Cuisiner ensemble",
    "name_en": "Cooking together",
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
    ("GET", "/api/v1/skills"): Row(everyone(200)),
    ("POST", "/api/v1/admin/skills"): Row(staff(StaffTask.manage_skills, 201), SKILL),
    ("PATCH", "/api/v1/admin/skills/{skill_id}"): Row(
        staff(StaffTask.manage_skills, 200),
        {key: value for key, value in SKILL.items() if key.startswith("name_")},
    ),
}
