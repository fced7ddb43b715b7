"""The one ASGI middleware: request id and language, the request checks (JSON-only bodies,
CSRF), security and cache headers on every answer, and request metrics.

One layer instead of five: each layer wrapped `send` and cost every request a few function
calls and closures; the checks themselves are unchanged.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Sequence

import structlog
from prometheus_client import Counter, Histogram
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kring.kit import i18n
from kring.kit.errors import PayloadTooLarge, UnsupportedMediaType, problem_response
from kring.kit.security_headers import SecurityHeaders

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_ACCEPTED_BODIES = (
    "application/json",
    "application/merge-patch+json",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    # Uploads sent as the body itself (checked by content where they are taken in).
    "image/png",
    "image/jpeg",
    "application/pdf",
    "video/mp4",
    "video/webm",
)
# JSON and form bodies are read into memory whole; uploads stream and check their own limits.
MAX_JSON_BODY_BYTES = 1024 * 1024
_UPLOAD_BODIES = ("image/", "application/pdf", "video/", "multipart/form-data")
_NO_STORE = (b"cache-control", b"no-store")
_VARY = (b"vary", b"Accept-Language")

REQUESTS = Counter(
    "kring_http_requests_total", "HTTP requests answered", ["method", "endpoint", "status"]
)
LATENCY = Histogram(
    "kring_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)

RequestCheck = Callable[[Scope, Headers], Response | None]
"""Looks at an API request before any endpoint runs; a response refuses it."""


def _problem(scope: Scope, exc: PayloadTooLarge | UnsupportedMediaType) -> Response:
    return problem_response(
        Request(scope),
        status=exc.status,
        slug=exc.slug,
        title=i18n._(exc.title),
        detail=i18n._(exc.detail or ""),
    )


def _media_type(headers: Headers) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def json_body_check(scope: Scope, headers: Headers) -> Response | None:
    """Refuse API request bodies in a media type the API does not read (415, not a vague 422),
    and JSON or form bodies declared over 1 MB (413); streamed ones are counted as they come."""
    if scope["method"] not in _BODY_METHODS:
        return None
    has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
    if not has_body:
        return None
    media_type = _media_type(headers)
    if not media_type.startswith(_ACCEPTED_BODIES):
        return _problem(
            scope,
            UnsupportedMediaType(
                i18n.N_("Send the request body as JSON (Content-Type: application/json).")
            ),
        )
    if not media_type.startswith(_UPLOAD_BODIES):
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_JSON_BODY_BYTES:
            return _problem(scope, PayloadTooLarge(i18n.N_("The request body is too large.")))
    return None


def _reads_body_whole(scope: Scope, headers: Headers) -> bool:
    """A JSON or form body (read into memory whole), not an upload that checks its own size."""
    return scope["method"] in _BODY_METHODS and not _media_type(headers).startswith(_UPLOAD_BODIES)


def _counted(receive: Receive) -> Receive:
    """A body sent without a length (chunked) is cut off as soon as it passes the limit."""
    seen = 0

    async def counting() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_JSON_BODY_BYTES:
                # An HTTPException passes through FastAPI's body parsing to the 413 problem.
                raise HTTPException(413)
        return message

    return counting


class KringMiddleware:
    """Every HTTP request: an id (kept from X-Request-ID when sane) and its language; for API
    requests the checks (in order; the first refusal answers); every answer its security
    headers (unless the endpoint set one itself), and API answers `Cache-Control: no-store`
    unless the endpoint chose its own (they may hold personal data). Counted and timed per
    endpoint: API endpoints by operationId, other routes by path template, else `unmatched`.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        security_headers: SecurityHeaders,
        api_checks: Sequence[RequestCheck] = (),
    ) -> None:
        self.app = app
        self.security_headers = security_headers
        self.api_checks = (json_body_check, *api_checks)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = Headers(scope=scope)
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        language = i18n.negotiate(headers.get("accept-language"))
        i18n.set_language(language)
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        path: str = scope["path"]
        api = path.startswith("/api/")
        status = 500

        async def answer(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                raw = list(message.get("headers", ()))
                present = set()
                content_type = b""
                for name, value in raw:
                    lowered = name.lower()
                    present.add(lowered)
                    if lowered == b"content-type":
                        content_type = value.lower()
                raw.extend(
                    header
                    for header in self.security_headers.for_response(path, content_type)
                    if header[0] not in present
                )
                if api and b"cache-control" not in present:
                    raw.append(_NO_STORE)
                raw.append((b"x-request-id", request_id.encode()))
                raw.append((b"content-language", language.encode()))
                raw.append(_VARY)
                message["headers"] = raw
            await send(message)

        try:
            refusal = None
            if api:
                for check in self.api_checks:
                    refusal = check(scope, headers)
                    if refusal is not None:
                        break
            if refusal is not None:
                await refusal(scope, receive, answer)
                return
            if api and _reads_body_whole(scope, headers):
                receive = _counted(receive)
            await self.app(scope, receive, answer)
        finally:
            route = scope.get("route")
            endpoint = (
                getattr(route, "operation_id", None) or getattr(route, "path", None) or "unmatched"
            )
            method = scope["method"]
            REQUESTS.labels(method, endpoint, str(status)).inc()
            LATENCY.labels(method, endpoint).observe(time.perf_counter() - started)
