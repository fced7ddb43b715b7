"""Rows for contact requests, reviews, promotion packages and invoices, the provider's
statistics, and their staff routes. The objects: the provider's open contact request, review,
open promotion request and invoice."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, everyone, provider_object, providers, staff

CONTACTS = "/api/v1/provider/contact-requests"
PROMOTION = "/api/v1/provider/promotion"
CONTACT = {"request_id": "contact"}
ASKED = {"request_id": "promotion"}
# A well-formed invitation nobody was given: refused as invalid input, for everyone alike.
UNKNOWN_TOKEN = "x" * 43

ROWS: dict[tuple[str, str], Row] = {
    ("GET", CONTACTS): Row(providers(200)),
    ("GET", f"{CONTACTS}/{{request_id}}"): Row(provider_object(200), ids=CONTACT, owned=True),
    ("PATCH", f"{CONTACTS}/{{request_id}}"): Row(
        provider_object(200),
        {"status": "in_progress"},
        ids=CONTACT,
        owned=True,
        validated_first=frozenset({404}),
    ),
    ("GET", "/api/v1/reviews/invitation"): Row(everyone(422), params={"token": UNKNOWN_TOKEN}),
    ("POST", "/api/v1/reviews"): Row(everyone(422), {"token": UNKNOWN_TOKEN, "stars": 4}),
    ("GET", "/api/v1/provider/reviews"): Row(providers(200)),
    ("PUT", "/api/v1/provider/reviews/{review_id}/reply"): Row(
        provider_object(200), {"reply": "Dank u wel."}, owned=True, validated_first=frozenset({404})
    ),
    ("POST", "/api/v1/admin/reviews/{review_id}/hiding"): Row(
        staff(StaffTask.moderate_reviews, 200), {"reason": "Scheldwoorden."}
    ),
    ("GET", "/api/v1/admin/providers/{profile_id}/reviews"): Row(
        staff(StaffTask.moderate_reviews, 200)
    ),
    # Allowed, then refused for the state: the review is not hidden.
    ("DELETE", "/api/v1/admin/reviews/{review_id}/hiding"): Row(
        staff(StaffTask.moderate_reviews, 409)
    ),
    ("GET", "/api/v1/provider/statistics"): Row(providers(200)),
    ("GET", "/api/v1/admin/provider-response-times"): Row(
        staff(StaffTask.view_response_times, 200)
    ),
    ("GET", PROMOTION): Row(providers(200)),
    # One question at a time: both providers have one open.
    ("POST", f"{PROMOTION}/requests"): Row(providers(409), {"package": "luxe"}),
    ("DELETE", f"{PROMOTION}/requests/{{request_id}}"): Row(
        provider_object(204), ids=ASKED, owned=True
    ),
    ("GET", "/api/v1/provider/invoices/{invoice_id}/pdf"): Row(provider_object(200), owned=True),
    ("GET", "/api/v1/admin/promotion-requests"): Row(staff(StaffTask.view_promotions, 200)),
    ("GET", "/api/v1/admin/invoices/{invoice_id}/pdf"): Row(staff(StaffTask.view_promotions, 200)),
    ("POST", "/api/v1/admin/promotion-requests/{request_id}/confirm"): Row(
        staff(StaffTask.confirm_promotions, 200),
        {"starts_on": "2027-01-01"},
        ids=ASKED,
    ),
}
