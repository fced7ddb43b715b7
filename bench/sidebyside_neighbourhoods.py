"""What `bench.sidebyside`'s "neighbourhood feed" row reads (issue 22), written with SQL: 100
neighbourhoods of 20 residents each (the bench partner lives in the first), 100,000 posts
(1,000 a neighbourhood, 7 minutes apart, every kind, help requests solved by a neighbour,
otherwise or still open, every 97th on behalf of someone, every 89th withdrawn) and 500,000
replies (five under each post, an hour apart). Every statement adds only what is missing
(fixed ids, ON CONFLICT DO NOTHING). Also the feed query's time at the database: EXPLAIN
(ANALYZE) of Kring's statement for the partner's first page."""

from __future__ import annotations

import time

import asyncpg

NEIGHBOURHOODS = 100
RESIDENTS = 20  # per neighbourhood
POSTS = 100_000
REPLIES_PER_POST = 5

NEIGHBOURHOOD_SQL = (
    """
    INSERT INTO neighbourhood (id, name, country, latitude, longitude)
    SELECT md5('bench-neighbourhood-' || n)::uuid, 'Benchbuurt ' || lpad(n::text, 3, '0'), 'NL',
           52.0 + n / 1000.0, 5.0 + n / 1000.0
    FROM generate_series(1, $1::int) AS n
    ON CONFLICT DO NOTHING
    """,
    # Resident i of neighbourhood n: a person of their own.
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                              email_verified_at)
    SELECT md5('bench-neighbour-' || n || '-' || i)::uuid,
           'bench-neighbour-' || n || '-' || i || '@example.org',
           (ARRAY['Anna', 'Bram', 'Fatima', 'Joost', 'Noor', 'Wim', 'Sanne'])[1 + (n + i) % 7],
           (ARRAY['Visser', 'de Boer', 'Bakker', 'Yilmaz', 'Jansen'])[1 + i % 5], 'nl', 'active',
           'not-a-password', now()
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS i
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO resident (id, user_id, neighbourhood_id, country, street, house_number, postcode,
                          city, latitude, longitude, joined_by)
    SELECT md5('bench-resident-' || n || '-' || i)::uuid,
           md5('bench-neighbour-' || n || '-' || i)::uuid,
           md5('bench-neighbourhood-' || n)::uuid, 'NL', 'Biltstraat', (i + 1)::text, '3572 AB',
           'Utrecht', 52.0 + n / 1000.0, 5.0 + n / 1000.0, 'address'
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS i
    ON CONFLICT DO NOTHING
    """,
    # The bench partner lives in the first neighbourhood (unless they live somewhere already).
    """
    INSERT INTO resident (id, user_id, neighbourhood_id, country, street, house_number, postcode,
                          city, latitude, longitude, joined_by)
    SELECT md5('bench-resident-partner')::uuid, u.id, md5('bench-neighbourhood-1')::uuid, 'NL',
           'Biltstraat', '1', '3572 AB', 'Utrecht', 52.001, 5.001, 'address'
    FROM user_account u WHERE lower(u.email) = $1::varchar
    ON CONFLICT DO NOTHING
    """,
    # Post p: in neighbourhood p % 100 + 1, by one of its residents, 7 minutes before p - 1.
    """
    WITH drawn AS (
        SELECT p, p % $2::int + 1 AS n, (p / $2::int) % $3::int + 1 AS i,
               (ARRAY['help_request', 'help_request', 'general', 'lost_and_found',
                      'giving_away'])[1 + p % 5] AS kind,
               date_trunc('minute', now()) - p * interval '7 minutes' AS at
        FROM generate_series(1, $1::int) AS p
    )
    INSERT INTO neighbourhood_post (id, neighbourhood_id, author_user_id, kind, title, body,
                                    on_behalf, anonymous, status, solved_at, solved_by_user_id,
                                    withdrawn_at, reply_count, first_reply_at, last_reply_at,
                                    created_at, modified_at)
    SELECT md5('bench-post-' || p)::uuid, md5('bench-neighbourhood-' || n)::uuid,
           md5('bench-neighbour-' || n || '-' || i)::uuid, kind,
           (ARRAY['Wie kan zaterdag boodschappen doen?', 'Ladder te leen?',
                  'Kat gevonden in de Biltstraat', 'Kinderfiets weg te geven',
                  'Hulp bij het ophangen van een lamp'])[1 + p % 5],
           'Ik zoek iemand in de buurt die even kan helpen. Reageer hier of stuur me een bericht.',
           p % 97 = 0, p % 194 = 0,
           CASE WHEN p % 89 = 0 THEN 'withdrawn'
                WHEN kind = 'help_request' AND p % 3 <> 0 THEN 'solved' ELSE 'open' END,
           CASE WHEN p % 89 <> 0 AND kind = 'help_request' AND p % 3 <> 0
                THEN at + interval '1 day' END,
           CASE WHEN p % 89 <> 0 AND kind = 'help_request' AND p % 3 = 1
                THEN md5('bench-neighbour-' || n || '-' || (i % $3::int + 1))::uuid END,
           CASE WHEN p % 89 = 0 THEN at + interval '2 days' END,
           $4::int, at + interval '1 hour', at + $4::int * interval '1 hour', at, at
    FROM drawn
    ON CONFLICT DO NOTHING
    """,
    # Reply r of post p, by another resident of its neighbourhood.
    """
    INSERT INTO neighbourhood_reply (id, post_id, author_user_id, body, created_at, modified_at)
    SELECT md5('bench-reply-' || p || '-' || r)::uuid, md5('bench-post-' || p)::uuid,
           md5('bench-neighbour-' || (p % $2::int + 1) || '-'
               || (((p / $2::int) + r) % $3::int + 1))::uuid,
           'Ik kan je helpen, ik stuur je een bericht.',
           date_trunc('minute', now()) - p * interval '7 minutes' + r * interval '1 hour',
           date_trunc('minute', now()) - p * interval '7 minutes' + r * interval '1 hour'
    FROM generate_series(1, $1::int) AS p CROSS JOIN generate_series(1, $4::int) AS r
    ON CONFLICT DO NOTHING
    """,
)


async def seed_neighbourhoods(connection: asyncpg.Connection, partner: str) -> None:
    """The neighbourhoods, residents, posts and replies (unless there)."""
    if await connection.fetchval(
        "SELECT EXISTS (SELECT FROM neighbourhood_reply"
        " WHERE id = md5('bench-reply-' || $1 || '-' || $2)::uuid)",
        str(POSTS),
        str(REPLIES_PER_POST),
    ):
        print("  the neighbourhoods, posts and replies are already seeded")
        return
    started = time.perf_counter()
    areas, people, residents, partner_home, posts, replies = NEIGHBOURHOOD_SQL
    async with connection.transaction():
        await connection.execute(areas, NEIGHBOURHOODS)
        await connection.execute(people, NEIGHBOURHOODS, RESIDENTS)
        await connection.execute(residents, NEIGHBOURHOODS, RESIDENTS)
        await connection.execute(partner_home, partner)
        await connection.execute(posts, POSTS, NEIGHBOURHOODS, RESIDENTS, REPLIES_PER_POST)
        await connection.execute(replies, POSTS, NEIGHBOURHOODS, RESIDENTS, REPLIES_PER_POST)
    for table in ("neighbourhood", "resident", "neighbourhood_post", "neighbourhood_reply"):
        await connection.execute(f"VACUUM ANALYZE {table}")
    await connection.execute("ANALYZE user_account")
    counts = await connection.fetchrow(
        """
        SELECT (SELECT count(*) FROM neighbourhood) AS neighbourhoods,
               (SELECT count(*) FROM neighbourhood_post) AS posts,
               (SELECT count(*) FROM neighbourhood_reply) AS replies
        """
    )
    print(
        f"  seeded {counts['neighbourhoods']:,} neighbourhoods, {counts['posts']:,} posts,"
        f" {counts['replies']:,} replies in {time.perf_counter() - started:.0f} s"
    )


async def partner_neighbourhood(connection: asyncpg.Connection, partner: str) -> str | None:
    found = await connection.fetchval(
        "SELECT r.neighbourhood_id FROM resident r JOIN user_account u ON u.id = r.user_id"
        " WHERE lower(u.email) = $1",
        partner,
    )
    return str(found) if found is not None else None


async def explain_feed(connection: asyncpg.Connection, partner: str) -> None:
    """The feed's first page at the database: Kring's statement under EXPLAIN ANALYZE."""
    from bench.bare.neighbourhoods_sql import FEED

    user_id, neighbourhood_id = await connection.fetchrow(
        "SELECT u.id, r.neighbourhood_id FROM resident r JOIN user_account u ON u.id = r.user_id"
        " WHERE lower(u.email) = $1",
        partner,
    )
    times = []
    plan: list[str] = []
    for _ in range(20):
        rows = await connection.fetch(
            "EXPLAIN (ANALYZE, BUFFERS) " + FEED, user_id, neighbourhood_id, 21
        )
        plan = [row[0] for row in rows]
        execution = next(line for line in plan if line.startswith("Execution Time"))
        times.append(float(execution.split(":")[1].split()[0]))
    times.sort()
    print(
        f"  neighbourhood feed at the database (EXPLAIN ANALYZE, 20 runs): median"
        f" {times[len(times) // 2]:.2f} ms, p95 {times[int(len(times) * 0.95) - 1]:.2f} ms;"
        f" plan: {' / '.join(line.strip() for line in plan[:3])}"
    )
