"""Asking, reading and following up one's own threads in the portal: who may ask about what,
whose threads are whose, unread answers, closed threads, and what the input may be."""

from __future__ import annotations

from sqlalchemy import func, select

from kring.models.audit import AuditEvent
from kring.models.correspondence import CorrespondenceThread
from tests.correspondence.helpers import QUESTION, World


async def test_a_project_question_goes_to_the_project_leader(w: World) -> None:
    asked = await w.ask(project=w.project)
    assert asked["project_name"] == "Woonvoorziening De Linde"
    assert asked["status"] == "open"
    assert asked["waiting_for_answer"] is True
    assert asked["unread"] is False
    assert [(m["author_name"], m["from_supplier"]) for m in asked["messages"]] == [("Petra", False)]
    thread = await w.session.get(CorrespondenceThread, asked["id"])
    assert thread is not None
    assert (thread.care_manager_id, thread.branch_id) == (w.carla.user.id, None)
    assert thread.asker_id == w.petra.user.id


async def test_a_general_question_goes_to_the_supplier_branch(w: World) -> None:
    asked = await w.ask()
    assert asked["project_id"] is None
    assert asked["project_name"] is None
    thread = await w.session.get(CorrespondenceThread, asked["id"])
    assert thread is not None
    assert (thread.care_manager_id, thread.branch_id) == (None, w.branch.id)


async def test_without_a_supplier_branch_the_member_is_told_to_phone(w: World) -> None:
    answer = await w.lonely_member.call("POST", w.url("/questions", w.lonely), QUESTION)
    assert answer.status_code == 409
    assert "Kring" in answer.json()["detail"]
    assert await w.session.scalar(select(func.count()).select_from(CorrespondenceThread)) == 0


async def test_a_project_the_member_does_not_see_is_not_found(w: World) -> None:
    """Petra is no member of the day-care project; her colleague, a portal admin, sees it."""
    url = w.url(f"/projects/{w.other_project.id}/questions")
    assert (await w.petra.call("POST", url, QUESTION)).status_code == 404
    assert (await w.cas.call("POST", url, QUESTION)).status_code == 201
    # Another organisation's member finds neither the organisation nor the project.
    assert (await w.lonely_member.call("POST", url, QUESTION)).status_code == 404
    their_url = w.url(f"/projects/{w.project.id}/questions", w.lonely)
    assert (await w.lonely_member.call("POST", their_url, QUESTION)).status_code == 404


async def test_a_colleagues_thread_is_not_mine(w: World) -> None:
    asked = await w.ask(project=w.project)
    thread = w.url(f"/correspondence/{asked['id']}")
    assert (await w.cas.call("GET", thread)).status_code == 404
    assert (await w.cas.call("POST", thread + "/messages", {"body": "Hoi"})).status_code == 404
    assert (await w.cas.call("POST", thread + "/close")).status_code == 404
    assert await w.mine(w.cas, "all") == []
    assert [t["id"] for t in await w.mine()] == [asked["id"]]


async def test_an_answer_is_unread_until_the_thread_is_read(w: World) -> None:
    asked = await w.ask(project=w.project)
    assert await w.unread() == 0
    assert (await w.answer(w.carla, asked["id"], "Dat kan, we plannen hem in.")).status_code == 200
    [listed] = await w.mine()
    assert (listed["unread"], listed["waiting_for_answer"]) == (True, False)
    assert await w.unread() == 1
    read = await w.petra.call("GET", w.url(f"/correspondence/{asked['id']}"))
    assert read.status_code == 200
    body = read.json()
    assert body["unread"] is False
    assert [(m["author_name"], m["from_supplier"]) for m in body["messages"]] == [
        ("Petra", False),
        ("Carla", True),
    ]
    assert (await w.mine())[0]["unread"] is False
    assert await w.unread() == 0
    # A second answer is unread again.
    assert (await w.answer(w.carla, asked["id"], "Nog een aanvulling.")).status_code == 200
    assert await w.unread() == 1


async def test_a_follow_up_waits_for_an_answer_again(w: World) -> None:
    asked = await w.ask(project=w.project)
    assert (await w.answer(w.carla, asked["id"])).status_code == 200
    assert await w.queue(w.carla) == []
    url = w.url(f"/correspondence/{asked['id']}/messages")
    followed = await w.petra.call("POST", url, {"body": "En op 31 december?"})
    assert followed.status_code == 201, followed.json()
    assert followed.json()["waiting_for_answer"] is True
    assert [m["body"] for m in followed.json()["messages"]][-1] == "En op 31 december?"
    [waiting] = await w.queue(w.carla)
    assert waiting["id"] == asked["id"]
    # A second follow-up keeps the wait from the first.
    thread = await w.session.get(CorrespondenceThread, asked["id"])
    assert thread is not None
    first_wait = thread.awaiting_answer_since
    assert (await w.petra.call("POST", url, {"body": "Graag snel."})).status_code == 201
    await w.session.refresh(thread)
    assert thread.awaiting_answer_since == first_wait


