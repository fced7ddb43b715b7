"""What `bench.sidebyside` reads, written with SQL: the search's 100,000 providers and the
dashboard's providers (their own benches' seeds), an organisation with 50 members (portal
employees) whose portal admin is a bench person, a staff admin, a page each of organisations,
promotion requests and partner access requests, a partner managing more than a page of
dossiers and one being matched (with the matching bench's 1,000,000 helpers); and sessions for
four people, as a log-in with a second factor would leave them, without going through one.
Every statement adds only what is missing."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

import asyncpg

from bench import dashboard, matching, search
from kring.config import DEV_SECRET_KEY

ORGANISATION = "Bench side-by-side"
MEMBERS = 50
PORTAL_ADMIN = "bench-member-1@example.org"
STAFF = "bench-staff-admin@example.org"
PARTNER = "bench-partner@example.org"
DOSSIERS = 30  # more than a page: the list answers with a next cursor
PROVIDER = dashboard.EMAIL.format(1)
USER_AGENT = "kring-bench-sidebyside"

SEED_SQL = (
    """
    INSERT INTO organisation (id, kind, name, country, visit_street, visit_house_number,
                              visit_postcode, visit_city, email)
    SELECT gen_random_uuid(), 'care_organisation', o.name, 'NL', 'Lindelaan', '12', '3511 AB',
           'Utrecht', 'zorg@example.org'
    FROM (SELECT $1::varchar AS name UNION ALL
          SELECT 'Bench organisation ' || lpad(g::text, 2, '0') FROM generate_series(1, 24) g) o
    WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE organisation.name = o.name)
    """,
    """
    WITH org AS (SELECT id FROM organisation WHERE name = $1::varchar),
    wanted AS (
        SELECT g, 'bench-member-' || g || '@example.org' AS email
        FROM generate_series(1, $2::int) AS g
        WHERE NOT EXISTS (SELECT 1 FROM user_account u
                          WHERE lower(u.email) = 'bench-member-' || g || '@example.org')
    ), new_users AS (
        INSERT INTO user_account (id, email, first_name, last_name, language, status,
                                  password_hash, email_verified_at)
        SELECT gen_random_uuid(), email, 'Lid' || g, 'Bench ' || lpad(g::text, 2, '0'), 'nl',
               'active', 'not-a-password', now()
        FROM wanted
        RETURNING id, email
    )
    INSERT INTO membership (id, user_id, organisation_id, portal_admin, portal_employee,
                            function_code, department, phone)
    SELECT gen_random_uuid(), u.id, org.id, u.email = $3, true, 200, 'Wijkzorg', '+31301234567'
    FROM new_users u CROSS JOIN org
    """,
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                              staff_role, email_verified_at)
    SELECT gen_random_uuid(), $1::varchar, 'Staf', 'Bench', 'nl', 'active', 'not-a-password',
           'admin', now()
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE lower(email) = $1::varchar)
    """,
    # A page of open promotion requests from dashboard providers (one open each, at most).
    """
    INSERT INTO promotion_request (id, profile_id, package, status, message)
    SELECT gen_random_uuid(), pp.id, 'plus', 'requested', 'Bel me liever na 17:00.'
    FROM provider_profile pp JOIN user_account u ON u.id = pp.user_id
    WHERE u.email LIKE 'bench-dashboard-%' AND NOT EXISTS (
        SELECT 1 FROM promotion_request pr WHERE pr.profile_id = pp.id)
    """,
    # A page of open partner access requests, one from each member (their deadlines spread).
    """
    INSERT INTO partner_access_request (id, user_id, organisation_name, country, job_title,
                                        work_email, work_phone, reason, status, deadline_at)
    SELECT gen_random_uuid(), u.id, 'Buurtteam Bench', 'NL', 'Buurtwerker', u.email,
           '+31301234567', 'Voor de ouderen in de wijk.', 'requested',
           now() + (row_number() OVER (ORDER BY u.email)) * interval '1 hour'
    FROM user_account u
    WHERE u.email LIKE 'bench-member-%' AND NOT EXISTS (
        SELECT 1 FROM partner_access_request par WHERE par.user_id = u.id)
    """,
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status, password_hash,
                              email_verified_at)
    SELECT gen_random_uuid(), $1::varchar, 'Pien', 'Partner', 'nl', 'active', 'not-a-password',
           now()
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE lower(email) = $1::varchar)
    """,
    # The partner's dossiers, an hour apart: drafts one or two steps in, every fifth closed.
    """
    INSERT INTO dossier (id, manager_user_id, status, closed_reason, completed_steps, first_name,
                         name_prefix, last_name, birth_year, street, house_number, postcode, city,
                         languages, phone, help_text, created_at, modified_at)
    SELECT gen_random_uuid(), u.id, CASE WHEN g % 5 = 0 THEN 'closed' ELSE 'draft' END,
           CASE WHEN g % 5 = 0 THEN 'Verhuisd.' END,
           CASE WHEN g % 2 = 0 THEN ARRAY['who', 'help'] ELSE ARRAY['who'] END::varchar[],
           'Client' || g, CASE WHEN g % 3 = 0 THEN 'de' END, 'Bench ' || lpad(g::text, 2, '0'),
           1930 + g, 'Lindelaan', g::text, '3511 AB', 'Utrecht', ARRAY['nl']::varchar[],
           '+31301234567', 'Boodschappen op maandag.', now() - g * interval '1 hour',
           now() - g * interval '1 hour'
    FROM user_account u CROSS JOIN generate_series(1, $2::int) AS g
    WHERE lower(u.email) = $1::varchar AND NOT EXISTS (
        SELECT 1 FROM dossier d WHERE d.manager_user_id = u.id AND d.first_name = 'Client' || g)
    """,
)
# The partner's dossier being matched: Truus in Utrecht's centre, paid and searching, asking for
# the first two skills on Monday morning and Thursday afternoon (its suggestions are read).
MATCHED_DOSSIER_SQL = (
    """
    INSERT INTO dossier (id, manager_user_id, status, completed_steps, first_name, last_name,
                         birth_year, street, house_number, postcode, city, latitude, longitude,
                         languages, phone, day_parts, how_often, starts_on, iban, account_holder,
                         terms_version, privacy_version, terms_accepted_at,
                         terms_accepted_by_user_id, paid_at)
    SELECT gen_random_uuid(), u.id, 'searching',
           ARRAY['who', 'help', 'when', 'bank', 'terms']::varchar[], 'Truus', 'Bench Matched',
           1941, 'Lindelaan', '12', '3511 AB', 'Utrecht', 52.0907, 5.1214,
           ARRAY['nl']::varchar[], '+31301234567', 1 | 1 << 10, 'weekly',
           current_date + 7, 'NL91ABNA0417164300', 'T. de Vries', '2026-12', '2026-12', now(),
           u.id, now()
    FROM user_account u
    WHERE lower(u.email) = $1::varchar AND NOT EXISTS (
        SELECT 1 FROM dossier d WHERE d.manager_user_id = u.id AND d.last_name = 'Bench Matched')
    """,
    """
    INSERT INTO dossier_skill (dossier_id, skill_id)
    SELECT d.id, s.id FROM dossier d JOIN user_account u ON u.id = d.manager_user_id
    CROSS JOIN (SELECT id FROM skill ORDER BY position, id LIMIT 2) s
    WHERE lower(u.email) = $1::varchar AND d.last_name = 'Bench Matched'
    ON CONFLICT DO NOTHING
    """,
)
# The matched dossier's hours: a bench helper (the matching bench's first) has helped since three
# months; last month has 24 entries, every other one still waiting (the dossier's month is read).
HOURS_SQL = (
    """
    INSERT INTO match_proposal (id, dossier_id, helper_id, status, message, skill_ids, day_parts,
                                expires_at, answered_at, partner_confirmed_at,
                                helper_confirmed_at, hourly_rate_cents)
    SELECT md5('bench-sidebyside-proposal')::uuid, $1::uuid,
           md5('bench-helper-profile-1')::uuid, 'confirmed', 'Boodschappen.', '{}', 1,
           now() - interval '80 days', now() - interval '90 days', now() - interval '90 days',
           now() - interval '90 days', 1750
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO engagement (id, dossier_id, helper_id, proposal_id, status, day_parts,
                            hourly_rate_cents, started_at)
    SELECT md5('bench-sidebyside-engagement')::uuid, $1::uuid,
           md5('bench-helper-profile-1')::uuid, md5('bench-sidebyside-proposal')::uuid,
           'active', 1, 1750, now() - interval '90 days'
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO timesheet_entry (id, engagement_id, dossier_id, helper_id, work_date, starts_at,
                                 ends_at, break_minutes, minutes, note, hourly_rate_cents,
                                 status, decided_at, decided_by_user_id)
    SELECT md5('bench-sidebyside-entry-' || k)::uuid, md5('bench-sidebyside-engagement')::uuid,
           $1::uuid, md5('bench-helper-profile-1')::uuid,
           (date_trunc('month', current_date) - interval '1 month')::date + k, '09:00', '12:00',
           15, 165, 'Boodschappen gedaan.', 1750,
           CASE WHEN k % 2 = 0 THEN 'approved' ELSE 'submitted' END,
           CASE WHEN k % 2 = 0 THEN now() END,
           CASE WHEN k % 2 = 0 THEN (SELECT manager_user_id FROM dossier WHERE id = $1::uuid) END
    FROM generate_series(0, 23) AS k
    ON CONFLICT DO NOTHING
    """,
)
SESSION_SQL = """
INSERT INTO user_session (id, user_id, token_hash, last_seen_at, expires_at, mfa_verified_at,
                          active_organisation_id, ip, user_agent)
