"""KRING'S SQL, as the bare app (`bench.bare`) runs it: the one place to keep in step with Kring.

Each string is a statement Kring sends for the endpoint named above it (`python -m
bench.sidebyside_sql` prints them, as does PostgreSQL's `log_statement = 'all'`), written as
asyncpg SQL with the same columns, joins, filters, ordering and limits. Kring's `IN ($1, ...)`
is `= ANY($1)` here (planned alike); constants Kring binds (a separator, a status) are inline.
Kring's reads go out without BEGIN/COMMIT, as here. When Kring's statements change, capture
them again and edit this file (and `care_sql`, the lists of issue 21's statements).
"""

from __future__ import annotations

# --- signed in: the principal ---------------------------------------------------------------
# Kring's principal query: the session joined to the person, with the person's organisations
# (portal employee) as one JSON aggregate; the acting organisation and "member anywhere" follow
# from it. Kring checks expiry, idleness and the account status in Python after it; here they
# are in the WHERE clause.
AUTH = """
SELECT user_session.user_id, user_session.token_hash, user_session.last_seen_at,
       user_session.expires_at, user_session.revoked_at, user_session.active_organisation_id,
       user_session.mfa_verified_at, user_session.mfa_verified_method, user_session.ip,
       user_session.user_agent, user_session.id,
       user_session.created_at, user_session.modified_at, user_account.email,
       user_account.initials, user_account.first_name, user_account.prefix,
       user_account.last_name, user_account.language, user_account.phone_for_questions,
       user_account.status, user_account.staff_role, user_account.staff_branch_id,
       user_account.password_hash, user_account.password_changed_at,
       user_account.email_verified_at, user_account.last_login_at,
       user_account.inactivity_warned_at, user_account.birth_date, user_account.gender,
       user_account.home_street, user_account.home_house_number,
       user_account.home_house_number_addition, user_account.home_postcode,
       user_account.home_city, user_account.nickname, user_account.postal_street,
       user_account.postal_house_number, user_account.postal_house_number_addition,
       user_account.postal_postcode, user_account.postal_city, user_account.activation_sent_at,
       user_account.reactivated_at, user_account.id AS id_1,
       user_account.created_at AS created_at_1, user_account.modified_at AS modified_at_1,
       (SELECT coalesce(json_agg(json_build_array(organisation.id, organisation.name,
                                                  organisation.kind, membership.portal_admin,
                                                  membership.id) ORDER BY organisation.name),
                        '[]'::json)
        FROM membership JOIN organisation ON organisation.id = membership.organisation_id
        WHERE membership.user_id = user_session.user_id
          AND membership.portal_employee IS true) AS memberships
FROM user_session JOIN user_account ON user_account.id = user_session.user_id
WHERE user_session.token_hash = $1 AND user_session.revoked_at IS NULL
  AND user_session.expires_at > now() AND user_account.status = 'active'
  AND user_session.last_seen_at > now() - make_interval(mins => $2::int)
"""

# A provider's own endpoints load the whole profile row of the signed-in person first.
_PROFILE_COLUMNS = """
provider_profile.user_id, provider_profile.status, provider_profile.completed_steps,
provider_profile.service_kinds, provider_profile.heard_from, provider_profile.terms_version,
provider_profile.terms_accepted_at, provider_profile.has_kvk, provider_profile.company_name,
provider_profile.kvk_number, provider_profile.work_street, provider_profile.work_house_number,
provider_profile.work_house_number_addition, provider_profile.work_postcode,
provider_profile.work_city, provider_profile.address_is_work_address, provider_profile.latitude,
provider_profile.longitude, provider_profile.introduction, provider_profile.profile_text,
provider_profile.work_area_kind, provider_profile.radius_km, provider_profile.day_parts,
provider_profile.price_note, provider_profile.live_at, provider_profile.photo_key,
provider_profile.photo_x, provider_profile.photo_y, provider_profile.photo_zoom,
provider_profile.identity_document_seen, provider_profile.seen_in_person,
provider_profile.introduction_video, provider_profile.vog_key, provider_profile.vog_bytes,
provider_profile.vog_uploaded_at, provider_profile.vog_issued_on,
provider_profile.vog_confirmed_at, provider_profile.vog_rejected_at,
provider_profile.vog_rejection_reason, provider_profile.suspended_reason,
provider_profile.price_list_key, provider_profile.price_list_bytes, provider_profile.video_key,
provider_profile.video_media_type, provider_profile.video_bytes,
provider_profile.video_uploaded_at, provider_profile.search_title, provider_profile.search_body,
provider_profile.search_vector, provider_profile.coverage, provider_profile.rating_count,
provider_profile.rating_sum, provider_profile.id, provider_profile.created_at,
provider_profile.modified_at
"""
# (f-strings here join constant SQL only: no value of a request is ever formatted in.)
OWN_PROFILE = f"""
SELECT {_PROFILE_COLUMNS} FROM provider_profile WHERE provider_profile.user_id = $1
"""  # noqa: S608

