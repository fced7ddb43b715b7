"""The provider's portrait and price list: checked by content (never by name or header),
size-limited, cleaned (no EXIF), and kept in storage with resized variants."""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from kring.kit.errors import InvalidInput, NotFound, PayloadTooLarge
from kring.kit.i18n import N_
from kring.kit.storage import Storage
from kring.models.provider import ProviderProfile

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Bigger images are refused before they are decoded (a "decompression bomb" defence).
Image.MAX_IMAGE_PIXELS = 50_000_000
PHOTO_VARIANTS = {"large": 800, "medium": 400, "small": 160}


def too_large(limit: int = MAX_UPLOAD_BYTES) -> PayloadTooLarge:
    return PayloadTooLarge(N_("The file is larger than {megabytes} MB."), megabytes=limit // 2**20)


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


def _keys(prefix: str) -> dict[str, str]:
    return {
        "original": f"{prefix}/original.jpg",
        **{v: f"{prefix}/{v}.jpg" for v in PHOTO_VARIANTS},
    }


def _new_prefix(profile: ProviderProfile) -> str:
    # A new folder per version: its name is in the photo's address, so caches never go stale.
    return f"providers/{profile.id}/photo/{secrets.token_hex(6)}"


def _replace(storage: Storage, profile: ProviderProfile, original: Image.Image, crop: Crop) -> None:
    prefix, old = _new_prefix(profile), profile.photo_key
    keys = _keys(prefix)
    try:
        storage.put(keys["original"], _jpeg(original, 92))
        cropped = square(original, crop)
        for variant, size in PHOTO_VARIANTS.items():
            storage.put(
                keys[variant], _jpeg(cropped.resize((size, size), Image.Resampling.LANCZOS), 85)
            )
    except BaseException:
        # A full disk part way: no incomplete set of sizes stays behind.
        for key in keys.values():
            storage.delete(key)
        raise
    profile.photo_key = prefix
    profile.photo_x, profile.photo_y, profile.photo_zoom = crop.x, crop.y, crop.zoom
    if old:
        for key in _keys(old).values():
            storage.delete(key)


def store_photo(storage: Storage, profile: ProviderProfile, data: bytes, crop: Crop) -> None:
    _replace(storage, profile, _open_photo(data), crop)


def recrop_photo(storage: Storage, profile: ProviderProfile, crop: Crop) -> None:
    original = storage.get(_keys(profile.photo_key)["original"]) if profile.photo_key else None
    if original is None:
        raise NotFound()
    _replace(storage, profile, _open_photo(original), crop)


def photo_variant(storage: Storage, profile: ProviderProfile, variant: str) -> bytes | None:
    if profile.photo_key is None or variant not in _keys(profile.photo_key):
        return None
    return storage.get(_keys(profile.photo_key)[variant])


def photo_version(profile: ProviderProfile) -> str:
    return (profile.photo_key or "").rsplit("/", 1)[-1]


def delete_photo(storage: Storage, profile: ProviderProfile) -> None:
    if profile.photo_key:
        for key in _keys(profile.photo_key).values():
            storage.delete(key)
    profile.photo_key = None


def is_pdf(data: bytes) -> bool:
    """A PDF starts with `%PDF-1.` or `%PDF-2.` and ends with `%%EOF` (within the last 1 KB)."""
    return data[:8].startswith((b"%PDF-1.", b"%PDF-2.")) and b"%%EOF" in data[-1024:]


def store_price_list(storage: Storage, profile: ProviderProfile, data: bytes) -> None:
    if not is_pdf(data):
        raise InvalidInput.on("file", N_("Upload the price list as a PDF."))
    key = f"providers/{profile.id}/price-list.pdf"
    storage.put(key, data)
    profile.price_list_key, profile.price_list_bytes = key, len(data)


def delete_price_list(storage: Storage, profile: ProviderProfile) -> None:
    if profile.price_list_key:
        storage.delete(profile.price_list_key)
    profile.price_list_key, profile.price_list_bytes = None, None
