"""KRING'S SQL for the lists of issue 21 (projects, correspondence, invoices), as the bare app
runs it: `bench.bare.sql`'s rules (captured with `python -m bench.sidebyside_sql`, Kring's
constants inline, its other parameters in order), kept apart only so neither file grows past
a readable length. When Kring's statements change, capture them again and edit this file.
"""

from __future__ import annotations

# --- GET /organisations/{id}/projects (view mine, the default): a portal admin reads every
# project of the organisation, "mine" the ones their membership is in ---------------------------
# Kring's `projects.repository.with_summary` over `readable` + `is_member_of`: $1 the acting
# membership, $2 the organisation, $3 the limit + 1 (Kring binds the membership twice).
_PROJECT_SUMMARY = """
SELECT project.id, project.name, project.kind, project.city, project.starts_on, project.ends_on,
       project.organisation_id, project.leader_id,
       concat_ws(' ', user_account.first_name, user_account.prefix, user_account.last_name)
           AS leader_name,
       (SELECT count(*) AS count_1 FROM project_member
        WHERE project_member.project_id = project.id) AS member_count,
"""
_PROJECT_KEYS = """
       coalesce(project.ends_on, '2100-01-01'::DATE) AS ends_key, lower(project.name) AS name_key
"""
PROJECTS_MINE = f"""
{_PROJECT_SUMMARY}
       EXISTS (SELECT * FROM project_member
               WHERE project_member.project_id = project.id
                 AND project_member.membership_id = $1::UUID) AS i_am_member,
{_PROJECT_KEYS}
FROM project JOIN user_account ON user_account.id = project.leader_id
WHERE project.organisation_id = $2::UUID
  AND (EXISTS (SELECT * FROM project_member
               WHERE project_member.project_id = project.id
                 AND project_member.membership_id = $1::UUID))
ORDER BY ends_key DESC, name_key ASC, project.id ASC
LIMIT $3::INTEGER
"""  # noqa: S608

# --- GET /admin/projects: every project, current ones first, by name (not audited) ------------
ADMIN_PROJECTS = f"""
{_PROJECT_SUMMARY}
       false AS i_am_member,
{_PROJECT_KEYS}, organisation.name AS organisation_name
FROM project JOIN user_account ON user_account.id = project.leader_id
JOIN organisation ON organisation.id = project.organisation_id
ORDER BY ends_key DESC, name_key ASC, project.id ASC
LIMIT $1::INTEGER
"""

# --- GET /organisations/{id}/correspondence (view open): the asker's own threads, the newest
# activity first; $1 the organisation, $2 the asker, $3 the limit + 1 ----------------------------
_PROJECT_NAME = """
(SELECT project.name FROM project WHERE project.id = correspondence_thread.project_id)
    AS project_name
"""
THREADS_OPEN = f"""
SELECT correspondence_thread.id, correspondence_thread.subject,
       correspondence_thread.project_id, {_PROJECT_NAME}, correspondence_thread.status,
       correspondence_thread.created_at, correspondence_thread.last_message_at,
       correspondence_thread.answered_at IS NOT NULL
           AND (correspondence_thread.asker_read_at IS NULL
                OR correspondence_thread.answered_at > correspondence_thread.asker_read_at)
           AS unread,
       correspondence_thread.awaiting_answer_since IS NOT NULL AS waiting_for_answer
FROM correspondence_thread
WHERE correspondence_thread.organisation_id = $1::UUID
  AND correspondence_thread.asker_id = $2::UUID AND correspondence_thread.status = 'open'
ORDER BY correspondence_thread.last_message_at DESC, correspondence_thread.id DESC
LIMIT $3::INTEGER
"""  # noqa: S608

# --- GET /admin/questions (view waiting), an admin's queue (every thread): the longest waiting
# first; $1 the limit + 1 -------------------------------------------------------------------------
QUESTIONS_WAITING = f"""
SELECT correspondence_thread.id, correspondence_thread.subject,
       correspondence_thread.organisation_id,
       (SELECT organisation.name FROM organisation
        WHERE organisation.id = correspondence_thread.organisation_id) AS organisation_name,
       correspondence_thread.project_id, {_PROJECT_NAME},
       (SELECT concat_ws(' ', user_account.first_name, user_account.prefix,
                         user_account.last_name) AS concat_ws_1
        FROM user_account WHERE user_account.id = correspondence_thread.asker_id) AS asker_name,
       correspondence_thread.status, correspondence_thread.created_at,
       correspondence_thread.last_message_at, correspondence_thread.awaiting_answer_since
FROM correspondence_thread
WHERE correspondence_thread.awaiting_answer_since IS NOT NULL
ORDER BY correspondence_thread.awaiting_answer_since ASC, correspondence_thread.id ASC
LIMIT $1::INTEGER
"""  # noqa: S608

# Each page of threads is audited: one row naming the threads shown ($2 the organisation acted
# for, NULL for staff), in a transaction of its own as Kring's first write begins one.
THREADS_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1::UUID, $2::UUID, 'correspondence.listed', 'correspondence_thread', NULL, 'success',
        $3::VARCHAR, $4::VARCHAR, $5::JSONB, $6::UUID)
"""

# --- invoices: Kring's `invoices.repository.summary_columns` ----------------------------------
_INVOICE_SUMMARY = """
SELECT invoice.id, invoice.number, invoice.organisation_id,
       (SELECT organisation.name FROM organisation
        WHERE organisation.id = invoice.organisation_id) AS organisation_name,
       invoice.project_id,
       (SELECT project.name FROM project WHERE project.id = invoice.project_id) AS project_name,
       invoice.period_start, invoice.period_end, invoice.issued_on, invoice.due_on,
       invoice.subtotal_cents, invoice.vat_cents, invoice.total_cents, invoice.paid_at,
       invoice.paid_via, invoice.payment_reference
FROM invoice
"""
# GET /organisations/{id}/invoices (view open, a portal admin): unpaid, the first due first;
# $1 the organisation, $2 the limit + 1.
INVOICES_OPEN = f"""
{_INVOICE_SUMMARY}
WHERE invoice.organisation_id = $1::UUID AND invoice.paid_at IS NULL
ORDER BY invoice.due_on ASC, invoice.id ASC
LIMIT $2::INTEGER
"""
# GET /admin/invoices: every invoice, the newest first; $1 the limit + 1.
ADMIN_INVOICES = f"""
{_INVOICE_SUMMARY}
ORDER BY invoice.issued_on DESC, invoice.id DESC
LIMIT $1::INTEGER
"""
INVOICES_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1::UUID, $2::UUID, 'invoice.listed', 'invoice', NULL, 'success', $3::VARCHAR,
        $4::VARCHAR, $5::JSONB, $6::UUID)
"""
