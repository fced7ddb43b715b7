"""What `bench.sidebyside` reads, written with SQL: the search's 100,000 providers and the
dashboard's providers (their own benches' seeds), an organisation with 50 members (portal
employees) whose portal admin is a bench person, a staff admin, a page each of organisations,
promotion requests and partner access requests, a partner managing more than a page of
dossiers and one being matched (with the matching bench's 1,000,000 helpers), 1,000,000
assistive-device orders over 1,000 umbrella organisations with a care professional linked to
three of them; and sessions for five people, as a log-in with a second factor would leave them,
without going through one. Every statement adds only what is missing."""

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
# --- orders (issue 19): 1,000,000 over 1,000 umbrella organisations ---------------------------
# Four supplier branches, each serving every fourth organisation; every other organisation has
# the AD contract. Order g (1 the newest, 90 seconds apart: about one a day per organisation)
# is of organisation (g - 1) % 1000 + 1, in round r = (g - 1) / 1000 of it; rounds r % 10 < 6
# are rentals, 6-7 repairs, 8 adjustments, 9 pickups, each follow-up of the organisation's
# next older rental (round r rounded up to ten). Young orders are open; older ones done: 40% of
# rentals still at the client's, 10% ended and waiting for the pickup, the rest picked up.
# Picked-up rentals and their finished follow-ups are hidden from the portal two months after
# the pickup, as the orders' job does.
ORDER_ORGANISATIONS = 1_000
ORDERS = 1_000_000
ORDERS_BATCH = 50_000
PRO = "bench-orders-pro@example.org"
PRO_ORGANISATIONS = 3  # the pro's: organisations 1 to 3 (the 2nd has the AD contract)

ORDER_SETUP_SQL = (
    """
    INSERT INTO organisation (id, kind, name, country, visit_street, visit_house_number,
                              visit_postcode, visit_city, phone, email, opening_hours)
    SELECT md5('bench-orders-branch-' || b)::uuid, 'supplier_branch', 'Bench vestiging ' || b,
           'NL', 'Industrieweg', b::text, '3542 AD', 'Utrecht', '+3130123456' || b,
           'vestiging' || b || '@example.org', 'Maandag tot vrijdag 8:30-17:00'
    FROM generate_series(1, 4) AS b
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO organisation (id, kind, name, country, visit_street, visit_house_number,
                              visit_postcode, visit_city, email, ad_contract, supplier_branch_id)
    SELECT md5('bench-orders-org-' || i)::uuid, 'umbrella',
           'Bench zorgkoepel ' || lpad(i::text, 4, '0'), 'NL', 'Zorgplein', (i % 200 + 1)::text,
           '3511 AB', 'Utrecht', 'koepel' || i || '@example.org', i % 2 = 0,
           md5('bench-orders-branch-' || (i % 4 + 1))::uuid
    FROM generate_series(1, $1::int) AS i
    ON CONFLICT DO NOTHING
    """,
    # The demo's catalogue ($1.. its columns as arrays; $7.. its options').
    """
    INSERT INTO assistive_device (id, code, name_nl, name_fr, name_en, category, supply,
                                  needs_ad_contract)
    SELECT md5('bench-device-' || code)::uuid, code, nl, fr, en, category, supply,
           category = 'AD'
    FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[],
                $6::varchar[]) AS d(code, nl, fr, en, category, supply)
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO assistive_device_option (id, device_id, name_nl, name_fr, name_en,
                                         needs_ad_contract, position)
    SELECT gen_random_uuid(), d.id, o.nl, o.fr, o.en, o.needs, o.position
    FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::bool[],
                $6::int[]) AS o(code, nl, fr, en, needs, position)
    JOIN assistive_device d ON d.code = o.code
    ON CONFLICT DO NOTHING
    """,
    # The care professional who reads the orders, linked to the first organisations.
    """
    INSERT INTO user_account (id, email, first_name, last_name, language, status,
                              password_hash, email_verified_at)
    SELECT md5('bench-orders-pro')::uuid, $1::varchar, 'Sanne', 'Bench', 'nl', 'active',
           'not-a-password', now()
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE lower(email) = $1::varchar)
    """,
    """
    INSERT INTO membership (id, user_id, organisation_id, portal_admin, portal_employee,
                            function_code, department, phone)
    SELECT gen_random_uuid(), u.id, md5('bench-orders-org-' || i)::uuid, false, true, 200,
           'Ergotherapie', '+31301234567'
    FROM user_account u CROSS JOIN generate_series(1, $2::int) AS i
    WHERE lower(u.email) = $1::varchar
    ON CONFLICT DO NOTHING
    """,
)

