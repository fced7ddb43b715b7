"""Erasing an account takes its part in neighbourhoods with it: the residence (the address),
skills and worker roles, its posts with their photos, its replies, its conversations (both
sides) and blocks, and invitations still open for its address; other people's posts count
what is left."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

from PIL import Image
from sqlalchemy import func, select

from kring.accounts.lifecycle import erase_personal_data
from kring.models.neighbour_message import Conversation, PersonBlock
from kring.models.neighbourhood import NeighbourhoodInvite, NeighbourhoodWorker, Resident
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.outbox import OutboxMessage
from tests.accounts.helpers import csrf
from tests.posts.helpers import World


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 90, 160)).save(out, "JPEG")
    return out.getvalue()


async def _count(w: World, model: Any, *where: Any) -> int:
    found = await w.session.scalar(select(func.count()).select_from(model).where(*where))
    return int(found or 0)


async def test_an_erased_account_leaves_nothing_of_itself_in_the_neighbourhood(w: World) -> None:
    anna, ben = w.anna, w.ben
    own = await w.post(anna)
    headers = {**csrf(anna.client, anna.settings), "Content-Type": "image/jpeg"}
    photo = await anna.client.put(
        f"/api/v1/posts/{own['id']}/photo", content=_jpeg(), headers=headers
    )
    assert photo.status_code == 200, photo.text
    bens = await w.post(ben, title="Wie leent me een ladder?")
    assert (await w.reply(ben, own["id"])).status_code == 201
    assert (await w.reply(anna, bens["id"], "Ik heb er een.")).status_code == 201
    assert (await w.reply(w.wendy, bens["id"], "Het buurthuis ook.")).status_code == 201
    talk = await anna.call(
        "POST", "/api/v1/conversations", {"to_user_id": str(ben.user.id), "body": "Hoi Ben"}
    )
    assert talk.status_code == 201, talk.json()
    assert (await anna.call("PUT", f"/api/v1/me/blocks/{w.sam.user.id}")).status_code == 200
    w.session.add(NeighbourhoodWorker(user_id=anna.user.id, neighbourhood_id=w.lombok.id))
    w.session.add(
        NeighbourhoodInvite(
            neighbourhood_id=w.lombok.id,
            email="Anna@Example.org",
            token_hash="x" * 64,
            expires_at=datetime.now(UTC) + timedelta(days=14),
        )
    )
    await w.session.commit()

    await erase_personal_data(w.session, [anna.user.id])
    await w.session.commit()

    me = anna.user.id
    assert await _count(w, Resident, Resident.user_id == me) == 0
    assert await _count(w, NeighbourhoodWorker, NeighbourhoodWorker.user_id == me) == 0
    assert await _count(w, NeighbourhoodInvite) == 0
    assert await _count(w, NeighbourhoodPost, NeighbourhoodPost.author_user_id == me) == 0
    assert await _count(w, NeighbourhoodReply, NeighbourhoodReply.author_user_id == me) == 0
    assert await _count(w, Conversation) == 0
    assert await _count(w, PersonBlock) == 0
    # Ben's post counts the one reply left (Wendy's), the last one it has.
    left = await w.session.get(NeighbourhoodPost, bens["id"], populate_existing=True)
    assert left is not None
    wendys = await w.session.scalar(
        select(NeighbourhoodReply.created_at).where(NeighbourhoodReply.post_id == left.id)
    )
    assert (left.reply_count, left.last_reply_at) == (1, wendys)
    # The photo's folder goes after the commit, through the outbox.
    tasks = (await w.session.scalars(select(OutboxMessage))).all()
    deletions = [t.payload for t in tasks if t.task == "storage.delete_files"]
    assert deletions == [{"keys": [f"posts/{own['id']}"]}]
    # Ben still has his account, his post and his neighbourhood.
    assert await _count(w, Resident, Resident.user_id == ben.user.id) == 1
    assert (await ben.call("GET", f"/api/v1/posts/{bens['id']}")).status_code == 200
    assert (await ben.call("GET", f"/api/v1/posts/{own['id']}")).status_code == 404
