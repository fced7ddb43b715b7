"""Rows for proposals, engagements and the calendar feed. The partner manages the dossier (a
draft: sending is refused for its state); the provider is the helper of its waiting proposal and
running engagement; everyone else gets 404 (the helper 403 where only the partner may act).
Staff read them through `/admin/dossiers/{id}/...` if their role may view dossiers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Row, everyone, people, staff

DOSSIER = "/api/v1/dossiers/{dossier_id}"
PROPOSAL = "/api/v1/proposals/{proposal_id}"
MINE = "/api/v1/helper/proposals"
ENGAGEMENT = "/api/v1/engagements/{engagement_id}"
ADMIN = "/api/v1/admin/dossiers/{dossier_id}"
AFTER_BODY = frozenset({404})
REASON = {"reason": "Het klikte niet."}
SEND = {
    "helper_id": "{helper_id}",
    "message": "Truus zoekt hulp.",
    "skill_ids": ["{skill_id}"],
    "day_parts": {"monday": ["morning"]},
    "meeting_at": (datetime.now(UTC) + timedelta(days=3)).isoformat(),
}


def manager(status: int) -> dict[str, int]:
    """The dossier's manager (the partner); every other person 404."""
    return people(404, partner=status)


def helper(status: int, **overrides: int) -> dict[str, int]:
    """The proposal's or engagement's helper (the provider); every other person 404."""
    return people(404, provider=status, **overrides)


def both(status: int) -> dict[str, int]:
    return people(404, partner=status, provider=status)


BOTH = frozenset({"partner", "provider"})

ROWS: dict[tuple[str, str], Row] = {
    # Allowed, then refused for the state: the dossier is a draft, not searching.
    ("POST", f"{DOSSIER}/proposals"): Row(
        manager(409), SEND, owned=True, owners=frozenset({"partner"}), validated_first=AFTER_BODY
    ),
    ("GET", f"{DOSSIER}/proposals"): Row(manager(200), owned=True),
    ("POST", f"{PROPOSAL}/withdrawal"): Row(
        people(404, partner=200, provider=403), owned=True, owners=BOTH
    ),
    # Allowed, then refused for the state: the helper has not accepted yet.
    ("POST", f"{PROPOSAL}/first-meeting-confirmation"): Row(both(409), owned=True, owners=BOTH),
    ("POST", f"{PROPOSAL}/ending"): Row(
        both(409), REASON, owned=True, owners=BOTH, validated_first=AFTER_BODY
    ),
    ("GET", MINE): Row(people(200)),
    ("GET", f"{MINE}/{{proposal_id}}"): Row(helper(200), owned=True),
    ("POST", f"{MINE}/{{proposal_id}}/acceptance"): Row(
        helper(200), {"other_moment": None}, owned=True, validated_first=AFTER_BODY
    ),
    ("POST", f"{MINE}/{{proposal_id}}/decline"): Row(
        helper(200), REASON, owned=True, validated_first=AFTER_BODY
    ),
    ("GET", f"{DOSSIER}/engagements"): Row(manager(200), owned=True),
    ("GET", "/api/v1/helper/engagements"): Row(people(200)),
    ("GET", ENGAGEMENT): Row(both(200), owned=True),
    ("POST", f"{ENGAGEMENT}/pause"): Row(both(200), REASON, owned=True, validated_first=AFTER_BODY),
    # Allowed, then refused for the state: it is not paused.
    ("POST", f"{ENGAGEMENT}/resumption"): Row(
        both(409), {}, owned=True, owners=BOTH, validated_first=AFTER_BODY
    ),
    ("POST", f"{ENGAGEMENT}/ending"): Row(
        both(200), REASON, owned=True, validated_first=AFTER_BODY
    ),
    ("GET", "/api/v1/me/calendar-feed"): Row(people(200)),
    ("POST", "/api/v1/me/calendar-feed"): Row(people(201)),
    ("DELETE", "/api/v1/me/calendar-feed"): Row(people(204)),
    # The private address is the key: an unknown one is 404 for anyone.
    ("GET", "/api/v1/calendar/{token}.ics"): Row(everyone(404)),
    ("GET", f"{ADMIN}/proposals"): Row(staff(StaffTask.view_dossiers, 200)),
    ("GET", f"{ADMIN}/engagements"): Row(staff(StaffTask.view_dossiers, 200)),
}