# --- GET /me: nothing beyond the principal -------------------------------------------------

# --- GET /organisations/{id}/members (the own membership comes with the principal) ----------
MEMBERS = """
SELECT membership.id, membership.user_id, user_account.email, user_account.initials,
       user_account.first_name, user_account.prefix, user_account.last_name,
       user_account.birth_date, user_account.gender, user_account.nickname,
       user_account.home_street, user_account.home_house_number,
       user_account.home_house_number_addition, user_account.home_postcode,
       user_account.home_city, user_account.postal_street, user_account.postal_house_number,
       user_account.postal_house_number_addition, user_account.postal_postcode,
       user_account.postal_city, membership.phone, membership.mobile, membership.department,
       membership.function_code, membership.function_on_business_card,
       membership.portal_admin, membership.portal_employee, membership.email_services,
       membership.contact_for_all_projects, user_account.status,
       EXISTS (SELECT * FROM mfa_factor WHERE mfa_factor.user_id = user_account.id
               AND mfa_factor.confirmed_at IS NOT NULL) AS has_factor,
       lower(coalesce(user_account.last_name, '')) AS sort_last,
       lower(user_account.first_name) AS sort_first
FROM membership JOIN user_account ON user_account.id = membership.user_id
WHERE membership.organisation_id = $1 AND user_account.status != 'deleted'
ORDER BY sort_last ASC, sort_first ASC, membership.id ASC LIMIT $2
"""

# --- GET /categories ------------------------------------------------------------------------
CATEGORIES = """
SELECT category.slug, category.name_nl, category.name_fr, category.name_en, category.position,
       category.id, category.created_at, category.modified_at
FROM category ORDER BY category.slug = 'overige', category.position, category.slug
"""

# --- GET /skills: in groups' reading order, then as staff added them --------------------------
SKILLS = """
SELECT skill.slug, skill.skill_group, skill.name_nl, skill.name_fr, skill.name_en, skill.position,
       skill.id, skill.created_at, skill.modified_at
FROM skill
ORDER BY CASE skill.skill_group WHEN 'household' THEN 0 WHEN 'errands' THEN 1
         WHEN 'company' THEN 2 WHEN 'personal_care' THEN 3 WHEN 'paperwork' THEN 4
         WHEN 'digital' THEN 5 WHEN 'lessons' THEN 6 WHEN 'odd_jobs' THEN 7
         WHEN 'garden_pets' THEN 8 WHEN 'family' THEN 9 END, skill.position, skill.slug
"""

# --- GET /places?q= -------------------------------------------------------------------------
# $1 the folded query, $2 'q%', $3 '% q%', $4 the limit.
PLACES = """
SELECT place.id, place.name, place.search_name, place.municipality, place.province,
       place.country, place.latitude, place.longitude, place.population, anon_1.matched_name
FROM place JOIN (
    SELECT DISTINCT ON (place.id) place.id AS id, place.name AS name,
           place.search_name AS search_name, place.municipality AS municipality,
           place.province AS province, place.country AS country, place.latitude AS latitude,
           place.longitude AS longitude, place.population AS population,
           anon_2.matched_name AS matched_name,
           CASE WHEN (anon_2.search_name = $1) THEN 0
                WHEN (anon_2.search_name LIKE $2) THEN 1 ELSE 2 END AS rank
    FROM place JOIN (
        SELECT place.id AS place_id, CAST(NULL AS varchar) AS matched_name,
               place.search_name AS search_name
        FROM place WHERE place.search_name LIKE $2 OR place.search_name LIKE $3
        UNION ALL
        SELECT place_name.place_id AS place_id, place_name.name AS matched_name,
               place_name.search_name AS search_name
        FROM place_name WHERE place_name.search_name LIKE $2 OR place_name.search_name LIKE $3
    ) AS anon_2 ON anon_2.place_id = place.id
    ORDER BY place.id, CASE WHEN (anon_2.search_name = $1) THEN 0
                            WHEN (anon_2.search_name LIKE $2) THEN 1 ELSE 2 END,
             anon_2.matched_name IS NOT NULL
) AS anon_1 ON anon_1.id = place.id
ORDER BY anon_1.rank, place.population DESC, place.name LIMIT $4
"""

