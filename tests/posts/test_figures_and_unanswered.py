"""The solved share over a known set of help requests (the past 12 months only, withdrawn ones
left out, solved without a neighbour counted apart) and the worker's unanswered list with a
time machine: 48 hours without a reply, oldest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kring.config import Settings
from tests.posts.helpers import World

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


async def _figures(w: World) -> dict[str, int | None]:
    answer = await w.ben.call("GET", f"/api/v1/neighbourhoods/{w.wittevrouwen.id}/help-figures")
    assert answer.status_code == 200, answer.json()
    found: dict[str, int | None] = answer.json()
    return found


async def test_the_solved_share_over_a_known_set(w: World) -> None:
    w.at(NOW)
    assert await _figures(w) == {
        "posted": 0,
        "solved_by_neighbour": 0,
        "solved_share": None,
        "solved_otherwise": 0,
        "open": 0,
    }
    recent = NOW - timedelta(days=30)
    solved = {"status": "solved", "solved_at": recent}
    for _ in range(7):
        await w.add_post(w.anna, recent, solved_by_user_id=w.ben.user.id, **solved)
    for _ in range(2):
        await w.add_post(w.anna, recent, **solved)  # solved otherwise
    await w.add_post(w.anna, recent)  # open
    await w.add_post(w.anna, recent, status="withdrawn", withdrawn_at=recent)
    # Older than 12 months, another kind, another neighbourhood: not counted.
    old = NOW - timedelta(days=400)
    await w.add_post(w.anna, old, solved_by_user_id=w.ben.user.id, status="solved", solved_at=old)
    await w.add_post(w.anna, recent, kind="general")
    await w.add_post(w.olga, recent, neighbourhood_id=w.lombok.id)
    assert await _figures(w) == {
        "posted": 10,
        "solved_by_neighbour": 7,
        "solved_share": 70,
        "solved_otherwise": 2,
        "open": 1,
    }


async def test_the_share_changes_when_a_request_is_solved(w: World) -> None:
    post = await w.post()
    await w.reply(w.ben, post["id"])
    assert (await _figures(w))["solved_share"] == 0
    await w.anna.call(
        "POST", f"/api/v1/posts/{post['id']}/solve", {"solved_by_user_id": str(w.ben.user.id)}
    )
    assert (await _figures(w))["solved_share"] == 100


async def test_the_unanswered_list_after_48_hours_oldest_first(w: World) -> None:
    url = f"/api/v1/neighbourhoods/{w.wittevrouwen.id}/unanswered"
    older = await w.add_post(w.anna, NOW - timedelta(hours=60))
    newer = await w.add_post(w.ben, NOW - timedelta(hours=47))
    answered = await w.add_post(w.ben, NOW - timedelta(hours=70))
    await w.add_post(w.ben, NOW - timedelta(hours=70), kind="general")
    await w.add_post(w.ben, NOW - timedelta(hours=70), status="withdrawn", withdrawn_at=NOW)
    await w.add_post(w.olga, NOW - timedelta(hours=70), neighbourhood_id=w.lombok.id)
    w.at(NOW - timedelta(hours=1))
    assert (await w.reply(w.anna, answered)).status_code == 201
    w.at(NOW)
    page = (await w.wendy.call("GET", url)).json()
    assert [i["id"] for i in page["items"]] == [older]
    assert page["items"][0]["waiting_hours"] == 60
    # One hour and a bit later, the newer request joins, after the older one.
    w.at(NOW + timedelta(hours=1, minutes=1))
    first = (await w.wendy.call("GET", url + "?limit=1")).json()
    assert [i["id"] for i in first["items"]] == [older]
    rest = (await w.wendy.call("GET", url + f"?limit=1&cursor={first['next_cursor']}")).json()
    assert [i["id"] for i in rest["items"]] == [newer]
    # Residents may not see the worker's list; outsiders find nothing.
    assert (await w.anna.call("GET", url)).status_code == 403
    assert (await w.olga.call("GET", url)).status_code == 404


async def test_the_setting_moves_the_limit(w: World, settings: Settings) -> None:
    w.at(NOW)
    post = await w.add_post(w.anna, NOW - timedelta(hours=30))
    url = f"/api/v1/neighbourhoods/{w.wittevrouwen.id}/unanswered"
    assert (await w.wendy.call("GET", url)).json()["items"] == []
    before = settings.unanswered_after_hours
    settings.unanswered_after_hours = 24
    try:
        assert [i["id"] for i in (await w.wendy.call("GET", url)).json()["items"]] == [post]
    finally:
        settings.unanswered_after_hours = before
