"""Schemathesis hooks for the API fuzz run (loaded through SCHEMATHESIS_HOOKS)."""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.serializer("application/pdf", "image/png", "image/jpeg", "video/mp4", "video/webm")
def raw_upload(ctx: Any, value: Any) -> bytes:
    """Uploads are sent as the body itself: whatever was generated, as bytes."""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")
