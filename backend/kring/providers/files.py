"""A provider's stored files as HTTP answers: the video (with byte ranges) and the VOG."""

from __future__ import annotations

from fastapi import Response
from fastapi.responses import FileResponse

from kring.kit.errors import NotFound
from kring.kit.storage import Storage
from kring.models.provider import ProviderProfile
from kring.providers.video import video_version


def video_response(storage: Storage, profile: ProviderProfile, v: str | None) -> FileResponse:
    """The stored video as a ranged file answer; an old version is not found."""
    if v is not None and v != video_version(profile):
        raise NotFound()
    path = storage.local_path(profile.video_key) if profile.video_key else None
    if path is None or profile.video_media_type is None:
        raise NotFound()
    caching = "private, max-age=31536000, immutable" if v else "private, no-cache"
    return FileResponse(
        path, media_type=profile.video_media_type, headers={"Cache-Control": caching}
    )


def vog_response(storage: Storage, profile: ProviderProfile) -> Response:
    """The stored VOG as a download that no cache keeps (it is a personal document)."""
    data = storage.get(profile.vog_key) if profile.vog_key else None
    if data is None:
        raise NotFound()
    return Response(
        data,
        media_type="application/pdf",
        headers={
            "Content-Disposition": 'attachment; filename="vog.pdf"',
            "Cache-Control": "private, no-store",
        },
    )