# --- GET /providers/search?q= (keywords only: ranked by relevance) ---------------------------
# $1 the prefix query ('kapper:*'), $2 the limit + 1.
SEARCH = """
WITH matches AS MATERIALIZED (
    SELECT provider_profile.id AS id, CAST(NULL AS float) AS distance_km,
           CAST(ts_rank(provider_profile.search_vector, to_tsquery('dutch', $1)) AS float)
               AS key_0,
           coalesce(CAST(CAST(provider_profile.rating_sum AS float)
                    / CAST(nullif(CAST(provider_profile.rating_count AS float), 0.0) AS float)
                    AS float), -1.0) AS key_1,
           provider_profile.rating_count AS key_2,
           coalesce(provider_profile.live_at, '9999-12-31T00:00:00+00:00'::timestamptz) AS key_3,
           provider_profile.id AS key_4
    FROM provider_profile WHERE provider_profile.status = 'live'
      AND (numnode(to_tsquery('dutch', $1)) = 0
           OR (provider_profile.search_vector @@ to_tsquery('dutch', $1))))
SELECT provider_profile.id,
       concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name) AS name,
       provider_profile.company_name, provider_profile.introduction, provider_profile.photo_key,
       provider_profile.rating_sum, provider_profile.rating_count, page.distance_km,
       lowest.price_cents AS lowest_price_cents, lowest.unit AS lowest_unit, page.key_0,
       page.key_1, page.key_2, page.key_3, page.key_4, page.total
FROM provider_profile JOIN (
    SELECT matches.id AS id, matches.distance_km AS distance_km, matches.key_0 AS key_0,
           matches.key_1 AS key_1, matches.key_2 AS key_2, matches.key_3 AS key_3,
           matches.key_4 AS key_4, count(*) OVER () AS total FROM matches
    ORDER BY matches.key_0 DESC, matches.key_1 DESC, matches.key_2 DESC, matches.key_3 DESC,
             matches.key_4 ASC
    LIMIT $2) AS page ON page.id = provider_profile.id
JOIN user_account ON user_account.id = provider_profile.user_id
LEFT OUTER JOIN LATERAL (
    SELECT provider_service.price_cents AS price_cents, provider_service.unit AS unit
    FROM provider_service WHERE provider_service.profile_id = provider_profile.id
    ORDER BY provider_service.price_cents, provider_service.position LIMIT 1) AS lowest ON true
ORDER BY page.key_0 DESC, page.key_1 DESC, page.key_2 DESC, page.key_3 DESC, page.key_4 ASC
"""
CATEGORIES_OF = """
SELECT provider_category.profile_id, category.id, category.slug, category.name_en AS name
FROM provider_category JOIN category ON category.id = provider_category.category_id
WHERE provider_category.profile_id = ANY($1::uuid[]) ORDER BY category.position
"""

# --- GET /providers/{id}: the public profile (then CATEGORIES_OF for it) --------------------
PUBLIC_PROFILE = f"""
SELECT {_PROFILE_COLUMNS} FROM provider_profile
WHERE provider_profile.status = 'live' AND provider_profile.id = $1
"""  # noqa: S608
PUBLIC_PROFILE_USER = """
SELECT user_account.email, user_account.initials, user_account.first_name, user_account.prefix,
       user_account.last_name, user_account.language, user_account.phone_for_questions,
       user_account.status, user_account.staff_role, user_account.password_hash,
       user_account.password_changed_at, user_account.email_verified_at,
       user_account.last_login_at, user_account.inactivity_warned_at, user_account.birth_date,
       user_account.gender, user_account.home_street, user_account.home_house_number,
       user_account.home_house_number_addition, user_account.home_postcode,
       user_account.home_city, user_account.activation_sent_at, user_account.reactivated_at,
       user_account.id, user_account.created_at, user_account.modified_at
FROM user_account WHERE user_account.id = $1
"""
PUBLIC_PROFILE_SERVICES = """
SELECT provider_service.profile_id, provider_service.name, provider_service.price_cents,
       provider_service.unit, provider_service.description, provider_service.position,
       provider_service.id, provider_service.created_at, provider_service.modified_at
FROM provider_service WHERE provider_service.profile_id = $1 ORDER BY provider_service.position
"""
PUBLIC_PROFILE_PLACES = """
SELECT place.id, place.name, place.search_name, place.municipality, place.province,
       place.country, place.latitude, place.longitude, place.population
FROM place JOIN provider_work_place ON provider_work_place.place_id = place.id
WHERE provider_work_place.profile_id = $1 ORDER BY place.name
"""
PUBLIC_PROFILE_REVIEWS = """
SELECT review.id, review.stars, review.text, review.author_name, review.created_at, review.reply,
       review.replied_at FROM review
WHERE review.hidden_at IS NULL
  AND review.profile_id IN (SELECT provider_profile.id FROM provider_profile
                            WHERE provider_profile.status = 'live')
  AND review.profile_id = $1
ORDER BY review.created_at DESC, review.id DESC LIMIT $2
"""

