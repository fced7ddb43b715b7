"""The gazetteer: loaded by the migrations, searched accent-insensitively by prefix, and the
geocoders (gazetteer by default, PDOK for Dutch addresses, falling back to the gazetteer)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.place import Place
from kring.places.gazetteer import fold, load, read_rows
from kring.places.geocoder import AddressQuery, GazetteerGeocoder, PdokGeocoder
from tests.local_http import serving


def test_folding_ignores_accents_case_and_punctuation() -> None:
    assert fold("'s-Hertogenbosch") == "s hertogenbosch"
    assert fold("Liège") == "liege"
    assert fold("  Sint-Truiden ") == "sint truiden"


async def test_the_migrations_loaded_every_dutch_and_belgian_place(session: AsyncSession) -> None:
    places, _ = read_rows()
    counts = dict(
        (await session.execute(select(Place.country, func.count()).group_by(Place.country))).all()
    )
    assert sum(counts.values()) == len(places) > 3000
    assert set(counts) == {"NL", "BE"}
    utrecht = await session.get(Place, 2745912)
    assert utrecht is not None
    assert (utrecht.name, utrecht.province, utrecht.country) == ("Utrecht", "Utrecht", "NL")
    # Loading again (kring seed-places) updates in place: nothing doubles.
    assert await load(await session.connection()) == len(places)


async def _names(client: AsyncClient, **params: str) -> list[str]:
    answer = await client.get("/api/v1/places", params=params)
    assert answer.status_code == 200, answer.json()
    return [p["name"] for p in answer.json()]


async def test_autocomplete_by_prefix_accents_and_other_names(client: AsyncClient) -> None:
    assert (await _names(client, q="utrecht"))[0] == "Utrecht"  # exact first
    assert "Liège" in await _names(client, q="lieg")
    assert "Liège" in await _names(client, q="LIÈG")
    brussels = (await client.get("/api/v1/places", params={"q": "bruxelles"})).json()
    assert brussels[0]["country"] == "BE"
    assert brussels[0]["matched_name"] is not None
    assert "'s-Hertogenbosch" in await _names(client, q="hertogenb")  # a word inside the name
    # "Sint-..." places lie on both sides of the border; the country filter keeps one side.
    both = (await client.get("/api/v1/places", params={"q": "sint", "limit": "50"})).json()
    belgian = (await client.get("/api/v1/places", params={"q": "sint", "country": "BE"})).json()
    assert {p["country"] for p in both} == {"NL", "BE"}
    assert belgian
    assert {p["country"] for p in belgian} == {"BE"}
    big_first = await _names(client, q="am", country="NL", limit="3")
    assert big_first[0] == "Amsterdam"
    answer = await client.get("/api/v1/places", params={"q": "a"})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "q"
    assert (
        "GeoNames"
        in (await client.get("/api/v1/places", params={"q": "ams"})).headers["x-data-attribution"]
    )
    assert (await client.get("/api/v1/places/2745912")).json()["name"] == "Utrecht"
    assert (await client.get("/api/v1/places/1")).status_code == 404


class _FakePdok(BaseHTTPRequestHandler):
    """A local PDOK Locatieserver: the same URL, parameters and answer shape."""

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        found = urlparse(self.path).path.endswith("/free") and query.get("q") == ["3511AB 12"]
        docs = (
            [
                {
                    "weergavenaam": "Lindelaan 12, 3511AB Utrecht",
                    "centroide_ll": "POINT(5.1161 52.0927)",
                }
            ]
            if found and query.get("fq") == ["type:adres"]
            else []
        )
        if query.get("q") == ["3584CS"] and query.get("fq") == ["type:postcode"]:
            docs = [{"weergavenaam": "3584CS Utrecht", "centroide_ll": "POINT(5.1746 52.0866)"}]
        body = json.dumps({"response": {"numFound": len(docs), "docs": docs}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def pdok() -> Iterator[str]:
    with serving(_FakePdok) as base:
        yield f"{base}/search/v3_1"


async def test_geocoders_find_addresses_and_places(session: AsyncSession, pdok: str) -> None:
    gazetteer = GazetteerGeocoder()
    place = await gazetteer.geocode(session, AddressQuery(None, None, "Utrecht"))
    assert place is not None
    assert place.precision == "place"
    assert round(place.latitude, 1) == 52.1
    assert await gazetteer.geocode(session, AddressQuery(None, None, "Nergenshuizen")) is None
    assert (await gazetteer.geocode(session, AddressQuery(None, None, "Luik", "BE"))) is not None

    geocoder = PdokGeocoder(pdok, gazetteer)
    address = await geocoder.geocode(session, AddressQuery("3511 AB", "12", "Utrecht"))
    assert address is not None
    assert (address.precision, address.latitude, address.longitude) == ("address", 52.0927, 5.1161)
    # Unknown to PDOK, Belgian, or PDOK unreachable: the gazetteer answers.
    unknown = await geocoder.geocode(session, AddressQuery("9999 ZZ", "1", "Utrecht"))
    assert unknown is not None
    assert unknown.precision == "place"
    belgian = await geocoder.geocode(session, AddressQuery("1000", "1", "Bruxelles", "BE"))
    assert belgian is not None
    assert belgian.precision == "place"
    down = PdokGeocoder("http://127.0.0.1:9/none", gazetteer, timeout=0.5)
    fallback = await down.geocode(session, AddressQuery("3511 AB", "12", "Utrecht"))
    assert fallback is not None
    assert fallback.precision == "place"


async def test_a_postcode_is_placed_by_pdok_and_searched_from_there(
    client: AsyncClient, session: AsyncSession, settings: Settings, pdok: str
) -> None:
    from kring.search.service import resolve_point
    from tests.search.helpers import Provider, add_provider

    assert await GazetteerGeocoder().postcode(session, "3584 CS") is None  # offline: unknown
    located = await PdokGeocoder(pdok, GazetteerGeocoder()).postcode(session, "3584 CS")
    assert located is not None
    assert (located.latitude, located.longitude) == (52.0866, 5.1746)
    assert await PdokGeocoder(pdok, GazetteerGeocoder()).postcode(session, "9999 ZZ") is None

    with_pdok = settings.model_copy(update={"geocoder": "pdok", "pdok_url": pdok})
    point, nearest = await resolve_point(session, with_pdok, None, "3584cs")
    assert point is not None
    assert nearest is not None
    assert (point.latitude, point.longitude, point.place_id) == (52.0866, 5.1746, nearest.id)
    assert nearest.name in {"Utrecht", "Zeist", "Bunnik", "De Uithof"}

    # A provider listing that nearest place covers the postcode.
    from kring.auth.principal import Visitor
    from kring.kit.pagination import PageRequest
    from kring.search.repository import Search, SearchQuery

    await add_provider(
        session, Provider("list@example.org", "Lijst", kind="places", place_ids=[nearest.id])
    )
    found = await Search(session).search(Visitor(), SearchQuery(point=point), PageRequest(None, 20))
    assert (found.total, [row.name for row in found.rows]) == (1, ["Lijst"])
