"""A user agent in a few words ("Firefox on Windows"), for lists of sessions."""

from __future__ import annotations

import re

# The first that matches names the browser: Edge and Opera also say Chrome, Chrome says Safari.
_BROWSERS = (
    ("Edge", re.compile(r"\bEdg(?:e|A|iOS)?/")),
    ("Opera", re.compile(r"\b(?:OPR|Opera)/")),
    ("Samsung Internet", re.compile(r"\bSamsungBrowser/")),
    ("Firefox", re.compile(r"\b(?:Firefox|FxiOS)/")),
    ("Chrome", re.compile(r"\b(?:Chrome|CriOS)/")),
    ("Safari", re.compile(r"\bSafari/")),
)
# iOS and Android before the desktop systems whose names their agents also carry.
_SYSTEMS = (
    ("iOS", re.compile(r"\b(?:iPhone|iPad|iPod)\b")),
    ("Android", re.compile(r"\bAndroid\b")),
    ("Windows", re.compile(r"\bWindows\b")),
    ("macOS", re.compile(r"\bMac OS X\b|\bMacintosh\b")),
    ("ChromeOS", re.compile(r"\bCrOS\b")),
    ("Linux", re.compile(r"\bLinux\b")),
)
_PRODUCT = re.compile(r"^([A-Za-z][\w.\-]{0,39})")


def summary(user_agent: str | None) -> str | None:
    """Browser and system when known ("Safari on iOS"); else the agent's first product name
    (`curl`, `python-httpx`); None when there is no agent."""
    if not user_agent or not user_agent.strip():
        return None
    browser = next((name for name, pattern in _BROWSERS if pattern.search(user_agent)), None)
    system = next((name for name, pattern in _SYSTEMS if pattern.search(user_agent)), None)
    if browser and system:
        return f"{browser} on {system}"
    if browser or system:
        return browser or system
    product = _PRODUCT.match(user_agent.strip())
    return product.group(1) if product else None