# --- GET /provider/contact-requests (after OWN_PROFILE) -------------------------------------
INBOX_COUNTS = """
SELECT count(*) AS total,
       count(*) FILTER (WHERE contact_request.status = 'new') AS open,
       count(*) FILTER (WHERE contact_request.status = 'new'
                        AND contact_request.deadline_at < $1) AS overdue
FROM contact_request WHERE contact_request.profile_id = $2
"""
INBOX_PAGE = """
SELECT contact_request.id, contact_request.created_at, contact_request.name,
       contact_request.email, contact_request.phone, contact_request.member_number,
       contact_request.location, contact_request.for_whom, contact_request.message,
       contact_request.status, contact_request.deadline_at, contact_request.answered_at,
       contact_request.handled_at, contact_request.note, contact_request.appointment_on,
       CASE WHEN (contact_request.status = 'new') THEN 0 ELSE 1 END AS answered_rank
FROM contact_request WHERE contact_request.profile_id = $1
ORDER BY answered_rank ASC, contact_request.deadline_at ASC, contact_request.created_at DESC,
         contact_request.id ASC
LIMIT $2
"""
# Kring records every listing of the inbox (it shows customers' details).
INBOX_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1, NULL, 'contact_request.listed', 'provider', $2, 'success', $3, $4, $5::jsonb, $6)
RETURNING audit_event.created_at, audit_event.modified_at
"""

# A provider's response figures ($1 now), as the statistics and staff's response times share them
# in Kring (one expression there, one here).
_RESPONSE_FIGURES = """
count(*) AS requests,
count(*) FILTER (WHERE contact_request.appointment_on IS NOT NULL) AS appointments,
count(contact_request.answered_at) AS answered,
percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(EXTRACT(epoch FROM
    contact_request.answered_at - contact_request.created_at)
    / CAST(60.0 AS DOUBLE PRECISION) AS float)) AS median,
CAST(count(*) FILTER (WHERE contact_request.answered_at IS NOT NULL
                      AND contact_request.answered_at <= contact_request.deadline_at) AS float)
/ CAST(nullif(count(*) FILTER (WHERE contact_request.answered_at IS NOT NULL
                               OR contact_request.deadline_at < $1), 0) AS numeric) AS share
"""

# --- GET /provider/statistics (after OWN_PROFILE) -------------------------------------------
# $1 now, $2 the profile, $3/$4 the period's bounds.
STATISTICS = f"""
SELECT {_RESPONSE_FIGURES}
FROM contact_request
WHERE contact_request.profile_id = $2 AND contact_request.created_at >= $3
  AND contact_request.created_at < $4
"""  # noqa: S608
STATISTICS_PER_WEEK = """
SELECT date_trunc('week', timezone('Europe/Amsterdam', contact_request.created_at)) AS week,
       count(*) AS requests
FROM contact_request
WHERE contact_request.profile_id = $1 AND contact_request.created_at >= $2
  AND contact_request.created_at < $3
GROUP BY date_trunc('week', timezone('Europe/Amsterdam', contact_request.created_at))
"""

# --- GET /provider/reviews (after OWN_PROFILE) ----------------------------------------------
OWN_REVIEWS = """
SELECT review.id, review.stars, review.text, review.author_name, review.created_at, review.reply,
       review.replied_at, review.hidden_at, review.hidden_reason
FROM review WHERE review.profile_id = $1
ORDER BY review.created_at DESC, review.id DESC LIMIT $2
"""

# --- GET /admin/users -----------------------------------------------------------------------
ADMIN_USERS = """
SELECT user_account.id, user_account.email,
       concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name)
           AS full_name,
       user_account.status, user_account.staff_role, user_account.language,
       user_account.last_login_at, user_account.staff_branch_id,
       lower(user_account.email) AS email_key
FROM user_account WHERE user_account.status != 'deleted'
ORDER BY email_key ASC, user_account.id ASC LIMIT $1
"""
ADMIN_USERS_MEMBERSHIPS = """
SELECT membership.user_id, membership.id, organisation.id AS organisation_id, organisation.name,
       organisation.kind, membership.portal_admin, membership.portal_employee,
       membership.umbrella_link_reason
FROM membership JOIN organisation ON organisation.id = membership.organisation_id
WHERE membership.user_id = ANY($1::uuid[]) ORDER BY lower(organisation.name)
"""
ADMIN_USERS_BRANCHES = """
SELECT organisation.id, organisation.name FROM organisation
WHERE organisation.id = ANY($1::uuid[])
"""
ADMIN_USERS_FACTORS = """
SELECT DISTINCT mfa_factor.user_id FROM mfa_factor
WHERE mfa_factor.user_id = ANY($1::uuid[]) AND mfa_factor.confirmed_at IS NOT NULL
"""

# --- GET /admin/organisations ---------------------------------------------------------------
ADMIN_ORGANISATIONS = """
SELECT organisation.kind, organisation.name, organisation.country,
       organisation.registration_number, organisation.visit_street,
       organisation.visit_house_number, organisation.visit_postcode, organisation.visit_city,
       organisation.postal_street, organisation.postal_house_number,
       organisation.postal_postcode, organisation.postal_city, organisation.phone,
       organisation.email, organisation.ad_contract, organisation.supplier_branch_id,
       organisation.opening_hours, organisation.id, organisation.created_at,
       organisation.modified_at, lower(organisation.name) AS sort_name,
       serving_branch.name AS branch_name, serving_branch.phone AS branch_phone,
       serving_branch.email AS branch_email,
       serving_branch.opening_hours AS branch_opening_hours
