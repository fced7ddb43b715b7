"""Impact figures against a known data set (posts and residents inserted with chosen times):
shares, medians of odd and even counts, the 48-hour edge, the period's edges in Amsterdam time,
only served neighbourhoods, no hidden or withdrawn posts; the period's validation; nobody but
the organisation's members (and staff who keep neighbourhoods) finds them; the CSV export."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kring.models.neighbourhood import Resident, ResidentSkill
from kring.models.neighbourhood_post import NeighbourhoodPost
from kring.models.organisation import Organisation
from kring.models.skill import Skill
from kring.models.user import User
from tests.accounts.helpers import make_user
from tests.members.helpers import Person
from tests.neighbourhoods.helpers import World

PERIOD = "?from=2026-03-01&to=2026-05-31"
# The period ends at 1 June 00:00 in Amsterdam (summer time): 31 May 22:00 UTC.
END = datetime(2026, 5, 31, 22, 0, tzinfo=UTC)
# And starts at 1 March 00:00 in Amsterdam (winter time): 28 February 23:00 UTC.
START = datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
T0 = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
APRIL = datetime(2026, 4, 14, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@dataclass
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


@dataclass
class Known:
    utrecht: Organisation
    gina: Person
    s1: Skill
    s2: Skill
    s3: Skill


def url(organisation: Organisation, query: str = PERIOD, export: bool = False) -> str:
    return f"/api/v1/organisations/{organisation.id}/impact{'/export' if export else ''}{query}"


async def _user(w: World, email: str) -> User:
    return await make_user(w.session, email, first_name=email.split("@")[0].title())


async def _resident(w: World, where: str, email: str, volunteers: bool, *skills: Skill) -> User:
    user = await _user(w, email)
    resident = Resident(
        user_id=user.id,
        neighbourhood_id=uuid.UUID(w.ids[where]),
        country="NL",
        street="Biltstraat",
        house_number="12",
        postcode="3581 AB",
        city="Utrecht",
        latitude=52.09,
        longitude=5.13,
        joined_by="address",
        volunteers_for_organisations=volunteers,
    )
    w.session.add(resident)
    await w.session.flush()
    w.session.add_all(ResidentSkill(resident_id=resident.id, skill_id=s.id) for s in skills)
    return user


def _post(
    w: World,
    where: str,
    author: User,
    created_at: datetime,
    *,
    reply_after: float | None = None,
    solved_after: float | None = None,
    solver: User | None = None,
    skill: Skill | None = None,
    **fields: Any,
) -> None:
    w.session.add(
        NeighbourhoodPost(
            neighbourhood_id=uuid.UUID(w.ids[where]),
            author_user_id=author.id,
            kind=fields.pop("kind", "help_request"),
            title="Hulp gezocht",
            body="Wie helpt?",
            created_at=created_at,
            first_reply_at=None if reply_after is None else created_at + reply_after * HOUR,
            reply_count=0 if reply_after is None else 1,
            status=fields.pop("status", "open" if solved_after is None else "solved"),
            solved_at=None if solved_after is None else created_at + solved_after * HOUR,
            solved_by_user_id=solver.id if solver else None,
            skill_id=skill.id if skill else None,
            **fields,
        )
    )


async def known(w: World) -> Known:
    """Utrecht serves Wittevrouwen and Zeist, not Aalst (whose posts and people never count)."""
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist")
    s1, s2, s3 = (await w.session.scalars(select(Skill).order_by(Skill.slug).limit(3))).all()
    anna = await _resident(w, "witte", "anna@example.org", True, s1, s2)
    await _resident(w, "witte", "ben@example.org", False, s1)
    await _resident(w, "witte", "carla@example.org", True)
    await _resident(w, "zeist", "dirk@example.org", True, s2)
    eve = await _resident(w, "aalst", "eve@example.org", True, s1, s3)
    ben = await _user(w, "helper@example.org")
    _post(w, "witte", anna, T0, reply_after=1, solved_after=10, solver=ben, skill=s1)
    _post(w, "witte", anna, T0, reply_after=3, solved_after=20, skill=s1)  # solved otherwise
    _post(w, "witte", anna, APRIL, reply_after=5, skill=s2)
    _post(w, "witte", anna, END - 48 * HOUR)  # waited its 48 hours when the period ended
    _post(w, "witte", anna, END - 48 * HOUR + timedelta(minutes=1))  # 47h59m: not yet
    _post(w, "witte", anna, START, reply_after=50)  # 1 March 00:00: counts, in March
    _post(w, "witte", anna, START - timedelta(minutes=1))  # 28 February 23:59: not
    _post(w, "witte", anna, END)  # 1 June 00:00: not
    _post(w, "witte", anna, T0, reply_after=0.5, hidden_at=T0 + HOUR)  # hidden
    _post(w, "witte", anna, T0, withdrawn_at=T0 + HOUR, status="withdrawn")
    _post(w, "witte", anna, T0, kind="general", reply_after=0.5)
    _post(w, "zeist", anna, APRIL, reply_after=2, solved_after=4, solver=ben)
    _post(w, "zeist", anna, APRIL, reply_after=4, solved_after=8, solver=ben, skill=s2)
    _post(w, "aalst", eve, T0, reply_after=1, solved_after=1, solver=ben, skill=s3)
    await w.session.commit()
    w.app.state.clock = FixedClock(datetime(2026, 6, 15, 12, 0, tzinfo=UTC))
    return Known(utrecht, gina, s1, s2, s3)


def figures(row: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row["help_requests"],
        row["solved_by_neighbour"],
        row["solved_by_neighbour_share"],
        row["median_hours_to_first_reply"],
        row["median_hours_to_solved"],
        row["unanswered_after_48h"],
        row.get("volunteers"),
        row.get("residents"),
    )


async def test_the_figures_of_a_known_data_set(w: World) -> None:
    k = await known(w)
    answer = await k.gina.call("GET", url(k.utrecht))
    assert answer.status_code == 200, answer.json()
    body = answer.json()
    assert body["period"] == {"from": "2026-03-01", "to": "2026-05-31"}
    # First replies 1, 3, 5, 50 (Wittevrouwen) and 2, 4 (Zeist): 3.5; solved 10, 20, 4, 8: 9.
    assert figures(body["totals"]) == (8, 3, 0.375, 3.5, 9.0, 2, 3, 4)
    assert [(n["name"], *figures(n)) for n in body["by_neighbourhood"]] == [
        ("Wittevrouwen", 6, 1, 0.1667, 4.0, 15.0, 2, 2, 3),
        ("Zeist", 2, 2, 1.0, 3.0, 6.0, 0, 1, 1),
    ]
    # Aalst's skill s3 (its only request and resident) is not Utrecht's.
    assert [(s["skill_id"], *figures(s)) for s in body["by_skill"]] == [
        (str(k.s2.id), 2, 1, 0.5, 4.5, 8.0, 0, 2, 2),
        (str(k.s1.id), 2, 1, 0.5, 2.0, 15.0, 0, 1, 2),
    ]
    # March: replies after 1, 3, 50 hours (odd: 3); April: 5, 2, 4 (odd: 4); May: none.
    assert [(m["month"], *figures(m)) for m in body["by_month"]] == [
        ("2026-03", 3, 1, 0.3333, 3.0, 15.0, 1, None, None),
        ("2026-04", 3, 2, 0.6667, 4.0, 6.0, 0, None, None),
        ("2026-05", 2, 0, 0.0, None, None, 1, None, None),
    ]


async def test_one_neighbourhood_and_an_empty_period(w: World) -> None:
    k = await known(w)
    zeist = await k.gina.call("GET", url(k.utrecht, PERIOD + f"&neighbourhood_id={w.ids['zeist']}"))
    assert zeist.status_code == 200, zeist.json()
    assert figures(zeist.json()["totals"]) == (2, 2, 1.0, 3.0, 6.0, 0, 1, 1)
    assert [n["name"] for n in zeist.json()["by_neighbourhood"]] == ["Zeist"]
    # A neighbourhood Utrecht does not serve, or none at all: 404.
    for other in (w.ids["aalst"], str(uuid.uuid4())):
        answer = await k.gina.call("GET", url(k.utrecht, PERIOD + f"&neighbourhood_id={other}"))
        assert answer.status_code == 404
    empty = (await k.gina.call("GET", url(k.utrecht, "?from=2025-01-01&to=2025-01-31"))).json()
    assert figures(empty["totals"]) == (0, 0, None, None, None, 0, 3, 4)
    assert [m["month"] for m in empty["by_month"]] == ["2025-01"]


async def test_unanswered_counts_up_to_now_within_the_period(w: World) -> None:
    k = await known(w)
    # Now is 30 May 00:00 in Amsterdam: the request of 29 May 22:00 UTC... has not waited yet.
    w.app.state.clock = FixedClock(END - 48 * HOUR + timedelta(hours=48) - timedelta(minutes=1))
    answer = (await k.gina.call("GET", url(k.utrecht))).json()
    assert answer["totals"]["unanswered_after_48h"] == 1  # only 1 March's
    w.app.state.clock = FixedClock(END)
    assert (await k.gina.call("GET", url(k.utrecht))).json()["totals"]["unanswered_after_48h"] == 2


async def test_the_default_period_is_the_last_twelve_months(w: World) -> None:
    k = await known(w)
    # 15 June 23:30 UTC is already 16 June in Amsterdam.
    w.app.state.clock = FixedClock(datetime(2026, 6, 15, 23, 30, tzinfo=UTC))
    body = (await k.gina.call("GET", url(k.utrecht, ""))).json()
    assert body["period"] == {"from": "2025-06-16", "to": "2026-06-16"}
    assert len(body["by_month"]) == 13
    assert body["totals"]["help_requests"] == 10  # the edges of the short period count now


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?from=2026-03-02&to=2026-03-01", "from"),
        ("?from=2025-01-01&to=2026-01-02", "to"),  # 367 days
        ("?from=2026-02-30&to=2026-03-01", "from"),
        ("?from=2026-03-01&to=tomorrow", "to"),
        ("?to=2030-01-01", None),  # a year before it: fine
    ],
)
async def test_the_period_is_checked(w: World, query: str, field: str | None) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    answer = await gina.call("GET", url(utrecht, query))
    if field is None:
        assert answer.status_code == 200, answer.json()
        return
    assert answer.status_code == 422, answer.json()
    assert [e["field"] for e in answer.json()["errors"]] == [field]
    export = await gina.call("GET", url(utrecht, query, export=True))
    assert export.status_code == 422


async def test_366_days_is_the_longest_period(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    answer = await gina.call("GET", url(utrecht, "?from=2024-01-01&to=2024-12-31"))  # leap year
    assert answer.status_code == 200, answer.json()
    assert len(answer.json()["by_month"]) == 12


async def test_nobody_else_finds_the_figures(w: World) -> None:
    k = await known(w)
    aalst, other = await w.service_organisation(
        "Sociaal Huis Aalst", "aalst", kind="social_service"
    )
    resident = await w.resident("rosa@example.org")
    for who in (other, resident, w.worker):
        assert (await who.call("GET", url(k.utrecht))).status_code == 404
        assert (await who.call("GET", url(k.utrecht, export=True))).status_code == 404
    # Aalst's own member sees Aalst's figures only.
    own = (await other.call("GET", url(aalst))).json()
    assert figures(own["totals"]) == (1, 1, 1.0, 1.0, 1.0, 0, 1, 1)
    assert [s["skill_id"] for s in own["by_skill"]] == sorted(
        [str(k.s1.id), str(k.s3.id)], key=lambda i: 0 if i == str(k.s3.id) else 1
    )
    # Staff who keep neighbourhoods see them, as support.
    assert (await w.staff.call("GET", url(k.utrecht))).status_code == 200


async def test_the_csv_export_in_english_and_dutch(w: World) -> None:
    k = await known(w)
    english = await k.gina.client.get(
        url(k.utrecht, export=True), headers={"Accept-Language": "en"}
    )
    assert english.status_code == 200
    assert english.headers["content-type"] == "text/csv; charset=utf-8"
    assert "impact-2026-03-01-2026-05-31.csv" in english.headers["content-disposition"]
    assert english.content.startswith(b"\xef\xbb\xbf")
    text = english.content.decode("utf-8-sig")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Dimension", "Name", "Help requests"]
    assert rows[1] == [
        "Neighbourhood",
        "Wittevrouwen",
        "6",
        "1",
        "0.1667",
        "4",
        "15",
        "2",
        "2",
        "3",
    ]
    assert rows[2] == ["Neighbourhood", "Zeist", "2", "2", "1", "3", "6", "0", "1", "1"]
    assert [r[0] for r in rows[3:]] == ["Skill", "Skill"]
    assert rows[3][1] == k.s2.name_en
    dutch = await k.gina.client.get(url(k.utrecht, export=True), headers={"Accept-Language": "nl"})
    rows = list(csv.reader(io.StringIO(dutch.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Dimensie", "Naam", "Hulpvragen"]
    assert rows[1] == ["Buurt", "Wittevrouwen", "6", "1", "0,1667", "4", "15", "2", "2", "3"]
    assert rows[3][:2] == ["Vaardigheid", k.s2.name_nl]
