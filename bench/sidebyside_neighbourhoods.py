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

# Resident i of neighbourhood n, a person of their own: $1 neighbourhoods, $2 residents each.
NEIGHBOURS_SQL = """
INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                          email_verified_at)
SELECT md5('bench-neighbour-' || n || '-' || i)::uuid,
       'bench-neighbour-' || n || '-' || i || '@example.org',
       (ARRAY['Anna', 'Bram', 'Fatima', 'Joost', 'Noor', 'Wim', 'Sanne'])[1 + (n + i) % 7],
       (ARRAY['Visser', 'de Boer', 'Bakker', 'Yilmaz', 'Jansen'])[1 + i % 5], 'nl', 'active',
       'not-a-password', now()
FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS i
ON CONFLICT DO NOTHING
"""
NEIGHBOURHOOD_SQL = (
    """
    INSERT INTO neighbourhood (id, name, country, latitude, longitude)
    SELECT md5('bench-neighbourhood-' || n)::uuid, 'Benchbuurt ' || lpad(n::text, 3, '0'), 'NL',
           52.0 + n / 1000.0, 5.0 + n / 1000.0
    FROM generate_series(1, $1::int) AS n
    ON CONFLICT DO NOTHING
    """,
    NEIGHBOURS_SQL,
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


# --- the other lists of issue 22 ---------------------------------------------------------------
# Each neighbourhood grows to 150 residents spread over about a kilometre (20 already there), two
# in three offering one to three skills; the partner serves the first neighbourhood as its worker
# and has posted 200 times there (every tenth on behalf of someone, every twentieth
# anonymously); 30 open help requests nobody answered in each neighbourhood (3 days and more
# old); one busy post in the first with 120 replies; 20,000 conversations between neighbours
# (8 messages each) and 60 of the partner's (12 each, every fifth about a post, some unread);
# 3,000 reports, every third still open; two postcode areas and a place per neighbourhood.
LIST_RESIDENTS = 150  # per neighbourhood, the first RESIDENTS included
MY_POSTS = 200
UNANSWERED = 30  # per neighbourhood
BUSY_REPLIES = 120
CONVERSATIONS = 20_000
MESSAGES = 8
PARTNER_CONVERSATIONS = 60
PARTNER_MESSAGES = 12
REPORTS = 3_000

LISTS_SQL = (
    # The residents beyond the feed's first 20, then everyone's spot (about 1 km across).
    NEIGHBOURS_SQL,
    """
    INSERT INTO resident (id, user_id, neighbourhood_id, country, street, house_number, postcode,
                          city, latitude, longitude, joined_by, about,
                          volunteers_for_organisations)
    SELECT md5('bench-resident-' || n || '-' || i)::uuid,
           md5('bench-neighbour-' || n || '-' || i)::uuid,
           md5('bench-neighbourhood-' || n)::uuid, 'NL', 'Biltstraat', (i + 1)::text, '3572 AB',
           'Utrecht', 52.0 + n / 1000.0, 5.0 + n / 1000.0, 'address',
           CASE WHEN i % 4 = 0 THEN 'Gepensioneerd, graag bezig in de buurt.' END, i % 6 = 0
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS i
    ON CONFLICT DO NOTHING
    """,
    """
    UPDATE resident r
    SET latitude = 52.0 + s.n / 1000.0 + ((s.i * 37) % 41 - 20) / 4000.0,
        longitude = 5.0 + s.n / 1000.0 + ((s.i * 53) % 43 - 21) / 2600.0
    FROM (SELECT n, i FROM generate_series(1, $1::int) AS n
          CROSS JOIN generate_series(1, $2::int) AS i) AS s
    WHERE r.id = md5('bench-resident-' || s.n || '-' || s.i)::uuid
    """,
    # Two in three residents offer 1 to 3 skills of the list, the first one of the list's first four
    # (groceries and the like: a page and more of helpers each).
    """
    WITH skills AS (
        SELECT id, (row_number() OVER (ORDER BY position, slug)) - 1 AS k FROM skill
    ), counted AS (SELECT count(*) AS total FROM skill)
    INSERT INTO resident_skill (resident_id, skill_id)
    SELECT md5('bench-resident-' || n || '-' || i)::uuid, skills.id
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS i
    CROSS JOIN generate_series(0, 2) AS j CROSS JOIN counted
    JOIN skills ON skills.k = CASE WHEN j = 0 THEN (i + n) % 4
                                   ELSE (i * 7 + n + j * 11) % counted.total END
    WHERE i % 3 <> 0 AND j <= i % 3
    ON CONFLICT DO NOTHING
    """,
    # The partner serves the first neighbourhood.
    """
    INSERT INTO neighbourhood_worker (user_id, neighbourhood_id)
    SELECT u.id, md5('bench-neighbourhood-1')::uuid FROM user_account u
    WHERE lower(u.email) = $1::varchar
    ON CONFLICT DO NOTHING
    """,
    # The partner's own posts, 5 hours apart, every tenth on behalf of someone.
    """
    INSERT INTO neighbourhood_post (id, neighbourhood_id, author_user_id, kind, title, body,
                                    on_behalf, anonymous, posted_for_name, status, reply_count,
                                    created_at, modified_at)
    SELECT md5('bench-partner-post-' || k)::uuid, md5('bench-neighbourhood-1')::uuid, u.id,
           (ARRAY['help_request', 'general', 'giving_away'])[1 + k % 3],
           'Buurtwerk: ' || (ARRAY['koffieochtend', 'hulp gezocht', 'spullen over'])[1 + k % 3],
           'Wie helpt mee? Laat het hier weten of stuur een bericht.',
           k % 10 = 0, k % 20 = 0, CASE WHEN k % 10 = 0 AND k % 20 <> 0 THEN 'Mevrouw Bos' END,
           'open', 0, date_trunc('minute', now()) - k * interval '5 hours' - interval '3 minutes',
           date_trunc('minute', now()) - k * interval '5 hours' - interval '3 minutes'
    FROM user_account u CROSS JOIN generate_series(1, $2::int) AS k
    WHERE lower(u.email) = $1::varchar
    ON CONFLICT DO NOTHING
    """,
    # Help requests nobody answered: 30 per neighbourhood, 3 days old and older, 9 hours apart.
    """
    INSERT INTO neighbourhood_post (id, neighbourhood_id, author_user_id, kind, title, body,
                                    status, reply_count, created_at, modified_at)
    SELECT md5('bench-unanswered-' || n || '-' || k)::uuid,
           md5('bench-neighbourhood-' || n)::uuid,
           md5('bench-neighbour-' || n || '-' || (k % 20 + 1))::uuid, 'help_request',
           'Wie kan me naar het ziekenhuis brengen?', 'Donderdagochtend, het is niet ver.',
           'open', 0,
           date_trunc('minute', now()) - interval '3 days' - (k * 9 + n % 7) * interval '1 hour',
           date_trunc('minute', now()) - interval '3 days' - (k * 9 + n % 7) * interval '1 hour'
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(1, $2::int) AS k
    ON CONFLICT DO NOTHING
    """,
    # The busy post: 120 replies, a minute apart, every seventh by the partner, the others by
    # residents 3 and on.
    """
    INSERT INTO neighbourhood_post (id, neighbourhood_id, author_user_id, kind, title, body,
                                    status, reply_count, first_reply_at, last_reply_at,
                                    created_at, modified_at)
    SELECT md5('bench-busy-post')::uuid, md5('bench-neighbourhood-1')::uuid,
           md5('bench-neighbour-1-2')::uuid, 'general', 'Buurtfeest op het plein: wie doet mee?',
           'Zaterdag over twee weken. Wie neemt wat mee?', 'open', $1::int,
           date_trunc('minute', now()) - interval '2 days' + interval '1 minute',
           date_trunc('minute', now()) - interval '2 days' + $1::int * interval '1 minute',
           date_trunc('minute', now()) - interval '2 days',
           date_trunc('minute', now()) - interval '2 days'
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO neighbourhood_reply (id, post_id, author_user_id, body, created_at, modified_at)
    SELECT md5('bench-busy-reply-' || r)::uuid, md5('bench-busy-post')::uuid,
           CASE WHEN r % 7 = 0 THEN (SELECT id FROM user_account WHERE lower(email) = $2::varchar)
                ELSE md5('bench-neighbour-1-' || (r % ($3::int - 2) + 3))::uuid END,
           'Ik neem een taart mee!',
           date_trunc('minute', now()) - interval '2 days' + r * interval '1 minute',
           date_trunc('minute', now()) - interval '2 days' + r * interval '1 minute'
    FROM generate_series(1, $1::int) AS r
    ON CONFLICT DO NOTHING
    """,
    # Conversation c: in neighbourhood c % 100 + 1, between resident a and a + 1 (or a + 2).
    """
    WITH drawn AS (
        SELECT c, c % $2::int + 1 AS n, (c / $2::int) % $3::int + 1 AS a,
               ((c / $2::int) % $3::int + 1 + (c / $2::int) / $3::int) % $3::int + 1 AS b,
               date_trunc('minute', now()) - c * interval '2 minutes' AS last_at
        FROM generate_series(1, $1::int) AS c
    ), pairs AS (
        SELECT c, last_at, md5('bench-neighbour-' || n || '-' || a)::uuid AS one,
               md5('bench-neighbour-' || n || '-' || b)::uuid AS other
        FROM drawn
    )
    INSERT INTO neighbour_conversation (id, first_user_id, second_user_id, last_message_at,
                                        created_at, modified_at)
    SELECT md5('bench-conversation-' || c)::uuid, least(one, other), greatest(one, other),
           last_at, last_at - interval '1 day', last_at
    FROM pairs
    ON CONFLICT DO NOTHING
    """,
    # The partner's conversations with the first neighbourhood's residents 3 to 62.
    """
    INSERT INTO neighbour_conversation (id, first_user_id, second_user_id, post_id,
                                        last_message_at, created_at, modified_at)
    SELECT md5('bench-partner-conversation-' || k)::uuid, least(u.id, o.id), greatest(u.id, o.id),
           CASE WHEN k % 5 = 0 THEN md5('bench-partner-post-' || k)::uuid END,
           date_trunc('minute', now()) - k * interval '37 minutes',
           date_trunc('minute', now()) - k * interval '37 minutes' - interval '1 day',
           date_trunc('minute', now()) - k * interval '37 minutes'
    FROM user_account u CROSS JOIN generate_series(1, $2::int) AS k
    CROSS JOIN LATERAL (SELECT md5('bench-neighbour-1-' || (k + 2))::uuid AS id) AS o
    WHERE lower(u.email) = $1::varchar
    ON CONFLICT DO NOTHING
    """,
    # Their messages, the last at the conversation's last_message_at, 10 minutes apart, the two
    # taking turns.
    """
    INSERT INTO neighbour_message (id, conversation_id, sender_user_id, body, created_at,
                                   modified_at)
    SELECT md5(c.id::text || '-' || m)::uuid, c.id,
           CASE WHEN m % 2 = 0 THEN c.first_user_id ELSE c.second_user_id END,
           'Dank je! Zal ik zaterdag om tien uur langskomen?',
           c.last_message_at - ($1::int - m) * interval '10 minutes',
           c.last_message_at - ($1::int - m) * interval '10 minutes'
    FROM neighbour_conversation c CROSS JOIN generate_series(1, $1::int) AS m
    WHERE c.id = ANY($2::uuid[])
    ON CONFLICT DO NOTHING
    """,
    # Both members; the first read it all, the second up to three messages before the last
    # (every other conversation).
    """
    INSERT INTO neighbour_conversation_member (conversation_id, user_id, last_message_at,
                                               last_read_at)
    SELECT c.id, side.user_id, c.last_message_at,
           CASE WHEN side.first OR (hashtext(c.id::text) % 2 = 0) THEN c.last_message_at
                ELSE c.last_message_at - interval '25 minutes' END
    FROM neighbour_conversation c
    CROSS JOIN LATERAL (VALUES (c.first_user_id, true), (c.second_user_id, false))
        AS side(user_id, first)
    WHERE c.id = ANY($1::uuid[])
    ON CONFLICT DO NOTHING
    """,
    # Report r: about post r (by its author), a reply or the person; every third still open.
    """
    WITH drawn AS (
        SELECT r, r % $2::int + 1 AS n, (r / $2::int) % $3::int + 1 AS author,
               ((r / $2::int) + 1) % $3::int + 1 AS reporter,
               date_trunc('minute', now()) - r * interval '17 minutes' AS at
        FROM generate_series(1, $1::int) AS r
    )
    INSERT INTO neighbourhood_report (id, reporter_user_id, reported_user_id, neighbourhood_id,
                                      subject_type, subject_id, reason, status, handled_at,
                                      handled_by_user_id, outcome, created_at, modified_at)
    SELECT md5('bench-report-' || r)::uuid,
           md5('bench-neighbour-' || n || '-' || reporter)::uuid,
           md5('bench-neighbour-' || n || '-' || author)::uuid,
           md5('bench-neighbourhood-' || n)::uuid,
           CASE WHEN r % 4 = 3 THEN 'person' ELSE 'post' END,
           CASE WHEN r % 4 = 3 THEN md5('bench-neighbour-' || n || '-' || author)::uuid
                ELSE md5('bench-post-' || r)::uuid END,
           'Dit is niet vriendelijk en hoort hier niet.',
           CASE WHEN r % 3 = 0 THEN 'open' ELSE 'handled' END,
           CASE WHEN r % 3 <> 0 THEN at + interval '5 hours' END,
           CASE WHEN r % 3 <> 0 THEN (SELECT id FROM user_account WHERE lower(email) = $4) END,
           CASE WHEN r % 3 <> 0 THEN 'Bericht verborgen, bewoner gesproken.' END, at, at
    FROM drawn
    ON CONFLICT DO NOTHING
    """,
    # Two postcode areas and a place each (the most populous Dutch places, one each).
    """
    INSERT INTO neighbourhood_area (id, neighbourhood_id, country, postcode_area)
    SELECT md5('bench-area-' || n || '-' || k)::uuid, md5('bench-neighbourhood-' || n)::uuid,
           'NL', (9000 + n * 2 + k)::text
    FROM generate_series(1, $1::int) AS n CROSS JOIN generate_series(0, 1) AS k
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO neighbourhood_area (id, neighbourhood_id, country, place_id)
    SELECT md5('bench-area-place-' || p.n)::uuid, md5('bench-neighbourhood-' || p.n)::uuid,
           'NL', p.id
    FROM (SELECT id, row_number() OVER (ORDER BY population DESC, id) AS n FROM place
          WHERE country = 'NL') AS p
    WHERE p.n <= $1::int
    ON CONFLICT DO NOTHING
    """,
)


async def seed_neighbourhood_lists(
    connection: asyncpg.Connection, partner: str, staff: str
) -> None:
    """What the helpers, my posts, unanswered, replies, conversations and the two staff lists
    read (unless there); needs `seed_neighbourhoods`' rows."""
    if await connection.fetchval(
        "SELECT EXISTS (SELECT FROM neighbourhood_area WHERE id = md5('bench-area-place-1')::uuid)"
    ) and await connection.fetchval(
        "SELECT EXISTS (SELECT FROM neighbour_conversation_member m"
        " JOIN neighbour_conversation c ON c.id = m.conversation_id"
        " WHERE c.id = md5('bench-conversation-' || $1)::uuid)",
        str(CONVERSATIONS),
    ):
        print("  the neighbourhoods' other lists are already seeded")
        return
    started = time.perf_counter()
    (
        people,
        residents,
        spots,
        skills,
        worker,
        mine,
        unanswered,
        busy,
        busy_replies,
        conversations,
        partner_conversations,
        messages,
        members,
        reports,
        postcodes,
        places,
    ) = LISTS_SQL
    async with connection.transaction():
        await connection.execute(people, NEIGHBOURHOODS, LIST_RESIDENTS)
        await connection.execute(residents, NEIGHBOURHOODS, LIST_RESIDENTS)
        await connection.execute(spots, NEIGHBOURHOODS, LIST_RESIDENTS)
        await connection.execute(skills, NEIGHBOURHOODS, LIST_RESIDENTS)
        await connection.execute(worker, partner)
        await connection.execute(mine, partner, MY_POSTS)
        await connection.execute(unanswered, NEIGHBOURHOODS, UNANSWERED)
        await connection.execute(busy, BUSY_REPLIES)
        await connection.execute(busy_replies, BUSY_REPLIES, partner, LIST_RESIDENTS)
        await connection.execute(conversations, CONVERSATIONS, NEIGHBOURHOODS, LIST_RESIDENTS)
        await connection.execute(partner_conversations, partner, PARTNER_CONVERSATIONS)
        for kind, count, each in (
            ("bench-conversation-", CONVERSATIONS, MESSAGES),
            ("bench-partner-conversation-", PARTNER_CONVERSATIONS, PARTNER_MESSAGES),
        ):
            ids = await connection.fetchval(
                "SELECT array_agg(md5($1 || c)::uuid) FROM generate_series(1, $2::int) AS c",
                kind,
                count,
            )
            await connection.execute(messages, each, ids)
            await connection.execute(members, ids)
        await connection.execute(reports, REPORTS, NEIGHBOURHOODS, RESIDENTS, staff)
        await connection.execute(postcodes, NEIGHBOURHOODS)
        await connection.execute(places, NEIGHBOURHOODS)
    for table in (
        "resident",
        "resident_skill",
        "neighbourhood_worker",
        "neighbourhood_post",
        "neighbourhood_reply",
        "neighbour_conversation",
        "neighbour_conversation_member",
        "neighbour_message",
        "neighbourhood_report",
        "neighbourhood_area",
    ):
        await connection.execute(f"VACUUM ANALYZE {table}")
    await connection.execute("ANALYZE user_account")
    counts = await connection.fetchrow(
        """
        SELECT (SELECT count(*) FROM resident) AS residents,
               (SELECT count(*) FROM resident_skill) AS skills,
               (SELECT count(*) FROM neighbour_conversation) AS conversations,
               (SELECT count(*) FROM neighbour_message) AS messages,
               (SELECT count(*) FROM neighbourhood_report) AS reports
        """
    )
    print(
        f"  seeded the neighbourhoods' lists: {counts['residents']:,} residents offering"
        f" {counts['skills']:,} skills, {counts['conversations']:,} conversations with"
        f" {counts['messages']:,} messages, {counts['reports']:,} reports in"
        f" {time.perf_counter() - started:.0f} s"
    )


async def list_ids(connection: asyncpg.Connection) -> dict[str, str | None]:
    """The busy post, and the skill most of the first neighbourhood's residents offer."""
    post = await connection.fetchval(
        "SELECT id FROM neighbourhood_post WHERE id = md5('bench-busy-post')::uuid"
    )
    skill = await connection.fetchval(
        """
        SELECT s.slug FROM resident_skill rs JOIN resident r ON r.id = rs.resident_id
        JOIN skill s ON s.id = rs.skill_id
        WHERE r.neighbourhood_id = md5('bench-neighbourhood-1')::uuid
        GROUP BY s.slug ORDER BY count(*) DESC, s.slug LIMIT 1
        """
    )
    return {"post": str(post) if post else None, "helper_skill": skill}
