"""CSRF protection and cache headers for the API."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kring.auth.sessions import CSRF_HEADER, session_cookie_name
from kring.auth.tokens import csrf_token_for
from kring.config import Settings
from kring.kit.errors import Forbidden, problem_response
from kring.kit.i18n import N_, _

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class CsrfMiddleware:
    """Unsafe API requests that carry a session cookie need the CSRF header and our Origin.

    The header must equal the token derived from the session cookie (double submit, bound to
    the session), and the Origin header must be Kring's public address; otherwise 403.
    Every API response is marked `Cache-Control: no-store`: it may hold personal data.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        settings: Settings = scope["app"].state.settings
        if scope["method"] not in _SAFE_METHODS:
            refusal = self._refusal(scope, settings)
            if refusal is not None:
                exc = Forbidden(refusal)
                response = problem_response(
                    Request(scope),
                    status=exc.status,
                    slug="csrf-failed",
                    title=_(exc.title),
                    detail=_(refusal),
                )
                await response(scope, receive, send)
                return

        async def no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, no_store)

    @staticmethod
    def _refusal(scope: Scope, settings: Settings) -> str | None:
        request = Request(scope)
        session_token = request.cookies.get(session_cookie_name(settings))
        if not session_token:
            return None
        headers = Headers(scope=scope)
        expected = csrf_token_for(settings, session_token)
        if not hmac.compare_digest(headers.get(CSRF_HEADER, ""), expected):
            return N_("This request lacks a valid security token. Reload the page and try again.")
        if _origin(headers.get("origin", "")) != _origin(settings.public_url):
            return N_("This request did not come from Kring. Reload the page and try again.")
        return None