FROM organisation
LEFT OUTER JOIN organisation AS serving_branch
    ON serving_branch.id = organisation.supplier_branch_id
ORDER BY sort_name ASC, organisation.id ASC LIMIT $1
"""

# --- GET /admin/providers -------------------------------------------------------------------
ADMIN_PROVIDERS = """
SELECT provider_profile.id, provider_profile.user_id, provider_profile.created_at,
       provider_profile.company_name, provider_profile.status, provider_profile.live_at,
       provider_profile.identity_document_seen, provider_profile.seen_in_person,
       provider_profile.introduction_video, provider_profile.has_kvk, provider_profile.vog_key,
       provider_profile.vog_bytes, provider_profile.vog_uploaded_at,
       provider_profile.vog_issued_on, provider_profile.vog_confirmed_at,
       provider_profile.vog_rejected_at, provider_profile.vog_rejection_reason,
       provider_profile.suspended_reason, user_account.email, user_account.first_name,
       user_account.prefix, user_account.last_name
FROM provider_profile JOIN user_account ON user_account.id = provider_profile.user_id
WHERE provider_profile.status != 'erased'
ORDER BY provider_profile.created_at DESC, provider_profile.id ASC LIMIT $1
"""

# --- GET /admin/promotion-requests ----------------------------------------------------------
ADMIN_PROMOTIONS = """
SELECT promotion_request.profile_id, promotion_request.package, promotion_request.status,
       promotion_request.message, promotion_request.price_cents, promotion_request.starts_on,
       promotion_request.ends_on, promotion_request.confirmed_at,
       promotion_request.confirmed_by_user_id, promotion_request.withdrawn_at,
       promotion_request.id, promotion_request.created_at, promotion_request.modified_at,
       provider_invoice.id AS invoice_id, provider_invoice.number AS invoice_number,
       provider_invoice.issued_on AS invoice_issued_on,
       provider_invoice.package_cents AS invoice_package_cents,
       provider_invoice.fee_credit_cents AS invoice_fee_credit_cents,
       provider_invoice.total_cents AS invoice_total_cents,
       provider_invoice.vat_cents AS invoice_vat_cents,
       concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name)
           AS provider_name,
       user_account.email AS provider_email
FROM promotion_request
LEFT OUTER JOIN provider_invoice ON provider_invoice.promotion_request_id = promotion_request.id
JOIN provider_profile ON provider_profile.id = promotion_request.profile_id
JOIN user_account ON user_account.id = provider_profile.user_id
ORDER BY promotion_request.created_at ASC, promotion_request.id ASC LIMIT $1
"""

# --- GET /admin/partner-access-requests: soonest deadline first -----------------------------
ADMIN_PARTNER_ACCESS = """
SELECT partner_access_request.user_id, partner_access_request.organisation_id,
       partner_access_request.organisation_name, partner_access_request.country,
       partner_access_request.registration_number, partner_access_request.job_title,
       partner_access_request.work_email, partner_access_request.work_phone,
       partner_access_request.reason, partner_access_request.status,
       partner_access_request.deadline_at, partner_access_request.reminded_at,
       partner_access_request.decided_at, partner_access_request.decided_by_user_id,
       partner_access_request.refusal_reason, partner_access_request.id,
       partner_access_request.created_at, partner_access_request.modified_at,
       coalesce(organisation.name, partner_access_request.organisation_name)
           AS organisation_shown,
       concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name)
           AS requester_name,
       user_account.email AS requester_email
FROM partner_access_request
JOIN user_account ON user_account.id = partner_access_request.user_id
LEFT OUTER JOIN organisation ON organisation.id = partner_access_request.organisation_id
ORDER BY partner_access_request.deadline_at ASC, partner_access_request.id ASC LIMIT $1
"""

# --- GET /admin/provider-response-times (overdue only, the default) --------------------------
# $1 now, $2 the limit + 1.
RESPONSE_TIMES = f"""
SELECT per_provider.profile_id, per_provider.name, per_provider.email, per_provider.overdue,
       per_provider.requests, per_provider.appointments, per_provider.answered,
       per_provider.median, per_provider.share
FROM (
    SELECT contact_request.profile_id AS profile_id,
           concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name)
               AS name,
           user_account.email AS email,
           count(*) FILTER (WHERE contact_request.status = 'new'
                            AND contact_request.deadline_at < $1) AS overdue,
           {_RESPONSE_FIGURES}
    FROM contact_request
    JOIN provider_profile ON provider_profile.id = contact_request.profile_id
    JOIN user_account ON user_account.id = provider_profile.user_id
    GROUP BY contact_request.profile_id, user_account.id
    HAVING count(*) FILTER (WHERE contact_request.status = 'new'
                            AND contact_request.deadline_at < $1) > 0
) AS per_provider
ORDER BY per_provider.overdue DESC, per_provider.email ASC, per_provider.profile_id ASC
LIMIT $2
"""  # noqa: S608

# --- GET /dossiers: the person's dossiers, newest first, with their role in each -------------
# $1 the person, $2 the limit + 1. Then one `dossier.listed` audit row per dossier shown
# (DOSSIER_AUDIT, many rows in one call), in the same transaction.
DOSSIERS = """
SELECT dossier.id, dossier.status,
       concat_ws(' ', dossier.first_name, dossier.name_prefix, dossier.last_name)
           AS help_seeker_name,
       dossier.city, dossier.completed_steps, dossier.created_at,
       CASE WHEN (dossier.manager_user_id = $1::uuid) THEN 'manager'
            WHEN (dossier.help_seeker_user_id = $1::uuid) THEN 'help_seeker'
            ELSE 'proxy' END AS my_role
