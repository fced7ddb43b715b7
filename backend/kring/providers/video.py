"""The provider's introduction video: MP4 or WebM by content, at most 100 MB, streamed to a
temporary file (never held in memory, see `upload_endpoints`) and handed to storage whole."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.provider import ProviderPrincipal
from kring.kit.errors import InvalidInput, NotFound, PayloadTooLarge
from kring.kit.i18n import N_
from kring.kit.storage import Storage
from kring.models.provider import ProviderProfile

MAX_VIDEO_BYTES = 100 * 1024 * 1024
# ISO base media files whose brand says "still image", not film.
_IMAGE_BRANDS = {b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1", b"jp2 "}
_EBML_MAGIC = b"\x1a\x45\xdf\xa3"


def sniff_video(head: bytes) -> str | None:
    """`video/mp4` or `video/webm` when the first bytes say so; anything else is None."""
    # MP4: the first box is `ftyp` (bytes 4-7), followed by the major brand.
    if head[4:8] == b"ftyp" and head[8:12] not in _IMAGE_BRANDS and len(head) >= 12:
        return "video/mp4"
    # WebM: an EBML header whose DocType is "webm" (Matroska's other DocType is refused).
    if head.startswith(_EBML_MAGIC) and b"\x42\x82\x84webm" in head[:64]:
        return "video/webm"
    return None


def too_large() -> PayloadTooLarge:
    return PayloadTooLarge(
        N_("The file is larger than {megabytes} MB."), megabytes=MAX_VIDEO_BYTES // 2**20
    )


def wrong_kind() -> InvalidInput:
    return InvalidInput.on("file", N_("Upload the video as MP4 or WebM."))


def store_video(
    storage: Storage, profile: ProviderProfile, source: Path, media_type: str, size: int
) -> None:
    old = profile.video_key
    extension = "mp4" if media_type == "video/mp4" else "webm"
    # A new name per version: the address changes with the video, so caches never go stale.
    key = f"providers/{profile.id}/video/{secrets.token_hex(6)}.{extension}"
    storage.put_file(key, source)
    profile.video_key, profile.video_media_type, profile.video_bytes = key, media_type, size
    profile.video_uploaded_at = datetime.now(UTC)
    if old:
        storage.delete(old)


def video_version(profile: ProviderProfile) -> str:
    return (profile.video_key or "").rsplit("/", 1)[-1].split(".", 1)[0]


def delete_video(storage: Storage, profile: ProviderProfile) -> None:
    if profile.video_key:
        storage.delete(profile.video_key)
    profile.video_key = profile.video_media_type = None
    profile.video_bytes = profile.video_uploaded_at = None


async def upload(
    db: AsyncSession,
    provider: ProviderPrincipal,
    storage: Storage,
    source: Path,
    media_type: str,
    size: int,
) -> None:
    """The received file becomes the profile's video; the caller removes `source`."""
    store_video(storage, provider.profile, source, media_type, size)
    await _changed(db, provider, "provider.video_uploaded")


async def remove(db: AsyncSession, provider: ProviderPrincipal, storage: Storage) -> None:
    if provider.profile.video_key is None:
        raise NotFound()
    delete_video(storage, provider.profile)
    await _changed(db, provider, "provider.video_deleted")


async def _changed(db: AsyncSession, provider: ProviderPrincipal, action: str) -> None:
    # The badge says staff watched *this* video: a new one, or none, takes it away.
    provider.profile.introduction_video = False
    await db.flush()
    # A provider's profile is their own, not an organisation's they may also belong to.
    await audit.record(
        db,
        provider.principal,
        action,
        subject_type="provider_profile",
        subject_id=provider.profile.id,
        organisation_id=None,
    )
