"""The feed: newest first in keyset pages (ties on created_at broken by id), the kind filter,
hidden posts for their author only, plain text as typed, and nothing for an outsider (404)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from kring.models.neighbourhood_post import NeighbourhoodPost
from tests.posts.helpers import World

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


async def _all_pages(w: World, query: str, limit: int) -> list[str]:
    seen: list[str] = []
    cursor = ""
    while True:
        sep = "&" if query else "?"
        url = w.feed_url(
            query=f"{query}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        )
        answer = await w.ben.call("GET", url)
        assert answer.status_code == 200, answer.json()
        seen += [item["id"] for item in answer.json()["items"]]
        cursor = answer.json()["next_cursor"]
        if not cursor:
            return seen


async def test_the_feed_is_newest_first_in_keyset_pages_with_ties(w: World) -> None:
    ids = []
    for index in range(7):
        # Three pairs written at the same moment, and one alone.
        ids.append(await w.add_post(w.anna, T0 + timedelta(minutes=index // 2)))
    expected = sorted(
        ids, key=lambda i: (T0 + timedelta(minutes=ids.index(i) // 2), i), reverse=True
    )
    assert await _all_pages(w, "", 2) == expected
    assert await _all_pages(w, "", 3) == expected
    assert await _all_pages(w, "", 50) == expected


async def test_the_kind_filter(w: World) -> None:
    help_id = await w.add_post(w.anna, T0)
    lost = await w.add_post(w.ben, T0 + timedelta(hours=1), kind="lost_and_found")
    await w.add_post(w.ben, T0 + timedelta(hours=2), kind="giving_away")
    assert await _all_pages(w, "?kind=help_request", 5) == [help_id]
    assert await _all_pages(w, "?kind=lost_and_found", 5) == [lost]
    assert len(await _all_pages(w, "", 5)) == 3
    answer = await w.ben.call("GET", w.feed_url(query="?kind=gossip"))
    assert answer.status_code == 422


async def test_an_item_names_the_author_by_first_name_and_initial(w: World) -> None:
    await w.post(title="  Ladder te leen?  ", body="  Zie https://example.org <b>nu</b>  ")
    answer = await w.ben.call("GET", w.feed_url())
    (item,) = answer.json()["items"]
    assert item["author"] == {"label": "Anna V.", "user_id": str(w.anna.user.id)}
    assert item["title"] == "Ladder te leen?"
    assert item["body"] == "Zie https://example.org <b>nu</b>"
    assert item["is_mine"] is False
    assert item["reply_count"] == 0
    assert item["solved_by_neighbour"] is False
    text = answer.text
    assert "anna@example.org" not in text
    assert "Visser" not in text
    assert "Biltstraat" not in text


async def test_an_outsider_finds_nothing(w: World) -> None:
    post = await w.post()
    base = f"/api/v1/posts/{post['id']}"
    for url in (
        w.feed_url(),
        f"/api/v1/neighbourhoods/{w.wittevrouwen.id}/help-figures",
        base,
        base + "/replies",
    ):
        answer = await w.olga.call("GET", url)
        assert answer.status_code == 404, url
    for url, body in (
        (w.feed_url(), {"kind": "general", "title": "Hoi", "body": "Hoi"}),
        (base + "/replies", {"body": "Hoi"}),
        (base + "/solve", {}),
        (base + "/withdraw", None),
    ):
        answer = await w.olga.call("POST", url, body)
        assert answer.status_code == 404, url
    # Her own neighbourhood's feed does not show it either.
    answer = await w.olga.call("GET", w.feed_url(w.lombok))
    assert answer.json()["items"] == []


async def test_a_hidden_post_shows_only_to_its_author_marked(w: World) -> None:
    post = await w.post()
    await w.session.execute(
        update(NeighbourhoodPost)
        .where(NeighbourhoodPost.id == post["id"])
        .values(hidden_at=datetime.now(UTC))
    )
    await w.session.commit()
    assert (await w.ben.call("GET", w.feed_url())).json()["items"] == []
    assert (await w.ben.call("GET", f"/api/v1/posts/{post['id']}")).status_code == 404
    (mine,) = (await w.anna.call("GET", w.feed_url())).json()["items"]
    assert mine["hidden"] is True
    answer = await w.anna.call("GET", f"/api/v1/posts/{post['id']}")
    assert answer.json()["hidden"] is True
