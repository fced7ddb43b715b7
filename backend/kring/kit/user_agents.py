"""A user agent in a few words ("Firefox on Windows"), for lists of sessions."""

from __future__ import annotations

import re
from functools import lru_cache

from ua_parser import parse

_PRODUCT = re.compile(r"^([A-Za-z][\w.\-]{0,39})/")
_UNKNOWN = {None, "Other"}


@lru_cache(maxsize=1024)
def summary(user_agent: str | None) -> str | None:
    """Browser and system when ua-parser knows them ("Chrome on Android"); else the agent's
    first product name (`curl`, `python-httpx`); None when there is no agent."""
    if not user_agent or not user_agent.strip():
        return None
    parsed = parse(user_agent.strip())
    browser = parsed.user_agent.family if parsed.user_agent else None
    system = parsed.os.family if parsed.os else None
    browser = None if browser in _UNKNOWN else browser
    system = None if system in _UNKNOWN else system
    if browser and system:
        return f"{browser} on {system}"
    if browser or system:
        return browser or system
    product = _PRODUCT.match(user_agent.strip())
    return product.group(1) if product else None
