"""Matching over 1,000,000 helpers across the Netherlands and Belgium (issue 17): seeds them with
set-based SQL (homes around the gazetteer's places, weighted by population, with a gaussian
spread that grows with the place; radii mostly 3-25 km, some up to 150; a few per cent working in
chosen places; varied skills, day-parts and languages; about 80% matchable), then times Kring's
suggestion statement (kring.matching.repository) straight on the driver for many help seekers'
spots (drawn like the helpers: where people live) and a few named ones (city centres, a
village, the border), and the helpers-near count beside it.

    KRING_BENCH_DATABASE_URL=postgresql://... python -m bench matching

The seed is kept between runs (helpers are recognised by their e-mail address).
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from typing import Any

import asyncpg

from bench.results import save
from kring.kit.geo import radius_box_sql
from kring.matching import score
from kring.matching.repository import NEAR_CAP

HELPERS = 1_000_000
BATCH = 100_000
QUERIES = 1000
WARM_UP = 50
GOAL_P95_MS = 5.0
# Named spots: (label, latitude, longitude).
SPOTS = (
    ("Amsterdam centre", 52.3731, 4.8926),
    ("Rotterdam centre", 51.9225, 4.4792),
    ("Utrecht centre", 52.0907, 5.1214),
    ("Brussels centre", 50.8467, 4.3525),
    ("Antwerp centre", 51.2194, 4.4025),
    ("Groningen centre", 53.2194, 6.5665),
    ("village: Ransdaal (Limburg)", 50.8661, 5.8542),
    ("village: Oudemirdum (Friesland)", 52.8514, 5.5367),
    ("border: Baarle-Nassau/Hertog", 51.4430, 4.9290),
    ("border: Vaals", 50.7712, 6.0190),
    ("coast: Den Helder", 52.9563, 4.7601),
    ("Ardennes: Bastogne", 50.0030, 5.7180),
)

# Places with a cumulative weight (population, at least 500), their spread in km.
PLACES_SQL = """
CREATE TEMP TABLE bench_places AS
SELECT id, name, country, latitude, longitude,
       (1.0 + 1.2 * sqrt(greatest(population, 500) / 50000.0)) AS spread_km,
       sum(greatest(population, 500)::float8) OVER (ORDER BY id)
           / sum(greatest(population, 500)) OVER () AS upto,
       row_number() OVER (ORDER BY id) AS n
FROM place
"""

USERS_SQL = """
INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash)
SELECT md5('bench-helper-' || g)::uuid, 'bench-helper-' || g || '@example.org',
       ($3::text[])[1 + g % array_length($3::text[], 1)], 'Helper', 'nl', 'active',
       'not-a-password'
