"""A post's photo: only its author puts one on an open post (checked by content, no EXIF kept,
413 over the limit), in two sizes with the aspect ratio kept; readable by exactly who reads the
post; an anonymous post's photo names no one. And the flags that tell the page what the reader
may do (`can_change_photo`, `can_refer`)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from httpx import Response
from PIL import Image
from sqlalchemy import select

from kring.kit.uploads import MAX_UPLOAD_BYTES
from kring.models.audit import AuditEvent
from kring.models.neighbourhood_post import NeighbourhoodPost
from tests.accounts.helpers import csrf
from tests.members.helpers import Person
from tests.posts.helpers import World


def _jpeg(width: int = 2400, height: int = 1200, exif: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (30, 90, 160))
    out = io.BytesIO()
    if exif:
        tags = Image.Exif()
        tags[0x013B] = "Anna Visser"  # Artist
        tags[0x010F] = "Camera Maker"  # Make
        image.save(out, "JPEG", exif=tags.tobytes())
    else:
        image.save(out, "JPEG")
    return out.getvalue()


async def _put(who: Person, post_id: str, data: bytes, media: str = "image/jpeg") -> Response:
    headers = {**csrf(who.client, who.settings), "Content-Type": media}
    return await who.client.put(f"/api/v1/posts/{post_id}/photo", content=data, headers=headers)


def _size(answer: Response) -> tuple[int, int]:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "image/jpeg"
    size: tuple[int, int] = Image.open(io.BytesIO(answer.content)).size
    return size


async def test_the_author_puts_a_photo_that_neighbours_see_in_two_sizes(w: World) -> None:
    post = await w.post()
    assert (post["photo_url"], post["photo_thumbnail_url"]) == (None, None)
    answer = await _put(w.anna, post["id"], _jpeg(exif=True))
    assert answer.status_code == 200, answer.text
    large, small = answer.json()["photo_url"], answer.json()["photo_thumbnail_url"]
    assert large.startswith(f"/api/v1/posts/{post['id']}/photo/large?v=")
    assert small.startswith(f"/api/v1/posts/{post['id']}/photo/small?v=")
    # The aspect ratio is kept: 2400 x 1200 fits 1200 and 400 wide.
    seen = await w.ben.client.get(large)
    assert _size(seen) == (1200, 600)
    assert "immutable" in seen.headers["cache-control"]
    assert _size(await w.ben.client.get(small)) == (400, 200)
    # Without the version: not kept for good.
    unversioned = await w.ben.client.get(f"/api/v1/posts/{post['id']}/photo/small")
    assert unversioned.headers["cache-control"] == "private, no-cache"
    # No metadata left.
    assert not Image.open(io.BytesIO(seen.content)).getexif()
    assert b"Anna Visser" not in seen.content
    # The feed card carries the thumbnail too.
    card = (await w.ben.call("GET", w.feed_url())).json()["items"][0]
    assert card["photo_thumbnail_url"] == small
    # The worker of the neighbourhood reads it, like the post.
    assert (await w.wendy.client.get(small)).status_code == 200


async def test_a_tall_or_small_photo_keeps_its_shape_and_is_never_enlarged(w: World) -> None:
    post = await w.post()
    tall = (await _put(w.anna, post["id"], _jpeg(600, 1800))).json()
    assert _size(await w.anna.client.get(tall["photo_url"])) == (400, 1200)
    assert _size(await w.anna.client.get(tall["photo_thumbnail_url"])) == (133, 400)
    tiny = (await _put(w.anna, post["id"], _jpeg(300, 200))).json()
    assert _size(await w.anna.client.get(tiny["photo_url"])) == (300, 200)


async def test_replacing_and_removing(w: World) -> None:
    post = await w.post()
    first = (await _put(w.anna, post["id"], _jpeg())).json()
    second = (await _put(w.anna, post["id"], _jpeg(800, 800))).json()
    assert second["photo_url"] != first["photo_url"]
    # The old version is gone, files and all.
    assert (await w.ben.client.get(first["photo_url"])).status_code == 404
    assert _size(await w.ben.client.get(second["photo_url"])) == (800, 800)
    folder = w.anna.settings.uploads_dir / "posts" / post["id"] / "photo"
    assert len(list(folder.iterdir())) == 1
    url = f"/api/v1/posts/{post['id']}/photo"
    assert (await w.ben.call("DELETE", url)).status_code == 403
    removed = await w.anna.call("DELETE", url)
    assert removed.status_code == 200
    assert removed.json()["photo_url"] is None
    assert (await w.ben.client.get(second["photo_url"])).status_code == 404
    assert list(folder.iterdir()) == []
    assert (await w.anna.call("DELETE", url)).status_code == 404
    actions = await w.session.scalars(
        select(AuditEvent.action).where(AuditEvent.action.like("post.photo%"))
    )
    assert sorted(actions) == ["post.photo_removed", "post.photo_set", "post.photo_set"]


async def test_who_may_not_put_or_see_a_photo(w: World) -> None:
    post = await w.post()
    # A neighbour and the worker read the post but do not change its photo; an outsider finds
    # nothing.
    assert (await _put(w.ben, post["id"], _jpeg())).status_code == 403
    assert (await _put(w.wendy, post["id"], _jpeg())).status_code == 403
    assert (await _put(w.olga, post["id"], _jpeg())).status_code == 404
    assert (await w.olga.call("DELETE", f"/api/v1/posts/{post['id']}/photo")).status_code == 404
    shown = (await _put(w.anna, post["id"], _jpeg())).json()
    assert (await w.olga.client.get(shown["photo_url"])).status_code == 404
    # Hidden by staff: only its author still sees the post, and so its photo.
    row = await w.session.get(NeighbourhoodPost, post["id"])
    assert row is not None
    row.hidden_at = datetime.now(UTC)
    await w.session.commit()
    assert (await w.ben.client.get(shown["photo_url"])).status_code == 404
    assert (await w.anna.client.get(shown["photo_url"])).status_code == 200


async def test_only_a_photo_within_the_limit_is_taken(w: World) -> None:
    post = await w.post()
    refused = await _put(w.anna, post["id"], b"%PDF-1.4 not a photo", "image/png")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "file"
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    assert (await _put(w.anna, post["id"], gif.getvalue(), "image/png")).status_code == 422
    too_big = await _put(w.anna, post["id"], b"\xff" * (MAX_UPLOAD_BYTES + 1))
    assert too_big.status_code == 413
    assert (await w.anna.call("GET", f"/api/v1/posts/{post['id']}")).json()["photo_url"] is None


async def test_no_new_photo_once_solved_or_withdrawn_but_it_can_come_off(w: World) -> None:
    for action in ("solve", "withdraw"):
        post = await w.post()
        await _put(w.anna, post["id"], _jpeg())
        closed = await w.anna.call("POST", f"/api/v1/posts/{post['id']}/{action}", {})
        assert closed.status_code == 200
        assert closed.json()["can_change_photo"] is False
        refused = await _put(w.anna, post["id"], _jpeg(800, 800))
        assert refused.status_code == 409, action
        # Taking a photo down stays possible: it is the person's picture.
        removed = await w.anna.call("DELETE", f"/api/v1/posts/{post['id']}/photo")
        assert removed.status_code == 200, action


async def test_an_anonymous_posts_photo_names_no_one(w: World) -> None:
    post = await w.post(w.wendy, on_behalf=True, anonymous=True)
    uploaded = await _put(w.wendy, post["id"], _jpeg())
    assert uploaded.status_code == 200, uploaded.text
    secret = str(w.wendy.user.id)
    answers = [
        uploaded.text,
        (await w.ben.call("GET", f"/api/v1/posts/{post['id']}")).text,
        (await w.ben.call("GET", w.feed_url())).text,
        (await w.wendy.call("GET", "/api/v1/me/posts")).text,
    ]
    for text in answers:
        assert secret not in text
        assert secret.replace("-", "") not in text
    photo = await w.ben.client.get(uploaded.json()["photo_url"])
    assert photo.status_code == 200
    assert secret not in str(photo.headers)
    # The storage is keyed by the post, never the person.
    uploads = w.wendy.settings.uploads_dir
    assert list((uploads / "posts" / post["id"] / "photo").rglob("*.jpg"))
    assert all(secret not in str(p) for p in uploads.rglob("*"))


async def test_what_the_reader_may_do(w: World) -> None:
    post = await w.post()
    url = f"/api/v1/posts/{post['id']}"
    flags = {}
    for name, who in (("anna", w.anna), ("ben", w.ben), ("wendy", w.wendy)):
        read = (await who.call("GET", url)).json()
        flags[name] = (read["can_change_photo"], read["can_refer"])
    assert flags == {"anna": (True, False), "ben": (False, False), "wendy": (False, True)}
    general = await w.post(kind="general")
    assert (await w.wendy.call("GET", f"/api/v1/posts/{general['id']}")).json()[
        "can_refer"
    ] is False
    referred = await w.wendy.call(
        "POST", url + "/referral", {"local_organisation_id": str(w.buurthuis.id)}
    )
    assert referred.json()["referral"]["organisation_name"] == "Buurthuis De Leeuw"
    await w.anna.call("POST", url + "/withdraw")
    assert (await w.wendy.call("GET", url)).json()["can_refer"] is False
    # The suspended resident may not change their post's photo.
    own = await w.add_post(w.sam, datetime.now(UTC))
    assert (await w.sam.call("GET", f"/api/v1/posts/{own}")).json()["can_change_photo"] is False
    assert (await _put(w.sam, own, _jpeg())).status_code == 403
