"""KRING'S SQL for the neighbourhoods' other lists (issue 22), as the bare app runs it:
`bench.bare.sql`'s rules (Kring's statements as Kring sends them, its parameters in order; a
statement with an `IN` list is built for the list's length, as SQLAlchemy expands it). When
Kring's statements change, capture them again (`python -m bench.sidebyside_sql helpers "my
posts" ...`) and edit this file. The person's place in the neighbourhood is
`neighbourhoods_sql.STANDING`.
"""

from __future__ import annotations

from functools import cache


def _in(first: int, count: int) -> str:
    return ", ".join(f"${n}::UUID" for n in range(first, first + count))


# --- GET /neighbourhoods/{id}/helpers: `neighbourhoods.service.helpers` ------------------------
# The skill by its slug (with ?skill=); $1 the slug.
SKILL = """
SELECT skill.id
FROM skill
WHERE skill.slug = $1::VARCHAR
"""

# Where the distances are measured from: my residence; $1 me, $2 the neighbourhood.
ORIGIN = """
SELECT resident.latitude, resident.longitude
FROM resident
WHERE resident.user_id = $1::UUID AND resident.neighbourhood_id = $2::UUID
"""

# A worker who lives elsewhere measures from the neighbourhood's centre; $1 the neighbourhood.
CENTRE = """
SELECT neighbourhood.latitude, neighbourhood.longitude
FROM neighbourhood
WHERE neighbourhood.id = $1::UUID
"""

# `neighbourhoods.repository.helpers_statement` under `keyset_page` (first page): $1 0.5, $2
# the earth's diameter, $3 1.0, $4 the origin's latitude, $5 and $6 2, $7 its longitude, $8 to
# $11 2, $12 the neighbourhood, $13 me, [$14 the skill,] then the limit + 1.
_HELPERS = """
SELECT anon_1.id, anon_1.user_id, anon_1.about, anon_1.volunteers, anon_1.first_name,
       anon_1.last_name, anon_1.distance_km
FROM (SELECT resident.id AS id, resident.user_id AS user_id, resident.about AS about,
             resident.volunteers_for_organisations AS volunteers,
             user_account.first_name AS first_name, user_account.last_name AS last_name,
             greatest($1::FLOAT, ceil($2::FLOAT * asin(least($3::FLOAT, sqrt(power(sin((
                 radians(resident.latitude) - radians($4::FLOAT)) / CAST($5::INTEGER AS NUMERIC)),
                 $6::INTEGER) + cos(radians($4::FLOAT)) * cos(radians(resident.latitude))
                 * power(sin((radians(resident.longitude) - radians($7::FLOAT))
                             / CAST($8::INTEGER AS NUMERIC)), $9::INTEGER)))) * $10::INTEGER)
                 / CAST($11::INTEGER AS NUMERIC)) AS distance_km
      FROM resident JOIN user_account ON user_account.id = resident.user_id
      WHERE resident.neighbourhood_id = $12::UUID AND resident.user_id != $13::UUID
        AND resident.suspended_at IS NULL
        AND (EXISTS (SELECT resident_skill.resident_id
                     FROM resident_skill
                     WHERE resident_skill.resident_id = resident.id{skill}))) AS anon_1
ORDER BY anon_1.distance_km ASC, anon_1.id ASC
LIMIT ${limit}::INTEGER
"""
HELPERS = _HELPERS.format(skill="", limit=14)
HELPERS_OF_SKILL = _HELPERS.format(skill=" AND resident_skill.skill_id = $14::UUID", limit=15)
EARTH_DIAMETER_KM = 2 * 6371.0
# The distance's constants, in Kring's order (between the origin's coordinates).
DISTANCE = (0.5, EARTH_DIAMETER_KM, 1.0)


