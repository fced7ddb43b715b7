"""Addresses to coordinates, behind one interface: the gazetteer (offline, place level) by
default, PDOK's Locatieserver (Dutch addresses) in production."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

import httpx
import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Visitor
from kring.config import Settings
from kring.places.repository import Places

log = structlog.get_logger(__name__)
_POINT = re.compile(r"POINT\(\s*([-0-9.]+)\s+([-0-9.]+)\s*\)")


@dataclass(frozen=True)
class AddressQuery:
    postcode: str | None
    house_number: str | None
    city: str
    country: Literal["NL", "BE"] = "NL"


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    precision: Literal["address", "place"]
    label: str


class Geocoder(Protocol):
    async def geocode(self, db: AsyncSession, address: AddressQuery) -> Location | None: ...

    async def postcode(self, db: AsyncSession, postcode: str) -> Location | None:
        """A Dutch postcode (`3511 AX`) on the map, or None where it cannot be placed."""
        ...


class GazetteerGeocoder:
    """The place's centre: good enough to draw a work area and measure distances."""

    async def geocode(self, db: AsyncSession, address: AddressQuery) -> Location | None:
        place = await Places(db).by_name(Visitor(), address.city, address.country)
        if place is None:
            return None
        return Location(place.latitude, place.longitude, "place", place.name)

    async def postcode(self, db: AsyncSession, postcode: str) -> Location | None:
        # GeoNames' places carry no postcodes: offline, a postcode cannot be placed.
        return None


class PdokGeocoder:
    """PDOK Locatieserver (free search, type `adres`); anything it cannot place falls back to
    the gazetteer, and so does a PDOK that does not answer in time."""

    def __init__(self, base_url: str, fallback: Geocoder, timeout: float = 5.0) -> None:
        self.base_url, self.fallback, self.timeout = base_url.rstrip("/"), fallback, timeout

    async def geocode(self, db: AsyncSession, address: AddressQuery) -> Location | None:
        if address.country == "NL" and address.postcode and address.house_number:
            query = f"{address.postcode.replace(' ', '')} {address.house_number}"
            doc = await self._first(query, "adres")
            match = _POINT.match(str(doc.get("centroide_ll", ""))) if doc else None
            if doc and match:
                return Location(
                    latitude=float(match.group(2)),
                    longitude=float(match.group(1)),
                    precision="address",
                    label=str(doc.get("weergavenaam", query)),
                )
        return await self.fallback.geocode(db, address)

    async def postcode(self, db: AsyncSession, postcode: str) -> Location | None:
        docs = await self._first(postcode.replace(" ", ""), "postcode")
        match = _POINT.match(str(docs.get("centroide_ll", ""))) if docs else None
        if match is None:
            return await self.fallback.postcode(db, postcode)
        return Location(
            latitude=float(match.group(2)),
            longitude=float(match.group(1)),
            precision="address",
            label=str(docs.get("weergavenaam", postcode)) if docs else postcode,
        )

    async def _first(self, query: str, kind: str) -> dict[str, object] | None:
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                answer = await client.get(
                    f"{self.base_url}/free", params={"q": query, "fq": f"type:{kind}", "rows": "1"}
                )
                answer.raise_for_status()
                docs = answer.json().get("response", {}).get("docs", [])
        except (httpx.HTTPError, ValueError) as error:
            log.warning("geocoder.pdok_failed", error=str(error))
            return None
        return dict(docs[0]) if docs else None


def geocoder_for(settings: Settings) -> Geocoder:
    gazetteer = GazetteerGeocoder()
    if settings.geocoder == "pdok":
        return PdokGeocoder(settings.pdok_url, gazetteer)
    return gazetteer
