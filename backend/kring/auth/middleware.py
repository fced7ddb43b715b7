"""CSRF protection for the API: a request check run by the one ASGI middleware."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope

from kring.auth.sessions import CSRF_HEADER, session_cookie_name
from kring.auth.tokens import csrf_token_for
from kring.config import Settings
from kring.kit.errors import Forbidden, problem_response
from kring.kit.i18n import N_, _

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def csrf_check(scope: Scope, headers: Headers) -> Response | None:
    """Unsafe API requests that carry a session cookie need the CSRF header and our Origin.

    The header must equal the token derived from the session cookie (double submit, bound to
    the session), and the Origin header must be Kring's public address; otherwise 403.
    """
    if scope["method"] in _SAFE_METHODS:
        return None
    settings: Settings = scope["app"].state.settings
    refusal = _refusal(scope, headers, settings)
    if refusal is None:
        return None
    exc = Forbidden(refusal)
    return problem_response(
        Request(scope),
        status=exc.status,
        slug="csrf-failed",
        title=_(exc.title),
        detail=_(refusal),
    )


def _refusal(scope: Scope, headers: Headers, settings: Settings) -> str | None:
    session_token = Request(scope).cookies.get(session_cookie_name(settings))
    if not session_token:
        return None
    expected = csrf_token_for(settings, session_token)
    if not hmac.compare_digest(headers.get(CSRF_HEADER, ""), expected):
        return N_("This request lacks a valid security token. Reload the page and try again.")
    if _origin(headers.get("origin", "")) != _origin(settings.public_url):
        return N_("This request did not come from Kring. Reload the page and try again.")
    return None
