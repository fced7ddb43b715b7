"""The provider portal's dashboard: four GETs sent at once (profile, reviews, statistics, inbox)
by many signed-in providers, round after round; then the same four while another connection
holds the provider's profile row (`SELECT ... FOR UPDATE`), to show whether reads wait on it.

Providers are seeded with SQL (live, with contact requests and reviews) and log in through
the API with their password (plain providers have no second factor)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict
from typing import Any

import asyncpg
import httpx

from bench.results import save, summary
from kring.models.provider import WIZARD_STEPS

PROVIDERS = 50
ROUNDS = 20  # per provider, after the warm-up
WARM_UP = 2
REQUESTS_EACH = 40  # contact requests per provider; every other one is handled and reviewed
HELD_TRIALS = 20
HOLD_SECONDS = 0.2
EMAIL = "bench-dashboard-{}@example.org"
ENDPOINTS = {
    "profile": "/api/v1/provider/profile",
    "reviews": "/api/v1/provider/reviews",
    "statistics": "/api/v1/provider/statistics",
    "inbox": "/api/v1/provider/contact-requests",
}

SEED_SQL = """
WITH wanted AS (
    SELECT g, 'bench-dashboard-' || g || '@example.org' AS email
    FROM generate_series(1, $1::int) AS g
    WHERE NOT EXISTS (
        SELECT 1 FROM user_account u
        WHERE lower(u.email) = 'bench-dashboard-' || g || '@example.org'
    )
), new_users AS (
    INSERT INTO user_account (
        id, email, first_name, last_name, language, status, password_hash,
        password_changed_at, email_verified_at
    )
    SELECT gen_random_uuid(), email, 'Dash' || g, 'Bench', 'nl', 'active', $2, now(), now()
    FROM wanted
    RETURNING id
), profiles AS (
    INSERT INTO provider_profile (
        id, user_id, status, service_kinds, completed_steps, terms_version, terms_accepted_at,
        latitude, longitude, work_area_kind, radius_km, day_parts, introduction, live_at,
        search_title, search_body
    )
    SELECT gen_random_uuid(), id, 'live', ARRAY['home_services']::varchar[], $3::varchar[],
           '2026-11', now(), 52.0907, 5.1214, 'radius', 25, 1234,
           'Bench: het dashboard van een aanbieder.', now() - interval '200 days',
           'dashboard bench', 'dashboard bench'
    FROM new_users
    RETURNING id
), requests AS (
    INSERT INTO contact_request (
        id, created_at, modified_at, profile_id, name, email, phone, location, for_whom,
        message, language, status, deadline_at, answered_at, handled_at
    )
    SELECT gen_random_uuid(), t.at, t.at, p.id, 'Klant ' || r, 'klant' || r || '@example.org',
           '+31612345678', 'Utrecht', 'self', 'Kunt u mij bellen over een afspraak?', 'nl',
           CASE WHEN r % 4 = 0 THEN 'new' WHEN r % 4 = 1 THEN 'in_progress' ELSE 'handled' END,
           t.at + interval '2 days',
           CASE WHEN r % 4 <> 0 THEN t.at + interval '5 hours' END,
           CASE WHEN r % 4 >= 2 THEN t.at + interval '3 days' END
    FROM profiles p
    CROSS JOIN generate_series(1, $4::int) AS r
    CROSS JOIN LATERAL (SELECT now() - r * interval '2 days' AS at) AS t
    RETURNING id, profile_id, status
)
INSERT INTO review (id, contact_request_id, profile_id, stars, text, author_name)
SELECT gen_random_uuid(), id, profile_id, 3 + abs(hashtext(id::text)) % 3,
       'Fijn geholpen, op tijd en vriendelijk.', 'Klant'