# Order g's own values: $1/$2 the batch's first and last g, $3 the moment the seed counts from
# (order 1 was placed 90 s before it). Shared by the rentals and their follow-ups.
_DRAWN = """
SELECT g, (g - 1) % 1000 + 1 AS org, (g - 1) / 1000 AS round,
       g + 1000 * (10 - (g - 1) / 1000 % 10) AS rental_g,
       placed_at, (placed_at AT TIME ZONE 'Europe/Amsterdam')::date AS placed_on,
       ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
           - (placed_at AT TIME ZONE 'Europe/Amsterdam')::date AS age,
       chr(65 + g % 26) || '. ' || (ARRAY['Jansen', 'de Vries', 'van den Berg', 'Bakker',
           'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
           'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'El Amrani',
           'Yilmaz', 'Janssens', 'Maes', 'Willems'])[1 + g / 26 % 24] AS client_name,
       date '1925-01-01' + g * 37 % 25000 AS birth_date,
       (ARRAY['Lindelaan', 'Kastanjelaan', 'Dorpsstraat', 'Biltstraat', 'Nachtegaalstraat',
              'Zonnebloemweg', 'Kerkstraat', 'Molenweg'])[1 + g % 8] AS street,
       (ARRAY['Utrecht', 'De Bilt', 'Zeist', 'Nieuwegein', 'Houten', 'Amersfoort'])[1 + g % 6]
           AS city,
       (35 + g % 10)::text || lpad((g % 100)::text, 2, '0') || ' '
           || chr(65 + g % 26) || chr(65 + g / 26 % 26) AS postcode,
       g % 5 = 0 AS nursing_home
FROM generate_series($1::int, $2::int) AS g,
     LATERAL (SELECT $3::timestamptz - g * interval '90 seconds' AS placed_at) AS t
"""

ORDER_COLUMNS = """
id, number, kind, status, status_changed_at, organisation_id, branch_id, placed_by_user_id,
placed_on, client_name, client_birth_date, client_street, client_house_number, client_postcode,
client_city, delivery_street, delivery_house_number, delivery_postcode, delivery_city,
contact_name, contact_phone, wlz_indication, signature_required, signed_at, device_id,
option_id, rental_order_id, description, desired_date, notes, planned_for, delivered_on,
rental_ended_on, picked_up_on, repaired_on, adjusted_on, hidden_from_portal_at, search_text,
created_at, modified_at
"""

