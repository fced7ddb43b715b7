"""Links into Kring's portals and API, as e-mails and API answers give them."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from kring.config import Settings

Portal = Literal["partner", "provider", "pro", "admin"]


def site_link(settings: Settings, path: str = "/") -> str:
    """An address on Kring's own site: `https://kring.example/api/v1/...`."""
    return settings.public_url.rstrip("/") + "/" + path.lstrip("/")


def portal_link(
    settings: Settings, portal: Portal | str, path: str = "", **query: str | None
) -> str:
    """A page of a portal: `portal_link(s, "provider", "requests/ID")`, query values encoded."""
    link = site_link(settings, f"{portal}/{path.lstrip('/')}")
    given = {key: value for key, value in query.items() if value is not None}
    return f"{link}?{urlencode(given)}" if given else link
