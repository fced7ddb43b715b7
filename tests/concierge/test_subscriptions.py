"""Subscriptions: one running period per person (the API and the database), staff subscribe
anyone, a municipality's members only residents of the neighbourhoods it serves."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kring.models.audit import AuditEvent
from kring.models.concierge import ConciergeSubscription
from tests.concierge.helpers import MINE, SUBSCRIPTIONS, TODAY_NL, concierge, subscriber
from tests.neighbourhoods.helpers import World, address

YEAR = TODAY_NL.year


def period(starts: date, ends: date | None = None, **extra: object) -> dict[str, object]:
    return {
        "starts_on": starts.isoformat(),
        "ends_on": ends.isoformat() if ends else None,
        "monthly_budget_cents": 15_000,
        "funding": "wmo",
        **extra,
    }


async def test_one_running_subscription_per_person(w: World) -> None:
    coby = await concierge(w)
    truus, first = await subscriber(w, coby)
    again = await coby.call(
        "POST", SUBSCRIPTIONS, period(date(YEAR, 6, 1), user_id=str(truus.user.id))
    )
    assert again.status_code == 409, again.json()
    assert again.json()["errors"][0]["field"] == "starts_on"
    # Ended, a later period may follow; an overlapping one may not.
    ended = await coby.call(
        "POST", f"{SUBSCRIPTIONS}/{first['id']}/end", {"ends_on": date(YEAR, 1, 31).isoformat()}
    )
    assert ended.status_code == 200, ended.json()
    assert ended.json()["ends_on"] == f"{YEAR}-01-31"
    overlapping = await coby.call(
        "POST", SUBSCRIPTIONS, period(date(YEAR, 1, 31), user_id=str(truus.user.id))
    )
    assert overlapping.status_code == 409
    later = await coby.call(
        "POST", SUBSCRIPTIONS, period(date(YEAR, 2, 1), user_id=str(truus.user.id))
    )
    assert later.status_code == 201, later.json()
    # The database refuses an overlap too.
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            w.session.add(
                ConciergeSubscription(
                    user_id=truus.user.id,
                    starts_on=date(YEAR, 3, 1),
                    monthly_budget_cents=100,
                    funding="own",
                )
            )
    # Ending later than set before, or before the start, is refused.
    for ends in (date(YEAR, 2, 1), date(YEAR - 1, 12, 31)):
        answer = await coby.call(
            "POST", f"{SUBSCRIPTIONS}/{first['id']}/end", {"ends_on": ends.isoformat()}
        )
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"] == "ends_on"
    actions = set(await w.session.scalars(select(AuditEvent.action)))
    assert {"concierge.subscription_created", "concierge.subscription_ended"} <= actions


async def test_the_period_and_budget_are_checked(w: World) -> None:
    coby = await concierge(w)
    anna = await w.resident("anna@example.org")
    user_id = str(anna.user.id)
    backwards = await coby.call(
        "POST", SUBSCRIPTIONS, period(date(YEAR, 2, 1), date(YEAR, 1, 31), user_id=user_id)
    )
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "ends_on"
    for budget in (0, 10_000_001):
        answer = await coby.call(
            "POST",
            SUBSCRIPTIONS,
            period(date(YEAR, 1, 1), user_id=user_id, monthly_budget_cents=budget),
        )
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"] == "monthly_budget_cents"
    funder = await coby.call(
        "POST",
        SUBSCRIPTIONS,
        period(date(YEAR, 1, 1), user_id=user_id, organisation_id=str(w.ids["witte"])),
    )
    assert funder.status_code == 422
    assert funder.json()["errors"][0]["field"] == "organisation_id"
    # Without a subscription the subscriber's page is not there.
    assert (await anna.call("GET", MINE)).status_code == 404


async def test_members_subscribe_residents_of_served_neighbourhoods_only(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    zeist_gemeente, zora = await w.service_organisation(
        "Gemeente Zeist", "zeist", member_email="zora@zeist.example"
    )
    url = f"/api/v1/organisations/{utrecht.id}/concierge/subscriptions"
    truus = await w.resident("truus@example.org", "Truus")
    await w.join(truus)
    elsewhere = await w.resident("ed@example.org", "Ed")
    await w.join(elsewhere, address("3701 AB", "Zeist"))
    nowhere = await w.resident("nina@example.org", "Nina")
    for email in ("ed@example.org", "nina@example.org", "nobody@example.org"):
        refused = await gina.call("POST", url, period(date(YEAR, 1, 1), email=email))
        assert refused.status_code == 422, email
        assert refused.json()["errors"][0]["field"] == "email"
    made = await gina.call("POST", url, period(date(YEAR, 1, 1), email="TRUUS@example.org"))
    assert made.status_code == 201, made.json()
    assert made.json()["organisation_id"] == str(utrecht.id)
    assert made.json()["active"] is True
    assert [s["id"] for s in (await gina.call("GET", url)).json()["items"]] == [made.json()["id"]]
    # Another municipality finds nothing of it, nor of Utrecht's dashboard.
    other_url = f"/api/v1/organisations/{zeist_gemeente.id}/concierge/subscriptions"
    assert (await zora.call("GET", other_url)).json()["items"] == []
    assert (await zora.call("GET", url)).status_code == 404
    end = f"{other_url}/{made.json()['id']}/end"
    assert (await zora.call("POST", end, {"ends_on": f"{YEAR}-12-31"})).status_code == 404
    own_end = f"{url}/{made.json()['id']}/end"
    ended = await gina.call("POST", own_end, {"ends_on": f"{YEAR}-12-31"})
    assert ended.status_code == 200, ended.json()
    # Truus sees her subscription with this month's ledger.
    mine = (await truus.call("GET", MINE)).json()
    assert mine["subscription"]["funding"] == "wmo"
    assert mine["ledger"]["spent_cents"] == 0
    del nowhere


async def test_staff_find_subscriptions_by_name(w: World) -> None:
    coby = await concierge(w)
    await subscriber(w, coby, "truus@example.org")
    found = (await coby.call("GET", f"{SUBSCRIPTIONS}?q=truus")).json()["items"]
    assert [s["subscriber_name"] for s in found] == ["Truus Vries"]
    assert (await coby.call("GET", f"{SUBSCRIPTIONS}?q=zzz")).json()["items"] == []
    changed = await coby.call(
        "PATCH", f"{SUBSCRIPTIONS}/{found[0]['id']}", {"monthly_budget_cents": 20_000}
    )
    assert changed.json()["monthly_budget_cents"] == 20_000
