"""Rows for helpers: any signed-in person fills in their own helper profile (the provider has a
complete draft one, the other provider an active one; nobody else has one yet, and gets 404 for
what needs it); any signed-in person may see a helper's portrait (none is stored: 404); staff
whose role may view providers list and read helpers, and those who set badges set helpers'."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, people, staff

PROFILE = "/api/v1/helper/profile"
ADMIN = "/api/v1/admin/helpers"
BODY: dict[str, Any] = {
    "kind": "volunteer",
    "introduction": "Graag onder de mensen.",
    "skill_ids": ["{skill_id}"],
    "languages": ["nl"],
    "address": {
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511ab",
        "city": "Utrecht",
    },
    "work_area": "radius",
    "radius_km": 5,
    "day_parts": {"monday": ["morning"]},
}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 300), (40, 120, 200)).save(out, "PNG")
    return out.getvalue()


def helpers(status: int) -> dict[str, int]:
    """The two providers have a helper profile; everyone else 404 (API clients 401)."""
    return people(404, provider=status, provider2=status)


ROWS: dict[tuple[str, str], Row] = {
    ("GET", PROFILE): Row(helpers(200)),
    ("PUT", PROFILE): Row(people(200), BODY),
    ("POST", f"{PROFILE}/activation"): Row(helpers(200)),
    ("PUT", f"{PROFILE}/photo"): Row(helpers(200), upload=(_png(), "image/png")),
    ("PUT", f"{PROFILE}/photo/crop"): Row(
        helpers(404), {"x": 0.5, "y": 0.5, "zoom": 1.5}, validated_first=frozenset({404})
    ),
    ("DELETE", f"{PROFILE}/photo"): Row(helpers(404)),
    ("GET", "/api/v1/helpers/{helper_id}/photo/{size}"): Row(people(404), ids={"size": "variant"}),
    ("GET", ADMIN): Row(staff(StaffTask.view_providers, 200)),
    ("GET", f"{ADMIN}/{{helper_id}}"): Row(staff(StaffTask.view_providers, 200)),
    ("PUT", f"{ADMIN}/{{helper_id}}/badges"): Row(
        staff(StaffTask.set_badges, 200), {"identity_document_seen": True, "seen_in_person": False}
    ),
}