FROM dossier
WHERE dossier.manager_user_id = $1::uuid OR dossier.help_seeker_user_id = $1::uuid
   OR (EXISTS (SELECT dossier_proxy.id FROM dossier_proxy
               WHERE dossier_proxy.dossier_id = dossier.id AND dossier_proxy.user_id = $1::uuid
                 AND dossier_proxy.removed_at IS NULL
                 AND (dossier_proxy.ends_on IS NULL
                      OR dossier_proxy.ends_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)))
ORDER BY dossier.created_at DESC, dossier.id DESC LIMIT $2
"""

# --- GET /admin/dossiers: every dossier, newest first (then DOSSIER_AUDIT) --------------------
ADMIN_DOSSIERS = """
SELECT dossier.id, dossier.status,
       concat_ws(' ', dossier.first_name, dossier.name_prefix, dossier.last_name)
           AS help_seeker_name,
       dossier.city, dossier.completed_steps, dossier.created_at, 'staff' AS my_role
FROM dossier ORDER BY dossier.created_at DESC, dossier.id DESC LIMIT $1
"""

# --- GET /admin/helpers: newest first (over the matching bench's 1,000,000 helpers) ----------
ADMIN_HELPERS = """
SELECT helper_profile.id, helper_profile.user_id, helper_profile.created_at, helper_profile.city,
       helper_profile.status, helper_profile.kind, helper_profile.accepting_new,
       helper_profile.identity_document_seen, helper_profile.seen_in_person,
       helper_profile.badged_at, helper_profile.matchable,
       user_account.email, user_account.first_name, user_account.prefix, user_account.last_name
FROM helper_profile JOIN user_account ON user_account.id = helper_profile.user_id
ORDER BY helper_profile.created_at DESC, helper_profile.id DESC LIMIT $1
"""

# Kring audits each dossier a list shows (a search hit is a read): one row each, sent as one
# executemany; no organisation (neither a partner nor staff act for one here).
DOSSIER_AUDIT = """
INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, outcome, ip,
                         user_agent, details, id)
VALUES ($1, 'dossier.listed', 'dossier', $2, 'success', $3, $4, $5::jsonb, $6)
"""

# --- GET /dossiers/{id}/suggestions ----------------------------------------------------------
# The dossier as its reader reaches it (Kring's `DossierRepository.get`: manager, help seeker or
# an active proxy), then its skills, then Kring's own candidate and card statements (compiled
# from kring.matching.repository, with their constants: bench.matching.Statement), the open
# proposals of those shown, and the audit row.
MATCH_DOSSIER = """
SELECT dossier.id, dossier.status, dossier.first_name, dossier.latitude, dossier.longitude,
       dossier.day_parts, dossier.languages,
       CASE WHEN (dossier.manager_user_id = $2::uuid) THEN 'manager'
            WHEN (dossier.help_seeker_user_id = $2::uuid) THEN 'help_seeker'
            ELSE 'proxy' END AS my_role
FROM dossier
WHERE dossier.id = $1::uuid AND (dossier.manager_user_id = $2::uuid
   OR dossier.help_seeker_user_id = $2::uuid
   OR (EXISTS (SELECT dossier_proxy.id FROM dossier_proxy
               WHERE dossier_proxy.dossier_id = dossier.id AND dossier_proxy.user_id = $2::uuid
                 AND dossier_proxy.removed_at IS NULL
                 AND (dossier_proxy.ends_on IS NULL
                      OR dossier_proxy.ends_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date))))
"""
MATCH_SKILLS = """
SELECT skill.id, skill.name_nl, skill.name_fr, skill.name_en
FROM skill JOIN dossier_skill ON dossier_skill.skill_id = skill.id
WHERE dossier_skill.dossier_id = $1::uuid
ORDER BY skill.skill_group, skill.position, skill.id
"""
MATCH_OPEN_PROPOSALS = """
SELECT match_proposal.helper_id, match_proposal.id, match_proposal.status
FROM match_proposal
WHERE match_proposal.dossier_id = $1::uuid AND match_proposal.helper_id = ANY($2::uuid[])
  AND (match_proposal.status = 'sent' OR match_proposal.status = 'other_moment'
       OR match_proposal.status = 'accepted')
