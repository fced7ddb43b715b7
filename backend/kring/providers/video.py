"""The provider's introduction video: MP4 or WebM by content, at most 100 MB, streamed to a
temporary file (never held in memory) and handed to storage whole."""

from __future__ import annotations

import secrets
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import anyio
from fastapi import Request

from kring.kit.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
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


def _too_large() -> PayloadTooLarge:
    return PayloadTooLarge(
        N_("The file is larger than {megabytes} MB."), megabytes=MAX_VIDEO_BYTES // 2**20
    )


async def receive_video(request: Request) -> tuple[Path, str, int]:
    """The body in a temporary file, with its media type and size; the caller owns the file."""
    sent_as = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if sent_as not in ("video/mp4", "video/webm"):
        raise UnsupportedMediaType(N_("Send the video as video/mp4 or video/webm."))
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_VIDEO_BYTES:
        raise _too_large()
    size, head = 0, b""
    with tempfile.NamedTemporaryFile(prefix="kring-video-", delete=False) as file:
        path = Path(file.name)
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_VIDEO_BYTES:
                    raise _too_large()
                if len(head) < 64:
                    head += chunk[: 64 - len(head)]
                    # Refuse a wrong kind of file at once, not after 100 MB of it.
                    if len(head) >= 64 and sniff_video(head) is None:
                        raise _wrong_kind()
                file.write(chunk)
            if size == 0:
                raise InvalidInput.on("file", N_("Choose a file to upload."))
            media_type = sniff_video(head)
            if media_type is None:
                raise _wrong_kind()
        except BaseException:
            await anyio.Path(path).unlink(missing_ok=True)
            raise
    return path, media_type, size


def _wrong_kind() -> InvalidInput:
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
