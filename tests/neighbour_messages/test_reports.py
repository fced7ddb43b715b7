"""Reports: only of what the reporter sees (else 404), once while open; staff's queue, a report
with what was reported (a message's reading audited), hiding, suspending, reinstating."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from kring.models.audit import AuditEvent
from kring.models.neighbour_message import NeighbourhoodReport
from kring.models.neighbourhood import Resident
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from tests.members.helpers import Person
from tests.neighbour_messages.helpers import ADMIN_REPORTS, REPORTS, World


async def _report(w: World, who: Person, kind: str, subject: Any, reason: str = "Ongepast") -> Any:
    return await who.call(
        "POST", REPORTS, {"subject_type": kind, "subject_id": str(subject), "reason": reason}
    )


async def _actions(w: World, subject: Any) -> list[str]:
    found = await w.session.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_id == subject).order_by(AuditEvent.id)
    )
    return list(found)


async def test_only_what_one_sees_is_reported(w: World) -> None:
    conversation = await w.started(w.bert, "Hoi Anna", to_user_id=w.anna.user.id)
    message = conversation["messages"][0]["id"]
    for kind, subject in (
        ("post", w.post.id),
        ("reply", w.reply.id),
        ("message", message),
        ("person", w.anna.user.id),
        ("person", w.admin.user.id),
    ):
        assert (await _report(w, w.carl, kind, subject)).status_code == 404, kind
    # Neighbours report; one's own things and oneself are not reported.
    assert (await _report(w, w.anna, "post", w.post.id)).status_code == 201
    assert (await _report(w, w.bert, "reply", w.reply.id)).status_code == 201
    assert (await _report(w, w.anna, "message", message)).status_code == 201
    assert (await _report(w, w.bert, "message", message)).status_code == 422
    assert (await _report(w, w.anna, "reply", w.reply.id)).status_code == 422
    assert (await _report(w, w.anna, "person", w.anna.user.id)).status_code == 422
    assert (await _report(w, w.wim, "person", w.bert.user.id)).status_code == 201
    assert (await _report(w, w.anna, "person", w.carl.user.id)).status_code == 404
    # Carl and Anna now share a conversation? No: Carl cannot write to her, so still 404.
    assert await w.session.scalar(select(func.count()).select_from(NeighbourhoodReport)) == 4


async def test_reporting_twice_while_open_changes_nothing(w: World) -> None:
    first = await _report(w, w.anna, "post", w.post.id, "Reclame")
    again = await _report(w, w.anna, "post", w.post.id, "Nog steeds reclame")
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert set(first.json()) == {"id", "subject_type", "subject_id", "status", "created_at"}
    reports = list(await w.session.scalars(select(NeighbourhoodReport)))
    assert [(r.reason, r.neighbourhood_id) for r in reports] == [("Reclame", w.lombok.id)]
    assert await _actions(w, reports[0].id) == ["neighbourhood_report.made"]


async def test_staff_read_a_reported_message_through_the_report_only(w: World) -> None:
    conversation = await w.started(w.bert, "Jij bent een sukkel", to_user_id=w.anna.user.id)
    message = conversation["messages"][0]["id"]
    made = await _report(w, w.anna, "message", message, "Scheldwoord")
    report = made.json()["id"]
    assert (
        await w.admin.call("GET", f"/api/v1/conversations/{conversation['id']}")
    ).status_code == 404
    assert (await w.carla.call("GET", ADMIN_REPORTS)).status_code == 403
    assert (await w.carla.call("GET", f"{ADMIN_REPORTS}/{report}")).status_code == 403
    [queued] = (await w.admin.call("GET", ADMIN_REPORTS)).json()["items"]
    assert queued["id"] == report
    assert (queued["reporter_name"], queued["reported_name"]) == ("Anna Visser", "Bert Jansen")
    assert (queued["neighbourhood_name"], queued["subject_type"]) == ("Lombok", "message")
    assert queued["age_hours"] == 0
    read = await w.admin.call("GET", f"{ADMIN_REPORTS}/{report}")
    assert read.json()["subject_text"] == "Jij bent een sukkel"
    assert read.json()["reported_is_resident"] is True
    assert await _actions(w, message) == ["neighbour_message.read_by_staff"]
    assert "neighbourhood_report.viewed" in await _actions(w, report)


async def test_handling_hides_a_reply_and_suspends_its_author(w: World) -> None:
    made = await _report(w, w.bert, "reply", w.reply.id, "Spam")
    report = made.json()["id"]
    decision = {
        "outcome": "Reactie verborgen, bewoner geschorst.",
        "hide_subject": True,
        "suspend_person": True,
        "suspension_reason": "Spam onder hulpvragen",
    }
    assert (
        await w.carla.call("POST", f"{ADMIN_REPORTS}/{report}/handle", decision)
    ).status_code == 403
    handled = await w.admin.call("POST", f"{ADMIN_REPORTS}/{report}/handle", decision)
    assert handled.status_code == 200, handled.json()
    assert handled.json()["status"] == "handled"
    assert handled.json()["subject_hidden_at"] is not None
    assert handled.json()["reported_suspended_at"] is not None
    await w.session.refresh(w.post)
    reply = await w.session.get(NeighbourhoodReply, w.reply.id, populate_existing=True)
    post = await w.session.get(NeighbourhoodPost, w.post.id, populate_existing=True)
    assert reply is not None
    assert post is not None
    assert reply.hidden_at is not None
    assert post.reply_count == 0
    resident = await w.session.scalar(select(Resident).where(Resident.user_id == w.anna.user.id))
    assert resident is not None
    assert resident.suspension_reason == "Spam onder hulpvragen"
    # Anna now writes nothing.
    assert (await w.start(w.anna, to_user_id=w.bert.user.id)).status_code == 403
    again = await w.admin.call("POST", f"{ADMIN_REPORTS}/{report}/handle", decision)
    assert again.status_code == 409
    assert await _actions(w, report) == [
        "neighbourhood_report.made",
        "neighbourhood_report.handled",
    ]
    assert await _actions(w, w.reply.id) == ["neighbourhood_reply.hidden"]
    assert await _actions(w, resident.id) == ["resident.suspended"]
    [listed] = (await w.admin.call("GET", f"{ADMIN_REPORTS}?status=handled")).json()["items"]
    assert listed["outcome"] == "Reactie verborgen, bewoner geschorst."
    assert (await w.admin.call("GET", ADMIN_REPORTS)).json()["items"] == []
    # Reinstated, she writes again.
    url = f"/api/v1/admin/residents/{w.anna.user.id}/suspension"
    reinstated = await w.admin.call("DELETE", url)
    assert reinstated.json()["suspended_at"] is None
    assert (await w.start(w.anna, to_user_id=w.bert.user.id)).status_code == 201
    assert await _actions(w, resident.id) == ["resident.suspended", "resident.reinstated"]


async def test_hiding_a_post_and_what_cannot_be_hidden(w: World) -> None:
    post_report = (await _report(w, w.anna, "post", w.post.id)).json()["id"]
    person_report = (await _report(w, w.anna, "person", w.bert.user.id)).json()["id"]
    hide = {"outcome": "Verborgen", "hide_subject": True}
    refused = await w.admin.call("POST", f"{ADMIN_REPORTS}/{person_report}/handle", hide)
    assert refused.status_code == 422
    handled = await w.admin.call("POST", f"{ADMIN_REPORTS}/{post_report}/handle", hide)
    assert handled.status_code == 200
    post = await w.session.get(NeighbourhoodPost, w.post.id, populate_existing=True)
    assert post is not None
    assert post.hidden_at is not None
    assert await _actions(w, w.post.id) == ["neighbourhood_post.hidden"]


async def test_staff_suspend_and_reinstate_residents_directly(w: World) -> None:
    url = f"/api/v1/admin/residents/{w.bert.user.id}/suspension"
    body = {"reason": "Dreigende berichten"}
    assert (await w.carla.call("POST", url, body)).status_code == 403
    suspended = await w.admin.call("POST", url, body)
    assert suspended.status_code == 200
    assert suspended.json()["suspension_reason"] == "Dreigende berichten"
    again = await w.admin.call("POST", url, {"reason": "Iets anders"})
    assert again.json()["suspension_reason"] == "Dreigende berichten"
    assert (await w.start(w.bert, to_user_id=w.anna.user.id)).status_code == 403
    nobody = f"/api/v1/admin/residents/{w.wim.user.id}/suspension"
    assert (await w.admin.call("POST", nobody, body)).status_code == 404
    assert (await w.admin.call("DELETE", url)).json()["suspended_at"] is None
    assert (await w.admin.call("DELETE", url)).status_code == 200


async def test_twenty_reports_an_hour(w: World) -> None:
    conversation = await w.started(w.bert, "Een", to_user_id=w.anna.user.id)
    for index in range(19):
        await w.write(w.bert, conversation["id"], f"Bericht {index}")
    read = await w.anna.call("GET", f"/api/v1/conversations/{conversation['id']}?limit=20")
    messages = [m["id"] for m in read.json()["messages"]]
    assert len(messages) == 20
    for message in messages:
        assert (await _report(w, w.anna, "message", message)).status_code == 201
    refused = await _report(w, w.anna, "post", w.post.id)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