# The common columns of both passes, from `o` (the drawn order with its kind, status, device,
# option, dates and hiding worked out) and `d` (its device).
_ORDER_VALUES = """
SELECT md5('bench-order-' || o.g)::uuid, o.number, o.kind, o.status,
       least($3::timestamptz, greatest(o.placed_at,
           (coalesce(o.picked_up_on, o.rental_ended_on, o.repaired_on, o.adjusted_on,
                     o.delivered_on, CASE WHEN o.status <> 'received' THEN o.planned_on END,
                     o.placed_on) + time '11:00')
           AT TIME ZONE 'Europe/Amsterdam')),
       organisation.id, organisation.supplier_branch_id,
       CASE WHEN o.org <= $4::int THEN md5('bench-orders-pro')::uuid END, o.placed_on,
       o.client_name, o.birth_date, o.street, (o.g % 199 + 1)::text, o.postcode, o.city,
       CASE WHEN o.nursing_home THEN 'Verpleeghuis De Es' END,
       CASE WHEN o.nursing_home THEN '3' END, CASE WHEN o.nursing_home THEN '3581 AE' END,
       CASE WHEN o.nursing_home THEN 'Utrecht' END,
       'Contactpersoon ' || o.client_name,
       '+316' || lpad((o.g::bigint * 7919 % 100000000)::text, 8, '0'),
       o.wlz, o.wlz,
       CASE WHEN o.wlz AND (o.status NOT IN ('received', 'planned') OR o.g % 2 = 0)
            THEN least($3::timestamptz, o.placed_at + interval '1 day') END,
       d.id, o.option_id, o.rental_id, o.description, o.placed_on + 3 + o.g % 10, '',
       CASE WHEN o.status <> 'received' THEN o.planned_on END, o.delivered_on, o.rental_ended_on,
       o.picked_up_on, o.repaired_on, o.adjusted_on, o.hidden_at,
       regexp_replace(lower(translate(concat_ws(' ', o.number, o.client_name, d.code, d.name_nl,
           d.name_fr, d.name_en), 'éèêëàâîïôûùçÉ', 'eeeeaaiiouucE')), '[^a-z0-9]+', ' ', 'g'),
       o.placed_at, o.placed_at
FROM o JOIN organisation ON organisation.id = md5('bench-orders-org-' || o.org)::uuid
JOIN assistive_device d ON d.id = o.device_id
"""

# Pass 1: the rentals (a follow-up whose rental would be beyond the millionth is one too).
ORDER_RENTALS_SQL = f"""
WITH catalogue AS (
    SELECT array_agg(id ORDER BY code) AS every,
           array_agg(id ORDER BY code) FILTER (WHERE category <> 'AD') AS without_ad
    FROM assistive_device WHERE supply = 'rental' AND active AND code LIKE 'HB-%'
), drawn AS ({_DRAWN}), staged AS (
    SELECT drawn.*, 'HB-' || extract(year FROM placed_on) || '-' || lpad(g::text, 7, '0')
               AS number,
           'rental' AS kind, g % 5 = 0 AS wlz, NULL::uuid AS rental_id, NULL AS description,
           CASE WHEN org % 2 = 0 THEN every[1 + g * 7 % array_length(every, 1)]
                ELSE without_ad[1 + g * 7 % array_length(without_ad, 1)] END AS device_id,
           CASE WHEN g % 53 = 0 AND age < 60 THEN 'planned'
                WHEN age < 2 THEN 'received'
                WHEN age < 9 THEN (ARRAY['received', 'planned', 'on_the_way'])[1 + g % 3]
                WHEN g / 7 % 10 < 4 THEN 'delivered'
                WHEN g / 7 % 10 = 4 THEN 'ended'
                ELSE 'picked_up' END AS status,
           placed_on + 2 + g % 4 AS planned_on
    FROM drawn CROSS JOIN catalogue
    WHERE round % 10 < 6 OR g + 1000 * (10 - round % 10) > {ORDERS}
), dated AS (
    SELECT staged.*,
           CASE WHEN status IN ('delivered', 'ended', 'picked_up')
                THEN placed_on + 5 + g % 4 END AS delivered_on,
           CASE WHEN status IN ('ended', 'picked_up')
                THEN placed_on + 5 + g % 4 + least(age - 9, 14 + g * 13 % 365) END
               AS rental_ended_on
    FROM staged
), o AS (
    SELECT dated.*, NULL::date AS repaired_on, NULL::date AS adjusted_on,
           picked.picked_up_on,
           CASE WHEN picked.picked_up_on < ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
                                           - interval '2 months'
                THEN (picked.picked_up_on + interval '2 months 3 hours')::timestamptz END
               AS hidden_at,
           (SELECT x.id FROM assistive_device_option x
            WHERE x.device_id = dated.device_id AND (org % 2 = 0 OR NOT x.needs_ad_contract)
            ORDER BY x.position OFFSET g % 3 LIMIT 1) AS option_id
    FROM dated, LATERAL (
        SELECT CASE WHEN status = 'picked_up'
                    THEN least(rental_ended_on + g % 3,
                               ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date)
               END AS picked_up_on
    ) AS picked
)
INSERT INTO assistive_order ({ORDER_COLUMNS})
{_ORDER_VALUES}
ON CONFLICT DO NOTHING
"""  # noqa: S608

