"""Search over 100,000 providers across the Netherlands and Belgium: seeds them with SQL (as
the wizard would leave them: folded search texts, categories, services, work areas), then times
keyword + place searches through the HTTP API, one at a time (latency, not throughput)."""

from __future__ import annotations

import asyncio
import random
import time

import asyncpg
import httpx

PROVIDERS = 100_000
SEARCHES = 400
WARM_UP = 20
KEYWORDS = (
    "kapper",
    "pedicure",
    "computerhulp",
    "schilder",
    "massage",
    "klusjes",
    "glazenwasser",
    "fysiotherapie",
    "opruimcoach",
    "thuiskeeper",
    "hulp",
    "tuin",
)
FIRST_NAMES = (
    "Anna Bert Carla Daan Eva Frank Greet Hans Ilse Jan Karin Lars Marieke Noah Olga "
    "Pieter Ruud Sanne Thijs Ursula Vera Willem Yara Zoë Émile Loïc Inès"
)
LAST_NAMES = (
    "de Vries,Jansen,Bakker,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,"
    "Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Peeters,Maes,Janssens,Claes,Goossens"
)

SEED_SQL = """
WITH numbered_places AS (
    SELECT id, latitude, longitude, row_number() OVER (ORDER BY id) AS n FROM place
), place_count AS (SELECT count(*) AS total FROM place),
new_users AS (
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash)
    SELECT gen_random_uuid(), 'bench-provider-' || g || '@example.org',
           ($2::text[])[1 + g % array_length($2::text[], 1)],
           ($3::text[])[1 + (g * 7) % array_length($3::text[], 1)],
           'nl', 'active', 'not-a-password'
    FROM generate_series(1, $1::int) AS g
    RETURNING id, email
)
INSERT INTO provider_profile (
    id, user_id, status, suspended_reason, service_kinds, completed_steps, latitude, longitude,
    work_area_kind, radius_km, day_parts, introduction, live_at, rating_count, rating_sum,
    search_title, search_body
)
SELECT gen_random_uuid(), u.id,
       CASE WHEN g % 100 < 95 THEN 'live' WHEN g % 100 < 98 THEN 'suspended' ELSE 'draft' END,
       CASE WHEN g % 100 BETWEEN 95 AND 97 THEN 'Bench' END,
       ARRAY['home_services']::varchar[], ARRAY[]::varchar[],
       p.latitude + ((g * 37) % 100 - 50) / 2000.0,
       p.longitude + ((g * 53) % 100 - 50) / 2000.0,
       CASE WHEN g % 20 < 16 THEN 'radius' WHEN g % 20 < 19 THEN 'places' ELSE 'country' END,
       CASE WHEN g % 20 < 16 THEN 5 + (g * 13) % 46 END,
       (g * 2654435761) % 2097152,
       'Ik help u graag thuis, vriendelijk en betrouwbaar.',
       now() - (g % 365) * interval '1 day',
       (g % 7), (g % 7) * (1 + g % 5),
       '', ''
FROM (
    SELECT id, substring(email FROM 'bench-provider-([0-9]+)@')::int AS g FROM new_users
) AS u
JOIN place_count ON true
JOIN numbered_places AS p ON p.n = 1 + (u.g * 7919) % place_count.total
"""