"""
MATCH_AUDIT = """
INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, outcome, ip,
                         user_agent, details, id)
VALUES ($1, 'dossier.suggestions_viewed', 'dossier', $2, 'success', $3, $4, $5::jsonb, $6)
"""

# --- GET /admin/hours/overdue ----------------------------------------------------------------
# Dossiers with hours of an earlier month still waiting, the oldest first (Kring's
# `kring.hours.repository.overdue`, on the partial index of waiting entries).
OVERDUE_HOURS = """
SELECT timesheet_entry.dossier_id, min(dossier.first_name) AS help_seeker_first_name,
       min(concat_ws(' ', manager.first_name, manager.prefix, manager.last_name)) AS manager_name,
       min(manager.email) AS manager_email, min(timesheet_entry.work_date) AS oldest_work_date,
       count(*) AS entries, sum(timesheet_entry.minutes) AS minutes
FROM timesheet_entry
JOIN dossier ON dossier.id = timesheet_entry.dossier_id
JOIN user_account AS manager ON manager.id = dossier.manager_user_id
WHERE timesheet_entry.status = 'submitted' AND timesheet_entry.work_date < $1
GROUP BY timesheet_entry.dossier_id
ORDER BY min(timesheet_entry.work_date), timesheet_entry.dossier_id
LIMIT $2
"""

# --- GET /dossiers/{id}/hours ----------------------------------------------------------------
# Kring's `kring.hours.repository.shown()` for one dossier and month, newest first; the months
# with hours waiting; the reader's rights as a proxy; the audit row.
DOSSIER_HOURS = """
SELECT timesheet_entry.id, timesheet_entry.engagement_id, timesheet_entry.dossier_id,
       helper_user.first_name AS helper_first_name, dossier.first_name AS help_seeker_first_name,
       timesheet_entry.work_date, timesheet_entry.starts_at, timesheet_entry.ends_at,
       timesheet_entry.break_minutes, timesheet_entry.minutes, timesheet_entry.note,
       timesheet_entry.hourly_rate_cents, timesheet_entry.amount_cents, timesheet_entry.status,
       timesheet_entry.corrects_entry_id, timesheet_entry.decided_at,
       concat_ws(' ', decider.first_name, decider.prefix, decider.last_name) AS decided_by_name,
       timesheet_entry.reject_reason, timesheet_entry.payment_run_id, timesheet_entry.created_at
FROM timesheet_entry
JOIN helper_profile ON helper_profile.id = timesheet_entry.helper_id
JOIN user_account AS helper_user ON helper_user.id = helper_profile.user_id
JOIN dossier ON dossier.id = timesheet_entry.dossier_id
LEFT OUTER JOIN user_account AS decider ON decider.id = timesheet_entry.decided_by_user_id
WHERE timesheet_entry.dossier_id = $1 AND timesheet_entry.work_date >= $2
  AND timesheet_entry.work_date < $3
ORDER BY timesheet_entry.work_date DESC, timesheet_entry.starts_at DESC NULLS LAST,
         timesheet_entry.created_at DESC
"""
MONTHS_WAITING = """
SELECT date_trunc('month', timesheet_entry.work_date) AS month
FROM timesheet_entry
WHERE timesheet_entry.dossier_id = $1 AND timesheet_entry.status = 'submitted'
GROUP BY date_trunc('month', timesheet_entry.work_date)
ORDER BY date_trunc('month', timesheet_entry.work_date)
"""
PROXY_RIGHTS = """
SELECT rights FROM dossier_proxy
WHERE dossier_id = $1 AND user_id = $2 AND removed_at IS NULL
  AND (ends_on IS NULL OR ends_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)
"""
HOURS_AUDIT = """
INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, outcome, ip,
                         user_agent, details, id)
VALUES ($1, 'dossier.hours_viewed', 'dossier', $2, 'success', $3, $4, $5::jsonb, $6)
"""

# --- GET /orders: a care professional's orders (issue 19) --------------------------------------
# Kring's `orders.repository.OrderRepository.page_of` in English: each linked organisation's
# first page (after the cursor) from its own index (a LATERAL join over the organisations, $1),
# the first of those, each with its names (subqueries: see `orders.repository._named`). $1 the
# linked organisations, then the shape's values, the limit + 1 last. Then one `order.listed`
# audit row (ORDERS_AUDIT) in a transaction of its own, as Kring's reads go out without one and
# its first write begins it.
_ORDER_SUMMARY = """
SELECT assistive_order.id, assistive_order.number, assistive_order.kind, assistive_order.status,
       assistive_order.signature_required AND assistive_order.signed_at IS NULL
           AND NOT assistive_order.off_signing_list AS action_required,
       assistive_order.refused_at IS NOT NULL AS refused,
       assistive_order.organisation_id,
       (SELECT organisation.name FROM organisation
        WHERE organisation.id = assistive_order.organisation_id) AS organisation_name,
       assistive_order.client_name,
       (SELECT assistive_device.code FROM assistive_device
        WHERE assistive_device.id = assistive_order.device_id) AS device_code,
       (SELECT assistive_device.name_en FROM assistive_device
        WHERE assistive_device.id = assistive_order.device_id) AS device_name,
       (SELECT assistive_device_option.name_en FROM assistive_device_option
        WHERE assistive_device_option.id = assistive_order.option_id) AS option_name,
       (SELECT assistive_device.category FROM assistive_device
        WHERE assistive_device.id = assistive_order.device_id) AS category,
       (SELECT rental.number FROM assistive_order AS rental
        WHERE rental.id = assistive_order.rental_order_id) AS rental_order_number,
       assistive_order.desired_date, assistive_order.planned_for, assistive_order.created_at,
       assistive_order.status_changed_at, assistive_order.delivered_on,
       assistive_order.rental_ended_on, assistive_order.picked_up_on,
       assistive_order.hidden_from_portal_at, assistive_order.branch_id