async def test_a_closed_thread_takes_no_more_messages(w: World) -> None:
    asked = await w.ask(project=w.project)
    thread = w.url(f"/correspondence/{asked['id']}")
    closed = await w.petra.call("POST", thread + "/close")
    assert closed.status_code == 200
    assert (closed.json()["status"], closed.json()["waiting_for_answer"]) == ("closed", False)
    assert closed.json()["closed_at"] is not None
    again = await w.petra.call("POST", thread + "/close")
    assert again.status_code == 200
    assert again.json()["closed_at"] == closed.json()["closed_at"]
    reply = await w.petra.call("POST", thread + "/messages", {"body": "Toch nog iets."})
    assert reply.status_code == 409
    assert "closed" in reply.json()["detail"] or "gesloten" in reply.json()["detail"]
    assert (await w.answer(w.carla, asked["id"])).status_code == 409
    assert await w.queue(w.carla) == []
    assert [t["id"] for t in await w.queue(w.carla, "all")] == [asked["id"]]
    assert await w.mine() == []
    assert [t["status"] for t in await w.mine(view="all")] == ["closed"]
    closes = await w.session.scalar(
        select(func.count()).where(AuditEvent.action == "correspondence.closed")
    )
    assert closes == 1


async def test_the_list_is_newest_activity_first_in_pages(w: World) -> None:
    first = await w.ask(project=w.project)
    second = await w.ask()
    assert [t["id"] for t in await w.mine()] == [second["id"], first["id"]]
    # An answer to the first makes it the newest.
    assert (await w.answer(w.carla, first["id"])).status_code == 200
    page = await w.petra.call("GET", w.url("/correspondence?limit=1"))
    assert [t["id"] for t in page.json()["items"]] == [first["id"]]
    cursor = page.json()["next_cursor"]
    rest = await w.petra.call("GET", w.url(f"/correspondence?limit=1&cursor={cursor}"))
    assert [t["id"] for t in rest.json()["items"]] == [second["id"]]
    assert rest.json()["next_cursor"] is None


async def test_the_input_must_be_storable_text_of_the_right_length(w: World) -> None:
    url = w.url("/questions")
    cases = [
        ({"subject": "Nul\x00byte", "body": "Hallo"}, "subject"),
        ({"subject": "Twee\nregels", "body": "Hallo"}, "subject"),
        ({"subject": "   ", "body": "Hallo"}, "subject"),
        ({"subject": "x" * 201, "body": "Hallo"}, "subject"),
        ({"subject": "Vraag", "body": "   "}, "body"),
        ({"subject": "Vraag", "body": "x" * 4001}, "body"),
    ]
    for body, field in cases:
        answer = await w.petra.call("POST", url, body)
        assert answer.status_code == 422, (body, answer.json())
        assert [e["field"] for e in answer.json()["errors"]] == [field], answer.json()
    # A lone surrogate cannot be sent as httpx's JSON: written out as the escape.
    raw = b'{"subject": "Vraag", "body": "half \\ud800 teken"}'
    headers = {"Content-Type": "application/json", **_csrf(w)}
    answer = await w.petra.client.post(url, content=raw, headers=headers)
    assert answer.status_code == 422, answer.json()
    assert [e["field"] for e in answer.json()["errors"]] == ["body"]
    longest = await w.petra.call("POST", url, {"subject": "x" * 200, "body": "y" * 4000})
    assert longest.status_code == 201
    assert await w.session.scalar(select(func.count()).select_from(CorrespondenceThread)) == 1


def _csrf(w: World) -> dict[str, str]:
    from tests.accounts.helpers import csrf

    return csrf(w.petra.client, w.petra.settings)


async def test_asking_reading_and_listing_are_audited(w: World) -> None:
    asked = await w.ask(project=w.project)
    await w.mine()
    await w.petra.call("GET", w.url(f"/correspondence/{asked['id']}"))
    rows = (
        await w.session.execute(
            select(AuditEvent.action, AuditEvent.subject_id, AuditEvent.organisation_id)
            .where(AuditEvent.action.like("correspondence.%"))
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).all()
    assert [(r.action, str(r.subject_id) if r.subject_id else None) for r in rows] == [
        ("correspondence.asked", asked["id"]),
        ("correspondence.listed", None),
        ("correspondence.viewed", asked["id"]),
    ]
    assert {r.organisation_id for r in rows} == {w.linde.id}
