"""The search a page at a time: walking every page by cursor gives exactly the providers of one
big query in today's order (distance, rank or rating, then rating, count, date live and id),
with no duplicates and no gaps, also across ties and missing values."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.provider import ProviderProfile
from kring.search.repository import (
    Point,
    SearchQuery,
    average_rating,
    distance_km,
    plan,
    prefix_query,
)
from tests.search.helpers import UTRECHT, UTRECHT_LAT, UTRECHT_LON, Provider, add_provider
from tests.search.helpers import north_of_utrecht as north

DISTANCES = (2.0, 2.0, 5.0, None)  # None: nationwide, without an address
RATINGS = ((0, 0), (2, 8), (1, 4), (4, 16), (3, 10))  # 4.0 three times, with other counts
LIVE = (datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC), None)
PROVIDERS = 40


@pytest.fixture
async def crowd(session: AsyncSession) -> list[ProviderProfile]:
    """Forty providers around Utrecht in few distinct positions, ratings and dates: ties."""
    made = []
    for n, (km, (count, total), live_at) in enumerate(
        itertools.islice(
            zip(
                itertools.cycle(DISTANCES),
                itertools.cycle(RATINGS),
                itertools.cycle(LIVE),
                strict=False,
            ),
            PROVIDERS,
        )
    ):
        nationwide = km is None
        profile = await add_provider(
            session,
            Provider(
                f"p{n}@example.org",
                f"Klusser{n}",
                latitude=north(km or 0),
                kind="country" if nationwide else "radius",
                radius_km=None if nationwide else 25,
                # Some mention the work twice: a higher rank for "klus".
                introduction="Klussen en nog eens klussen." if n % 3 == 0 else "Ik help graag.",
            ),
        )
        await session.execute(
            update(ProviderProfile)
            .where(ProviderProfile.id == profile.id)
            .values(rating_count=count, rating_sum=total, live_at=live_at)
            .values({"latitude": None, "longitude": None} if nationwide else {})
        )
        made.append(profile)
    await session.commit()
    return made


def _old_order(query: SearchQuery) -> list[ColumnElement[Any]]:
    """The order the search had before keysets, written out as it was."""
    p = ProviderProfile
    order: list[ColumnElement[Any]] = []
    sort = query.sort or (
        "distance" if query.point else "relevance" if prefix_query(query.keywords) else "rating"
    )
    if sort == "distance" and query.point is not None:
        order.append(distance_km(query.point.latitude, query.point.longitude).asc().nulls_last())
    elif sort == "relevance" and (terms := prefix_query(query.keywords)):
        rank = func.ts_rank(p.search_vector, func.to_tsquery("dutch", terms))
        order.append(rank.desc())
    return [
        *order,
        average_rating().desc().nulls_last(),
        p.rating_count.desc(),
        p.live_at.desc(),
        p.id.asc(),
    ]


async def _all_at_once(session: AsyncSession, query: SearchQuery) -> list[str]:
    rows = await session.scalars(
        select(ProviderProfile.id)
        .where(ProviderProfile.status == "live", *plan(query).conditions)
        .order_by(*_old_order(query))
    )
    return [str(i) for i in rows]


async def _walk(client: AsyncClient, params: dict[str, Any], limit: int) -> list[str]:
    seen: list[str] = []
    cursor = None
    for _page in range(100):
        answer = await client.get(
            "/api/v1/providers/search",
            params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})},
        )
        assert answer.status_code == 200, answer.json()
        body = answer.json()
        assert len(body["items"]) <= limit
        assert (body["total"] is None) == (cursor is not None)
        seen += [card["id"] for card in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError("the pages never end")


UTRECHT_POINT = Point(UTRECHT_LAT, UTRECHT_LON, UTRECHT, "NL")
SEARCHES = [
    ({"place_id": UTRECHT}, SearchQuery(point=UTRECHT_POINT)),
    ({"place_id": UTRECHT, "sort": "rating"}, SearchQuery(point=UTRECHT_POINT, sort="rating")),
    ({"q": "klus"}, SearchQuery(keywords="klus")),
    (
        {"q": "klus", "place_id": UTRECHT, "sort": "relevance"},
        SearchQuery(keywords="klus", point=UTRECHT_POINT, sort="relevance"),
    ),
    ({}, SearchQuery()),
]


@pytest.mark.parametrize(("params", "query"), SEARCHES, ids=lambda value: str(value))
async def test_every_page_in_turn_is_the_one_big_query(
    client: AsyncClient,
    session: AsyncSession,
    crowd: list[ProviderProfile],
    params: dict[str, Any],
    query: SearchQuery,
) -> None:
    expected = await _all_at_once(session, query)
    assert len(expected) == PROVIDERS
    for limit in (1, 3, 7):
        walked = await _walk(client, params, limit)
        assert len(set(walked)) == len(walked)  # no duplicates
        assert walked == expected  # no gaps, the same order
    first = (await client.get("/api/v1/providers/search", params=params)).json()
    assert first["total"] == PROVIDERS


async def test_the_cards_of_a_later_page_are_complete(
    client: AsyncClient, crowd: list[ProviderProfile]
) -> None:
    first = (await client.get(f"/api/v1/providers/search?place_id={UTRECHT}&limit=30")).json()
    rest = (
        await client.get(
            "/api/v1/providers/search",
            params={"place_id": UTRECHT, "limit": 30, "cursor": first["next_cursor"]},
        )
    ).json()
    assert rest["place"]["name"] == "Utrecht"
    cards = first["items"] + rest["items"]
    # Nearest first; the nationwide providers without an address last (as far as can be).
    distances = [card["distance_km"] for card in cards]
    assert distances == sorted(distances)
    assert distances[-10:] == [20015.1] * 10
    card = rest["items"][-1]
    assert card["categories"][0]["slug"] == "klusjesmannen"
    assert card["price_from"] == {"price_cents": 3500, "member_price_cents": 3150, "unit": "hour"}
    assert {uuid.UUID(c["id"]) for c in cards} == {p.id for p in crowd}
