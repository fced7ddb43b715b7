"""The hours jobs over 1,000,000 timesheet entries (20,000 engagements, 50 entries each over the
past 14 months; most approved, last month's partly waiting, a few older ones overdue), and
statement PDFs per second on one core.

The three jobs run as the worker's cron runs them, at the moments they matter (the weekly
reminder now, the approvers' reminder on the 1st, the escalation on the 8th), each on a clean
slate of notices so every run does the full work (goal: each <= 10 s)."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from typing import Any

import asyncpg

from bench.results import save

ENGAGEMENTS = 20_000
PER_ENGAGEMENT = 50
BATCH = 2_000
GOAL_JOB_S = 10.0
GOAL_PDFS_PER_S = 100
PDFS = 300

PEOPLE_SQL = """
INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash)
SELECT md5('bench-hours-' || kind || '-' || g)::uuid,
       'bench-hours-' || kind || '-' || g || '@example.org',
       CASE WHEN kind = 'partner' THEN 'Petra' ELSE 'Hans' END, 'Bench', 'nl', 'active',
       'not-a-password'
FROM generate_series($1::int, $2::int) AS g, unnest(ARRAY['partner', 'helper']) AS kind
ON CONFLICT DO NOTHING
"""

HELPERS_SQL = """
INSERT INTO helper_profile (id, user_id, status, kind, hourly_rate_cents, street, house_number,
                            postcode, city, country, languages, skill_ids, work_area, radius_km,
                            day_parts, latitude, longitude, iban, account_holder)
SELECT md5('bench-hours-profile-' || g)::uuid, md5('bench-hours-helper-' || g)::uuid, 'active',
       CASE WHEN g % 10 < 3 THEN 'paid' ELSE 'volunteer' END,
       CASE WHEN g % 10 < 3 THEN 1800 END, 'Urenstraat', '1', '3511 AB', 'Utrecht', 'NL',
       ARRAY['nl']::varchar[], (SELECT array_agg(id) FROM (SELECT id FROM skill LIMIT 2) s),
       'radius', 10, 1 | 1 << 10, 52.09, 5.12,
       CASE WHEN g % 10 < 3 THEN 'NL91ABNA0417164300' END,
       CASE WHEN g % 10 < 3 THEN 'H. Bench' END
FROM generate_series($1::int, $2::int) AS g
ON CONFLICT DO NOTHING
"""

DOSSIERS_SQL = """
INSERT INTO dossier (id, manager_user_id, status, completed_steps, first_name, last_name,
                     birth_year, street, house_number, postcode, city, languages, phone,
                     day_parts, how_often, starts_on, iban, account_holder, terms_version,
                     privacy_version, terms_accepted_at, terms_accepted_by_user_id, paid_at)
SELECT md5('bench-hours-dossier-' || g)::uuid, md5('bench-hours-partner-' || g)::uuid, 'matched',
       ARRAY['who', 'help', 'when', 'bank', 'terms']::varchar[], 'Truus', 'Uren ' || g, 1940,
       'Lindelaan', '12', '3511 AB', 'Utrecht', ARRAY['nl']::varchar[], '+31301234567',
       1 | 1 << 10, 'weekly', current_date - 500, 'NL91ABNA0417164300', 'T. Bench', '2026-12',
       '2026-12', now() - interval '500 days', md5('bench-hours-partner-' || g)::uuid,
       now() - interval '500 days'
FROM generate_series($1::int, $2::int) AS g
ON CONFLICT DO NOTHING
"""

PROPOSALS_SQL = """
INSERT INTO match_proposal (id, dossier_id, helper_id, status, message, skill_ids, day_parts,
                            expires_at, answered_at, partner_confirmed_at, helper_confirmed_at)
SELECT md5('bench-hours-proposal-' || g)::uuid, md5('bench-hours-dossier-' || g)::uuid,
       md5('bench-hours-profile-' || g)::uuid, 'confirmed', 'Boodschappen.', '{}', 1 | 1 << 10,
       now() - interval '430 days', now() - interval '440 days', now() - interval '440 days',
       now() - interval '440 days'
FROM generate_series($1::int, $2::int) AS g
ON CONFLICT DO NOTHING
"""

ENGAGEMENTS_SQL = """
INSERT INTO engagement (id, dossier_id, helper_id, proposal_id, status, day_parts,
                        hourly_rate_cents, started_at)
