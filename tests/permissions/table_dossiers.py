"""Rows for dossiers: a signed-in person reaches the dossiers they manage (the partner manages a
draft past its first step, with an open invitation to act for the help seeker); everyone else
gets 404, staff too (they read dossiers through `/admin/dossiers`, if their role may). The other
party's dossier is managed by someone who is none of the principals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from kring.auth.staff_roles import StaffTask
from kring.dossiers.service import PRIVACY_VERSION, TERMS_VERSION
from tests.permissions.rows import Row, people, staff

DOSSIERS = "/api/v1/dossiers"
ONE = f"{DOSSIERS}/{{dossier_id}}"
ADMIN = "/api/v1/admin/dossiers"
AFTER_BODY = frozenset({404})
SOON = (datetime.now(UTC) + timedelta(days=7)).date().isoformat()
WHO: dict[str, Any] = {
    "first_name": "Truus",
    "last_name": "de Vries",
    "birth_year": 1941,
    "address": {
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511ab",
        "city": "Utrecht",
    },
    "languages": ["nl"],
    "phone": "030 123 4567",
}
# An unknown token: every person is refused alike.
TOKEN = {"token": "unknown-token-0123456789abcdef"}


def manager(status: int) -> dict[str, int]:
    """The dossier's manager (the partner); every other person 404."""
    return people(404, partner=status)


def step(body: Any) -> Row:
    return Row(manager(200), body, owned=True, validated_first=AFTER_BODY)


ROWS: dict[tuple[str, str], Row] = {
    ("GET", DOSSIERS): Row(people(200)),
    ("POST", DOSSIERS): Row(people(201), WHO),
    ("GET", ONE): Row(manager(200), owned=True),
    ("PUT", f"{ONE}/who"): step(WHO),
    ("PUT", f"{ONE}/help"): step({"skill_ids": ["{skill_id}"], "text": "Boodschappen."}),
    ("PUT", f"{ONE}/when"): step(
        {"day_parts": {"monday": ["morning"]}, "how_often": "weekly", "starts_on": SOON}
    ),
    ("PUT", f"{ONE}/bank"): step({"iban": "NL91ABNA0417164300", "account_holder": "T. de Vries"}),
    ("PUT", f"{ONE}/terms"): step(
        {"terms_version": TERMS_VERSION, "privacy_version": PRIVACY_VERSION}
    ),
    # Allowed, then refused for the state: the dossier is a draft.
    ("POST", f"{ONE}/submission"): Row(manager(409), owned=True, owners=frozenset({"partner"})),
    ("POST", f"{ONE}/pause"): Row(
        manager(409), {}, owned=True, owners=frozenset({"partner"}), validated_first=AFTER_BODY
    ),
    ("POST", f"{ONE}/resumption"): Row(
        manager(409), {}, owned=True, owners=frozenset({"partner"}), validated_first=AFTER_BODY
    ),
    ("POST", f"{ONE}/closure"): Row(
        manager(200), {"reason": "Verhuisd."}, owned=True, validated_first=AFTER_BODY
    ),
    ("GET", f"{ONE}/export"): Row(manager(200), owned=True),
    ("POST", f"{ONE}/prints"): Row(manager(204), owned=True),
    ("GET", f"{ONE}/access-log"): Row(manager(200), owned=True),
    ("GET", f"{ONE}/proxies"): Row(manager(200), owned=True),
    ("POST", f"{ONE}/proxies"): Row(
        manager(201),
        {"email": "{unique}@example.org", "rights": ["view", "approve_hours"]},
        owned=True,
        validated_first=AFTER_BODY,
    ),
    ("DELETE", f"{ONE}/proxies/{{proxy_id}}"): Row(manager(204), owned=True),
    ("POST", f"{ONE}/transfer"): Row(
        manager(201),
        {"email": "{unique}@example.org"},
        owned=True,
        validated_first=AFTER_BODY,
    ),
    # Allowed, then refused for the state: nothing is being transferred.
    ("DELETE", f"{ONE}/transfer"): Row(manager(409), owned=True, owners=frozenset({"partner"})),
    # Allowed, then refused for the state: the draft is not complete; nothing was paid yet.
    ("POST", f"{ONE}/payment"): Row(manager(409), owned=True, owners=frozenset({"partner"})),
    ("GET", f"{ONE}/payment"): Row(manager(404), owned=True, owners=frozenset({"partner"})),
    ("POST", "/api/v1/dossier-invitations/acceptance"): Row(
        people(404), TOKEN, validated_first=AFTER_BODY
    ),
    ("POST", "/api/v1/dossier-transfers/acceptance"): Row(
        people(404), TOKEN, validated_first=AFTER_BODY
    ),
    ("GET", ADMIN): Row(staff(StaffTask.view_dossiers, 200)),
    ("GET", f"{ADMIN}/{{dossier_id}}"): Row(staff(StaffTask.view_dossiers, 200)),
    ("GET", f"{ADMIN}/{{dossier_id}}/access-log"): Row(staff(StaffTask.view_dossiers, 200)),
}
