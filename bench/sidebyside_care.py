"""What `bench.sidebyside`'s rows of issue 21 read (projects, correspondence, invoices), written
with SQL: a dozen care managers leading 2,000 projects over the orders' 1,000 umbrella
organisations (one contact person each, member of their organisation's projects) and the bench
organisation (30 projects, its portal admin a member of most); 20,000 question threads with
their messages (2,000 of the bench organisation's members, 40 of them its portal admin's; every
fiftieth waiting for an answer, every third closed); 50,000 monthly invoices (each project's
last 25 months, the last two and a few older ones unpaid). Invoice lines are left out: no list
reads them. Every statement adds only what is missing (fixed ids, ON CONFLICT DO NOTHING), and
the dates follow today's, as Kring's "current", "overdue" and "waiting" do."""

from __future__ import annotations

import time

import asyncpg

from bench.sidebyside_seed import MEMBERS, ORDER_ORGANISATIONS, ORDER_SETUP_SQL, ORGANISATION

CARE_MANAGERS = 12
PROJECTS = 2_000
BENCH_PROJECTS = 30  # projects 1 to 30 are the bench organisation's
MONTHS = 25  # invoices per project: the months before this one
THREADS = 20_000
BENCH_THREADS = 2_000  # threads 1 to 2,000 are asked by the bench organisation's 50 members
BRANCH = "md5('bench-orders-branch-1')::uuid"  # the bench organisation's general questions

