"""Rows for callouts. The service dashboard's routes answer only the municipality's members
(none among the principals; the callout tests cover them) and staff who keep neighbourhoods:
everyone else 404. The residents' routes answer the neighbourhood's people, the partner (a
resident of Wittevrouwen, who answered the callout) and the provider (its worker, who reads but
answers nothing: 403)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.permissions.rows import Expect, Row, people

CALLOUTS = "/api/v1/organisations/{organisation_id}/callouts"
ONE = CALLOUTS + "/{callout_id}"
FEED = "/api/v1/neighbourhoods/{neighbourhood_id}/callouts"
IN_A_MONTH = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()
IDS = {"organisation_id": "service_organisation", "callout_id": "callout"}


def dashboard(status: int) -> Expect:
    return people(404, **{role: status for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]})


def inside(status: int, **overrides: int) -> Expect:
    """The partner (resident) and the provider (worker)."""
    return people(404, **{"partner": status, "provider": status, **overrides})


ROWS: dict[tuple[str, str], Row] = {
    ("POST", CALLOUTS): Row(
        dashboard(201),
        {
            "title": "Wie helpt mee?",
            "body": "We zoeken vrijwilligers.",
            "ends_on": IN_A_MONTH,
            "neighbourhood_ids": ["{neighbourhood_id}"],
        },
        ids=IDS,
    ),
    ("GET", CALLOUTS): Row(dashboard(200), ids=IDS),
    ("GET", ONE): Row(dashboard(200), ids=IDS),
    ("POST", ONE + "/close"): Row(dashboard(200), ids=IDS),
    ("GET", ONE + "/answers"): Row(dashboard(200), ids=IDS),
    ("GET", ONE + "/answers/export"): Row(dashboard(200), ids=IDS, params={"format": "xlsx"}),
    ("GET", FEED): Row(inside(200)),
    ("GET", FEED + "/{callout_id}"): Row(inside(200), ids={"callout_id": "callout"}),
    ("PUT", FEED + "/{callout_id}/answer"): Row(
        inside(200, provider=403),
        {"answers": {}},
        ids={"callout_id": "callout"},
        # The worker passes the route's principal; being no resident is the service's refusal.
        validated_first=frozenset({403}),
    ),
    ("DELETE", FEED + "/{callout_id}/answer"): Row(
        inside(204, provider=404), ids={"callout_id": "callout"}
    ),
}