"""


def _orders_page(conditions: str, limit: str, after: str = "") -> str:
    """Kring's statement for one list shape: `conditions` on each organisation's orders
    (`listed`), `after` the cursor's condition on the page's."""
    return f"""
{_ORDER_SUMMARY} FROM assistive_order
WHERE assistive_order.organisation_id = ANY ($1::UUID[])
  AND assistive_order.hidden_from_portal_at IS NULL
  AND assistive_order.id IN (
    SELECT shown.id
    FROM unnest($1::UUID[]) AS linked(organisation_id) JOIN LATERAL (
        SELECT listed.id AS id, listed.created_at AS created_at FROM assistive_order AS listed
        WHERE listed.organisation_id = ANY ($1::UUID[])
          AND listed.hidden_from_portal_at IS NULL
          AND listed.organisation_id = linked.organisation_id AND {conditions}
        ORDER BY listed.created_at DESC, listed.id DESC LIMIT {limit}
    ) AS shown ON true
    ORDER BY shown.created_at DESC, shown.id DESC LIMIT {limit}) {after}
ORDER BY assistive_order.created_at DESC, assistive_order.id DESC LIMIT {limit}
"""  # noqa: S608


# The open ones (the default view), the first page: $2 the limit + 1.
ORDERS_OPEN = _orders_page("listed.status IN ('received', 'planned', 'on_the_way')", "$2")
# Every one the portal shows, after a cursor: $2/$3 the cursor (created_at, id), $4 the limit.
ORDERS_AFTER = _orders_page(
    "(listed.created_at, listed.id) < ($2::TIMESTAMP WITH TIME ZONE, $3::UUID)",
    "$4",
    "AND (assistive_order.created_at < $2::TIMESTAMP WITH TIME ZONE"
    " OR assistive_order.created_at = $2::TIMESTAMP WITH TIME ZONE"
    " AND assistive_order.id < $3::UUID)",
)
# Every one of a status, the first page: $2 the status, $3 the limit.
ORDERS_OF_STATUS = _orders_page("listed.status = $2::VARCHAR", "$3")
ORDERS_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1, NULL, 'order.listed', 'order', NULL, 'success', $2, $3, $4::jsonb, $5)
"""

# --- GET /admin/orders: every order, newest first (then ORDERS_AUDIT, "as": "staff") ---------
ADMIN_ORDERS = f"""
{_ORDER_SUMMARY},
       (SELECT supplier_branch.name FROM organisation AS supplier_branch
        WHERE supplier_branch.id = assistive_order.branch_id) AS branch_name
FROM assistive_order
ORDER BY assistive_order.created_at DESC, assistive_order.id DESC LIMIT $1
"""  # noqa: S608

# --- GET /admin/order-refusals: the open ones, the oldest first (then REFUSALS_AUDIT) ----------
# Kring's statement for an admin (every branch): the refusal with its order's number and client,
# the organisation's and the branch's names (joins); $1 the limit + 1.
ADMIN_REFUSALS = """
SELECT order_refusal.id, order_refusal.order_id, assistive_order.number AS order_number,
       assistive_order.client_name, client_organisation.name AS organisation_name,
       assistive_order.branch_id, refusal_branch.name AS branch_name,
       order_refusal.refused_by_name, order_refusal.refused_at, order_refusal.reason,
       order_refusal.cleared_at, order_refusal.cleared_by_name, order_refusal.outcome,
       order_refusal.clear_note
FROM order_refusal
JOIN assistive_order ON assistive_order.id = order_refusal.order_id
JOIN organisation AS client_organisation
  ON client_organisation.id = assistive_order.organisation_id
JOIN organisation AS refusal_branch ON refusal_branch.id = assistive_order.branch_id
WHERE order_refusal.cleared_at IS NULL
ORDER BY order_refusal.refused_at ASC, order_refusal.id ASC LIMIT $1
"""
REFUSALS_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1, NULL, 'order.refusals_listed', 'order', NULL, 'success', $2, $3, $4::jsonb, $5)
"""
