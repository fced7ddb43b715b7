"""Rows for the neighbourhood feed. The partner lives in the world's neighbourhood and wrote its
help request; the provider serves it as its worker; everyone else (the other provider lives in
another neighbourhood, staff and members live nowhere) finds nothing of it (404). Only the
author solves or withdraws (the worker, who sees the post: 403); only the worker sees the
unanswered list and refers (the resident: 403). Only the author puts a photo on the post (the
worker: 403); the post has none, so removing or reading it is not found."""

from __future__ import annotations

import io

from PIL import Image

from tests.permissions.rows import Expect, Row, people

NEIGHBOURHOOD = "/api/v1/neighbourhoods/{neighbourhood_id}"
POST = "/api/v1/posts/{post_id}"
IN_IT = {"neighbourhood_id": "posts_neighbourhood"}
HELP = {"kind": "help_request", "title": "Ladder te leen?", "body": "Wie heeft er een ladder?"}
AFTER_BODY = frozenset({403, 404})


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def neighbours(status: int) -> Expect:
    return people(404, partner=status, provider=status)


def author(status: int) -> Expect:
    return people(404, partner=status, provider=403)


def worker(status: int) -> Expect:
    return people(404, partner=403, provider=status)


ROWS: dict[tuple[str, str], Row] = {
    ("GET", NEIGHBOURHOOD + "/posts"): Row(neighbours(200), ids=IN_IT, owned=True),
    ("POST", NEIGHBOURHOOD + "/posts"): Row(neighbours(201), HELP, ids=IN_IT, owned=True),
    ("GET", NEIGHBOURHOOD + "/help-figures"): Row(neighbours(200), ids=IN_IT, owned=True),
    ("GET", NEIGHBOURHOOD + "/unanswered"): Row(
        worker(200), ids=IN_IT, owned=True, owners=frozenset({"partner"})
    ),
    ("GET", "/api/v1/me/posts"): Row(people(200)),
    ("GET", POST): Row(neighbours(200), owned=True),
    ("GET", POST + "/replies"): Row(neighbours(200), owned=True),
    ("POST", POST + "/replies"): Row(
        neighbours(201), {"body": "Ik heb er een."}, owned=True, validated_first=AFTER_BODY
    ),
    ("POST", POST + "/solve"): Row(
        author(200), {}, owned=True, owners=frozenset({"provider"}), validated_first=AFTER_BODY
    ),
    ("POST", POST + "/withdraw"): Row(author(200), owned=True, owners=frozenset({"provider"})),
    ("POST", POST + "/referral"): Row(
        worker(200),
        {"local_organisation_id": "{posts_local_organisation}"},
        owned=True,
        owners=frozenset({"partner"}),
        validated_first=AFTER_BODY,
    ),
    ("PUT", POST + "/photo"): Row(
        author(200), upload=(_jpeg(), "image/jpeg"), owned=True, owners=frozenset({"provider"})
    ),
    ("DELETE", POST + "/photo"): Row(
        people(404, provider=403), owned=True, owners=frozenset({"provider"})
    ),
    ("GET", POST + "/photo/{size}"): Row(people(404), ids={"size": "variant"}),
}
