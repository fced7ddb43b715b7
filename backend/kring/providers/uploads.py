"""The provider's portrait (kept by `kit.uploads`, in the provider's folder) and price list
(a PDF, checked by content)."""

from __future__ import annotations

from kring.kit.errors import InvalidInput
from kring.kit.i18n import N_
from kring.kit.storage import Storage
from kring.kit.uploads import (
    MAX_UPLOAD_BYTES,
    PHOTO_VARIANTS,
    Crop,
    delete_photo,
    photo_variant,
    photo_version,
    square,
    too_large,
)
from kring.kit.uploads import recrop_photo as _recrop
from kring.kit.uploads import store_photo as _store
from kring.models.provider import ProviderProfile

__all__ = [
    "MAX_UPLOAD_BYTES",
    "PHOTO_VARIANTS",
    "Crop",
    "delete_photo",
    "photo_variant",
    "photo_version",
    "square",
    "too_large",
]


def _folder(profile: ProviderProfile) -> str:
    return f"providers/{profile.id}/photo"


def store_photo(storage: Storage, profile: ProviderProfile, data: bytes, crop: Crop) -> None:
    _store(storage, profile, _folder(profile), data, crop)


def recrop_photo(storage: Storage, profile: ProviderProfile, crop: Crop) -> None:
    _recrop(storage, profile, _folder(profile), crop)


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
