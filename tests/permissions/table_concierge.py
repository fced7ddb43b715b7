"""Rows for the concierge. Staff console routes: the concierge and admins work cases
(work_concierge_cases), advisors also keep subscriptions (manage_concierge_subscriptions). The
municipality's dashboard: only its members (none among the principals; the concierge tests
cover them) and staff who keep neighbourhoods. The subscriber's routes: the partner is
subscribed; everyone else has no subscription (404) and another's case is a 404."""

from __future__ import annotations

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.permissions.rows import Expect, Row, people, staff
from tests.permissions.world_concierge import TODAY

ADMIN = "/api/v1/admin/concierge"
SUBSCRIPTION = ADMIN + "/subscriptions/{subscription_id}"
CASE = ADMIN + "/cases/{case_id}"
DASHBOARD = "/api/v1/organisations/{organisation_id}/concierge/subscriptions"
MINE = "/api/v1/me/concierge"
ASK = {"subject": "Hulp bij de tuin", "description": "De heg moet gesnoeid worden."}
A_SUBSCRIPTION = {"subscription_id": "concierge_subscription"}
A_CASE = {"case_id": "concierge_case"}
AN_OPTION = {"case_id": "concierge_case", "option_id": "concierge_option"}
MUNICIPALITY = {"organisation_id": "service_organisation"}
AFTER_BODY = frozenset({404})


def worker(status: int) -> Expect:
    return staff(StaffTask.work_concierge_cases, status)


def keeper(status: int) -> Expect:
    return staff(StaffTask.manage_concierge_subscriptions, status)


def dashboard(status: int) -> Expect:
    return people(404, **{role: status for role in STAFF_TABLE[StaffTask.manage_neighbourhoods]})


ROWS: dict[tuple[str, str], Row] = {
    ("GET", ADMIN + "/subscriptions"): Row(keeper(200), params={"q": "paula"}),
    ("POST", ADMIN + "/subscriptions"): Row(
        keeper(201),
        {
            "user_id": "{user_id}",
            "starts_on": TODAY.isoformat(),
            "monthly_budget_cents": 15_000,
            "funding": "own",
        },
    ),
    ("GET", SUBSCRIPTION): Row(keeper(200), ids=A_SUBSCRIPTION),
    ("PATCH", SUBSCRIPTION): Row(keeper(200), {"monthly_budget_cents": 20_000}, ids=A_SUBSCRIPTION),
    ("POST", SUBSCRIPTION + "/end"): Row(
        keeper(200), {"ends_on": TODAY.isoformat()}, ids=A_SUBSCRIPTION
    ),
    ("GET", SUBSCRIPTION + "/costs"): Row(worker(200), ids=A_SUBSCRIPTION),
    ("POST", SUBSCRIPTION + "/costs"): Row(
        worker(201),
        {"amount_cents": 1_000, "spent_on": TODAY.isoformat(), "description": "Boodschappen"},
        ids=A_SUBSCRIPTION,
    ),
    ("GET", SUBSCRIPTION + "/ledger"): Row(worker(200), ids=A_SUBSCRIPTION),
    ("GET", ADMIN + "/cases"): Row(worker(200)),
    ("POST", ADMIN + "/cases"): Row(
        worker(201), {**ASK, "subscription_id": "{concierge_subscription}"}
    ),
    ("GET", CASE): Row(worker(200), ids=A_CASE),
    ("PATCH", CASE): Row(worker(200), {"status": "searching"}, ids=A_CASE),
    ("GET", CASE + "/informal-help"): Row(worker(200), ids=A_CASE),
    ("GET", CASE + "/providers"): Row(worker(200), ids=A_CASE),
    ("POST", CASE + "/options"): Row(
        worker(201),
        {
            "kind": "provider",
            "provider_profile_id": "{profile_id}",
            "description": "Een tweede hovenier.",
            "cost_cents": 5_000,
        },
        ids=A_CASE,
    ),
    ("DELETE", CASE + "/options/{option_id}"): Row(worker(204), ids=AN_OPTION),
    ("GET", ADMIN + "/figures"): Row(
        worker(200), params={"since": "2026-01-01", "until": "2026-12-31"}
    ),
    ("GET", DASHBOARD): Row(dashboard(200), ids=MUNICIPALITY),
    ("POST", DASHBOARD): Row(
        dashboard(201),
        {
            "email": "rita@example.org",
            "starts_on": TODAY.isoformat(),
            "monthly_budget_cents": 15_000,
            "funding": "wmo",
        },
        ids=MUNICIPALITY,
    ),
    ("POST", DASHBOARD + "/{subscription_id}/end"): Row(
        dashboard(200),
        {"ends_on": TODAY.isoformat()},
        ids={**MUNICIPALITY, **A_SUBSCRIPTION},
    ),
    ("GET", MINE): Row(people(404, partner=200)),
    ("GET", MINE + "/cases"): Row(people(200)),
    ("POST", MINE + "/cases"): Row(people(404, partner=201), ASK, validated_first=AFTER_BODY),
    ("GET", MINE + "/cases/{case_id}"): Row(people(404, partner=200), ids=A_CASE, owned=True),
    ("POST", MINE + "/cases/{case_id}/options/{option_id}/choose"): Row(
        people(404, partner=200), ids=AN_OPTION, owned=True
    ),
}
