"""The public search: keywords with Dutch stemming and folded accents, coverage of a place by
radius, places or the whole country, distance and rating order; only live providers."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.search.helpers import (
    AMERSFOORT,
    UTRECHT,
    Provider,
    add_provider,
    north_of_utrecht,
)


async def _search(client: AsyncClient, **params: Any) -> dict[str, Any]:
    answer = await client.get("/api/v1/providers/search", params=params)
    assert answer.status_code == 200, answer.json()
    body: dict[str, Any] = answer.json()
    return body


def _names(body: dict[str, Any]) -> list[str]:
    return [r["name"] for r in body["items"]]


async def test_a_radius_covers_what_lies_within_it(
    client: AsyncClient, session: AsyncSession
) -> None:
    far = north_of_utrecht(12)
    await add_provider(session, Provider("ten@example.org", "Tien", latitude=far, radius_km=10))
    await add_provider(session, Provider("fif@example.org", "Vijftien", latitude=far, radius_km=15))
    body = await _search(client, place_id=UTRECHT)
    assert _names(body) == ["Vijftien"]
    [card] = body["items"]
    assert 11.5 <= card["distance_km"] <= 12.5
    assert body["place"]["name"] == "Utrecht"


async def test_nationwide_listed_places_and_suspended_providers(
    client: AsyncClient, session: AsyncSession
) -> None:
    await add_provider(
        session,
        Provider("nl@example.org", "Landelijk", latitude=53.2, longitude=6.5, kind="country"),
    )
    await add_provider(
        session, Provider("list@example.org", "Lijst", kind="places", place_ids=[UTRECHT])
    )
    await add_provider(
        session, Provider("other@example.org", "Elders", kind="places", place_ids=[AMERSFOORT])
    )
    await add_provider(session, Provider("sus@example.org", "Geschorst", status="suspended"))
    await add_provider(session, Provider("draft@example.org", "Concept", status="draft"))
    assert sorted(_names(await _search(client, place_id=UTRECHT))) == ["Landelijk", "Lijst"]
    assert sorted(_names(await _search(client, place_id=AMERSFOORT))) == ["Elders", "Landelijk"]
    everyone = _names(await _search(client))
    assert sorted(everyone) == ["Elders", "Landelijk", "Lijst"]  # never suspended or drafts
    suspended = await client.get("/api/v1/providers/search?q=geschorst")
    assert suspended.json()["total"] == 0


async def test_keywords_are_stemmed_and_accents_folded(
    client: AsyncClient, session: AsyncSession
) -> None:
    await add_provider(
        session,
        Provider("kap@example.org", "Karin", categories=["kappers"], services=[("Knippen", 2500)]),
    )
    await add_provider(
        session,
        Provider(
            "ped@example.org",
            "Petra",
            categories=["pedicures-cosmetisch"],
            services=[("Pédicure aan huis", 4000)],
        ),
    )
    await add_provider(session, Provider("klus@example.org", "Klaas"))
    assert _names(await _search(client, q="kapper")) == ["Karin"]
    assert _names(await _search(client, q="Kappers")) == ["Karin"]
    assert _names(await _search(client, q="pedicure")) == ["Petra"]
    assert _names(await _search(client, q="PÉDICURE aan")) == ["Petra"]
    assert _names(await _search(client, q="klaas")) == ["Klaas"]  # the provider's name
    assert _names(await _search(client, q="kleine klus")) == ["Klaas"]  # words as prefixes
    assert _names(await _search(client, q="kapper", category="pedicures-cosmetisch")) == []
    # Stop words alone filter nothing rather than everything.
    assert (await _search(client, q="de het"))["total"] == 3


async def test_results_sort_by_distance_or_rating_and_show_member_prices(
    client: AsyncClient, session: AsyncSession
) -> None:
    near = await add_provider(
        session, Provider("near@example.org", "Dichtbij", latitude=north_of_utrecht(2))
    )
    far = await add_provider(
        session,
        Provider(
            "far@example.org",
            "Verder",
            latitude=north_of_utrecht(8),
            services=[("A", 3500), ("B", 1000)],
        ),
    )
    near.rating_count, near.rating_sum = 2, 6  # 3.0
    far.rating_count, far.rating_sum = 1, 5  # 5.0
    await session.commit()
    assert _names(await _search(client, place_id=UTRECHT)) == ["Dichtbij", "Verder"]
    by_rating = await _search(client, place_id=UTRECHT, sort="rating")
    assert _names(by_rating) == ["Verder", "Dichtbij"]
    card = by_rating["items"][0]
    assert card["rating"] == {"average": 5.0, "count": 1}
    assert card["price_from"] == {"price_cents": 1000, "member_price_cents": 900, "unit": "hour"}
    near_card = by_rating["items"][1]
    assert near_card["price_from"]["member_price_cents"] == 3150  # 35.00 -> 31.50


async def test_day_parts_cursors_and_refusals(client: AsyncClient, session: AsyncSession) -> None:
    await add_provider(session, Provider("mon@example.org", "Maandag", day_parts=0b001))
    await add_provider(session, Provider("tue@example.org", "Dinsdag", day_parts=0b001 << 3))
    morning = await _search(client, day_parts="monday:morning")
    assert _names(morning) == ["Maandag"]
    either = await client.get(
        "/api/v1/providers/search",
        params=[("day_parts", "monday:morning"), ("day_parts", "tuesday:morning")],
    )
    assert either.json()["total"] == 2
    first = await _search(client, limit=1, sort="rating")
    assert first["total"] == 2
    assert first["next_cursor"]
    second = await _search(client, limit=1, sort="rating", cursor=first["next_cursor"])
    # The total comes with the first page only: later pages count nothing.
    assert (second["total"], second["next_cursor"]) == (None, None)
    assert _names(first) != _names(second)
    # A cursor belongs to its order: another order's cursor is refused, naming the cursor.
    other = await client.get(
        "/api/v1/providers/search",
        params={"sort": "relevance", "q": "hulp", "limit": 1, "cursor": first["next_cursor"]},
    )
    assert other.status_code == 422
    assert other.json()["errors"][0]["field"] == "cursor"
    nonsense = await client.get("/api/v1/providers/search?cursor=bm9uc2Vuc2U")
    assert nonsense.json()["errors"][0]["field"] == "cursor"

    wrong_day = await client.get("/api/v1/providers/search?day_parts=someday:morning")
    assert wrong_day.json()["errors"][0]["field"] == "day_parts"
    unknown_place = await client.get("/api/v1/providers/search?place_id=1")
    assert unknown_place.json()["errors"][0]["field"] == "place_id"
    bad_postcode = await client.get("/api/v1/providers/search?postcode=0000 AA")
    assert bad_postcode.json()["errors"][0]["field"] == "postcode"
    # Offline (the gazetteer) a postcode cannot be placed: a clear answer, not a guess.
    unplaced = await client.get("/api/v1/providers/search?postcode=3511 AX")
    assert unplaced.status_code == 422
    assert unplaced.json()["errors"][0]["message"] == (
        "Deze postcode kunnen we niet op de kaart vinden; zoek op plaatsnaam."
    )


async def test_the_public_profile_shows_a_live_provider_only(
    client: AsyncClient, session: AsyncSession
) -> None:
    live = await add_provider(session, Provider("live@example.org", "Bert"))
    suspended = await add_provider(session, Provider("sus@example.org", "Sam", status="suspended"))
    profile = (await client.get(f"/api/v1/providers/{live.id}")).json()
    assert profile["name"] == "Bert"
    assert profile["services"][0]["member_price_cents"] == 3150
    assert profile["categories"][0]["slug"] == "klusjesmannen"
    assert profile["rating"] == {"average": None, "count": 0}
    assert profile["reviews"] == {"items": [], "next_cursor": None}
    # The map shows the neighbourhood, never the exact address.
    assert profile["latitude"] == round(live.latitude or 0, 2)
    assert (await client.get(f"/api/v1/providers/{suspended.id}")).status_code == 404
    assert (await client.get(f"/api/v1/providers/{suspended.id}/reviews")).status_code == 404