SELECT md5('bench-hours-engagement-' || g)::uuid, md5('bench-hours-dossier-' || g)::uuid,
       md5('bench-hours-profile-' || g)::uuid, md5('bench-hours-proposal-' || g)::uuid,
       'active', 1 | 1 << 10, CASE WHEN g % 10 < 3 THEN 1800 END, now() - interval '440 days'
FROM generate_series($1::int, $2::int) AS g
ON CONFLICT DO NOTHING
"""

# 50 days per engagement, 8 days apart (a day of the week that moves): older ones approved (a few
# still waiting: overdue, or rejected), last month's and this month's partly waiting.
ENTRIES_SQL = """
INSERT INTO timesheet_entry (id, engagement_id, dossier_id, helper_id, work_date, starts_at,
                             ends_at, break_minutes, minutes, hourly_rate_cents, status,
                             decided_at, decided_by_user_id, reject_reason, created_at)
SELECT gen_random_uuid(), md5('bench-hours-engagement-' || g)::uuid,
       md5('bench-hours-dossier-' || g)::uuid, md5('bench-hours-profile-' || g)::uuid,
       day, '09:00', '12:00', 15, 165, CASE WHEN g % 10 < 3 THEN 1800 END, status,
       CASE WHEN status <> 'submitted' THEN day + 3 END,
       CASE WHEN status <> 'submitted' THEN md5('bench-hours-partner-' || g)::uuid END,
       CASE WHEN status = 'rejected' THEN 'Niet gewerkt.' END, day + 1 + time '18:00'
