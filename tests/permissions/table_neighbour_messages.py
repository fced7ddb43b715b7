"""Rows for private messages between neighbours, blocks and reports, and staff's handling of
reports. Only the partner (a resident next to Nina, with whom they share a conversation) finds
Nina and their conversation; everyone else, staff included, finds neither (404). Staff whose
role moderates neighbourhoods read and handle reports and suspend residents."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Expect, Row, people, staff

CONVERSATION = "/api/v1/conversations/{conversation_id}"
ADMIN_REPORT = "/api/v1/admin/neighbourhood-reports/{report_id}"
SUSPENSION = "/api/v1/admin/residents/{user_id}/suspension"
AFTER_BODY = frozenset({404})
OWN = {"conversation_id": "neighbour_conversation"}
NINA = {"user_id": "neighbour_user"}


def neighbour(status: int) -> Expect:
    """The partner, Nina's neighbour, and the provider, who serves their neighbourhood as its
    worker (the neighbourhoods' world); anyone else finds nobody."""
    return people(404, partner=status, provider=status)


def member(status: int) -> Expect:
    """The partner, in their conversation with Nina; anyone else (her worker too) finds none."""
    return people(404, partner=status)


def moderator(status: int) -> Expect:
    return staff(StaffTask.moderate_neighbourhoods, status)


ROWS: dict[tuple[str, str], Row] = {
    ("POST", "/api/v1/conversations"): Row(
        neighbour(201),
        {"to_user_id": "{neighbour_user}", "body": "Hallo Nina"},
        validated_first=AFTER_BODY,
    ),
    ("GET", "/api/v1/conversations"): Row(people(200)),
    ("GET", "/api/v1/conversations/unread"): Row(people(200)),
    ("GET", CONVERSATION): Row(member(200), ids=OWN, owned=True),
    ("POST", CONVERSATION + "/messages"): Row(
        member(201), {"body": "Tot morgen"}, ids=OWN, owned=True, validated_first=AFTER_BODY
    ),
    ("POST", CONVERSATION + "/read"): Row(member(200), ids=OWN, owned=True),
    ("GET", "/api/v1/me/blocks"): Row(people(200)),
    ("PUT", "/api/v1/me/blocks/{user_id}"): Row(neighbour(200), ids=NINA),
    ("DELETE", "/api/v1/me/blocks/{user_id}"): Row(neighbour(204), ids=NINA),
    ("POST", "/api/v1/neighbourhood-reports"): Row(
        neighbour(201),
        {"subject_type": "person", "subject_id": "{neighbour_user}", "reason": "Dreigend"},
        validated_first=AFTER_BODY,
    ),
    ("GET", "/api/v1/admin/neighbourhood-reports"): Row(moderator(200)),
    ("GET", ADMIN_REPORT): Row(moderator(200), ids={"report_id": "neighbourhood_report"}),
    ("POST", ADMIN_REPORT + "/handle"): Row(
        moderator(200),
        {"outcome": "Besproken met de bewoner."},
        ids={"report_id": "neighbourhood_report"},
    ),
    ("POST", SUSPENSION): Row(moderator(200), {"reason": "Dreigende berichten"}, ids=NINA),
    ("DELETE", SUSPENSION): Row(moderator(200), ids=NINA),
}