CARE_SQL = (
    # The project leaders: staff with the care manager role.
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                              staff_role, phone_for_questions, email_verified_at)
    SELECT md5('bench-care-manager-' || g)::uuid, 'bench-care-manager-' || g || '@example.org',
           (ARRAY['Karin', 'Ahmed', 'Linda', 'Joost', 'Fatima', 'Peter'])[1 + g % 6],
           'Zorgmanager ' || lpad(g::text, 2, '0'), 'nl', 'active', 'not-a-password',
           'care_manager', '+3130234560' || g % 10, now()
    FROM generate_series(1, $1::int) AS g
    ON CONFLICT DO NOTHING
    """,
    # A contact person for each umbrella organisation (its portal admin): they ask its questions.
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                              email_verified_at)
    SELECT md5('bench-contact-' || i)::uuid, 'bench-contact-' || i || '@example.org',
           (ARRAY['Petra', 'Mohamed', 'Els', 'Bram', 'Noor', 'Wim', 'Sanne'])[1 + i % 7],
           'Contact ' || lpad(i::text, 4, '0'), 'nl', 'active', 'not-a-password', now()
    FROM generate_series(1, $1::int) AS i
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO membership (id, user_id, organisation_id, portal_admin, portal_employee,
                            function_code, department, phone, contact_for_all_projects)
    SELECT md5('bench-contact-membership-' || i)::uuid, md5('bench-contact-' || i)::uuid,
           md5('bench-orders-org-' || i)::uuid, true, true, 221, 'Planning', '+31301234567',
           true
    FROM generate_series(1, $1::int) AS i
    ON CONFLICT DO NOTHING
    """,
    # Project p: the bench organisation's for p <= 30, else umbrella (p - 31) % 1000 + 1's. One
    # in ten ended last month, one in five ends in half a year, the rest are open-ended; all
    # began before their first invoice's month. One in seven has no address.
    """
    WITH bench AS (SELECT id FROM organisation WHERE name = $1::varchar),
    first_month AS (
        SELECT (date_trunc('month', current_date) - make_interval(months => $4::int))::date
            AS day
    )
    INSERT INTO project (id, organisation_id, name, kind, description, street, house_number,
                         postcode, city, starts_on, ends_on, leader_id)
    SELECT md5('bench-project-' || p)::uuid,
           CASE WHEN p <= $2::int THEN bench.id
                ELSE md5('bench-orders-org-' || ((p - $2::int - 1) % $5::int + 1))::uuid END,
           (ARRAY['Woonvoorziening', 'Dagbesteding', 'Wijkteam', 'Logeerhuis'])[1 + p % 4]
               || ' ' || (ARRAY['De Linde', 'Het Anker', 'De Bloesem', 'Anjer', 'De Horst',
                                'Zonnehof', 'De Meander', 'Het Baken', 'Eikenhout'])[1 + p % 9]
               || ' ' || lpad(p::text, 4, '0'),
           (ARRAY['residential', 'day_care', 'home_care', 'other'])[1 + p % 4],
           CASE WHEN p % 3 = 0 THEN 'Zorg op afroep, dag en nacht.' END,
           CASE WHEN p % 7 <> 0 THEN 'Lindelaan' END,
           CASE WHEN p % 7 <> 0 THEN (p % 200 + 1)::text END,
           CASE WHEN p % 7 <> 0 THEN '3511 AB' END,
           CASE WHEN p % 7 <> 0
                THEN (ARRAY['Utrecht', 'Zeist', 'Houten', 'Amersfoort'])[1 + p % 4] END,
           first_month.day - (p % 400),
           CASE WHEN p % 10 = 0 THEN (date_trunc('month', current_date) - interval '1 day')::date
                WHEN p % 5 = 1 THEN current_date + 183 END,
           md5('bench-care-manager-' || (p % $6::int + 1))::uuid
    FROM generate_series(1, $3::int) AS p CROSS JOIN bench CROSS JOIN first_month
    ON CONFLICT DO NOTHING
    """,
    # Members: an umbrella's contact person in each of its projects; in the bench organisation's,
    # its portal admin (member 1) in five of six, and four colleagues each.
    """
    INSERT INTO project_member (project_id, membership_id, organisation_id)
    SELECT project.id, membership.id, project.organisation_id
    FROM project
    JOIN membership ON membership.organisation_id = project.organisation_id
    JOIN user_account ON user_account.id = membership.user_id
    CROSS JOIN LATERAL (SELECT substring(project.name FROM '[0-9]+$')::int AS p,
                               substring(user_account.email FROM '^bench-member-([0-9]+)@')::int
                                   AS m) AS n
    WHERE project.id = md5('bench-project-' || n.p)::uuid
      AND (user_account.email LIKE 'bench-contact-%'
           OR (n.m = 1 AND n.p % 6 <> 0) OR (n.m > 1 AND (n.m + n.p) % 12 = 0))
    ON CONFLICT DO NOTHING
    """,
    # Thread t: the bench organisation's for t <= 2,000 (asked by member (t - 1) % 50 + 1), else
    # umbrella (t - 2001) % 1000 + 1's (its contact person); two in three about one of the
    # organisation's projects (its leader answers), the others general (the branch answers).
    # 37 minutes apart, the newest first; messages 3 hours apart, asker and supplier in turn:
    # every fiftieth waits (its asker wrote last), every third other one is closed.
    """
    WITH bench AS (SELECT id FROM organisation WHERE name = $1::varchar),
    drawn AS (
        SELECT t, t <= $2::int AS ours,
               CASE WHEN t <= $2::int THEN (t - 1) % $5::int + 1
                    ELSE (t - $2::int - 1) % $4::int + 1 END AS n,
               date_trunc('minute', now()) - interval '6 hours' - t * interval '37 minutes'
                   AS asked_at,
               CASE WHEN t % 50 = 7 THEN 1 + 2 * (t / 50 % 2) ELSE 2 END AS messages,
               t % 50 <> 7 AND t % 3 = 0 AS closed
        FROM generate_series(1, $3::int) AS t
    ), placed AS (
        SELECT drawn.*,
               CASE WHEN ours THEN bench.id ELSE md5('bench-orders-org-' || n)::uuid END
                   AS organisation_id,
               CASE WHEN ours THEN (SELECT u.id FROM user_account u
                                    WHERE lower(u.email) = 'bench-member-' || n || '@example.org')
                    ELSE md5('bench-contact-' || n)::uuid END AS asker_id,
               CASE WHEN t % 3 = 2 THEN NULL
                    WHEN ours THEN md5('bench-project-' || ((t - 1) % $6::int + 1))::uuid
                    ELSE md5('bench-project-' || ($6::int + n))::uuid END AS project_id,
               asked_at + (messages - 1) * interval '3 hours' AS last_at
        FROM drawn CROSS JOIN bench
    )
    INSERT INTO correspondence_thread (id, organisation_id, project_id, care_manager_id,
                                       branch_id, asker_id, subject, status, closed_at,
                                       last_message_at, awaiting_answer_since, answered_at,
                                       asker_read_at, created_at, modified_at)
    SELECT md5('bench-thread-' || t)::uuid, organisation_id, project_id,
           (SELECT project.leader_id FROM project WHERE project.id = placed.project_id),
           CASE WHEN project_id IS NULL
                THEN CASE WHEN ours THEN {branch}
                          ELSE md5('bench-orders-branch-' || (n % 4 + 1))::uuid END END,
           asker_id,
           (ARRAY['Rooster van volgende week', 'Extra dienst in het weekend',
                  'Vraag over de factuur', 'Nieuwe cliënt per maandag',
                  'Sleutelkastje bij de voordeur', 'Ziekmelding van de vaste kracht'])[1 + t % 6],
           CASE WHEN closed THEN 'closed' ELSE 'open' END,
           CASE WHEN closed THEN least(last_at + interval '1 day', now()) END,
           last_at,
           CASE WHEN messages <> 2 THEN last_at END,
           CASE WHEN messages > 1 THEN asked_at + interval '3 hours' END,
           CASE WHEN messages > 1 AND t % 4 <> 1 THEN asked_at + interval '5 hours' END,
           asked_at, last_at
    FROM placed
    WHERE asker_id IS NOT NULL
    ON CONFLICT DO NOTHING
    """.replace("{branch}", BRANCH),
    """
    INSERT INTO correspondence_message (id, thread_id, author_id, author_name, from_supplier,
                                        body, created_at)
    SELECT md5('bench-message-' || thread.id || '-' || m)::uuid, thread.id,
           CASE WHEN m % 2 = 1 THEN thread.asker_id ELSE thread.care_manager_id END,
           CASE WHEN m % 2 = 1 THEN 'Contactpersoon Bench' ELSE 'Kring Zorgbemiddeling' END,
           m % 2 = 0,
           CASE WHEN m % 2 = 1
                THEN 'Goedemorgen, kunt u voor volgende week een extra dienst inplannen?'
                ELSE 'Dat is geregeld: de dienst staat in het rooster.' END,
           thread.created_at + (m - 1) * interval '3 hours'
    FROM correspondence_thread AS thread
    CROSS JOIN LATERAL generate_series(
        1, 1 + (extract(epoch FROM thread.last_message_at - thread.created_at) / 10800)::int
    ) AS m
    WHERE thread.id IN (SELECT md5('bench-thread-' || t)::uuid FROM generate_series(1, $1::int) t)
    ON CONFLICT DO NOTHING
    """,
    # Invoice of project p and month k (0 the oldest, 24 last month): issued on the 3rd after
    # it (at the latest today), due 30 days later; numbered per year of issue. Unpaid: the last
    # two months' and one in 41 older ones (overdue); the rest paid by transfer or iDEAL.
    """
    WITH months AS (
        SELECT k, (date_trunc('month', current_date) - make_interval(months => $2::int - k))::date
            AS period_start
        FROM generate_series(0, $2::int - 1) AS k
    ), drawn AS (
        SELECT p, k, period_start,
               (period_start + interval '1 month' - interval '1 day')::date AS period_end,
               least((period_start + interval '1 month 2 days')::date, current_date) AS issued_on,
               120000 + (p * 7919 + k * 104729) % 900000 AS subtotal,
               (ARRAY[0, 21, 9])[1 + p % 3] AS vat_share,
               k < $2::int - 2 AND (p + k) % 41 <> 0 AS paid
        FROM generate_series(1, $1::int) AS p CROSS JOIN months
    ), numbered AS (
        SELECT drawn.*,
               row_number() OVER (PARTITION BY extract(year FROM issued_on)
                                  ORDER BY issued_on, p) AS n
        FROM drawn
    )
    INSERT INTO invoice (id, number, organisation_id, project_id, period_start, period_end,
                         issued_on, due_on, subtotal_cents, vat_cents, total_cents, paid_at,
                         paid_via, payment_reference, created_by_id, created_at, modified_at)
    SELECT md5('bench-invoice-' || p || '-' || period_start)::uuid,
           extract(year FROM issued_on) || '-' || lpad(n::text, 6, '0'),
           project.organisation_id, project.id, period_start, period_end, issued_on,
           issued_on + 30, subtotal, subtotal * vat_share / 100,
           subtotal + subtotal * vat_share / 100,
           CASE WHEN paid THEN (issued_on + 10 + p % 25 + time '12:00') AT TIME ZONE
               'Europe/Amsterdam' END,
           CASE WHEN paid THEN (ARRAY['transfer', 'ideal'])[1 + (p + k) % 2] END,
           CASE WHEN paid AND (p + k) % 2 = 0 THEN 'Bankafschrift ' || n END,
           project.leader_id,
           issued_on::timestamptz, issued_on::timestamptz
    FROM numbered JOIN project ON project.id = md5('bench-project-' || p)::uuid
    ON CONFLICT DO NOTHING
    """,
)


