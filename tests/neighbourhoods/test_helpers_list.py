"""The neighbours who can help: offering the skill, nearest first by a distance rounded up to
half a kilometre, never me, a suspended neighbour or another neighbourhood's; keyset pages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update

from kring.models.neighbourhood import Resident
from kring.models.skill import Skill
from tests.members.helpers import Person
from tests.neighbourhoods.helpers import ADMIN, World, address

# Wittevrouwen's centre; one degree of latitude is about 111.2 km.
LAT, LON = 52.0935, 5.1331


async def _place(w: World, who: Person, km_north: float) -> None:
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == who.user.id)
        .values(latitude=LAT + km_north / 111.195, longitude=LON)
    )
    await w.session.commit()


async def _neighbour(
    w: World, email: str, first: str, last: str, km: float, *skills: Skill
) -> Person:
    who = await w.resident(email, first, last)
    await w.join(who)
    await _place(w, who, km)
    assert (await w.offer(who, *skills)).status_code == 200
    return who


async def _helpers(who: Person, w: World, query: str = "") -> dict[str, Any]:
    answer = await who.call("GET", f"/api/v1/neighbourhoods/{w.ids['witte']}/helpers{query}")
    assert answer.status_code == 200, answer.json()
    page: dict[str, Any] = answer.json()
    return page


async def test_nearest_first_rounded_and_only_who_may_be_shown(w: World) -> None:
    shopping = await w.skill("b")
    other = await w.skill("c")
    me = await _neighbour(w, "ik@example.org", "Ik", "Zelf", 0, shopping)
    far = await _neighbour(w, "ver@example.org", "Vera", "Verweg", 2.2, shopping)
    near = await _neighbour(w, "bij@example.org", "Bram", "bijna", 0.3, shopping, other)
    middle = await _neighbour(w, "mid@example.org", "Mila", "Midden", 1.4, shopping)
    await _neighbour(w, "ander@example.org", "Ali", "Anders", 0.1, other)
    suspended = await _neighbour(w, "stop@example.org", "Sem", "Stop", 0.2, shopping)
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == suspended.user.id)
        .values(suspended_at=datetime.now(UTC), suspension_reason="Spam")
    )
    await w.session.commit()
    elsewhere = await w.resident("zeist@example.org", "Zoe", "Zeist")
    await w.join(elsewhere, address("3701 AB", "Zeist"))
    await w.offer(elsewhere, shopping)

    page = await _helpers(me, w, f"?skill={shopping.slug}")
    items = page["items"]
    assert [i["user_id"] for i in items] == [
        str(near.user.id),
        str(middle.user.id),
        str(far.user.id),
    ]
    assert [i["distance_km"] for i in items] == [0.5, 1.5, 2.5]
    assert items[0]["display_name"] == "Bram B."
    assert sorted(items[0]) == [
        "about",
        "display_name",
        "distance_km",
        "skills",
        "suspended",
        "user_id",
        "volunteers_for_organisations",
    ]
    assert {s["slug"] for s in items[0]["skills"]} == {shopping.slug, other.slug}
    assert page["next_cursor"] is None
    # Without a skill: everyone who offers one (but still not me, nor the suspended).
    anyone = await _helpers(me, w)
    assert len(anyone["items"]) == 4
    # An unknown skill.
    answer = await me.call(
        "GET", f"/api/v1/neighbourhoods/{w.ids['witte']}/helpers?skill=geen-vaardigheid"
    )
    assert answer.status_code == 422
    # Another neighbourhood's resident finds nothing here.
    answer = await elsewhere.call("GET", f"/api/v1/neighbourhoods/{w.ids['witte']}/helpers")
    assert answer.status_code == 404


async def test_keyset_pages_and_a_worker_measures_from_the_centre(w: World) -> None:
    shopping = await w.skill("b")
    me = await _neighbour(w, "ik@example.org", "Ik", "Zelf", 0)
    made = [
        await _neighbour(w, f"n{i}@example.org", f"N{i}", "Buur", km, shopping)
        for i, km in enumerate((0.1, 0.2, 0.7, 0.8, 2.9))
    ]
    seen: list[str] = []
    cursor = ""
    while True:
        page = await _helpers(me, w, f"?skill={shopping.slug}&limit=2{cursor}")
        seen += [i["user_id"] for i in page["items"]]
        if page["next_cursor"] is None:
            break
        cursor = f"&cursor={page['next_cursor']}"
    assert len(seen) == 5
    assert set(seen) == {str(p.user.id) for p in made}
    # Equal rounded distances are ordered by id; the distances never go down.
    assert set(seen[:2]) == {str(made[0].user.id), str(made[1].user.id)}
    assert set(seen[2:4]) == {str(made[2].user.id), str(made[3].user.id)}
    assert seen[4] == str(made[4].user.id)
    await w.staff.call("PUT", f"{ADMIN}/{w.ids['witte']}/workers/{w.worker.user.id}")
    from_centre = await _helpers(w.worker, w, f"?skill={shopping.slug}")
    assert [i["distance_km"] for i in from_centre["items"]] == [0.5, 0.5, 1.0, 1.0, 3.0]