SELECT gen_random_uuid(), u.id, $2, now(), now() + interval '1 day', now(),
       (SELECT id FROM organisation WHERE name = $3::varchar AND $4), '127.0.0.1', $5
FROM user_account u WHERE lower(u.email) = $1
RETURNING id
"""


def dsn(database_url: str) -> str:
    return database_url.replace("postgresql+asyncpg://", "postgresql://")


async def seed(database_url: str) -> dict[str, Any]:
    """The search's and the dashboard's providers, then this bench's rows; the ids the paths
    need, and how long it took."""
    from kring.auth.passwords import hash_password
    from kring.dev.demo import DEMO_PASSWORD

    started = time.perf_counter()
    await search.seed(database_url)
    await dashboard.seed(database_url, await hash_password(DEMO_PASSWORD))
    connection = await asyncpg.connect(dsn(database_url))
    try:
        async with connection.transaction():
            added = [
                await connection.execute(SEED_SQL[0], ORGANISATION),
                await connection.execute(SEED_SQL[1], ORGANISATION, MEMBERS, PORTAL_ADMIN),
                await connection.execute(SEED_SQL[2], STAFF),
                await connection.execute(SEED_SQL[3]),
                await connection.execute(SEED_SQL[4]),
                await connection.execute(SEED_SQL[5], PARTNER),
                await connection.execute(SEED_SQL[6], PARTNER, DOSSIERS),
            ]
        if any(not status.endswith(" 0") for status in added):
            await connection.execute(
                "ANALYZE organisation, membership, user_account, promotion_request,"
                " partner_access_request, dossier"
            )
        for statement in MATCHED_DOSSIER_SQL:
            await connection.execute(statement, PARTNER)
        await matching.seed(connection)
        dossier = await connection.fetchval(
            "SELECT d.id FROM dossier d JOIN user_account u ON u.id = d.manager_user_id"
            " WHERE lower(u.email) = $1 AND d.last_name = 'Bench Matched'",
            PARTNER,
        )
        for statement in HOURS_SQL:
            await connection.execute(statement, dossier)
        # The month the entries were put in, as the database counts it.
        last_month = await connection.fetchval(
            "SELECT to_char(date_trunc('month', current_date) - interval '1 month', 'YYYY-MM')"
        )
        organisation = await connection.fetchval(
            "SELECT id FROM organisation WHERE name = $1", ORGANISATION
        )
        profile = await connection.fetchval(
            "SELECT pp.id FROM provider_profile pp JOIN user_account u ON u.id = pp.user_id"
            " WHERE u.email = $1",
            PROVIDER,
        )
    finally:
        await connection.close()
    seconds = time.perf_counter() - started
    return {
        "organisation": organisation,
        "profile": profile,
        "dossier": dossier,
        "last_month": last_month,
        "seconds": seconds,
    }


def token_hash(token: str) -> bytes:
    """As Kring's `auth.tokens.token_hash` with the dev secret (the bench's servers use it)."""
    return hmac.new(DEV_SECRET_KEY.encode(), token.encode(), hashlib.sha256).digest()


async def sign_in(database_url: str) -> tuple[dict[str, str], list[Any]]:
    """A session each for the portal admin (acting for the organisation), the provider, the
    partner and the staff admin, as a log-in with a second factor would leave it; their
    cookies, and the rows."""
    people = {
        "portal_admin": PORTAL_ADMIN,
        "provider": PROVIDER,
        "partner": PARTNER,
        "staff": STAFF,
    }
    cookies: dict[str, str] = {}
    rows: list[Any] = []
    connection = await asyncpg.connect(dsn(database_url))
    try:
        for who, email in people.items():
            token = secrets.token_urlsafe(32)
            acting = who == "portal_admin"
            found = await connection.fetchval(
                SESSION_SQL, email, token_hash(token), ORGANISATION, acting, USER_AGENT
            )
            if found is None:
                raise RuntimeError(f"no account {email} to sign in")
            cookies[who] = f"kring_session={token}"
            rows.append(found)
    finally:
        await connection.close()
    return cookies, rows


async def sign_out(database_url: str, rows: list[Any]) -> None:
    connection = await asyncpg.connect(dsn(database_url))
    try:
        await connection.execute("DELETE FROM user_session WHERE id = ANY($1::uuid[])", rows)
    finally:
        await connection.close()
