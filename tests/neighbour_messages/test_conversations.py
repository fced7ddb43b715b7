"""Who may write to whom, one conversation per pair (and per pair and post), unread counts,
read marks, pages of messages and the rate limit."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, update

from kring.models.audit import AuditEvent
from kring.models.neighbour_message import Conversation, NeighbourMessage, PersonBlock
from kring.models.neighbourhood import Resident
from tests.neighbour_messages.helpers import CONVERSATIONS, World


async def test_neighbours_write_to_each_other_in_one_conversation(w: World) -> None:
    first = await w.started(w.anna, "Zal ik zaterdag helpen?", to_user_id=w.bert.user.id)
    assert first["other_user_id"] == str(w.bert.user.id)
    assert first["other_name"] == "Bert J."
    assert first["other_is_neighbourhood_worker"] is False
    assert [m["mine"] for m in first["messages"]] == [True]
    again = await w.started(w.bert, "Graag!", to_user_id=w.anna.user.id)
    assert again["id"] == first["id"]
    assert [(m["body"], m["mine"]) for m in again["messages"]] == [
        ("Graag!", True),
        ("Zal ik zaterdag helpen?", False),
    ]
    [listed] = await w.inbox(w.anna)
    assert listed["id"] == first["id"]
    assert listed["other_name"] == "Bert J."
    assert (listed["last_message_excerpt"], listed["last_message_mine"]) == ("Graag!", False)
    assert listed["unread_count"] == 1
    count = await w.session.scalar(select(func.count()).select_from(Conversation))
    assert count == 1
    actions = list(
        await w.session.scalars(
            select(AuditEvent.action).where(AuditEvent.subject_id == first["id"])
        )
    )
    assert actions == ["neighbour_message.sent", "neighbour_message.sent"]


async def test_messages_are_trimmed_plain_text_within_the_limit(w: World) -> None:
    sent = await w.started(w.anna, "  <b>hoi</b>  ", to_user_id=w.bert.user.id)
    assert sent["messages"][0]["body"] == "<b>hoi</b>"
    too_long = await w.start(w.anna, "x" * 2001, to_user_id=w.bert.user.id)
    assert too_long.status_code == 422
    blank = await w.start(w.anna, "   ", to_user_id=w.bert.user.id)
    assert blank.status_code == 422
    nobody = await w.anna.call("POST", CONVERSATIONS, {"body": "Hallo"})
    assert nobody.status_code == 422
    myself = await w.start(w.anna, to_user_id=w.anna.user.id)
    assert myself.status_code == 422


async def test_the_worker_and_residents_write_to_each_other(w: World) -> None:
    assert (await w.start(w.wim, to_user_id=w.anna.user.id)).status_code == 201
    assert (await w.start(w.bert, to_user_id=w.wim.user.id)).status_code == 201
    # The worker serves Lombok, not Oost.
    assert (await w.start(w.wim, to_user_id=w.carl.user.id)).status_code == 404


async def test_an_outsider_finds_nobody_and_no_conversation(w: World) -> None:
    assert (await w.start(w.carl, to_user_id=w.anna.user.id)).status_code == 404
    assert (await w.start(w.anna, to_user_id=w.carl.user.id)).status_code == 404
    assert (await w.start(w.carl, post_id=w.post.id)).status_code == 404
    conversation = await w.started(w.anna, to_user_id=w.bert.user.id)
    url = f"{CONVERSATIONS}/{conversation['id']}"
    for who in (w.carl, w.wim, w.admin):
        assert (await who.call("GET", url)).status_code == 404
        assert (await w.write(who, conversation["id"])).status_code == 404
        assert (await who.call("POST", f"{url}/read")).status_code == 404
        assert await w.inbox(who) == []


async def test_a_suspended_resident_reads_but_writes_nothing(w: World) -> None:
    conversation = await w.started(w.anna, to_user_id=w.bert.user.id)
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == w.anna.user.id)
        .values(suspended_at=datetime.now(UTC), suspension_reason="Scheldpartij")
    )
    await w.session.commit()
    assert (await w.start(w.anna, to_user_id=w.bert.user.id)).status_code == 403
    refused = await w.write(w.anna, conversation["id"])
    assert refused.status_code == 403
    assert "suspended" in refused.json()["detail"] or "geschorst" in refused.json()["detail"]
    assert (await w.anna.call("GET", f"{CONVERSATIONS}/{conversation['id']}")).status_code == 200
    # Bert still writes to her.
    assert (await w.write(w.bert, conversation["id"])).status_code == 201


async def test_a_block_either_way_refuses_new_messages(w: World) -> None:
    conversation = await w.started(w.anna, to_user_id=w.bert.user.id)
    blocked = await w.anna.call("PUT", f"/api/v1/me/blocks/{w.bert.user.id}")
    assert blocked.status_code == 200
    assert [(b["user_id"], b["name"]) for b in blocked.json()] == [(str(w.bert.user.id), "Bert J.")]
    for who in (w.anna, w.bert):
        refused = await w.write(who, conversation["id"])
        assert refused.status_code == 403
    # Anna's page of the conversation says she blocked Bert; Bert's does not say it.
    read = f"/api/v1/conversations/{conversation['id']}"
    assert (await w.anna.call("GET", read)).json()["blocked_by_me"] is True
    assert (await w.bert.call("GET", read)).json()["blocked_by_me"] is False
    refused = await w.start(w.bert, to_user_id=w.anna.user.id)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "Je kunt deze persoon niet schrijven."
    # Twice changes nothing; lifting it lets them write again.
    assert (await w.anna.call("PUT", f"/api/v1/me/blocks/{w.bert.user.id}")).status_code == 200
    assert await w.session.scalar(select(func.count()).select_from(PersonBlock)) == 1
    lifted = await w.anna.call("DELETE", f"/api/v1/me/blocks/{w.bert.user.id}")
    assert lifted.status_code == 204
    assert (await w.anna.call("GET", "/api/v1/me/blocks")).json() == []
    assert (await w.anna.call("GET", read)).json()["blocked_by_me"] is False
    assert (await w.write(w.bert, conversation["id"])).status_code == 201


async def test_only_people_one_knows_can_be_blocked(w: World) -> None:
    for target in (w.carl.user.id, w.anna.user.id, w.admin.user.id):
        assert (await w.anna.call("PUT", f"/api/v1/me/blocks/{target}")).status_code == 404
        assert (await w.anna.call("DELETE", f"/api/v1/me/blocks/{target}")).status_code == 404


async def test_a_post_has_its_own_conversation_with_its_author(w: World) -> None:
    pair = await w.started(w.anna, to_user_id=w.bert.user.id)
    about = await w.started(w.anna, "Ik breng de ladder.", post_id=w.post.id)
    assert about["id"] != pair["id"]
    assert (about["post_id"], about["post_title"]) == (str(w.post.id), "Wie heeft een ladder?")
    assert about["other_user_id"] == str(w.bert.user.id)
    again = await w.started(w.anna, "Om tien uur?", post_id=w.post.id)
    assert again["id"] == about["id"]
    # The author writes about their own post to someone who replied.
    same = await w.started(w.bert, "Top", post_id=w.post.id, to_user_id=w.anna.user.id)
    assert same["id"] == about["id"]
    assert len(await w.inbox(w.bert)) == 2
    assert (await w.start(w.bert, post_id=w.post.id)).status_code == 422  # to himself


async def test_unread_counts_and_read_marks(w: World) -> None:
    one = await w.started(w.bert, "Een", to_user_id=w.anna.user.id)
    await w.write(w.bert, one["id"], "Twee")
    two = await w.started(w.wim, "Drie", to_user_id=w.anna.user.id)
    assert await w.unread(w.anna) == {"conversations": 2, "messages": 3}
    assert await w.unread(w.bert) == {"conversations": 0, "messages": 0}
    listed = {c["id"]: c["unread_count"] for c in await w.inbox(w.anna)}
    assert listed == {one["id"]: 2, two["id"]: 1}
    # Reading the conversation itself marks nothing; the read mark does.
    await w.anna.call("GET", f"{CONVERSATIONS}/{one['id']}")
    assert await w.unread(w.anna) == {"conversations": 2, "messages": 3}
    marked = await w.anna.call("POST", f"{CONVERSATIONS}/{one['id']}/read")
    assert marked.status_code == 200
    assert marked.json()["unread_count"] == 0
    assert await w.unread(w.anna) == {"conversations": 1, "messages": 1}
    # Answering reads the conversation too.
    await w.write(w.anna, two["id"], "Dank je")
    assert await w.unread(w.anna) == {"conversations": 0, "messages": 0}
    assert await w.unread(w.wim) == {"conversations": 1, "messages": 1}


async def test_the_inbox_and_the_messages_come_in_keyset_pages(w: World) -> None:
    one = await w.started(w.bert, "Een", to_user_id=w.anna.user.id)
    for body in ("Twee", "Drie", "Vier"):
        await w.write(w.bert, one["id"], body)
    two = await w.started(w.wim, "Vijf", to_user_id=w.anna.user.id)
    first = await w.anna.call("GET", f"{CONVERSATIONS}?limit=1")
    assert [c["id"] for c in first.json()["items"]] == [two["id"]]
    cursor = first.json()["next_cursor"]
    second = await w.anna.call("GET", f"{CONVERSATIONS}?limit=1&cursor={cursor}")
    assert [c["id"] for c in second.json()["items"]] == [one["id"]]
    assert second.json()["next_cursor"] is None
    page = await w.anna.call("GET", f"{CONVERSATIONS}/{one['id']}?limit=3")
    assert [m["body"] for m in page.json()["messages"]] == ["Vier", "Drie", "Twee"]
    cursor = page.json()["next_cursor"]
    rest = await w.anna.call("GET", f"{CONVERSATIONS}/{one['id']}?limit=3&cursor={cursor}")
    assert [m["body"] for m in rest.json()["messages"]] == ["Een"]
    assert rest.json()["next_cursor"] is None


async def test_thirty_messages_in_ten_minutes_then_wait(w: World) -> None:
    conversation = await w.started(w.anna, to_user_id=w.bert.user.id)
    for _ in range(29):
        assert (await w.write(w.anna, conversation["id"])).status_code == 201
    refused = await w.write(w.anna, conversation["id"])
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert (await w.start(w.anna, post_id=w.post.id)).status_code == 429
    count = await w.session.scalar(select(func.count()).select_from(NeighbourMessage))
    assert count == 30
    # Bert has his own allowance.
    assert (await w.write(w.bert, conversation["id"])).status_code == 201


async def test_after_moving_away_the_conversation_is_read_but_not_written(w: World) -> None:
    conversation = await w.started(w.anna, to_user_id=w.bert.user.id)
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == w.bert.user.id)
        .values(neighbourhood_id=w.oost.id)
    )
    await w.session.commit()
    assert (await w.write(w.anna, conversation["id"])).status_code == 403
    assert (await w.start(w.anna, to_user_id=w.bert.user.id)).status_code == 404
    read = await w.bert.call("GET", f"{CONVERSATIONS}/{conversation['id']}")
    assert read.status_code == 200
    # They still know each other: blocking and reporting stay possible.
    assert (await w.bert.call("PUT", f"/api/v1/me/blocks/{w.anna.user.id}")).status_code == 200