# Pass 2: repairs, adjustments and pickups of the rentals, once those are all in.
ORDER_FOLLOW_UPS_SQL = f"""
WITH drawn AS ({_DRAWN}), staged AS (
    SELECT drawn.*,
           'HB-' || extract(year FROM drawn.placed_on) || '-' || lpad(g::text, 7, '0') AS number,
           (ARRAY['repair', 'repair', 'adjustment', 'pickup'])[round % 10 - 5] AS kind,
           false AS wlz, rental.id AS rental_id, rental.device_id, rental.option_id,
           rental.hidden_from_portal_at AS rental_hidden_at,
           drawn.placed_on + 2 + g % 4 AS planned_on
    FROM drawn
    JOIN assistive_order rental ON rental.id = md5('bench-order-' || drawn.rental_g)::uuid
    WHERE round % 10 >= 6 AND rental_g <= {ORDERS}
), o AS (
    SELECT staged.*,
           CASE kind WHEN 'repair' THEN 'De rem van het linkerwiel houdt niet meer.'
                     WHEN 'adjustment' THEN 'Het bed moet 10 cm hoger ingesteld worden.' END
               AS description,
           status,
           NULL::date AS delivered_on, NULL::date AS rental_ended_on,
           CASE WHEN status = 'picked_up' THEN placed_on + 4 + g % 5 END AS picked_up_on,
           CASE WHEN status = 'repaired' THEN placed_on + 4 + g % 5 END AS repaired_on,
           CASE WHEN status = 'adjusted' THEN placed_on + 4 + g % 5 END AS adjusted_on,
           -- the job hides a rental's finished follow-ups with it
           CASE WHEN status IN ('picked_up', 'repaired', 'adjusted') THEN rental_hidden_at END
               AS hidden_at
    FROM staged, LATERAL (
        SELECT CASE WHEN g % 53 = 0 AND age < 60 THEN 'planned'
                    WHEN age < 2 THEN 'received'
                    WHEN age < 9 THEN (ARRAY['received', 'planned', 'on_the_way'])[1 + g % 3]
                    WHEN kind = 'repair' THEN 'repaired'
                    WHEN kind = 'adjustment' THEN 'adjusted'
                    ELSE 'picked_up' END AS status
    ) AS s
)
INSERT INTO assistive_order ({ORDER_COLUMNS})
{_ORDER_VALUES}
ON CONFLICT DO NOTHING
"""  # noqa: S608

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


# The big seeds and the rows of `bench.sidebyside` that read them: a run of some rows only
# (KRING_BENCH_ONLY) seeds what those read.
SEEDED_FOR: dict[str, frozenset[str]] = {
    "search": frozenset({"search"}),
    "dashboard": frozenset(
        {
            "public profile",
            "inbox",
            "statistics",
            "reviews",
            "promotion requests",
            "admin providers",
            "response times",
        }
    ),
    "matching": frozenset({"suggestions", "admin helpers", "dossier hours"}),
    "orders": frozenset(
        {"orders", "orders deep", "orders by status", "admin orders", "admin refusals"}
    ),
    "care": frozenset(
        {
            "projects",
            "admin projects",
            "correspondence",
            "admin questions",
            "invoices",
            "admin invoices",
        }
    ),
    "neighbourhoods": frozenset(
        {
            "neighbourhood feed",
            "helpers",
            "helpers by skill",
            "my posts",
            "unanswered",
            "post replies",
            "conversations",
            "admin neighbourhoods",
            "neighbourhood reports",
        }
    ),
}
DEEP_PAGE = 40  # "orders deep" reads this page of the pro's orders (view all)