LINK_SQL = """
WITH bench AS (
    SELECT pp.id, substring(ua.email FROM 'bench-provider-([0-9]+)@')::int AS g
    FROM provider_profile pp JOIN user_account ua ON ua.id = pp.user_id
    WHERE ua.email LIKE 'bench-provider-%'
), categories AS (
    SELECT id, slug, name_nl, name_fr, name_en, row_number() OVER (ORDER BY position, slug) AS n
    FROM category
), category_count AS (SELECT count(*) AS total FROM categories),
linked AS (
    INSERT INTO provider_category (profile_id, category_id)
    SELECT b.id, c.id FROM bench b JOIN category_count ON true
    JOIN categories c ON c.n = 1 + b.g % category_count.total
    RETURNING profile_id, category_id
), services AS (
    INSERT INTO provider_service (id, profile_id, name, price_cents, unit, description, position)
    SELECT gen_random_uuid(), l.profile_id, c.name_nl || ' aan huis',
           1000 + (abs(hashtext(l.profile_id::text)) % 80) * 50, 'hour', 'Per uur, thuis.', 0
    FROM linked l JOIN categories c ON c.id = l.category_id
    RETURNING profile_id
)
UPDATE provider_profile pp
SET search_title = lower(translate(
        ua.first_name || ' ' || coalesce(ua.last_name, '') || ' ' || c.name_nl || ' ' ||
        c.name_fr || ' ' || c.name_en || ' ' || c.slug || ' ' || c.name_nl || ' aan huis',
        'ÉéèêëáàäâóöôüûïîçË-', 'eeeeeaaaaooouuiice '
    )),
    search_body = 'ik help u graag thuis vriendelijk en betrouwbaar per uur thuis'
FROM linked l
JOIN categories c ON c.id = l.category_id
JOIN provider_profile p2 ON p2.id = l.profile_id
JOIN user_account ua ON ua.id = p2.user_id
WHERE pp.id = l.profile_id
"""

PLACES_SQL = """
INSERT INTO provider_work_place (profile_id, place_id)
SELECT pp.id, pl.id
FROM provider_profile pp
JOIN LATERAL (
    SELECT id FROM place
    ORDER BY (place.latitude - pp.latitude) ^ 2 + (place.longitude - pp.longitude) ^ 2
    LIMIT 3
) AS pl ON true
WHERE pp.work_area_kind = 'places'
"""


async def seed(database_url: str) -> float:
    url = database_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(url)
    started = time.perf_counter()
    try:
        async with connection.transaction():
            await connection.execute(
                SEED_SQL, PROVIDERS, FIRST_NAMES.split(), LAST_NAMES.split(",")
            )
            await connection.execute(LINK_SQL)
            await connection.execute(PLACES_SQL)
        # As autovacuum would: statistics, and the visibility map for index-only scans.
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    return time.perf_counter() - started


async def _places(database_url: str) -> list[int]:
    url = database_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(url)
    try:
        rows = await connection.fetch(
            "SELECT id FROM place WHERE country = 'NL' ORDER BY population DESC LIMIT 300"
        )
    finally:
        await connection.close()
    return [r["id"] for r in rows]


def _report(label: str, latencies: list[float], found: list[int]) -> None:
    ordered = sorted(latencies)

    def pick(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1e3

    print(
        f"  {label:<28} p50 {pick(0.5):6.1f} ms   p95 {pick(0.95):6.1f} ms   "
        f"p99 {pick(0.99):6.1f} ms   (median total found {sorted(found)[len(found) // 2]})"
    )


async def measure(base: str, database_url: str) -> None:
    places = await _places(database_url)
    rng = random.Random(2026)
    kinds = {
        "keyword + place": lambda: {"q": rng.choice(KEYWORDS), "place_id": rng.choice(places)},
        "keyword + place, by rating": lambda: {
            "q": rng.choice(KEYWORDS),
            "place_id": rng.choice(places),
            "sort": "rating",
        },
        "keyword only": lambda: {"q": rng.choice(KEYWORDS)},
        "place only": lambda: {"place_id": rng.choice(places)},
    }
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for label, params in kinds.items():
            for _ in range(WARM_UP):
                await client.get("/api/v1/providers/search", params=params())
            latencies: list[float] = []
            found: list[int] = []
            for _ in range(SEARCHES if label.startswith("keyword + place") else SEARCHES // 4):
                started = time.perf_counter()
                answer = await client.get("/api/v1/providers/search", params=params())
                latencies.append(time.perf_counter() - started)
                if answer.status_code != 200:
                    raise RuntimeError(f"search answered {answer.status_code}: {answer.text}")
                found.append(answer.json()["total"])
            _report(label, latencies, found)


def run(base: str, database_url: str) -> None:
    seconds = asyncio.run(seed(database_url))
    print(
        f"Search over {PROVIDERS:,} providers (seeded in {seconds:.1f} s), one request at a time:"
    )
    asyncio.run(measure(base, database_url))
