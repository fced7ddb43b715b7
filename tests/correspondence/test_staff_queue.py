"""Staff's queue: whose questions each role answers, the oldest waiting first with its age,
the thread as staff read it, and the audit trail of reading and answering."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from kring.models.audit import AuditEvent
from kring.models.correspondence import CorrespondenceThread
from tests.correspondence.helpers import ADMIN, World


async def _backdate(w: World, thread_id: str, days: int) -> None:
    thread = CorrespondenceThread
    await w.session.execute(
        update(thread)
        .where(thread.id == thread_id)
        .values(awaiting_answer_since=thread.awaiting_answer_since - timedelta(days=days))
    )
    await w.session.commit()


async def test_each_role_sees_its_own_queue(w: World) -> None:
    about_project = await w.ask(project=w.project)
    general = await w.ask()
    assert [t["id"] for t in await w.queue(w.carla)] == [about_project["id"]]
    assert [t["id"] for t in await w.queue(w.vera)] == [general["id"]]
    assert await w.queue(w.cor) == []
    assert await w.queue(w.olaf) == []
    assert {t["id"] for t in await w.queue(w.bea)} == {about_project["id"], general["id"]}
    # Outside one's queue a thread is not found, to read, answer or close.
    for who, thread in ((w.cor, about_project), (w.vera, about_project), (w.carla, general)):
        assert (await who.call("GET", f"{ADMIN}/{thread['id']}")).status_code == 404
        assert (await w.answer(who, thread["id"])).status_code == 404
        assert (await who.call("POST", f"{ADMIN}/{thread['id']}/close")).status_code == 404
    assert (await w.answer(w.vera, general["id"])).status_code == 200
    assert (await w.answer(w.bea, about_project["id"])).status_code == 200


async def test_a_branch_staff_member_without_a_branch_has_an_empty_queue(w: World) -> None:
    await w.ask()
    from kring.models.user import User

    await w.session.execute(
        update(User).where(User.id == w.vera.user.id).values(staff_branch_id=None)
    )
    await w.session.commit()
    assert await w.queue(w.vera) == []


async def test_the_longest_waiting_comes_first_with_its_age(w: World) -> None:
    newer = await w.ask(project=w.project)
    older = await w.ask(project=w.project)
    await _backdate(w, older["id"], 3)
    queue = await w.queue(w.carla)
    assert [(t["id"], t["waiting_days"]) for t in queue] == [(older["id"], 3), (newer["id"], 0)]
    first = queue[0]
    assert first["organisation_name"] == "Zorggroep De Linde"
    assert first["project_name"] == "Woonvoorziening De Linde"
    assert first["asker_name"] == "Petra"
    assert first["subject"] == "Extra dienst"
    # Answered, it leaves the waiting view and stays in all, without an age.
    assert (await w.answer(w.carla, older["id"])).status_code == 200
    assert [t["id"] for t in await w.queue(w.carla)] == [newer["id"]]
    everything = {t["id"]: t for t in await w.queue(w.carla, "all")}
    assert everything[older["id"]]["waiting_days"] is None
    # Pages follow the same order.
    page = await w.carla.call("GET", f"{ADMIN}?limit=1&view=all")
    assert [t["id"] for t in page.json()["items"]] == [older["id"]]
    cursor = page.json()["next_cursor"]
    rest = await w.carla.call("GET", f"{ADMIN}?limit=1&view=all&cursor={cursor}")
    assert [t["id"] for t in rest.json()["items"]] == [newer["id"]]


async def test_staff_read_the_thread_with_the_asker_and_answer_it(w: World) -> None:
    asked = await w.ask(project=w.project)
    read = await w.carla.call("GET", f"{ADMIN}/{asked['id']}")
    assert read.status_code == 200
    body = read.json()
    assert body["asker"] == {
        "id": str(w.petra.user.id),
        "name": "Petra",
        "email": "petra@linde.example",
    }
    assert (body["organisation_name"], body["project_name"]) == (
        "Zorggroep De Linde",
        "Woonvoorziening De Linde",
    )
    answered = await w.answer(w.carla, asked["id"], "  Dat kan.  ")
    assert answered.status_code == 200
    after = answered.json()
    assert after["awaiting_answer_since"] is None
    assert after["answered_at"] is not None
    assert after["last_message_at"] == after["answered_at"]
    assert after["messages"][-1] == {
        **after["messages"][-1],
        "author_name": "Carla",
        "from_supplier": True,
        "body": "Dat kan.",
    }
    empty = await w.answer(w.carla, asked["id"], "   ")
    assert empty.status_code == 422
    assert [e["field"] for e in empty.json()["errors"]] == ["body"]


async def test_staff_close_a_thread(w: World) -> None:
    asked = await w.ask()
    closed = await w.vera.call("POST", f"{ADMIN}/{asked['id']}/close")
    assert closed.status_code == 200
    assert (closed.json()["status"], closed.json()["awaiting_answer_since"]) == ("closed", None)
    assert await w.queue(w.vera) == []
    reply = await w.petra.call(
        "POST", w.url(f"/correspondence/{asked['id']}/messages"), {"body": "Nog iets"}
    )
    assert reply.status_code == 409


async def test_reading_answering_and_closing_by_staff_are_audited(w: World) -> None:
    asked = await w.ask(project=w.project)
    await w.carla.call("GET", f"{ADMIN}/{asked['id']}")
    await w.answer(w.carla, asked["id"])
    await w.carla.call("POST", f"{ADMIN}/{asked['id']}/close")
    rows = (
        await w.session.execute(
            select(AuditEvent)
            .where(
                AuditEvent.actor_user_id == w.carla.user.id,
                AuditEvent.action.like("correspondence.%"),
            )
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).scalars()
    found = [(r.action, str(r.subject_id), r.organisation_id, r.details) for r in rows]
    assert found == [
        ("correspondence.viewed", asked["id"], w.linde.id, {"as": "staff"}),
        ("correspondence.answered", asked["id"], w.linde.id, {"mailed": True}),
        ("correspondence.closed", asked["id"], w.linde.id, {"by": "staff"}),
    ]
