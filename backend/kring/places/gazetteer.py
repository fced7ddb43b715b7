"""Loading the gazetteer from the CSV Kring ships, and folding names for search."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from kring.kit.text import fold
from kring.models.place import Place, PlaceName

DATA = Path(__file__).resolve().parent / "data" / "geonames_nl_be.csv"
ATTRIBUTION = "Place names: GeoNames (www.geonames.org), CC BY 4.0"

# GeoNames' first-level codes: the Dutch provinces, and Belgium's three regions.
PROVINCES = {
    ("NL", "01"): "Drenthe",
    ("NL", "02"): "Friesland",
    ("NL", "03"): "Gelderland",
    ("NL", "04"): "Groningen",
    ("NL", "05"): "Limburg",
    ("NL", "06"): "Noord-Brabant",
    ("NL", "07"): "Noord-Holland",
    ("NL", "09"): "Utrecht",
    ("NL", "10"): "Zeeland",
    ("NL", "11"): "Zuid-Holland",
    ("NL", "15"): "Overijssel",
    ("NL", "16"): "Flevoland",
    ("BE", "BRU"): "Brussel / Bruxelles",
    ("BE", "VLG"): "Vlaanderen",
    ("BE", "WAL"): "Wallonie",
}


def read_rows(path: Path = DATA) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    places, names = [], []
    with path.open(encoding="utf-8", newline="") as data:
        for row in csv.DictReader(data):
            place_id = int(row["geonameid"])
            places.append(
                {
                    "id": place_id,
                    "name": row["name"],
                    "search_name": fold(row["name"]),
                    "municipality": None,
                    "province": PROVINCES.get((row["country"], row["admin1"])),
                    "country": row["country"],
                    "latitude": float(row["latitude"]),
                    "longitude": float(row["longitude"]),
                    "population": int(row["population"]),
                }
            )
            seen = {fold(row["name"])}
            for alternate in filter(None, row["alternates"].split("|")):
                folded = fold(alternate)
                if folded and folded not in seen:
                    seen.add(folded)
                    names.append({"place_id": place_id, "name": alternate, "search_name": folded})
    return places, names


async def load(connection: AsyncConnection, path: Path = DATA) -> int:
    """Insert or update every place and replace their other names; safe to run again."""
    places, names = read_rows(path)
    for start in range(0, len(places), 1000):
        statement = insert(Place).values(places[start : start + 1000])
        await connection.execute(
            statement.on_conflict_do_update(
                index_elements=[Place.id],
                set_={c: statement.excluded[c] for c in places[0] if c != "id"},
            )
        )
    await connection.execute(delete(PlaceName))
    for start in range(0, len(names), 5000):
        await connection.execute(insert(PlaceName).values(names[start : start + 5000]))
    return int(await connection.scalar(select(func.count()).select_from(Place)) or 0)
