"""KRING'S SQL for the neighbourhood feed (issue 22), as the bare app runs it: `bench.bare.sql`'s
rules (Kring's statements as `kring.kit.rows` sends them, its parameters in order). When Kring's
statements change, capture them again (`python -m bench.sidebyside_sql "neighbourhood feed"`)
and edit this file.
"""

from __future__ import annotations

# --- `kring.neighbourhoods.auth._STANDING`: the person's place in the neighbourhood; $1 the
# person, $2 the neighbourhood ----------------------------------------------------------------
STANDING = """
SELECT (SELECT resident.id FROM resident
        WHERE resident.user_id = $1::UUID AND resident.neighbourhood_id = $2::UUID)
           AS resident_id,
       (SELECT resident.suspended_at IS NOT NULL AS anon_1 FROM resident
        WHERE resident.user_id = $1::UUID AND resident.neighbourhood_id = $2::UUID) AS suspended,
       EXISTS (SELECT * FROM neighbourhood_worker
               WHERE neighbourhood_worker.user_id = $1::UUID
                 AND neighbourhood_worker.neighbourhood_id = $2::UUID) AS is_worker
"""

# --- GET /neighbourhoods/{id}/posts (no kind, first page): `posts.repository.feed`; $1 the
# reader, $2 the neighbourhood, $3 the limit + 1 -----------------------------------------------
FEED = """
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
WHERE neighbourhood_post.neighbourhood_id = $2::UUID
  AND (neighbourhood_post.hidden_at IS NULL OR neighbourhood_post.author_user_id = $1::UUID)
ORDER BY neighbourhood_post.created_at DESC, neighbourhood_post.id DESC
LIMIT $3
"""
