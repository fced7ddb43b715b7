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

# One statement, each row written once (the search text at insert, not by a later UPDATE that
# would rewrite every row and its indexes): users, profiles, a category and a service each, and
# for providers working in listed places the three places nearest to where they live.
SEED_SQL = """
WITH numbered_places AS (
    SELECT id, latitude, longitude, row_number() OVER (ORDER BY id) AS n FROM place
), place_count AS (SELECT count(*) AS total FROM place),
nearest_places AS (
    SELECT np.n, near.id
    FROM numbered_places np
    JOIN LATERAL (
        SELECT id FROM place
        ORDER BY (place.latitude - np.latitude) ^ 2 + (place.longitude - np.longitude) ^ 2
        LIMIT 3
    ) AS near ON true
), categories AS (
    SELECT id, slug, name_nl, name_fr, name_en, row_number() OVER (ORDER BY position, slug) AS n
    FROM category
), category_count AS (SELECT count(*) AS total FROM categories),
new_users AS (
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash)
    SELECT gen_random_uuid(), 'bench-provider-' || g || '@example.org',
           ($2::text[])[1 + g % array_length($2::text[], 1)],
           ($3::text[])[1 + (g * 7) % array_length($3::text[], 1)],
           'nl', 'active', 'not-a-password'
    FROM generate_series(1, $1::int) AS g
    RETURNING id, email, first_name, last_name
), numbered AS (
    SELECT u.id, u.first_name, u.last_name, c.id AS category_id, c.name_nl,
           substring(u.email FROM 'bench-provider-([0-9]+)@')::int AS g,
           1 + (substring(u.email FROM 'bench-provider-([0-9]+)@')::int * 7919)
               % place_count.total AS place_n,
           c.name_nl || ' ' || c.name_fr || ' ' || c.name_en || ' ' || c.slug || ' ' ||
               c.name_nl || ' aan huis' AS category_words
    FROM new_users u
    JOIN place_count ON true
    JOIN category_count ON true
    JOIN categories c
      ON c.n = 1 + substring(u.email FROM 'bench-provider-([0-9]+)@')::int % category_count.total
), profiles AS (
    INSERT INTO provider_profile (
        id, user_id, status, suspended_reason, service_kinds, completed_steps, latitude,
        longitude, work_area_kind, radius_km, day_parts, introduction, live_at, rating_count,
        rating_sum, search_title, search_body
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
           lower(translate(
               u.first_name || ' ' || coalesce(u.last_name, '') || ' ' || u.category_words,
               'ÉéèêëáàäâóöôüûïîçË-', 'eeeeeaaaaooouuiice '
           )),
           'ik help u graag thuis vriendelijk en betrouwbaar per uur thuis'
    FROM numbered u
    JOIN numbered_places AS p ON p.n = u.place_n
    RETURNING id, user_id, work_area_kind
), linked AS (
    INSERT INTO provider_category (profile_id, category_id)
    SELECT pr.id, u.category_id FROM profiles pr JOIN numbered u ON u.id = pr.user_id
    RETURNING profile_id
), services AS (
    INSERT INTO provider_service (id, profile_id, name, price_cents, unit, description, position)
    SELECT gen_random_uuid(), pr.id, u.name_nl || ' aan huis',
           1000 + (abs(hashtext(pr.id::text)) % 80) * 50, 'hour', 'Per uur, thuis.', 0
    FROM profiles pr JOIN numbered u ON u.id = pr.user_id
    RETURNING profile_id
)
INSERT INTO provider_work_place (profile_id, place_id)
SELECT pr.id, near.id
FROM profiles pr
JOIN numbered u ON u.id = pr.user_id
JOIN nearest_places near ON near.n = u.place_n
WHERE pr.work_area_kind = 'places'
"""

SEEDED = (
    "user_account",
    "provider_profile",
    "provider_category",
    "provider_service",
    "provider_work_place",
)


async def seed(database_url: str) -> float | None:
    """Seed the providers unless a previous run did (then None); the seconds it took."""
    url = database_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(url)
    started = time.perf_counter()
    try:
        if await connection.fetchval(
            "SELECT count(*) FROM user_account WHERE email LIKE 'bench-provider-%'"
        ):
            return None
        async with connection.transaction():
            await connection.execute(
                SEED_SQL, PROVIDERS, FIRST_NAMES.split(), LAST_NAMES.split(",")
            )
        # As autovacuum would: statistics, and the visibility map for index-only scans.
        await connection.execute(f"VACUUM ANALYZE {', '.join(SEEDED)}")
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
                body = answer.json()
                # Keyset pages (`items`, `next_cursor`) may carry no total: count the page.
                found.append(body.get("total", len(body.get("items", body.get("results", [])))))
            _report(label, latencies, found)


def run(base: str, database_url: str) -> None:
    seconds = asyncio.run(seed(database_url))
    seeded = f"seeded in {seconds:.1f} s" if seconds is not None else "already seeded"
    print(f"Search over {PROVIDERS:,} providers ({seeded}), one request at a time:")
    asyncio.run(measure(base, database_url))