async def seed_orders(connection: asyncpg.Connection) -> None:
    """The branches, organisations, catalogue and pro, then the 1,000,000 orders (unless
    there), in batches: the rentals first, then their follow-ups."""
    from kring.dev.demo_orders import CATALOGUE

    devices = [list(column) for column in zip(*(row[:6] for row in CATALOGUE), strict=True)]
    options = [
        list(column)
        for column in zip(
            *(
                (code, nl, fr, en, needs, position)
                for code, *_names, choices in CATALOGUE
                for position, (nl, fr, en, needs) in enumerate(choices)
            ),
            strict=True,
        )
    ]
    setup, organisations, catalogue, choices, pro, links = ORDER_SETUP_SQL
    async with connection.transaction():
        await connection.execute(setup)
        await connection.execute(organisations, ORDER_ORGANISATIONS)
        await connection.execute(catalogue, *devices)
        await connection.execute(choices, *options)
        await connection.execute(pro, PRO)
        await connection.execute(links, PRO, PRO_ORGANISATIONS)
    have = await connection.fetchval(
        "SELECT count(*) FROM assistive_order WHERE number LIKE 'HB-____-_______'"
    )
    if have >= ORDERS:
        print(f"  {have:,} bench orders already seeded")
        await seed_refusals(connection)
        return
    started = time.perf_counter()
    anchor = await connection.fetchval("SELECT date_trunc('minute', now())")
    for statement, what in ((ORDER_RENTALS_SQL, "rentals"), (ORDER_FOLLOW_UPS_SQL, "follow-ups")):
        for first in range(1, ORDERS + 1, ORDERS_BATCH):
            last = min(ORDERS, first + ORDERS_BATCH - 1)
            await connection.execute(statement, first, last, anchor, PRO_ORGANISATIONS)
        print(f"  seeded the orders' {what} ({time.perf_counter() - started:.0f} s)")
    # As autovacuum leaves a table in use: statistics and the visibility map.
    await connection.execute("VACUUM ANALYZE assistive_order")
    await connection.execute("ANALYZE organisation, membership, assistive_device")
    print(f"  seeded {ORDERS:,} orders in {time.perf_counter() - started:.0f} s")
    await seed_refusals(connection)


# One in ten Wlz orders waiting for a signature refused (issue 20): the branches' queue, a few
# thousand open refusals the oldest first, as `GET /admin/order-refusals` reads them.
REFUSALS_SQL = """
WITH chosen AS (
    SELECT id, least(created_at + interval '1 day', now()) AS refused_at
    FROM assistive_order
    WHERE number LIKE 'HB-____-_______' AND signature_required AND signed_at IS NULL
      AND NOT off_signing_list AND refused_at IS NULL AND right(number, 2)::int % 10 = 0
), marked AS (
    UPDATE assistive_order AS o SET refused_at = chosen.refused_at
    FROM chosen WHERE o.id = chosen.id
    RETURNING o.id, o.refused_at
)
INSERT INTO order_refusal (id, order_id, refused_by_name, refused_at, reason)
SELECT gen_random_uuid(), id, 'Paula Bench', refused_at,
       'De cliënt heeft dit hulpmiddel al van de gemeente.'
FROM marked
"""


async def seed_refusals(connection: asyncpg.Connection) -> None:
    if await connection.fetchval("SELECT EXISTS (SELECT FROM order_refusal)"):
        return
    started = time.perf_counter()
    await connection.execute(REFUSALS_SQL)
    await connection.execute("ANALYZE order_refusal")
    count = await connection.fetchval("SELECT count(*) FROM order_refusal")
    print(f"  seeded {count:,} refusals in {time.perf_counter() - started:.0f} s")