@cache
def helper_skills(count: int) -> str:
    """`neighbourhoods.repository.skills_of`: the skills of the page's `count` residents."""
    return f"""
SELECT resident_skill.resident_id, skill.slug, skill.skill_group, skill.name_nl, skill.name_fr,
       skill.name_en, skill.position, skill.id, skill.created_at, skill.modified_at
FROM resident_skill JOIN skill ON skill.id = resident_skill.skill_id
WHERE resident_skill.resident_id IN ({_in(1, count)}) ORDER BY skill.position, skill.slug
"""  # noqa: S608


# --- a post's summary columns (`posts.repository.summary_columns`), $1 the reader --------------
_SUMMARY = """
SELECT neighbourhood_post.id, neighbourhood_post.neighbourhood_id, neighbourhood_post.kind,
       neighbourhood_post.title, neighbourhood_post.body, neighbourhood_post.wanted_on,
       neighbourhood_post.day_part, neighbourhood_post.status,
       neighbourhood_post.solved_by_user_id IS NOT NULL AS solved_by_neighbour,
       neighbourhood_post.reply_count, neighbourhood_post.created_at,
       neighbourhood_post.on_behalf, neighbourhood_post.anonymous,
       neighbourhood_post.posted_for_name,
       CASE WHEN neighbourhood_post.on_behalf THEN NULL
            ELSE neighbourhood_post.author_user_id END AS author_id,
       CASE WHEN neighbourhood_post.on_behalf THEN NULL
            ELSE user_account.first_name END AS author_first_name,
       CASE WHEN neighbourhood_post.on_behalf THEN NULL
            ELSE user_account.last_name END AS author_last_name,
       neighbourhood_post.author_user_id = $1::UUID AS is_mine,
       neighbourhood_post.hidden_at IS NOT NULL AS hidden, neighbourhood_post.photo_key
FROM neighbourhood_post JOIN user_account ON user_account.id = neighbourhood_post.author_user_id
"""

# --- GET /me/posts: `posts.repository.mine`; $1 me, $2 the limit + 1 ---------------------------
MY_POSTS = (
    _SUMMARY
    + """WHERE neighbourhood_post.author_user_id = $1::UUID
ORDER BY neighbourhood_post.created_at DESC, neighbourhood_post.id DESC
LIMIT $2
"""
)

# --- GET /neighbourhoods/{id}/unanswered: `posts.repository.unanswered`; $1 the worker, $2 the
# neighbourhood, $3 'help_request', $4 'open', $5 now less the setting's hours, $6 the limit + 1
UNANSWERED = (
    _SUMMARY
    + """WHERE neighbourhood_post.neighbourhood_id = $2::UUID
  AND neighbourhood_post.kind = $3::VARCHAR AND neighbourhood_post.status = $4::VARCHAR
  AND neighbourhood_post.first_reply_at IS NULL AND neighbourhood_post.hidden_at IS NULL
  AND neighbourhood_post.created_at <= $5::TIMESTAMP WITH TIME ZONE
ORDER BY neighbourhood_post.created_at ASC, neighbourhood_post.id ASC
LIMIT $6
"""
)

# --- GET /posts/{id}/replies: `posts.service.replies` -----------------------------------------
# The post through `PostRepository.readable` (a neighbourhood I live in or serve; a hidden one
# only for its author): $1, $2 and $3 me, $4 the post.
READABLE_POST = """
SELECT neighbourhood_post.neighbourhood_id, neighbourhood_post.author_user_id,
       neighbourhood_post.kind, neighbourhood_post.title, neighbourhood_post.body,
       neighbourhood_post.photo_key, neighbourhood_post.wanted_on, neighbourhood_post.day_part,
       neighbourhood_post.on_behalf, neighbourhood_post.anonymous,
       neighbourhood_post.posted_for_name, neighbourhood_post.status,
       neighbourhood_post.solved_at, neighbourhood_post.solved_by_user_id,
       neighbourhood_post.withdrawn_at, neighbourhood_post.reply_count,
       neighbourhood_post.first_reply_at, neighbourhood_post.last_reply_at,
       neighbourhood_post.referred_to_id, neighbourhood_post.referred_at,
       neighbourhood_post.referred_by_user_id, neighbourhood_post.hidden_at,
       neighbourhood_post.id, neighbourhood_post.created_at, neighbourhood_post.modified_at
FROM neighbourhood_post
WHERE neighbourhood_post.neighbourhood_id IN (SELECT resident.neighbourhood_id
                                              FROM resident
                                              WHERE resident.user_id = $1::UUID
                                              UNION SELECT neighbourhood_worker.neighbourhood_id
                                              FROM neighbourhood_worker
                                              WHERE neighbourhood_worker.user_id = $2::UUID)
  AND (neighbourhood_post.hidden_at IS NULL OR neighbourhood_post.author_user_id = $3::UUID)
  AND neighbourhood_post.id = $4::UUID
"""

