"""Rows for the provider's own profile and files, paying the fee, the public profile pages,
places and categories, and the staff's provider administration. The object: the provider's
live profile (no photo, video, price list or VOG stored)."""

from __future__ import annotations

import io

from PIL import Image

from kring.auth.staff_roles import StaffTask
from tests.permissions.conftest import PDF
from tests.permissions.rows import Row, everyone, people, providers, staff

PROFILE = "/api/v1/provider/profile"
ADMIN = "/api/v1/admin/providers/{profile_id}"
PUBLIC = "/api/v1/providers/{profile_id}"
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\0" * 3000


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (600, 600), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


ROWS: dict[tuple[str, str], Row] = {
    ("GET", "/api/v1/places"): Row(everyone(200), params={"q": "Utrecht"}),
    ("GET", "/api/v1/places/{place_id}"): Row(everyone(200)),
    ("GET", "/api/v1/categories"): Row(everyone(200)),
    ("GET", PROFILE): Row(providers(200)),
    # Anyone signed in may offer services (one person, several roles): any step or upload
    # starts a provider profile.
    ("PUT", f"{PROFILE}/personal"): Row(
        people(200), {"service_kinds": ["home_services"], "first_name": "Bert"}
    ),
    ("PUT", f"{PROFILE}/company"): Row(
        people(200),
        {
            "has_kvk": False,
            "address": {
                "street": "Lindelaan",
                "house_number": "12",
                "postcode": "3511ab",
                "city": "Utrecht",
            },
        },
    ),
    ("PUT", f"{PROFILE}/introduction"): Row(
        people(200), {"introduction": "Ik help graag.", "profile_text": "Ik ben Bert."}
    ),
    ("PUT", f"{PROFILE}/availability"): Row(people(200), {"work_area_kind": "country"}),
    ("PUT", f"{PROFILE}/services"): Row(
        people(200),
        {
            "category_ids": ["{category_id}"],
            "services": [{"name": "Computerhulp", "price_cents": 1500, "unit": "hour"}],
        },
    ),
    ("POST", "/api/v1/provider/payment"): Row(providers(409)),
    ("GET", "/api/v1/provider/payment"): Row(providers(200)),
    # The gateway's report carries an unknown id: answered like any other.
    ("POST", "/api/v1/payments/webhooks/{gateway}"): Row(everyone(200), form={"id": "tr_x"}),
    ("GET", "/sandbox/payments/{external_id}"): Row(everyone(404)),
    ("POST", "/sandbox/payments/{external_id}"): Row(everyone(404), form={"outcome": "paid"}),
    ("PUT", f"{PROFILE}/photo"): Row(people(200), upload=(_png(), "image/png")),
    ("PUT", f"{PROFILE}/photo/crop"): Row(
        providers(404), {"x": 0.5, "y": 0.5, "zoom": 1}, validated_first=frozenset({404})
    ),
    ("GET", f"{PROFILE}/photo/{{variant}}"): Row(providers(404)),
    ("DELETE", f"{PROFILE}/photo"): Row(providers(204)),
    ("PUT", f"{PROFILE}/price-list"): Row(people(200), upload=(PDF, "application/pdf")),
    ("GET", f"{PROFILE}/price-list"): Row(providers(404)),
    ("DELETE", f"{PROFILE}/price-list"): Row(providers(204)),
    ("PUT", f"{PROFILE}/video"): Row(people(200), upload=(MP4, "video/mp4")),
    ("GET", f"{PROFILE}/video"): Row(providers(404)),
    ("DELETE", f"{PROFILE}/video"): Row(people(404)),
    # Anyone signed in may offer services (one person, several roles): the upload starts a
    # provider profile; nobody here has a VOG to download.
    ("PUT", f"{PROFILE}/vog"): Row(people(200), upload=(PDF, "application/pdf")),
    ("GET", f"{PROFILE}/vog"): Row(people(404)),
    ("GET", "/api/v1/admin/providers"): Row(staff(StaffTask.view_providers, 200)),
    ("GET", ADMIN): Row(staff(StaffTask.view_providers, 200)),
    ("PATCH", f"{ADMIN}/badges"): Row(staff(StaffTask.set_badges, 200), {"seen_in_person": True}),
    ("POST", f"{ADMIN}/suspension"): Row(
        staff(StaffTask.suspend_providers, 200), {"reason": "Klachten."}
    ),
    # Allowed, then refused for the state: the profile is not suspended.
    ("DELETE", f"{ADMIN}/suspension"): Row(staff(StaffTask.suspend_providers, 409)),
    # Allowed, then not found: the provider has no video.
    ("GET", f"{ADMIN}/video"): Row(staff(StaffTask.view_providers, 404)),
    # Allowed, then not found or refused for the state: the provider uploaded no VOG.
    ("GET", f"{ADMIN}/vog"): Row(staff(StaffTask.verify_certificates, 404)),
    ("POST", f"{ADMIN}/vog/confirmation"): Row(
        staff(StaffTask.verify_certificates, 409),
        {"version": "0123456789abcdef", "issued_on": "2026-12-01"},
    ),
    ("POST", f"{ADMIN}/vog/rejection"): Row(
        staff(StaffTask.verify_certificates, 409),
        {"version": "0123456789abcdef", "reason": "Niet leesbaar."},
    ),
    ("POST", "/api/v1/admin/categories"): Row(
        staff(StaffTask.manage_categories, 201),
        {"slug": "tuinonderhoud", "name_nl": "Tuin", "name_fr": "Jardin", "name_en": "Garden"},
    ),
    ("PATCH", "/api/v1/admin/categories/{category_id}"): Row(
        staff(StaffTask.manage_categories, 200),
        {"name_nl": "Tuin", "name_fr": "Jardin", "name_en": "Garden"},
    ),
    ("GET", "/api/v1/providers/search"): Row(everyone(200)),
    ("GET", PUBLIC): Row(everyone(200)),
    ("GET", f"{PUBLIC}/reviews"): Row(everyone(200)),
    ("GET", f"{PUBLIC}/photo/{{variant}}"): Row(everyone(404)),
    ("GET", f"{PUBLIC}/video"): Row(everyone(404)),
    ("GET", f"{PUBLIC}/price-list"): Row(everyone(404)),
    ("POST", f"{PUBLIC}/contact-requests"): Row(
        everyone(201),
        {
            "name": "Jan",
            "email": "{unique}@example.org",
            "phone": "030 1234567",
            "location": "Utrecht",
            "for_whom": "self",
            "message": "Kunt u helpen?",
        },
    ),
}