FROM generate_series($1::int, $2::int) AS g
ON CONFLICT DO NOTHING
"""

# One row per helper: a place by population (binary search in the cumulative weights), a home
# around it (Box-Muller), then everything else from random draws.
HELPERS_SQL = """
WITH cdf AS (SELECT array_agg(upto ORDER BY n) AS upto FROM bench_places),
skills AS (SELECT array_agg(id ORDER BY position, id) AS ids FROM skill),
drawn AS (
    SELECT g, p.id AS place_id, p.name AS city, p.country, p.latitude AS place_lat,
           p.longitude AS place_lon,
           p.latitude + p.spread_km / 111.2
               * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS lat,
           p.longitude + p.spread_km / (111.2 * cos(radians(p.latitude)))
               * sqrt(-2 * ln(1 - random())) * sin(2 * pi() * random()) AS lon,
           random() AS r_status, random() AS r_area, random() AS r_radius, random() AS r_kind,
           random() AS r_rating, random() AS r_answers, random() AS r_lang
    FROM (
        SELECT g, width_bucket(random() * 0.999999, cdf.upto) + 1 AS n
        FROM generate_series($1::int, $2::int) AS g, cdf
    ) AS picked
    JOIN bench_places p ON p.n = picked.n
), shaped AS (
    SELECT d.*,
           CASE WHEN r_area < 0.03 THEN 'places' ELSE 'radius' END AS work_area,
           CASE WHEN r_area < 0.03 THEN NULL
                WHEN r_radius < 0.88 THEN 3 + floor(random() * 23)::int
                WHEN r_radius < 0.97 THEN 25 + floor(random() * 26)::int
                ELSE 50 + floor(random() * 101)::int END AS radius_km,
           CASE WHEN r_rating < 0.4 THEN 1 + floor(random() * 20)::int ELSE 0 END AS rc,
           CASE WHEN r_status < 0.05 THEN 'draft'
                WHEN r_status < 0.07 THEN 'suspended' ELSE 'active' END AS status,
           floor(random() * 2097152)::int
               & CASE WHEN g % 3 = 0 THEN floor(random() * 2097152)::int ELSE 2097151 END
               | (1 << (g % 21)) AS day_parts,
           ARRAY(
               SELECT DISTINCT s.ids[1 + floor(cardinality(s.ids) * random() ^ 2)::int]
               FROM skills s, generate_series(1, 2 + g % 7) AS k
           ) AS skill_ids,
           (CASE WHEN country = 'NL' OR lat > 50.85 THEN ARRAY['nl'] ELSE ARRAY['fr'] END
             || CASE WHEN country = 'BE' AND r_lang < 0.25 THEN ARRAY['fr', 'nl'] ELSE '{}' END
             || CASE WHEN r_lang < 0.35 THEN ARRAY['en'] ELSE '{}' END
             || CASE WHEN r_lang > 0.95 THEN ARRAY['tr'] ELSE '{}' END
             || CASE WHEN r_lang BETWEEN 0.90 AND 0.95 THEN ARRAY['ar'] ELSE '{}' END
             || CASE WHEN r_lang BETWEEN 0.87 AND 0.90 THEN ARRAY['de'] ELSE '{}' END
             || CASE WHEN r_lang BETWEEN 0.85 AND 0.87 THEN ARRAY['pl'] ELSE '{}' END
           )::varchar[] AS languages
    FROM drawn d
), helpers AS (
    INSERT INTO helper_profile (
        id, user_id, status, suspended_reason, kind, hourly_rate_cents, accepting_new,
        introduction, street, house_number, postcode, city, country, latitude, longitude,
        languages, skill_ids, work_area, radius_km, day_parts, identity_document_seen,
        badged_at, proposals_received, proposals_answered, answer_hours_avg, rating_count,
        rating_sum, coverage
    )
    SELECT md5('bench-helper-profile-' || g)::uuid, md5('bench-helper-' || g)::uuid, status,
           CASE WHEN status = 'suspended' THEN 'Bench' END,
           CASE WHEN r_kind < 0.3 THEN 'paid' ELSE 'volunteer' END,
           CASE WHEN r_kind < 0.3 THEN 1500 + 50 * floor(random() * 40)::int END,
           random() < 0.97, 'Ik help graag mensen in de buurt.', 'Benchstraat', '1',
           CASE WHEN country = 'NL' THEN '1234 AB' ELSE '1000' END, left(city, 100), country,
           lat, lon, ARRAY(SELECT DISTINCT unnest(languages)), skill_ids, work_area, radius_km,
           day_parts, random() < 0.92, now(),
           floor(r_answers * 30)::int,
           floor(r_answers * 30 * (0.5 + r_answers / 2))::int,
           CASE WHEN floor(r_answers * 30 * (0.5 + r_answers / 2)) > 0
                THEN 2 + random() * 200 END,
           rc, rc * (3 + g % 3),
           CASE WHEN work_area = 'places'
                THEN PLACE_BOX ELSE HOME_BOX END
    FROM shaped
    ON CONFLICT DO NOTHING
    RETURNING id, work_area, rating_count
)
SELECT count(*) FROM helpers
""".replace("PLACE_BOX", radius_box_sql("place_lat", "place_lon", "5.0")).replace(
    "HOME_BOX", radius_box_sql("lat", "lon", "radius_km")
)

# The chosen place of each place-worker: the one nearest their home.
AFTER_SQL = (
    """INSERT INTO helper_work_place (helper_id, place_id)
       SELECT h.id, p.id FROM helper_profile h
       JOIN LATERAL (
           SELECT id FROM place
           ORDER BY (place.latitude - h.latitude) ^ 2 + (place.longitude - h.longitude) ^ 2
           LIMIT 1
       ) p ON true
       WHERE h.work_area = 'places'
       ON CONFLICT DO NOTHING""",
    "VACUUM ANALYZE helper_profile",
    "VACUUM ANALYZE helper_work_place",
)

FIRST_NAMES = [
    *("Anouk", "Bram", "Chantal", "Dirk", "Esra", "Fatima", "Gijs", "Hanna", "Ilse", "Joost"),
    *("Kim", "Lotte", "Mo", "Nina", "Omar", "Pien", "Quinten", "Roos", "Said", "Tess"),
    *("Umut", "Vera", "Wouter", "Yasmin", "Zeynep", "Amélie", "Baptiste", "Chloé", "Lucas"),
]


async def seed(connection: asyncpg.Connection) -> None:
    have = await connection.fetchval(
        "SELECT count(*) FROM helper_profile WHERE street = 'Benchstraat'"
    )
    if have >= HELPERS:
        print(f"  {have:,} bench helpers already seeded")
        return
    started = time.perf_counter()
    await connection.execute(PLACES_SQL)
    # Per batch, the previous batch's rows ready: a failure halfway keeps what was made.
    for first in range(1, HELPERS + 1, BATCH):
        last = min(HELPERS, first + BATCH - 1)
        await connection.execute(USERS_SQL, first, last, FIRST_NAMES)
        await connection.fetchval(HELPERS_SQL, first, last)
        print(f"  seeded helpers up to {last:,} ({time.perf_counter() - started:.0f} s)")
    for statement in AFTER_SQL:
        await connection.execute(statement)
    print(f"  seeded {HELPERS:,} helpers in {time.perf_counter() - started:.0f} s")


def statements() -> tuple[Statement, Statement, Statement]:
    """Kring's suggestion statements (the candidates, then what the best of them show) and
    the count, as the driver gets them."""
    from sqlalchemy.dialects.postgresql import asyncpg as dialect_module

    from kring.matching.repository import _candidates, _count, _shown

    dialect = dialect_module.dialect()
    candidates, shown, count = (
        Statement(build().compile(dialect=dialect)) for build in (_candidates, _shown, _count)
    )
    return candidates, shown, count


class Statement:
    """A compiled statement: its SQL with $n parameters, and its arguments from named values
    (its constants as the statement holds them)."""

    def __init__(self, compiled: Any) -> None:
        self.compiled = compiled
        self.sql: str = compiled.string
        self.names: list[str] = list(compiled.positiontup or ())

    def arguments(self, **values: Any) -> list[Any]:
        bound = self.compiled.construct_params(values)
        return [bound[name] for name in self.names]


async def spots(connection: asyncpg.Connection, count: int) -> list[tuple[str, float, float]]:
    """Help seekers where people live (as the helpers are drawn), plus the named spots."""
    rows = await connection.fetch(
        """SELECT latitude + (1.0 + 1.2 * sqrt(greatest(population, 500) / 50000.0)) / 111.2
                      * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS lat,
                  longitude + (1.0 + 1.2 * sqrt(greatest(population, 500) / 50000.0))
                      / (111.2 * cos(radians(latitude)))
                      * sqrt(-2 * ln(1 - random())) * sin(2 * pi() * random()) AS lon
           FROM place, generate_series(1, greatest(1, (population / 20000)::int))
           ORDER BY random() LIMIT $1""",
        count,
    )
    return [*SPOTS, *(("drawn", row["lat"], row["lon"]) for row in rows)]


class Candidate:
    """An asyncpg record read by attribute, as the service reads Core rows."""

    __slots__ = ("_record",)

    def __init__(self, record: asyncpg.Record) -> None:
        self._record = record

    def __getattr__(self, name: str) -> Any:
        return self._record[name]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def measure(database_url: str) -> dict[str, Any]:
    connection = await asyncpg.connect(
        database_url.replace("postgresql+asyncpg://", "postgresql://")
    )
    try:
        await seed(connection)
        suggestion, showing, counting = statements()
        skill_ids = [r["id"] for r in await connection.fetch("SELECT id FROM skill")]
        chosen = await spots(connection, QUERIES)
        rng = random.Random(17)

        def values(lat: float, lon: float) -> dict[str, Any]:
            return {
                "lat": lat,
                "lon": lon,
                # 1-4 skills, the popular ones more often (as the helpers offer them).
                "skills": list(
                    {
                        skill_ids[int(len(skill_ids) * rng.random() ** 2)]
                        for _ in range(rng.randint(1, 4))
                    }
                ),
                "day_parts": sum(1 << rng.randrange(21) for _ in range(rng.randint(1, 6))),
                "languages": rng.choice((["nl"], ["nl"], ["nl", "en"], ["fr"], ["nl", "tr"])),
            }

        suggest = await connection.prepare(suggestion.sql)
        show = await connection.prepare(showing.sql)
        count = await connection.prepare(counting.sql)

        queries: list[float] = []

        async def suggestions(wanted: dict[str, Any]) -> list[Any]:
            """What the service does: the candidates, their scores, what the best show."""
            arguments = suggestion.arguments(
                lat=wanted["lat"], lon=wanted["lon"], day_parts=wanted["day_parts"]
            )
            started = time.perf_counter()
            candidates = await suggest.fetch(*arguments)
            queries.append((time.perf_counter() - started) * 1e3)
            best = score.ranked(
                [Candidate(row) for row in candidates],
                frozenset(wanted["skills"]),
                wanted["day_parts"],
                frozenset(wanted["languages"]),
            )
            ids = [row.id for row, _, _ in best]
            return list(await show.fetch(*showing.arguments(ids=ids))) if ids else []

        for _, lat, lon in chosen[:WARM_UP]:
            await suggestions(values(lat, lon))
        queries.clear()
        timings: list[float] = []
        named: list[tuple[str, float, int, float, int]] = []
        for label, lat, lon in chosen:
            wanted = values(lat, lon)
            started = time.perf_counter()
            found = await suggestions(wanted)
            elapsed = (time.perf_counter() - started) * 1e3
            timings.append(elapsed)
            if label != "drawn":
                started = time.perf_counter()
                near = await count.fetchval(*counting.arguments(lat=lat, lon=lon, cap=NEAR_CAP + 1))
                counted = (time.perf_counter() - started) * 1e3
                named.append((label, elapsed, len(found), counted, near))
        p50, p95, p99 = (percentile(timings, f) for f in (0.5, 0.95, 0.99))
        q50, q95, q99 = (percentile(queries, f) for f in (0.5, 0.95, 0.99))
        total = await connection.fetchval("SELECT count(*) FROM helper_profile")
        matchable = await connection.fetchval("SELECT count(*) FROM helper_profile WHERE matchable")
    finally:
        await connection.close()
    print(
        f"Suggestions over {total:,} helpers ({matchable:,} matchable), {len(timings)} help "
        f"seekers (load average {os.getloadavg()[0]:.1f}):\n"
        f"  the suggestion query (the nearest covering candidates): p50 {q50:.2f} ms, "
        f"p95 {q95:.2f} ms, p99 {q99:.2f} ms "
        f"(goal p95 <= {GOAL_P95_MS} ms: {'met' if q95 <= GOAL_P95_MS else 'NOT met'})\n"
        "  with the scores and the 20 cards (2 statements and Python): "
        f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms"
    )
    for label, elapsed, shown, counted, near in named:
        print(
            f"  {label:<34} suggestions {elapsed:6.2f} ms ({shown} shown)   "
            f"helpers near {near:>7,} counted in {counted:7.2f} ms"
        )
    return {
        "helpers": total,
        "matchable": matchable,
        "queries": len(timings),
        "query_p50_ms": round(q50, 3),
        "query_p95_ms": round(q95, 3),
        "query_p99_ms": round(q99, 3),
        "p50_ms": round(p50, 3),
        "p95_ms": round(p95, 3),
        "p99_ms": round(p99, 3),
        "named": [
            {
                "spot": label,
                "suggestions_ms": round(e, 3),
                "shown": s,
                "count_ms": round(c, 3),
                "near": n,
            }
            for label, e, s, c, n in named
        ],
    }


def run(database_url: str) -> None:
    figures = asyncio.run(measure(database_url))
    save("matching", figures)
