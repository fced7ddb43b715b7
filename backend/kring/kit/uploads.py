"""Uploaded files sent as the request body itself (read from the raw stream, with a limit), and
photos: checked by content (never by name or header), cleaned (no EXIF), kept in storage in a
new folder per version. A portrait (providers, helpers) has square variants of a chosen crop; a
picture (a neighbourhood post's photo) keeps its aspect ratio, fitted into a few widths."""

from __future__ import annotations

import io
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from fastapi import Request
from PIL import Image, ImageOps, UnidentifiedImageError

from kring.kit.errors import InvalidInput, NotFound, PayloadTooLarge
from kring.kit.i18n import N_
from kring.kit.storage import Storage

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Bigger images are refused before they are decoded (a "decompression bomb" defence).
Image.MAX_IMAGE_PIXELS = 50_000_000
PHOTO_VARIANTS = {"large": 800, "medium": 400, "small": 160}
# A picture's variants: fitted into a square box of this side (never enlarged), aspect kept.
PICTURE_VARIANTS = {"large": 1200, "small": 400}


class Pictured(Protocol):
    """A row with a photo: the storage folder of its current version."""

    photo_key: str | None


class Portrait(Pictured, Protocol):
    """A row with a portrait: the storage folder of its version and the square's crop."""

    photo_x: float
    photo_y: float
    photo_zoom: float


def binary_body(*media_types: str) -> dict[str, Any]:
    """`openapi_extra` for an operation whose body is the file itself, of these media types."""
    return {
        "requestBody": {
            "required": True,
            "content": {m: {"schema": {"type": "string", "format": "binary"}} for m in media_types},
        }
    }


def too_large(limit: int = MAX_UPLOAD_BYTES) -> PayloadTooLarge:
    return PayloadTooLarge(N_("The file is larger than {megabytes} MB."), megabytes=limit // 2**20)


async def read_body(request: Request, limit: int = MAX_UPLOAD_BYTES) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` (not after)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large(limit)
    if not body:
        raise InvalidInput.on("file", N_("Choose a file to upload."))
    return bytes(body)


@dataclass(frozen=True)
class Crop:
    x: float = 0.5
    y: float = 0.33
    zoom: float = 1.0


def _open_photo(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise InvalidInput.on("file", N_("Upload a photo as PNG or JPEG."))
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as error:
        raise InvalidInput.on("file", N_("Upload a photo as PNG or JPEG.")) from error
    if upright.mode in ("RGBA", "LA", "P"):
        # Transparent PNGs get the white background the source asks portraits to have.
        background = Image.new("RGB", upright.size, "white")
        background.paste(upright.convert("RGBA"), mask=upright.convert("RGBA").getchannel("A"))
        return background
    return upright.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)  # no exif=...: metadata is dropped
    return out.getvalue()


def square(image: Image.Image, crop: Crop) -> Image.Image:
    """The square around the chosen centre, `zoom` times closer, kept inside the picture."""
    width, height = image.size
    side = min(width, height) / crop.zoom
    left = min(max(crop.x * width - side / 2, 0), width - side)
    top = min(max(crop.y * height - side / 2, 0), height - side)
    return image.crop((round(left), round(top), round(left + side), round(top + side)))


def _keys(prefix: str, variants: Mapping[str, int] = PHOTO_VARIANTS) -> dict[str, str]:
    return {
        "original": f"{prefix}/original.jpg",
        **{v: f"{prefix}/{v}.jpg" for v in variants},
    }


def _new_version(
    storage: Storage,
    holder: Pictured,
    folder: str,
    files: Mapping[str, Image.Image],
    variants: Mapping[str, int],
) -> None:
    """Writes `files` (original and variants) into a new version folder of `folder`, then
    drops the old version's files."""
    # A new folder per version: its name is in the photo's address, so caches never go stale.
    prefix, old = f"{folder}/{secrets.token_hex(6)}", holder.photo_key
    keys = _keys(prefix, variants)
    try:
        for name, image in files.items():
            storage.put(keys[name], _jpeg(image, 92 if name == "original" else 85))
    except BaseException:
        # A full disk part way: no incomplete set of sizes stays behind.
        for key in keys.values():
            storage.delete(key)
        raise
    holder.photo_key = prefix
    if old:
        storage.delete_tree(old)  # the old version's folder, every size in it


def _replace(
    storage: Storage, holder: Portrait, folder: str, original: Image.Image, crop: Crop
) -> None:
    cropped = square(original, crop)
    files = {
        "original": original,
        **{
            variant: cropped.resize((size, size), Image.Resampling.LANCZOS)
            for variant, size in PHOTO_VARIANTS.items()
        },
    }
    _new_version(storage, holder, folder, files, PHOTO_VARIANTS)
    holder.photo_x, holder.photo_y, holder.photo_zoom = crop.x, crop.y, crop.zoom


def fitted(image: Image.Image, side: int) -> Image.Image:
    """The image fitted into a `side` x `side` box, its aspect ratio kept, never enlarged."""
    copy = image.copy()
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    return copy


def store_picture(storage: Storage, holder: Pictured, folder: str, data: bytes) -> None:
    """A new picture in `folder` (a new version in it), in every size of `PICTURE_VARIANTS`
    with its aspect ratio kept; no original beyond the largest size is kept."""
    image = _open_photo(data)
    files = {variant: fitted(image, side) for variant, side in PICTURE_VARIANTS.items()}
    _new_version(storage, holder, folder, files, PICTURE_VARIANTS)


def picture_variant(storage: Storage, holder: Pictured, variant: str) -> bytes | None:
    if holder.photo_key is None or variant not in PICTURE_VARIANTS:
        return None
    return storage.get(_keys(holder.photo_key, PICTURE_VARIANTS)[variant])


def delete_picture(storage: Storage, holder: Pictured) -> None:
    if holder.photo_key:
        storage.delete_tree(holder.photo_key)
    holder.photo_key = None


def store_photo(storage: Storage, holder: Portrait, folder: str, data: bytes, crop: Crop) -> None:
    """A new portrait in `folder` (a new version in it); the old version's files go."""
    _replace(storage, holder, folder, _open_photo(data), crop)


def recrop_photo(storage: Storage, holder: Portrait, folder: str, crop: Crop) -> None:
    original = storage.get(_keys(holder.photo_key)["original"]) if holder.photo_key else None
    if original is None:
        raise NotFound()
    _replace(storage, holder, folder, _open_photo(original), crop)


def photo_variant(storage: Storage, holder: Portrait, variant: str) -> bytes | None:
    if holder.photo_key is None or variant not in _keys(holder.photo_key):
        return None
    return storage.get(_keys(holder.photo_key)[variant])


def photo_version(holder: Pictured) -> str:
    return (holder.photo_key or "").rsplit("/", 1)[-1]


def delete_photo(storage: Storage, holder: Portrait) -> None:
    if holder.photo_key:
        for key in _keys(holder.photo_key).values():
            storage.delete(key)
    holder.photo_key = None
