"""Text as search compares it."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """`'s-Hertogenbosch` -> `s hertogenbosch`, `Liège` -> `liege`: what search compares."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()
