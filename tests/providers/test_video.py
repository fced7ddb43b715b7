"""The introduction video: MP4 or WebM by content, at most 100 MB, streamed with byte ranges;
a new video (or none) takes the staff's badge away."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import AsyncClient, Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.provider import ProviderProfile
from kring.providers import video
from tests.accounts.helpers import csrf, log_in, make_user
from tests.members.helpers import person

# The first bytes of real files: an EBML header with DocType "webm", and an ISO "ftyp" box.
WEBM = bytes.fromhex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d") + b"\0" * 2000
MATROSKA = bytes.fromhex("1a45dfa3a34286810142f7810142f2810442f3810842828" + "86d6174726f736b61")
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\0" * 3000
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


async def _put(client: AsyncClient, settings: Settings, data: bytes, media: str) -> Response:
    headers = {**csrf(client, settings), "Content-Type": media}
    return await client.put("/api/v1/provider/profile/video", content=data, headers=headers)


@pytest.mark.parametrize(
    ("head", "kind"),
    [(WEBM, "video/webm"), (MP4, "video/mp4"), (MATROSKA, None), (HEIC, None), (PNG, None)],
)
def test_the_kind_of_video_is_read_from_its_first_bytes(head: bytes, kind: str | None) -> None:
    assert video.sniff_video(head[:64]) == kind


async def test_a_webm_recording_is_kept_streamed_in_ranges_and_replaced(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    stored = await _put(client, settings, WEBM, "video/webm")
    assert stored.status_code == 200, stored.json()
    first = stored.json()["video"]
    assert (first["media_type"], first["bytes"]) == ("video/webm", len(WEBM))

    whole = await client.get(first["url"])
    assert (whole.status_code, whole.content) == (200, WEBM)
    assert whole.headers["content-type"] == "video/webm"
    part = await client.get(first["url"], headers={"Range": "bytes=0-3"})
    assert (part.status_code, part.content) == (206, WEBM[:4])  # the player can seek

    replaced = await _put(client, settings, MP4, "video/mp4")
    second = replaced.json()["video"]
    assert second["media_type"] == "video/mp4"
    assert second["url"] != first["url"]
    assert (await client.get(first["url"])).status_code == 404  # the old version is gone
    assert (await client.get(second["url"])).content == MP4

    removed = await client.delete("/api/v1/provider/profile/video", headers=csrf(client, settings))
    assert removed.status_code == 204
    assert (await client.get("/api/v1/provider/profile")).json()["video"] is None
    assert (await client.get("/api/v1/provider/profile/video")).status_code == 404
    again = await client.delete("/api/v1/provider/profile/video", headers=csrf(client, settings))
    assert again.status_code == 404


async def test_other_files_are_refused_by_content_and_nothing_is_kept(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    for data, media in ((PNG, "video/mp4"), (MATROSKA, "video/webm"), (HEIC, "video/mp4")):
        refused = await _put(client, settings, data, media)
        assert refused.status_code == 422
        [error] = refused.json()["errors"]
        assert (error["field"], error["message"]) == ("file", "Upload de video als MP4 of WebM.")
    assert (await _put(client, settings, WEBM, "image/png")).status_code == 415
    assert (await _put(client, settings, b"", "video/webm")).status_code == 422
    # Nothing was kept: not even the profile the upload would have started.
    assert (await client.get("/api/v1/provider/profile")).status_code == 404


async def test_a_video_over_the_limit_is_refused_while_it_streams(
    client: AsyncClient, session: AsyncSession, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rule with a 1 MB limit, so the test does not push 100 MB through.
    monkeypatch.setattr(video, "MAX_VIDEO_BYTES", 1024 * 1024)
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    exactly = WEBM + b"\0" * (1024 * 1024 - len(WEBM))
    assert (await _put(client, settings, exactly, "video/webm")).status_code == 200

    async def chunks() -> object:
        yield WEBM
        for _ in range(20):
            yield b"\0" * 65536

    headers = {**csrf(client, settings), "Content-Type": "video/webm"}
    streamed = await client.put("/api/v1/provider/profile/video", content=chunks(), headers=headers)
    assert streamed.status_code == 413
    assert streamed.json()["detail"] == "Het bestand is groter dan 1 MB."
    kept = (await client.get("/api/v1/provider/profile")).json()["video"]
    assert kept["bytes"] == len(exactly)  # the earlier video stays


async def test_a_new_video_takes_the_badge_away_and_staff_can_watch_it(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    await _put(client, settings, WEBM, "video/webm")
    profile = await session.scalar(select(ProviderProfile))
    assert profile is not None
    profile.introduction_video = True
    await session.commit()

    verifier = await person(
        app, session, settings, "vera@kring.example", "Vera", staff_role="verifier"
    )
    watched = await verifier.call("GET", f"/api/v1/admin/providers/{profile.id}/video")
    assert (watched.status_code, watched.content) == (200, WEBM)
    viewed = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "provider.video_viewed")
    )
    assert viewed is not None
    assert viewed.actor_user_id == verifier.user.id

    await _put(client, settings, MP4, "video/mp4")
    assert (await client.get("/api/v1/provider/profile")).json()["badges"] == {
        "identity_document_seen": False,
        "seen_in_person": False,
        "introduction_video": False,
    }