FROM requests
WHERE status = 'handled'
"""

RATINGS_SQL = """
UPDATE provider_profile pp
SET rating_count = r.count, rating_sum = r.sum
FROM (SELECT profile_id, count(*) AS count, sum(stars) AS sum FROM review GROUP BY profile_id) r
WHERE r.profile_id = pp.id AND pp.search_title = 'dashboard bench'
"""


def _dsn(database_url: str) -> str:
    return database_url.replace("postgresql+asyncpg://", "postgresql://")


async def seed(database_url: str, password_hash: str) -> float | None:
    """Seed the providers unless a previous run did (then None); the seconds it took."""
    connection = await asyncpg.connect(_dsn(database_url))
    started = time.perf_counter()
    try:
        if (
            await connection.fetchval(
                "SELECT count(*) FROM user_account WHERE email LIKE 'bench-dashboard-%'"
            )
            >= PROVIDERS
        ):
            return None
        async with connection.transaction():
            await connection.execute(
                SEED_SQL, PROVIDERS, password_hash, list(WIZARD_STEPS), REQUESTS_EACH
            )
            await connection.execute(RATINGS_SQL)
        await connection.execute("ANALYZE provider_profile, contact_request, review")
    finally:
        await connection.close()
    return time.perf_counter() - started


async def _log_in(base: str, number: int, password: str) -> httpx.AsyncClient:
    # Idle connections are dropped after 3 s, before uvicorn closes them (5 s): otherwise a
    # request sent on a connection the server is closing at that moment gets no answer.
    limits = httpx.Limits(keepalive_expiry=3.0)
    client = httpx.AsyncClient(base_url=base, timeout=120, limits=limits, headers={"Origin": base})
    answer = await client.post(
        "/api/v1/auth/login", json={"email": EMAIL.format(number), "password": password}
    )
    if answer.status_code != 200 or "challenge_id" in answer.json():
        await client.aclose()
        raise RuntimeError(f"log-in of provider {number}: {answer.status_code} {answer.text}")
    return client


async def _round(client: httpx.AsyncClient) -> tuple[dict[str, float], list[int]]:
    """The four GETs at once; each one's time, and any status other than 200."""
    times: dict[str, float] = {}
    bad: list[int] = []

    async def one(name: str, path: str) -> None:
        started = time.perf_counter()
        try:
            answer = await client.get(path)
        except httpx.RemoteProtocolError:
            # The server closed a keep-alive connection as it was reused: a browser sends the
            # GET again on a fresh one, and so does this client (counted in the time).
            answer = await client.get(path)
        times[name] = time.perf_counter() - started
        if answer.status_code != 200:
            bad.append(answer.status_code)

    await asyncio.gather(*(one(name, path) for name, path in ENDPOINTS.items()))
    return times, bad


async def _rounds(clients: list[httpx.AsyncClient]) -> dict[str, Any]:
    for _ in range(WARM_UP):
        await asyncio.gather(*(_round(c) for c in clients))
    per_endpoint: dict[str, list[float]] = defaultdict(list)
    rounds: list[float] = []
    failures: list[int] = []

    async def provider(client: httpx.AsyncClient) -> None:
        for _ in range(ROUNDS):
            started = time.perf_counter()
            times, bad = await _round(client)
            rounds.append(time.perf_counter() - started)
            failures.extend(bad)
            for name, seconds in times.items():
                per_endpoint[name].append(seconds)

    started = time.perf_counter()
    await asyncio.gather(*(provider(c) for c in clients))
    elapsed = time.perf_counter() - started
    return {
        "rounds_per_second": round(len(rounds) / elapsed, 1),
        "requests_per_second": round(4 * len(rounds) / elapsed, 1),
        "round": summary(rounds),
        **{name: summary(per_endpoint[name]) for name in ENDPOINTS},
        # Status -> count; a 500 after 30 s is the database pool's wait running out.
        "non_200": {str(k): v for k, v in sorted(Counter(failures).items())},
    }


