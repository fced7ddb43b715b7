"""ASGI middleware: request id and language per request, JSON-only bodies, request metrics."""

from __future__ import annotations

import re
import time
import uuid

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
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
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

REQUESTS = Counter(
    "kring_http_requests_total", "HTTP requests answered", ["method", "endpoint", "status"]
)
LATENCY = Histogram(
    "kring_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


class RequestContextMiddleware:
    """Give each request an id (kept from X-Request-ID when sane) and its language, and each
    answer its security headers (unless the endpoint set one of them itself)."""

    def __init__(self, app: ASGIApp, security_headers: SecurityHeaders) -> None:
        self.app = app
        self.security_headers = security_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        language = i18n.negotiate(headers.get("accept-language"))
        i18n.set_language(language)
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                content_type = b""
                present = set()
                for name, value in raw:
                    present.add(name.lower())
                    if name.lower() == b"content-type":
                        content_type = value.lower()
                raw.extend(
                    header
                    for header in self.security_headers.for_response(scope["path"], content_type)
                    if header[0] not in present
                )
                raw.append((b"x-request-id", request_id.encode()))
                raw.append((b"content-language", language.encode()))
                raw.append((b"vary", b"Accept-Language"))
                message["headers"] = raw
            await send(message)

        await self.app(scope, receive, send_with_headers)


# JSON and form bodies are read into memory whole; uploads stream and check their own limits.
MAX_JSON_BODY_BYTES = 1024 * 1024
_UPLOAD_BODIES = ("image/", "application/pdf", "video/", "multipart/form-data")


def _too_large(scope: Scope) -> Response:
    exc = PayloadTooLarge(i18n.N_("The request body is too large."))
    return problem_response(
        Request(scope),
        status=exc.status,
        slug=exc.slug,
        title=i18n._(exc.title),
        detail=i18n._(exc.detail or ""),
    )


class JsonBodyMiddleware:
    """Refuse API request bodies in a media type the API does not read (415, not a vague 422),
    and JSON or form bodies over 1 MB (413), declared or streamed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in _BODY_METHODS
            and scope["path"].startswith("/api/")
        ):
            headers = Headers(scope=scope)
            has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if has_body and not media_type.startswith(_ACCEPTED_BODIES):
                exc = UnsupportedMediaType(
                    i18n.N_("Send the request body as JSON (Content-Type: application/json).")
                )
                response = problem_response(
                    Request(scope),
                    status=exc.status,
                    slug=exc.slug,
                    title=i18n._(exc.title),
                    detail=i18n._(exc.detail or ""),
                )
                await response(scope, receive, send)
                return
            if has_body and not media_type.startswith(_UPLOAD_BODIES):
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > MAX_JSON_BODY_BYTES:
                    await _too_large(scope)(scope, receive, send)
                    return
                receive = _counted(receive)
        await self.app(scope, receive, send)


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


class MetricsMiddleware:
    """Count and time requests per endpoint (never per raw path: ids would explode the series).

    API endpoints are labelled by their operationId (e.g. `health:get`), other routes by their
    path template, and anything that matched no route as `unmatched`.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def remember_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, remember_status)
        finally:
            route = scope.get("route")
            endpoint = (
                getattr(route, "operation_id", None) or getattr(route, "path", None) or "unmatched"
            )
            method = scope["method"]
            REQUESTS.labels(method, endpoint, str(status)).inc()
            LATENCY.labels(method, endpoint).observe(time.perf_counter() - started)