async def _deep_cursor(connection: asyncpg.Connection) -> str | None:
    """The cursor `GET /orders?view=all` gives the pro for page `DEEP_PAGE`, as Kring
    encodes it (None when the pro has fewer pages)."""
    from kring.kit.pagination import encode_cursor
    from kring.orders.repository import NEWEST

    row = await connection.fetchrow(
        """
        SELECT o.created_at, o.id FROM assistive_order o
        WHERE o.hidden_from_portal_at IS NULL AND o.organisation_id IN (
            SELECT m.organisation_id FROM membership m JOIN user_account u ON u.id = m.user_id
            WHERE lower(u.email) = $1 AND m.portal_employee)
        ORDER BY o.created_at DESC, o.id DESC OFFSET $2 LIMIT 1
        """,
        PRO,
        20 * (DEEP_PAGE - 1) - 1,
    )
    return encode_cursor(NEWEST, [row["created_at"], row["id"]]) if row else None


async def seed(database_url: str, labels: set[str] | None = None) -> dict[str, Any]:
    """This bench's rows, and the big seeds the `labels` read (all without labels); the ids
    and cursors the paths need, and how long it took."""
    from kring.auth.passwords import hash_password
    from kring.dev.demo import DEMO_PASSWORD

    def wanted(group: str) -> bool:
        return labels is None or bool(labels & SEEDED_FOR[group])

    started = time.perf_counter()
    if wanted("search"):
        await search.seed(database_url)
    if wanted("dashboard"):
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
        dossier = await connection.fetchval(
            "SELECT d.id FROM dossier d JOIN user_account u ON u.id = d.manager_user_id"
            " WHERE lower(u.email) = $1 AND d.last_name = 'Bench Matched'",
            PARTNER,
        )
        if wanted("matching"):
            await matching.seed(connection)
            for statement in HOURS_SQL:
                await connection.execute(statement, dossier)
        if wanted("orders"):
            await seed_orders(connection)
        if wanted("care"):
            from bench.sidebyside_care import seed_care

            await seed_care(connection)
        neighbourhood = None
        lists: dict[str, str | None] = {"post": None, "helper_skill": None}
        if wanted("neighbourhoods"):
            from bench.sidebyside_neighbourhoods import (
                explain_feed,
                list_ids,
                partner_neighbourhood,
                seed_neighbourhood_lists,
                seed_neighbourhoods,
            )

            await seed_neighbourhoods(connection, PARTNER)
            await seed_neighbourhood_lists(connection, PARTNER, STAFF)
            neighbourhood = await partner_neighbourhood(connection, PARTNER)
            lists = await list_ids(connection)
            await explain_feed(connection, PARTNER)
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
        deep_cursor = await _deep_cursor(connection) if wanted("orders") else None
    finally:
        await connection.close()
    seconds = time.perf_counter() - started
    return {
        "organisation": organisation,
        "profile": profile,
        "dossier": dossier,
        "last_month": last_month,
        "orders_cursor": deep_cursor,
        "neighbourhood": neighbourhood,
        **lists,
        "seconds": seconds,
    }


def token_hash(token: str) -> bytes:
    """As Kring's `auth.tokens.token_hash` with the dev secret (the bench's servers use it)."""
    return hmac.new(DEV_SECRET_KEY.encode(), token.encode(), hashlib.sha256).digest()


async def sign_in(
    database_url: str, only: set[str] | None = None
) -> tuple[dict[str, str], list[Any]]:
    """A session each for the portal admin (acting for the organisation), the care professional
    reading the orders, the provider, the partner and the staff admin (`only`: those of them),
    as a log-in with a second factor would leave it; their cookies, and the rows."""
    people = {
        who: email
        for who, email in (
            ("portal_admin", PORTAL_ADMIN),
            ("pro", PRO),
            ("provider", PROVIDER),
            ("partner", PARTNER),
            ("staff", STAFF),
        )
        if only is None or who in only
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
