"""Posting, replying, solving, withdrawing and referring: who may, in which state, the counts
kept on the post, rate limits and the audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from kring.models.audit import AuditEvent
from kring.models.neighbourhood_post import NeighbourhoodPost
from tests.posts.helpers import HELP, World


async def test_a_resident_posts_and_a_neighbour_replies(w: World) -> None:
    post = await w.post(
        wanted_on=str(datetime.now(UTC).date() + timedelta(days=2)), day_part="morning"
    )
    assert post["status"] == "open"
    assert post["is_mine"] is True
    assert post["day_part"] == "morning"
    first = await w.reply(w.ben, post["id"], "  Ik kan zaterdag!  ")
    assert first.status_code == 201, first.json()
    second = await w.reply(w.wendy, post["id"], "Of anders de buurthuisbus.")
    read = second.json()
    assert read["reply_count"] == 2
    assert [r["body"] for r in read["replies"]] == [
        "Ik kan zaterdag!",
        "Of anders de buurthuisbus.",
    ]
    assert read["replies"][0]["author"] == {"label": "Ben B.", "user_id": str(w.ben.user.id)}
    row = await w.session.scalar(
        select(NeighbourhoodPost)
        .where(NeighbourhoodPost.id == post["id"])
        .execution_options(populate_existing=True)
    )
    assert row is not None
    assert row.reply_count == 2
    assert row.first_reply_at is not None
    assert row.last_reply_at is not None
    assert row.first_reply_at < row.last_reply_at
    actions = set(
        await w.session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == row.id))
    )
    assert actions == {"post.created", "post.replied"}


async def test_the_post_refuses_bad_input(w: World) -> None:
    url = w.feed_url()
    cases = [
        {**HELP, "title": "x" * 121},
        {**HELP, "body": "x" * 4001},
        {**HELP, "title": "   "},
        {**HELP, "wanted_on": str(datetime.now(UTC).date() - timedelta(days=2))},
        {**HELP, "day_part": "evening"},
        {**HELP, "kind": "gossip"},
    ]
    for body in cases:
        answer = await w.anna.call("POST", url, body)
        assert answer.status_code == 422, body


async def test_only_the_worker_posts_on_behalf(w: World) -> None:
    for fields in ({"on_behalf": True}, {"anonymous": True}, {"posted_for_name": "Mevrouw Jansen"}):
        answer = await w.anna.call("POST", w.feed_url(), {**HELP, **fields})
        assert answer.status_code == 403, fields
    named = await w.post(w.wendy, on_behalf=True, posted_for_name="Mevrouw Jansen")
    assert named["author"] == {"label": "Mevrouw Jansen, via de buurtwerker", "user_id": None}
    both = {**HELP, "on_behalf": True, "anonymous": True, "posted_for_name": "X"}
    assert (await w.wendy.call("POST", w.feed_url(), both)).status_code == 422
    assert (
        await w.wendy.call("POST", w.feed_url(), {**HELP, "anonymous": True})
    ).status_code == 422


async def test_a_suspended_resident_reads_but_writes_nothing(w: World) -> None:
    post = await w.post()
    assert (await w.sam.call("GET", w.feed_url())).status_code == 200
    assert (await w.sam.call("GET", f"/api/v1/posts/{post['id']}")).status_code == 200
    assert (await w.sam.call("POST", w.feed_url(), HELP)).status_code == 403
    assert (await w.reply(w.sam, post["id"])).status_code == 403


async def test_posts_and_replies_are_rate_limited(w: World) -> None:
    for _ in range(10):
        await w.post(kind="general")
    answer = await w.anna.call("POST", w.feed_url(), HELP)
    assert answer.status_code == 429
    assert int(answer.headers["Retry-After"]) > 0
    post_id = (await w.post(w.ben))["id"]
    for _ in range(30):
        assert (await w.reply(w.wendy, post_id)).status_code == 201
    answer = await w.reply(w.wendy, post_id)
    assert answer.status_code == 429
    assert "Retry-After" in answer.headers


async def test_solving_rules(w: World) -> None:
    post = await w.post()
    url = f"/api/v1/posts/{post['id']}/solve"
    await w.reply(w.ben, post["id"])
    # Only the author; only someone who replied (not the author, not a stranger).
    assert (await w.ben.call("POST", url, {})).status_code == 403
    for who in (w.wendy, w.anna, w.olga):
        answer = await w.anna.call("POST", url, {"solved_by_user_id": str(who.user.id)})
        assert answer.status_code == 422, who.user.email
    solved = await w.anna.call("POST", url, {"solved_by_user_id": str(w.ben.user.id)})
    assert solved.status_code == 200, solved.json()
    assert solved.json()["status"] == "solved"
    assert solved.json()["solved_by_neighbour"] is True
    assert (await w.anna.call("POST", url, {})).status_code == 409
    assert (await w.anna.call("POST", f"/api/v1/posts/{post['id']}/withdraw")).status_code == 409
    # A solved post still takes replies ("thanks!").
    assert (await w.reply(w.ben, post["id"], "Graag gedaan")).status_code == 201
    general = await w.post(kind="general")
    answer = await w.anna.call("POST", f"/api/v1/posts/{general['id']}/solve", {})
    assert answer.status_code == 409
    actions = await w.session.scalars(
        select(AuditEvent.action).where(AuditEvent.action == "post.solved")
    )
    assert list(actions) == ["post.solved"]


async def test_withdrawing_rules(w: World) -> None:
    post = await w.post(kind="giving_away")
    url = f"/api/v1/posts/{post['id']}/withdraw"
    assert (await w.ben.call("POST", url)).status_code == 403
    answer = await w.anna.call("POST", url)
    assert answer.status_code == 200
    assert answer.json()["status"] == "withdrawn"
    assert (await w.anna.call("POST", url)).status_code == 409
    assert (await w.reply(w.ben, post["id"])).status_code == 409


async def test_the_worker_refers_a_help_request(w: World) -> None:
    post = await w.post()
    url = f"/api/v1/posts/{post['id']}/referral"
    body = {"local_organisation_id": str(w.buurthuis.id)}
    assert (await w.anna.call("POST", url, body)).status_code == 403
    assert (await w.olga.call("POST", url, body)).status_code == 404
    for other in (w.archived, w.lombok_org):
        answer = await w.wendy.call("POST", url, {"local_organisation_id": str(other.id)})
        assert answer.status_code == 422
    answer = await w.wendy.call("POST", url, body)
    assert answer.status_code == 200, answer.json()
    seen = (await w.ben.call("GET", f"/api/v1/posts/{post['id']}")).json()["referral"]
    assert seen["organisation_name"] == "Buurthuis De Leeuw"
    assert seen["phone"] == "030 123 4567"
    event = await w.session.scalar(
        select(AuditEvent.details).where(AuditEvent.action == "post.referred")
    )
    assert event == {"local_organisation": str(w.buurthuis.id)}


async def test_my_posts_and_replies_pages(w: World) -> None:
    mine = await w.post(w.wendy, on_behalf=True, anonymous=True)
    await w.post(w.wendy, kind="general")
    await w.post(w.ben)
    for index in range(3):
        await w.reply(w.ben, mine["id"], f"Reactie {index}")
    items = (await w.wendy.call("GET", "/api/v1/me/posts")).json()["items"]
    assert len(items) == 2
    assert items[1]["id"] == mine["id"]
    assert items[1]["reply_count"] == 3
    first = (await w.ben.call("GET", f"/api/v1/posts/{mine['id']}/replies?limit=2")).json()
    assert [r["body"] for r in first["items"]] == ["Reactie 0", "Reactie 1"]
    rest = await w.ben.call(
        "GET", f"/api/v1/posts/{mine['id']}/replies?limit=2&cursor={first['next_cursor']}"
    )
    assert [r["body"] for r in rest.json()["items"]] == ["Reactie 2"]
    assert rest.json()["next_cursor"] is None


async def test_an_archived_neighbourhood_takes_no_posts(w: World) -> None:
    w.wittevrouwen.archived_at = datetime.now(UTC)
    await w.session.commit()
    assert (await w.anna.call("POST", w.feed_url(), HELP)).status_code == 409