# Its summary (`PostRepository.summary`): $1 me, $2 the post.
POST_SUMMARY = _SUMMARY + "WHERE neighbourhood_post.id = $2::UUID\n"

# Its replies, oldest first (`PostRepository.replies`): $1 me, $2 the post, $3 me, $4 the
# limit + 1.
REPLIES = """
SELECT neighbourhood_reply.id, neighbourhood_reply.body, neighbourhood_reply.author_user_id,
       user_account.first_name, user_account.last_name,
       neighbourhood_reply.author_user_id = $1::UUID AS is_mine,
       neighbourhood_reply.hidden_at IS NOT NULL AS hidden, neighbourhood_reply.created_at
FROM neighbourhood_reply JOIN user_account ON user_account.id = neighbourhood_reply.author_user_id
WHERE neighbourhood_reply.post_id = $2::UUID
  AND (neighbourhood_reply.hidden_at IS NULL OR neighbourhood_reply.author_user_id = $3::UUID)
ORDER BY neighbourhood_reply.created_at ASC, neighbourhood_reply.id ASC
LIMIT $4::INTEGER
"""

# --- GET /conversations: `ConversationRepository.summaries` under the inbox keyset; $1 me, $2
# and $3 1, $4 to $8 me, $9 the limit + 1 --------------------------------------------------------
_OTHER = (
    "CASE WHEN (neighbour_conversation.first_user_id = $1::UUID)"
    " THEN neighbour_conversation.second_user_id ELSE neighbour_conversation.first_user_id END"
)
CONVERSATIONS = f"""
SELECT neighbour_conversation_member.conversation_id,
       neighbour_conversation_member.last_message_at, neighbour_conversation.post_id,
       (SELECT neighbourhood_post.title
        FROM neighbourhood_post
        WHERE neighbourhood_post.id = neighbour_conversation.post_id) AS post_title,
       {_OTHER} AS other_user_id,
       EXISTS (SELECT *
               FROM neighbourhood_post
               WHERE neighbourhood_post.id = neighbour_conversation.post_id
                 AND neighbourhood_post.anonymous
                 AND neighbourhood_post.author_user_id = {_OTHER}) AS masked,
       (SELECT user_account.first_name
        FROM user_account
        WHERE user_account.id = {_OTHER}) AS other_first_name,
       (SELECT user_account.last_name
        FROM user_account
        WHERE user_account.id = {_OTHER}) AS other_last_name,
       (SELECT neighbour_message.body
        FROM neighbour_message
        WHERE neighbour_message.conversation_id = neighbour_conversation_member.conversation_id
        ORDER BY neighbour_message.created_at DESC, neighbour_message.id DESC
        LIMIT $2::INTEGER) AS last_body,
       (SELECT neighbour_message.sender_user_id
        FROM neighbour_message
        WHERE neighbour_message.conversation_id = neighbour_conversation_member.conversation_id
        ORDER BY neighbour_message.created_at DESC, neighbour_message.id DESC
        LIMIT $3::INTEGER) = $4::UUID AS last_mine,
       (SELECT count(*) AS count_1
        FROM neighbour_message
        WHERE neighbour_message.conversation_id = neighbour_conversation_member.conversation_id
          AND neighbour_message.sender_user_id != $5::UUID
          AND neighbour_message.created_at > coalesce(neighbour_conversation_member.last_read_at,
                                                      '-infinity'::timestamptz)) AS unread_count
FROM neighbour_conversation
JOIN neighbour_conversation_member
  ON neighbour_conversation_member.conversation_id = neighbour_conversation.id
 AND neighbour_conversation_member.user_id = $6::UUID
WHERE neighbour_conversation.first_user_id = $7::UUID
   OR neighbour_conversation.second_user_id = $8::UUID
ORDER BY neighbour_conversation_member.last_message_at DESC,
         neighbour_conversation_member.conversation_id DESC
LIMIT $9::INTEGER
"""  # noqa: S608

