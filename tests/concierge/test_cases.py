"""Cases: the subscriber asks, the concierge looks for informal help first (never an address),
proposes options, the subscriber chooses one (the others are declined), the concierge records
how it went; the figures count how cases were solved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from kring.models.audit import AuditEvent
from kring.models.concierge import ConciergeCase
from kring.models.outbox import OutboxMessage
from tests.concierge.helpers import (
    ADMIN,
    CASES,
    MINE,
    TODAY_NL,
    concierge,
    live_provider,
    subscriber,
)
from tests.members.helpers import Person
from tests.neighbourhoods.helpers import World, address

ASK = {"subject": "Hulp bij de tuin", "description": "De heg moet gesnoeid worden."}
ADDRESS_FIELDS = {
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "address",
    "email",
    "phone",
}


def walk(value: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every (key path, value) in a JSON answer."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in [(f"{path}.{k}", v), *walk(v, f"{path}.{k}")]]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in walk(v, f"{path}[{i}]")]
    return []


async def _neighbour(w: World, email: str, name: str, skill: Any, *, volunteer: bool) -> Person:
    who = await w.resident(email, name, "Jansen")
    await w.join(who, address("3582 CD"))
    answer = await who.call(
        "PUT",
        "/api/v1/me/neighbourhood/profile",
        {
            "skill_ids": [str(skill.id)],
            "about": "Ik help graag.",
            "volunteers_for_organisations": volunteer,
        },
    )
    assert answer.status_code == 200, answer.json()
    return who


async def test_ask_propose_choose_arrange_and_close(w: World) -> None:
    coby = await concierge(w)
    truus, _ = await subscriber(w, coby)
    garden = await w.skill("gras-maaien")
    anna = await _neighbour(w, "anna@example.org", "Anna", garden, volunteer=False)
    await _neighbour(w, "vera@example.org", "Vera", garden, volunteer=True)
    asked = await truus.call("POST", MINE + "/cases", {**ASK, "skill_id": str(garden.id)})
    assert asked.status_code == 201, asked.json()
    case = asked.json()
    assert (case["status"], case["channel"]) == ("new", "portal")
    queue = (await coby.call("GET", CASES)).json()["items"]
    assert [c["id"] for c in queue] == [case["id"]]
    # Informal help first: the neighbours offering gardening, volunteers marked, no address.
    informal = await coby.call("GET", f"{CASES}/{case['id']}/informal-help")
    assert informal.status_code == 200, informal.json()
    helpers = informal.json()["items"]
    assert sorted((h["display_name"], h["volunteers_for_organisations"]) for h in helpers) == [
        ("Anna J.", False),
        ("Vera J.", True),
    ]
    for path, value in walk(informal.json()):
        assert path.rsplit(".", 1)[-1] not in ADDRESS_FIELDS, path
        assert "Biltstraat" not in str(value), path
    # Options: Anna for free, a provider without an identity check for a price.
    free = await coby.call(
        "POST",
        f"{CASES}/{case['id']}/options",
        {
            "kind": "neighbour",
            "user_id": str(anna.user.id),
            "description": "Anna snoeit zaterdag.",
            "cost_cents": 0,
        },
    )
    assert free.status_code == 201, free.json()
    provider_id = await live_provider(w, seen_in_person=True)
    paid = await coby.call(
        "POST",
        f"{CASES}/{case['id']}/options",
        {
            "kind": "provider",
            "provider_profile_id": provider_id,
            "description": "Hovenier, 1,5 uur.",
            "cost_cents": 4_500,
        },
    )
    assert paid.status_code == 201, paid.json()
    options = paid.json()["options"]
    assert paid.json()["status"] == "proposed"
    assert [(o["kind"], o["name"], o["verified"]) for o in options] == [
        ("neighbour", "Anna J.", None),
        ("provider", "Tuinen Pieter", False),
    ]
    assert options[1]["badges"]["seen_in_person"] is True
    mails = (await w.session.scalars(select(OutboxMessage.payload))).all()
    assert [m["to"] for m in mails if m.get("template") == "concierge_option_proposed"] == [
        "truus@example.org",
        "truus@example.org",
    ]
    # Arranging needs the subscriber's choice.
    early = await coby.call("PATCH", f"{CASES}/{case['id']}", {"status": "arranged"})
    assert early.status_code == 409
    # Truus sees the options and chooses the provider, then changes her mind: one chosen.
    seen = (await truus.call("GET", f"{MINE}/cases/{case['id']}")).json()
    assert [o["cost_cents"] for o in seen["options"]] == [0, 4_500]
    choose = f"{MINE}/cases/{case['id']}/options/{{}}/choose"
    assert (await truus.call("POST", choose.format(options[1]["id"]))).status_code == 200
    chosen = (await truus.call("POST", choose.format(options[0]["id"]))).json()
    assert chosen["status"] == "proposed"  # arranging is the concierge's step
    states = [(o["chosen_at"] is not None, o["declined_at"] is not None) for o in chosen["options"]]
    assert states == [(True, False), (False, True)]
    # The chosen option stays; the other can be withdrawn.
    option_url = f"{CASES}/{case['id']}/options/{{}}"
    assert (await coby.call("DELETE", option_url.format(options[0]["id"]))).status_code == 409
    assert (await coby.call("DELETE", option_url.format(options[1]["id"]))).status_code == 204
    arranged = await coby.call("PATCH", f"{CASES}/{case['id']}", {"status": "arranged"})
    assert arranged.status_code == 200, arranged.json()
    assert (await truus.call("POST", choose.format(options[0]["id"]))).status_code == 409
    # Follow-up fields only with done; done closes it for good.
    wrong = await coby.call(
        "PATCH", f"{CASES}/{case['id']}", {"status": "arranged", "satisfaction": 5}
    )
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "satisfaction"
    done = await coby.call(
        "PATCH",
        f"{CASES}/{case['id']}",
        {"status": "done", "solved_by": "neighbour", "satisfaction": 5},
    )
    assert done.status_code == 200, done.json()
    assert done.json()["closed_at"] is not None
    again = await coby.call("PATCH", f"{CASES}/{case['id']}", {"status": "searching"})
    assert again.status_code == 409
    assert (await coby.call("GET", CASES)).json()["items"] == []
    # The staff read of a case is audited.
    viewed = await coby.call("GET", f"{CASES}/{case['id']}")
    assert viewed.status_code == 200
    actions = list(await w.session.scalars(select(AuditEvent.action)))
    assert "concierge.case_viewed" in actions
    assert "concierge.option_chosen" in actions


async def test_options_point_into_the_subscribers_neighbourhood(w: World) -> None:
    coby = await concierge(w)
    truus, _ = await subscriber(w, coby)
    ed = await w.resident("ed@example.org", "Ed")
    await w.join(ed, address("3701 AB", "Zeist"))
    case = (await truus.call("POST", MINE + "/cases", ASK)).json()
    url = f"{CASES}/{case['id']}/options"
    base = {"description": "Hulp", "cost_cents": 0}
    for body, field in (
        ({"kind": "neighbour", "user_id": str(ed.user.id)}, "user_id"),
        ({"kind": "volunteer", "user_id": str(truus.user.id)}, "user_id"),
        ({"kind": "neighbour"}, "user_id"),
        ({"kind": "help_request", "post_id": case["id"]}, "post_id"),
        ({"kind": "provider", "provider_profile_id": case["id"]}, "provider_profile_id"),
    ):
        answer = await coby.call("POST", url, {**base, **body})
        assert answer.status_code == 422, body
        assert answer.json()["errors"][0]["field"] == field, body
    negative = await coby.call("POST", url, {**base, "kind": "neighbour", "cost_cents": -1})
    assert negative.json()["errors"][0]["field"] == "cost_cents"


async def test_a_foreign_case_is_not_found(w: World) -> None:
    coby = await concierge(w)
    truus, _ = await subscriber(w, coby)
    piet, _ = await subscriber(w, coby, "piet@example.org")
    case = (await truus.call("POST", MINE + "/cases", ASK)).json()
    theirs = (await piet.call("POST", MINE + "/cases", ASK)).json()
    anna = await w.resident("anna@example.org", "Anna")
    await w.join(anna)
    option = await coby.call(
        "POST",
        f"{CASES}/{theirs['id']}/options",
        {"kind": "neighbour", "user_id": str(anna.user.id), "description": "x", "cost_cents": 0},
    )
    their_option = option.json()["options"][0]["id"]
    assert (await truus.call("GET", f"{MINE}/cases/{theirs['id']}")).status_code == 404
    for case_id in (theirs["id"], case["id"]):
        answer = await truus.call("POST", f"{MINE}/cases/{case_id}/options/{their_option}/choose")
        assert answer.status_code == 404
    listed = (await truus.call("GET", MINE + "/cases")).json()["items"]
    assert [c["id"] for c in listed] == [case["id"]]
    # Without a subscription nobody asks.
    assert (await anna.call("POST", MINE + "/cases", ASK)).status_code == 404


async def test_a_phone_call_needs_a_running_subscription(w: World) -> None:
    coby = await concierge(w)
    _, subscription = await subscriber(w, coby)
    made = await coby.call("POST", CASES, {**ASK, "subscription_id": subscription["id"]})
    assert made.status_code == 201, made.json()
    assert made.json()["channel"] == "phone"
    wrong = await coby.call("POST", CASES, {**ASK, "subscription_id": made.json()["id"]})
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "subscription_id"


async def test_figures_count_how_cases_were_solved(w: World) -> None:
    coby = await concierge(w)
    truus, subscription = await subscriber(w, coby)
    outcomes = [
        ("done", "neighbour"),
        ("done", "neighbour"),
        ("done", "volunteer"),
        ("done", "professional"),
        ("done", None),
        ("cancelled", None),
    ]
    for status, solved_by in outcomes:
        case = await coby.call("POST", CASES, {**ASK, "subscription_id": subscription["id"]})
        body: dict[str, Any] = {"status": status}
        if solved_by:
            body["solved_by"] = solved_by
        answer = await coby.call("PATCH", f"{CASES}/{case.json()['id']}", body)
        assert answer.status_code == 200, answer.json()
    # One more closed long ago stays out of the period; an open one is not counted.
    old = (await coby.call("POST", CASES, {**ASK, "subscription_id": subscription["id"]})).json()
    await coby.call("PATCH", f"{CASES}/{old['id']}", {"status": "done", "solved_by": "volunteer"})
    await w.session.execute(
        update(ConciergeCase)
        .where(ConciergeCase.id == old["id"])
        .values(closed_at=datetime.now(UTC) - timedelta(days=400))
    )
    await w.session.commit()
    await truus.call("POST", MINE + "/cases", ASK)
    since = (TODAY_NL - timedelta(days=30)).isoformat()
    figures = await coby.call("GET", f"{ADMIN}/figures?since={since}&until={TODAY_NL.isoformat()}")
    assert figures.status_code == 200, figures.json()
    assert figures.json() == {
        "closed": 6,
        "done": 5,
        "cancelled": 1,
        "solved": 4,
        "informal": 3,
        "formal": 1,
        "solved_share": 4 / 6,
        "informal_share": 0.75,
        "formal_share": 0.25,
    }
    backwards = await coby.call("GET", f"{ADMIN}/figures?since={TODAY_NL}&until={since}")
    assert backwards.status_code == 422


async def test_a_help_request_in_the_neighbourhood_is_an_option(w: World) -> None:
    """Posting on the subscriber's behalf is the neighbourhood worker's; the concierge proposes
    a help request that is already there (the subscriber's own here)."""
    coby = await concierge(w)
    truus, _ = await subscriber(w, coby)
    posted = await truus.call(
        "POST",
        f"/api/v1/neighbourhoods/{w.ids['witte']}/posts",
        {"kind": "help_request", "title": "Wie snoeit mijn heg?", "body": "Voor de winter."},
    )
    assert posted.status_code == 201, posted.json()
    case = (await truus.call("POST", MINE + "/cases", ASK)).json()
    answer = await coby.call(
        "POST",
        f"{CASES}/{case['id']}/options",
        {
            "kind": "help_request",
            "post_id": posted.json()["id"],
            "description": "Je oproep in de buurt.",
            "cost_cents": 0,
        },
    )
    assert answer.status_code == 201, answer.json()
    [option] = answer.json()["options"]
    assert (option["kind"], option["name"], option["verified"]) == (
        "help_request",
        "Wie snoeit mijn heg?",
        None,
    )