async def _one_at_a_time(
    database_url: str, clients: list[httpx.AsyncClient], *, hold: bool
) -> dict[str, Any]:
    """One provider at a time: with `hold`, lock the profile row in another connection for
    HOLD_SECONDS, send the four GETs just after, release; time each GET and see whether it
    answered before the lock was released. Without `hold`: the same four, nothing held."""
    connection = await asyncpg.connect(_dsn(database_url))
    per_endpoint: dict[str, list[float]] = defaultdict(list)
    rounds: list[float] = []
    before_release = 0
    failures: list[int] = []
    try:
        for trial in range(HELD_TRIALS):
            client = clients[trial % len(clients)]
            email = EMAIL.format(trial % len(clients) + 1)
            async with connection.transaction():
                if hold:
                    await connection.execute(
                        "SELECT pp.id FROM provider_profile pp"
                        " JOIN user_account u ON u.id = pp.user_id"
                        " WHERE u.email = $1 FOR UPDATE OF pp",
                        email,
                    )
                locked_at = time.perf_counter()
                reads = asyncio.create_task(_round(client))
                if hold:
                    await asyncio.sleep(HOLD_SECONDS)
                else:
                    await asyncio.wait([reads])
                released_at = time.perf_counter()
            times, bad = await reads
            rounds.append(time.perf_counter() - locked_at)
            failures.extend(bad)
            for name, seconds in times.items():
                per_endpoint[name].append(seconds)
                before_release += locked_at + seconds < released_at
    finally:
        await connection.close()
    figures: dict[str, Any] = {"trials": HELD_TRIALS}
    if hold:
        figures.update(
            hold_ms=HOLD_SECONDS * 1e3, answered_while_held=before_release, of=4 * HELD_TRIALS
        )
    return {
        **figures,
        "round": summary(rounds),
        **{name: summary(per_endpoint[name]) for name in ENDPOINTS},
        # Status -> count; a 500 after 30 s is the database pool's wait running out.
        "non_200": {str(k): v for k, v in sorted(Counter(failures).items())},
    }


def _line(label: str, figures: dict[str, Any]) -> str:
    return (
        f"  {label:<12}{figures['n']:>7}{figures['p50_ms']:>9.1f}{figures['p95_ms']:>9.1f}"
        f"{figures['p99_ms']:>9.1f}{figures['max_ms']:>9.1f}"
    )


def _print(concurrent: dict[str, Any], idle: dict[str, Any], held: dict[str, Any]) -> None:
    header = f"  {'':<12}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    print(
        f"  {PROVIDERS} providers at once, each sending the four GETs together, {ROUNDS} rounds: "
        f"{concurrent['rounds_per_second']} rounds/s ({concurrent['requests_per_second']} req/s),"
        f" non-200: {concurrent['non_200'] or 'none'}"
    )
    print(header)
    print(_line("all four", concurrent["round"]))
    for name in ENDPOINTS:
        print(_line(name, concurrent[name]))
    print(
        f"  One provider at a time, nothing else running ({idle['trials']} trials), "
        f"non-200: {idle['non_200'] or 'none'}"
    )
    print(header)
    print(_line("all four", idle["round"]))
    for name in ENDPOINTS:
        print(_line(name, idle[name]))
    print(
        f"  While another connection holds the profile row for {held['hold_ms']:.0f} ms "
        f"({held['trials']} trials, one provider at a time): {held['answered_while_held']} of "
        f"{held['of']} GETs answered before the lock was released, "
        f"non-200: {held['non_200'] or 'none'}"
    )
    print(header)
    print(_line("all four", held["round"]))
    for name in ENDPOINTS:
        print(_line(name, held[name]))


async def measure(base: str, database_url: str, password: str) -> dict[str, Any]:
    clients = await asyncio.gather(*(_log_in(base, n + 1, password) for n in range(PROVIDERS)))
    try:
        concurrent = await _rounds(clients)
        idle = await _one_at_a_time(database_url, clients, hold=False)
        held = await _one_at_a_time(database_url, clients, hold=True)
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    return {"concurrent": concurrent, "one_at_a_time": idle, "held_lock": held}


def run(base: str, database_url: str) -> None:
    from kring.auth.passwords import hash_password
    from kring.dev.demo import DEMO_PASSWORD

    seconds = asyncio.run(seed(database_url, asyncio.run(hash_password(DEMO_PASSWORD))))
    seeded = f"seeded in {seconds:.1f} s" if seconds is not None else "already seeded"
    print(f"Provider dashboard ({PROVIDERS} providers, {seeded}):")
    figures = asyncio.run(measure(base, database_url, DEMO_PASSWORD))
    _print(figures["concurrent"], figures["one_at_a_time"], figures["held_lock"])
    config = {
        "providers": PROVIDERS,
        "rounds": ROUNDS,
        "contact_requests_each": REQUESTS_EACH,
        "endpoints": ENDPOINTS,
    }
    path = save("dashboard", {"config": config, **figures})
    print(f"  figures: {path.relative_to(path.parent.parent.parent)}")