# --- GET /admin/neighbourhoods: `neighbourhoods.staff.list_neighbourhoods` (no parameters) -----
ADMIN_NEIGHBOURHOODS = """
SELECT neighbourhood.name, neighbourhood.country, neighbourhood.description,
       neighbourhood.latitude, neighbourhood.longitude, neighbourhood.archived_at,
       neighbourhood.id, neighbourhood.created_at, neighbourhood.modified_at,
       (SELECT count(*) AS count_1
        FROM resident
        WHERE resident.neighbourhood_id = neighbourhood.id) AS resident_count
FROM neighbourhood ORDER BY neighbourhood.name, neighbourhood.id
"""


@cache
def areas(count: int) -> str:
    """`neighbourhoods.repository.areas` of `count` neighbourhoods."""
    return f"""
SELECT neighbourhood_area.neighbourhood_id, neighbourhood_area.postcode_area, place.id,
       place.name
FROM neighbourhood_area LEFT OUTER JOIN place ON place.id = neighbourhood_area.place_id
WHERE neighbourhood_area.neighbourhood_id IN ({_in(1, count)})
ORDER BY neighbourhood_area.created_at, neighbourhood_area.id
"""  # noqa: S608


# --- GET /admin/neighbourhood-reports: `ReportRepository.queue` under the open keyset; $1 and
# $2 ' ', $3 'open', $4 the limit + 1; then its audit row -----------------------------------------
REPORTS = """
SELECT neighbourhood_report.id, neighbourhood_report.subject_type,
       neighbourhood_report.subject_id, neighbourhood_report.neighbourhood_id,
       (SELECT neighbourhood.name
        FROM neighbourhood
        WHERE neighbourhood.id = neighbourhood_report.neighbourhood_id) AS neighbourhood_name,
       neighbourhood_report.reporter_user_id,
       (SELECT concat_ws($1::VARCHAR, reporter.first_name, reporter.prefix, reporter.last_name)
               AS concat_ws_1
        FROM user_account AS reporter
        WHERE reporter.id = neighbourhood_report.reporter_user_id) AS reporter_name,
       neighbourhood_report.reported_user_id,
       (SELECT concat_ws($2::VARCHAR, reported.first_name, reported.prefix, reported.last_name)
               AS concat_ws_3
        FROM user_account AS reported
        WHERE reported.id = neighbourhood_report.reported_user_id) AS reported_name,
       neighbourhood_report.reason, neighbourhood_report.status, neighbourhood_report.created_at,
       neighbourhood_report.handled_at, neighbourhood_report.outcome
FROM neighbourhood_report
WHERE neighbourhood_report.status = $3::VARCHAR
ORDER BY neighbourhood_report.created_at ASC, neighbourhood_report.id ASC
LIMIT $4::INTEGER
"""

REPORTS_AUDIT = """
INSERT INTO audit_event (actor_user_id, organisation_id, action, subject_type, subject_id,
                         outcome, ip, user_agent, details, id)
VALUES ($1::UUID, $2::UUID, $3::VARCHAR, $4::VARCHAR, $5::UUID, $6::VARCHAR, $7::VARCHAR,
        $8::VARCHAR, $9::JSONB, $10::UUID)
"""
