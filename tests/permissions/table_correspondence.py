"""Rows for questions and correspondence. Only De Linde's members with portal access ask and
read their threads (staff and API clients do not); a thread is its asker's alone: the
employee's question is not found for the portal admin, their colleague. The staff queue is for
roles that answer questions; De Linde's question is about a project the care manager leads,
so branch staff (whose branch has no such question) do not find it."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.rows import Expect, Row, people, staff

ORGANISATION = "/api/v1/organisations/{organisation_id}"
THREAD = ORGANISATION + "/correspondence/{thread_id}"
ADMIN = "/api/v1/admin/questions"
QUESTION = {"subject": "Extra dienst", "body": "Kan er op 24 december een avonddienst bij?"}
MESSAGE = {"body": "Dank u wel."}
AFTER_BODY = frozenset({404})


def members(status: int) -> Expect:
    """De Linde's members; everyone else finds no organisation (or, if staff, none to act for)."""
    return people(404, employee=status, pro_admin=status)


def asker(status: int) -> Expect:
    """The employee who asked; their colleague the portal admin finds nothing either."""
    return people(404, employee=status)


def answerer(status: int) -> Expect:
    return staff(StaffTask.answer_questions, status, branch=404)


ROWS: dict[tuple[str, str], Row] = {
    ("POST", ORGANISATION + "/projects/{project_id}/questions"): Row(
        members(201),
        QUESTION,
        ids={"project_id": "question_project"},
        owned=True,
        validated_first=AFTER_BODY,
    ),
    ("POST", ORGANISATION + "/questions"): Row(members(201), QUESTION),
    ("GET", ORGANISATION + "/correspondence"): Row(members(200)),
    ("GET", ORGANISATION + "/correspondence/unread"): Row(members(200)),
    ("GET", THREAD): Row(asker(200), owned=True),
    ("POST", THREAD + "/messages"): Row(
        asker(201), MESSAGE, owned=True, validated_first=AFTER_BODY
    ),
    ("POST", THREAD + "/close"): Row(asker(200), owned=True),
    ("GET", ADMIN): Row(staff(StaffTask.answer_questions, 200)),
    ("GET", ADMIN + "/{thread_id}"): Row(answerer(200)),
    ("POST", ADMIN + "/{thread_id}/answers"): Row(
        answerer(200), MESSAGE, validated_first=AFTER_BODY
    ),
    ("POST", ADMIN + "/{thread_id}/close"): Row(answerer(200)),
}