FROM (
    SELECT g, k, current_date - 8 * k - g % 7 AS day,
           CASE WHEN current_date - 8 * k - g % 7 >= date_trunc('month', current_date)
                                                      - interval '1 month'
                THEN CASE WHEN (g + k) % 5 < 3 THEN 'submitted' ELSE 'approved' END
                WHEN (g * 7 + k) % 100 < 2 THEN 'submitted'
                WHEN (g * 7 + k) % 100 = 2 THEN 'rejected'
                ELSE 'approved' END AS status
    FROM generate_series($1::int, $2::int) AS g, generate_series(1, $3::int) AS k
) AS drawn
"""

SEEDS = (PEOPLE_SQL, HELPERS_SQL, DOSSIERS_SQL, PROPOSALS_SQL, ENGAGEMENTS_SQL)


async def seed(connection: asyncpg.Connection) -> None:
    have = await connection.fetchval(
        "SELECT count(*) FROM timesheet_entry e JOIN helper_profile h ON h.id = e.helper_id"
        " WHERE h.street = 'Urenstraat'"
    )
    if have >= ENGAGEMENTS * PER_ENGAGEMENT:
        print(f"  {have:,} bench timesheet entries already seeded")
        return
    started = time.perf_counter()
    for first in range(1, ENGAGEMENTS + 1, BATCH):
        last = min(ENGAGEMENTS, first + BATCH - 1)
        async with connection.transaction():
            for statement in SEEDS:
                await connection.execute(statement, first, last)
            await connection.execute(ENTRIES_SQL, first, last, PER_ENGAGEMENT)
        print(f"  seeded {last * PER_ENGAGEMENT:,} entries ({time.perf_counter() - started:.0f} s)")
    for table in ("timesheet_entry", "engagement", "dossier", "helper_profile"):
        await connection.execute(f"VACUUM ANALYZE {table}")
    elapsed = time.perf_counter() - started
    print(f"  seeded {ENGAGEMENTS * PER_ENGAGEMENT:,} entries in {elapsed:.0f} s")


QUEUE = "kring:bench-hours"


async def measure_jobs(database_url: str, redis_url: str) -> dict[str, Any]:
    from kring.config import get_settings
    from kring.jobs import JOBS
    from kring.kit import db, queue
    from kring.kit.working_days import AMSTERDAM

    # The jobs hand their mails to the queue as the worker's do (no worker takes them here).
    pool = await queue.connect(redis_url, QUEUE)
    queue.set_pool(pool)
    engine = db.create_engine(database_url, pool_size=2)
    maker = db.create_sessionmaker(engine)
    settings = get_settings()
    now = datetime.now(AMSTERDAM)
    first = datetime.combine(now.date().replace(day=1), clock_time(9, 55), AMSTERDAM)
    moments = {
        "hours.remind_loggers": now,
        "hours.remind_approvers": first,
        "hours.escalate_overdue": first + timedelta(days=7),
    }
    figures: dict[str, Any] = {}
    connection = await asyncpg.connect(database_url.replace("+asyncpg", ""))
    try:
        for name, moment in moments.items():
            # A clean slate: every run finds and claims everything (and queues its mails).
            await connection.execute("DELETE FROM hours_notice")
            await connection.execute("DELETE FROM outbox WHERE task = 'mail.send'")
            started = time.perf_counter()
            result = await JOBS[name].run(maker, settings, moment)
            elapsed = time.perf_counter() - started
            started = time.perf_counter()
            again = await JOBS[name].run(maker, settings, moment)
            repeated = time.perf_counter() - started
            figures[name] = {
                "seconds": round(elapsed, 3),
                "result": result,
                "again_s": round(repeated, 3),
            }
            verdict = "met" if elapsed <= GOAL_JOB_S else "NOT met"
            print(
                f"  {name:<24} {elapsed:6.2f} s (answered {result:,}; goal <= {GOAL_JOB_S:.0f} s:"
                f" {verdict}); run again at once: {repeated:.2f} s ({again} new)"
            )
        await connection.execute("DELETE FROM hours_notice")
        await connection.execute("DELETE FROM outbox WHERE task = 'mail.send'")
    finally:
        await connection.close()
        await engine.dispose()
        async for key in pool.scan_iter(match="arq:job:*"):
            await pool.delete(key)
        await pool.delete(QUEUE)
        queue.set_pool(None)
        await pool.aclose()
    return figures


async def measure_pdfs(database_url: str) -> dict[str, Any]:
    """Statement PDFs of one engagement's month (its approved entries), made one after another."""
    from kring.hours.repository import COUNTED, shown
    from kring.hours.statements import Statement, render
    from kring.kit import db
    from kring.models.timesheet import TimesheetEntry

    engine = db.create_engine(database_url, pool_size=1)
    maker = db.create_sessionmaker(engine)
    async with maker() as session:
        month = await session.scalar(
            shown()
            .with_only_columns(TimesheetEntry.work_date)
            .where(TimesheetEntry.status == COUNTED, TimesheetEntry.hourly_rate_cents.is_not(None))
            .limit(1)
        )
        assert month is not None
        start = month.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
        engagement_id = await session.scalar(
            shown()
            .with_only_columns(TimesheetEntry.engagement_id)
            .where(TimesheetEntry.status == COUNTED, TimesheetEntry.work_date >= start)
            .limit(1)
        )
        rows = list(
            (
                await session.execute(
                    shown().where(
                        TimesheetEntry.engagement_id == engagement_id,
                        TimesheetEntry.work_date >= start - timedelta(days=90),
                        TimesheetEntry.work_date < end,
                    )
                )
            ).all()
        )
    await engine.dispose()
    statement = Statement(
        month=start,
        helper_name="Hans Bench",
        help_seeker_name="Truus Uren",
        manager_name="Petra Bench",
        hourly_rate_cents=1800,
        amounts=True,
        entries=rows,
    )
    render(statement, "Petra Bench", datetime.now().astimezone(), "nl")  # warm up
    started = time.process_time()
    wall = time.perf_counter()
    for _ in range(PDFS):
        render(statement, "Petra Bench", datetime.now().astimezone(), "nl")
    cpu = time.process_time() - started
    per_second = PDFS / cpu
    verdict = "met" if per_second >= GOAL_PDFS_PER_S else "NOT met"
    print(
        f"  statement PDFs ({len(rows)} entries, one page): {per_second:,.0f} per second of CPU"
        f" on one core ({PDFS} in {time.perf_counter() - wall:.2f} s wall; goal >="
        f" {GOAL_PDFS_PER_S}: {verdict})"
    )
    return {"pdfs_per_cpu_second": round(per_second, 1), "entries_per_pdf": len(rows)}


def run(database_url: str, redis_url: str) -> None:
    async def everything() -> dict[str, Any]:
        connection = await asyncpg.connect(database_url.replace("+asyncpg", ""))
        try:
            await seed(connection)
            entries = await connection.fetchval("SELECT count(*) FROM timesheet_entry")
        finally:
            await connection.close()
        print(f"Hours jobs over {entries:,} timesheet entries:")
        figures = {"entries": entries, "jobs": await measure_jobs(database_url, redis_url)}
        figures["pdf"] = await measure_pdfs(database_url)
        return figures

    save("hours", asyncio.run(everything()))