async def seed_care(connection: asyncpg.Connection) -> None:
    """The projects, threads and invoices (unless there), with the organisations they need."""
    if await connection.fetchval(
        "SELECT EXISTS (SELECT FROM invoice WHERE project_id = md5('bench-project-' || $1)::uuid)",
        str(PROJECTS),
    ):
        print("  the projects, threads and invoices are already seeded")
        return
    started = time.perf_counter()
    branches, organisations = ORDER_SETUP_SQL[:2]
    managers, contacts, links, projects, members, threads, messages, invoices = CARE_SQL
    async with connection.transaction():
        await connection.execute(branches)
        await connection.execute(organisations, ORDER_ORGANISATIONS)
        await connection.execute(managers, CARE_MANAGERS)
        await connection.execute(contacts, ORDER_ORGANISATIONS)
        await connection.execute(links, ORDER_ORGANISATIONS)
        await connection.execute(
            projects,
            ORGANISATION,
            BENCH_PROJECTS,
            PROJECTS,
            MONTHS,
            ORDER_ORGANISATIONS,
            CARE_MANAGERS,
        )
        await connection.execute(members)
        await connection.execute(
            threads,
            ORGANISATION,
            BENCH_THREADS,
            THREADS,
            ORDER_ORGANISATIONS,
            MEMBERS,
            BENCH_PROJECTS,
        )
        await connection.execute(messages, THREADS)
        await connection.execute(invoices, PROJECTS, MONTHS)
    # As autovacuum leaves tables in use: statistics and the visibility map.
    for table in (
        "project",
        "project_member",
        "correspondence_thread",
        "correspondence_message",
        "invoice",
    ):
        await connection.execute(f"VACUUM ANALYZE {table}")
    await connection.execute("ANALYZE organisation, membership, user_account")
    counts = await connection.fetchrow(
        """
        SELECT (SELECT count(*) FROM project) AS projects,
               (SELECT count(*) FROM correspondence_thread) AS threads,
               (SELECT count(*) FROM correspondence_thread
                WHERE awaiting_answer_since IS NOT NULL) AS waiting,
               (SELECT count(*) FROM correspondence_message) AS messages,
               (SELECT count(*) FROM invoice) AS invoices,
               (SELECT count(*) FROM invoice WHERE paid_at IS NULL) AS unpaid
        """
    )
    print(
        f"  seeded {counts['projects']:,} projects, {counts['threads']:,} threads"
        f" ({counts['waiting']:,} waiting) with {counts['messages']:,} messages,"
        f" {counts['invoices']:,} invoices ({counts['unpaid']:,} unpaid)"
        f" in {time.perf_counter() - started:.0f} s"
    )
