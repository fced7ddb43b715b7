"""Secrets handed to browsers and e-mail links: random, and stored only as keyed hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from kring.config import Settings


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(settings: Settings, token: str) -> bytes:
    """HMAC-SHA256 with the secret key: a leaked table alone does not let anyone forge a match."""
    key = settings.secret_key.get_secret_value().encode()
    return hmac.new(key, token.encode(), hashlib.sha256).digest()


def csrf_token_for(settings: Settings, session_token: str) -> str:
    """The CSRF token is derived from the session, so it changes whenever the session does."""
    key = settings.secret_key.get_secret_value().encode()
    return hmac.new(key, b"csrf:" + session_token.encode(), hashlib.sha256).hexdigest()
