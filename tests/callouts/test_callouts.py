"""Callouts: a municipality's member posts one to some or all of the neighbourhoods it serves
(never another: the API and the database refuse it); exactly those feeds show it; residents
answer once (again changes it) while it is open; the member reads and filters the answers;
nobody else finds any of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from kring.accounts.lifecycle import erase_personal_data
from kring.callouts.schemas import DayPart
from kring.models.audit import AuditEvent
from kring.models.callout import DAY_PARTS, CalloutAnswer, CalloutNeighbourhood
from tests.callouts.helpers import (
    answer,
    answer_body,
    callout_body,
    callouts_url,
    feed_url,
    post_callout,
)
from tests.neighbourhoods.helpers import World, address

ZEIST = {"postcode": "3701 AA", "city": "Zeist"}


def fields(response: Any) -> list[str]:
    return [e["field"] for e in response.json()["errors"]]


async def actions(w: World) -> list[str]:
    return list(await w.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_the_day_parts_of_the_api_are_the_databases() -> None:
    assert DayPart.__args__ == DAY_PARTS  # type: ignore[attr-defined]


async def test_a_callout_to_two_neighbourhoods_shows_in_exactly_those_feeds(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist", "aalst")
    callout = await post_callout(
        gina, utrecht, neighbourhood_ids=[w.ids["witte"], w.ids["zeist"], w.ids["witte"]]
    )
    assert [n["name"] for n in callout["neighbourhoods"]] == ["Wittevrouwen", "Zeist"]
    assert callout["status"] == "open"
    assert callout["answer_count"] == 0
    assert [q["position"] for q in callout["questions"]] == [0, 1, 2]
    assert callout["questions"][1]["choices"] is None

    anna = await w.resident("anna@example.org")
    await w.join(anna)
    bart = await w.resident("bart@example.org", "Bart")
    await w.join(bart, address(**ZEIST))
    chloe = await w.resident("chloe@example.org", "Chloé")
    await w.join(chloe, address("9300", "Aalst", "BE"))
    for who, key in ((anna, "witte"), (bart, "zeist")):
        feed = (await who.call("GET", feed_url(w.ids[key]))).json()
        assert [(c["id"], c["organisation_name"], c["answered"]) for c in feed] == [
            (callout["id"], "Gemeente Utrecht", False)
        ]
    # The third neighbourhood Utrecht serves was not addressed: not in its feed, not its form.
    assert (await chloe.call("GET", feed_url(w.ids["aalst"]))).json() == []
    form = await chloe.call("GET", feed_url(w.ids["aalst"], f"/{callout['id']}"))
    assert form.status_code == 404
    # Nor can anyone read a feed of a neighbourhood they are not in.
    assert (await anna.call("GET", feed_url(w.ids["zeist"]))).status_code == 404
    assert "callout.created" in await actions(w)


async def test_all_neighbourhoods_takes_every_served_one_not_archived(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist", "aalst")
    archived = await w.staff.call("POST", f"/api/v1/admin/neighbourhoods/{w.ids['aalst']}/archive")
    assert archived.status_code == 200, archived.json()
    callout = await post_callout(gina, utrecht, all_neighbourhoods=True)
    assert [n["name"] for n in callout["neighbourhoods"]] == ["Wittevrouwen", "Zeist"]
    both = await gina.call(
        "POST",
        callouts_url(utrecht),
        callout_body(all_neighbourhoods=True, neighbourhood_ids=[w.ids["witte"]]),
    )
    assert both.status_code == 422
    assert fields(both) == ["neighbourhood_ids"]
    neither = await gina.call("POST", callouts_url(utrecht), callout_body())
    assert neither.status_code == 422
    assert fields(neither) == ["neighbourhood_ids"]
    # An organisation serving nothing (live) has nowhere to post.
    aalst, sofie = await w.service_organisation("Sociaal Huis Aalst", kind="social_service")
    nowhere = await sofie.call("POST", callouts_url(aalst), callout_body(all_neighbourhoods=True))
    assert nowhere.status_code == 422
    assert fields(nowhere) == ["all_neighbourhoods"]


async def test_a_neighbourhood_not_served_is_refused_by_the_api_and_the_database(
    w: World,
) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    await w.service_organisation("Sociaal Huis Aalst", "aalst", kind="social_service")
    refused = await gina.call(
        "POST",
        callouts_url(utrecht),
        callout_body(neighbourhood_ids=[w.ids["witte"], w.ids["aalst"]]),
    )
    assert refused.status_code == 422
    assert fields(refused) == ["neighbourhood_ids"]
    assert "organisatie bedient" in refused.json()["errors"][0]["message"]
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    # Aalst is served, but by another organisation: the composite key refuses it.
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            w.session.add(
                CalloutNeighbourhood(
                    callout_id=callout["id"],
                    neighbourhood_id=w.ids["aalst"],
                    organisation_id=utrecht.id,
                )
            )
    # An answer from a neighbourhood the callout was not sent to: refused as well.
    anna = await w.resident("anna@example.org")
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            w.session.add(
                CalloutAnswer(
                    callout_id=callout["id"], user_id=anna.user.id, neighbourhood_id=w.ids["zeist"]
                )
            )
    # Day-parts outside the week and choices for a text question: refused.
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            await w.session.execute(
                text(
                    "INSERT INTO callout_question (id, callout_id, position, kind, label, choices)"
                    " VALUES (gen_random_uuid(), :c, 5, 'text', 'Waarom?', ARRAY['a', 'b'])"
                ),
                {"c": callout["id"]},
            )
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            w.session.add(
                CalloutAnswer(
                    callout_id=callout["id"],
                    user_id=anna.user.id,
                    neighbourhood_id=w.ids["witte"],
                    availability=["mon_night"],
                )
            )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"questions": [{"kind": "choice", "label": "Welke?"}]}, "questions.0.choices"),
        (
            {"questions": [{"kind": "choice", "label": "Welke?", "choices": ["Ja"]}]},
            "questions.0.choices",
        ),
        (
            {"questions": [{"kind": "choice", "label": "Welke?", "choices": ["a", "a"]}]},
            "questions.0.choices",
        ),
        (
            {"questions": [{"kind": "text", "label": "Waarom?", "choices": ["a", "b"]}]},
            "questions.0.choices",
        ),
        (
            {
                "questions": [
                    {"kind": "choice", "label": "?", "choices": [str(n) for n in range(11)]}
                ]
            },
            "questions.0.choices",
        ),
        ({"questions": [{"kind": "text", "label": f"Vraag {n}"} for n in range(21)]}, "questions"),
        ({"questions": [{"kind": "essay", "label": "Waarom?"}]}, "questions.0.kind"),
        ({"questions": [{"kind": "text", "label": " "}]}, "questions.0.label"),
        ({"title": "x" * 121}, "title"),
        ({"body": "Hallo\x00"}, "body"),
        ({"ends_on": (datetime.now(UTC).date() - timedelta(days=2)).isoformat()}, "ends_on"),
        ({"ends_on": (datetime.now(UTC).date() + timedelta(days=400)).isoformat()}, "ends_on"),
        ({"neighbourhood_ids": []}, "neighbourhood_ids"),
    ],
)
async def test_a_callout_that_breaks_a_rule_is_refused_naming_the_field(
    w: World, change: dict[str, Any], field: str
) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    body = callout_body(neighbourhood_ids=[w.ids["witte"]])
    body.update(change)
    refused = await gina.call("POST", callouts_url(utrecht), body)
    assert refused.status_code == 422, refused.json()
    assert fields(refused) == [field]


async def test_twenty_questions_are_fine(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    questions = [{"kind": "text", "label": f"Vraag {n}"} for n in range(20)]
    callout = await post_callout(
        gina, utrecht, neighbourhood_ids=[w.ids["witte"]], questions=questions
    )
    assert len(callout["questions"]) == 20


async def test_answering_twice_updates_the_one_answer(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    form = (await anna.call("GET", feed_url(w.ids["witte"], f"/{callout['id']}"))).json()
    assert form["my_answer"] is None
    assert form["open"] is True
    assert form["account_email"] == "anna@example.org"
    first = await answer(anna, w.ids["witte"], callout, answer_body(callout))
    assert first.status_code == 200, first.json()
    assert first.json()["availability"] == ["sat_morning", "sat_afternoon"]
    where, car, more = (q["id"] for q in callout["questions"])
    # Empty text is no answer: it is not stored.
    assert first.json()["answers"] == {where: "Kraampjes", car: True}
    again = answer_body(
        callout,
        availability=["sun_evening", "mon_morning", "mon_morning"],
        answers={where: "Afbraak", car: False, more: "Ik neem koffie mee."},
    )
    second = await answer(anna, w.ids["witte"], callout, again)
    assert second.status_code == 200, second.json()
    assert second.json()["availability"] == ["mon_morning", "sun_evening"]
    count = await w.session.scalar(select(func.count()).select_from(CalloutAnswer))
    assert count == 1
    form = (await anna.call("GET", feed_url(w.ids["witte"], f"/{callout['id']}"))).json()
    assert form["answered"] is True
    assert form["my_answer"]["answers"] == {
        where: "Afbraak",
        car: False,
        more: "Ik neem koffie mee.",
    }
    feed = (await anna.call("GET", feed_url(w.ids["witte"]))).json()
    assert feed[0]["answered"] is True
    read = (await gina.call("GET", callouts_url(utrecht, f"/{callout['id']}"))).json()
    assert read["answer_count"] == 1
    assert {"callout.answered", "callout.answer_changed"} <= set(await actions(w))
    # Withdrawn: gone, and a second time there is nothing to withdraw.
    url = feed_url(w.ids["witte"], f"/{callout['id']}/answer")
    assert (await anna.call("DELETE", url)).status_code == 204
    assert (await anna.call("DELETE", url)).status_code == 404
    assert await w.session.scalar(select(func.count()).select_from(CalloutAnswer)) == 0


async def test_bad_answers_are_refused_naming_the_question(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    where, car, more = (q["id"] for q in callout["questions"])
    cases: list[tuple[dict[str, Any], list[str]]] = [
        ({"answers": {car: True}}, [f"answers.{where}"]),  # required choice missing
        ({"answers": {where: "Koken"}}, [f"answers.{where}"]),  # not one of the choices
        ({"answers": {where: True}}, [f"answers.{where}"]),  # not text
        ({"answers": {where: 5}}, [f"answers.{where}"]),  # neither text nor yes/no
        ({"answers": {where: "Opbouw", more: "\x00"}}, [f"answers.{more}"]),
        ({"answers": {where: "Opbouw", car: "ja"}}, [f"answers.{car}"]),  # not yes/no
        ({"answers": {where: "Opbouw", more: "x" * 1001}}, [f"answers.{more}"]),
        ({"name": None}, ["name"]),
        ({"email": "geen-adres"}, ["email"]),
        ({"email": None}, ["email"]),
        ({"availability": []}, ["availability"]),
        ({"availability": ["mon_night"]}, ["availability.0"]),
    ]
    for change, expected in cases:
        refused = await answer(anna, w.ids["witte"], callout, answer_body(callout, **change))
        assert refused.status_code == 422, (change, refused.json())
        assert fields(refused) == expected, change
    stranger = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
    refused = await answer(
        anna,
        w.ids["witte"],
        callout,
        answer_body(callout, answers={where: "Opbouw", stranger: "?"}),
    )
    assert fields(refused) == [f"answers.{stranger}"]
    assert await w.session.scalar(select(func.count()).select_from(CalloutAnswer)) == 0


async def test_what_the_callout_does_not_ask_is_not_kept(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(
        gina,
        utrecht,
        neighbourhood_ids=[w.ids["witte"]],
        asks_name=False,
        asks_email=False,
        asks_availability=False,
        questions=[],
    )
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    url = feed_url(w.ids["witte"], f"/{callout['id']}/answer")
    stored = await anna.call("PUT", url, {"name": "Anna", "availability": ["mon_morning"]})
    assert stored.status_code == 200, stored.json()
    assert stored.json()["name"] is None
    assert stored.json()["availability"] == []


async def test_a_closed_or_ended_callout_takes_no_answers(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    closing = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    ending = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]], title="Later")
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    close = callouts_url(utrecht, f"/{closing['id']}/close")
    closed = await gina.call("POST", close)
    assert closed.status_code == 200, closed.json()
    assert closed.json()["status"] == "closed"
    assert (await gina.call("POST", close)).status_code == 409
    refused = await answer(anna, w.ids["witte"], closing, answer_body(closing))
    assert refused.status_code == 409
    await w.session.execute(
        text("UPDATE callout SET ends_on = current_date - 1 WHERE id = :id"), {"id": ending["id"]}
    )
    await w.session.commit()
    refused = await answer(anna, w.ids["witte"], ending, answer_body(ending))
    assert refused.status_code == 409
    # Neither is in the feed any more; both are in the organisation's list, newest first.
    assert (await anna.call("GET", feed_url(w.ids["witte"]))).json() == []
    listed = (await gina.call("GET", callouts_url(utrecht))).json()
    assert [(c["title"], c["status"]) for c in listed["items"]] == [
        ("Later", "ended"),
        ("Wie helpt mee bij de kerstmarkt?", "closed"),
    ]
    assert "callout.closed" in await actions(w)


async def test_only_residents_answer_and_a_suspended_one_does_not(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    worker = await w.staff.call(
        "PUT", f"/api/v1/admin/neighbourhoods/{w.ids['witte']}/workers/{w.worker.user.id}"
    )
    assert worker.status_code == 200, worker.json()
    # The worker reads the feed and the form, but is no resident: 403.
    assert len((await w.worker.call("GET", feed_url(w.ids["witte"]))).json()) == 1
    refused = await answer(w.worker, w.ids["witte"], callout, answer_body(callout))
    assert refused.status_code == 403
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    await w.session.execute(
        text(
            "UPDATE resident SET suspended_at = now(), suspension_reason = 'Spam'"
            " WHERE user_id = :id"
        ),
        {"id": anna.user.id},
    )
    await w.session.commit()
    refused = await answer(anna, w.ids["witte"], callout, answer_body(callout))
    assert refused.status_code == 403


async def test_the_answers_table_filters(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"], w.ids["zeist"]])
    where, car, more = (q["id"] for q in callout["questions"])
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    bart = await w.resident("bart@example.org", "Bart")
    await w.join(bart, address(**ZEIST))
    given = [
        (anna, "witte", "Anna de Vries", ["mon_morning"], {where: "Opbouw", car: True}),
        (
            bart,
            "zeist",
            "Bart Jansen",
            ["sat_morning"],
            {where: "Kraampjes", car: False, more: "Graag met kinderen"},
        ),
    ]
    for who, key, name, availability, answers in given:
        body = answer_body(
            callout,
            name=name,
            email=f"{name.split()[0].lower()}@example.org",
            availability=availability,
            answers=answers,
        )
        stored = await answer(who, w.ids[key], callout, body)
        assert stored.status_code == 200, stored.json()
    url = callouts_url(utrecht, f"/{callout['id']}/answers")

    async def names(**params: str) -> list[str]:
        found = await gina.client.get(url, params=params)
        assert found.status_code == 200, found.json()
        return sorted(row["name"] for row in found.json()["items"])

    assert await names() == ["Anna de Vries", "Bart Jansen"]
    assert await names(neighbourhood_id=w.ids["zeist"]) == ["Bart Jansen"]
    assert await names(day_part="mon_morning") == ["Anna de Vries"]
    assert await names(q="JANSEN") == ["Bart Jansen"]
    assert await names(q="anna@") == ["Anna de Vries"]
    assert await names(question_id=where, value="Opbouw") == ["Anna de Vries"]
    assert await names(question_id=car, value="false") == ["Bart Jansen"]
    assert await names(question_id=more, value="kinderen") == ["Bart Jansen"]
    assert await names(question_id=more) == ["Bart Jansen"]
    assert await names(q="100%_") == []
    rows = (await gina.client.get(url, params={"q": "Bart"})).json()["items"]
    assert rows[0]["neighbourhood_name"] == "Zeist"
    assert rows[0]["email"] == "bart@example.org"
    assert rows[0]["answers"][more] == "Graag met kinderen"
    bad = await gina.client.get(url, params={"day_part": "mon_night"})
    assert bad.status_code == 422
    assert fields(bad) == ["day_part"]
    assert (await actions(w)).count("callout.answers_viewed") == 11


async def test_nobody_else_finds_the_callouts(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    aalst, sofie = await w.service_organisation(
        "Sociaal Huis Aalst", "aalst", kind="social_service"
    )
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    one = callouts_url(utrecht, f"/{callout['id']}")
    # Another service's member, on Utrecht's dashboard and with Utrecht's callout on its own.
    own = callouts_url(aalst, f"/{callout['id']}")
    for method, url in (
        ("GET", callouts_url(utrecht)),
        ("POST", callouts_url(utrecht)),
        ("GET", one),
        ("POST", one + "/close"),
        ("GET", one + "/answers"),
        ("GET", one + "/answers/export"),
        ("GET", own),
        ("POST", own + "/close"),
        ("GET", own + "/answers"),
        ("GET", own + "/answers/export?format=xlsx"),
    ):
        body = callout_body(neighbourhood_ids=[w.ids["witte"]]) if method == "POST" else None
        for who in (sofie, anna, w.worker):
            refused = await who.call(method, url, body)
            assert refused.status_code == 404, (method, url, refused.json())
    assert (await sofie.call("GET", callouts_url(aalst))).json()["items"] == []
    # A resident of a neighbourhood it was not sent to, under their own neighbourhood.
    chloe = await w.resident("chloe@example.org")
    await w.join(chloe, address("9300", "Aalst", "BE"))
    form = feed_url(w.ids["aalst"], f"/{callout['id']}")
    assert (await chloe.call("GET", form)).status_code == 404
    assert (await answer(chloe, w.ids["aalst"], callout, answer_body(callout))).status_code == 404
    assert (await chloe.call("DELETE", form + "/answer")).status_code == 404
    # Staff who keep neighbourhoods see it, as support.
    assert (await w.staff.call("GET", one)).status_code == 200


async def test_an_erased_account_leaves_no_answer(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    bart = await w.resident("bart@example.org", "Bart")
    await w.join(bart)
    for who in (anna, bart):
        stored = await answer(who, w.ids["witte"], callout, answer_body(callout))
        assert stored.status_code == 200, stored.json()
    await erase_personal_data(w.session, [anna.user.id])
    await w.session.commit()
    left = list(await w.session.scalars(select(CalloutAnswer.user_id)))
    assert left == [bart.user.id]
