"""Problem details (RFC 9457) for every error Kring returns, in the request's language."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from kring.kit.i18n import N_, _

log = structlog.get_logger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://kring.nl/problems/"


class FieldError(BaseModel):
    """One refused input: where it was, which field, and why."""

    location: str = Field(examples=["body"])
    field: str = Field(examples=["address.postcode"])
    message: str = Field(examples=["Dit is geen geldige postcode."])


class Problem(BaseModel):
    """An error response, as RFC 9457 problem details."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "https://kring.nl/problems/validation-error",
                    "title": "Ongeldige invoer",
                    "status": 422,
                    "detail": "Controleer de gemarkeerde velden.",
                    "instance": "/api/v1/example",
                    "errors": [
                        {"location": "body", "field": "email", "message": "Dit veld is verplicht."}
                    ],
                }
            ]
        }
    )

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] = Field(default_factory=list)
    error_id: str | None = None


class KringError(Exception):
    """A domain error with its own status; message ids are English and get translated."""

    status: ClassVar[int] = 400
    slug: ClassVar[str] = "bad-request"
    title: ClassVar[str] = N_("Bad request")

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] = (),
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
        **params: Any,
    ) -> None:
        # keep_changes: commit what the request wrote before refusing it (e.g. the audit row
        # of a failed log-in); by default an error rolls everything back.
        self.keep_changes = keep_changes
        self.detail = detail
        self.params = params
        self.errors = list(errors)
        self.headers = headers or {}
        super().__init__(detail or self.title)


class NotFound(KringError):
    status, slug, title = 404, "not-found", N_("Not found")


class Conflict(KringError):
    status, slug, title = 409, "conflict", N_("Conflict")


class Forbidden(KringError):
    status, slug, title = 403, "forbidden", N_("Forbidden")


class Unauthorized(KringError):
    status, slug, title = 401, "unauthorized", N_("Not signed in")


class ServiceUnavailable(KringError):
    status, slug, title = 503, "service-unavailable", N_("Service unavailable")


class UnsupportedMediaType(KringError):
    status, slug, title = 415, "unsupported-media-type", N_("Unsupported media type")


class PayloadTooLarge(KringError):
    status, slug, title = 413, "payload-too-large", N_("Request too large")


class TooManyRequests(KringError):
    """A limit was reached; `Retry-After` says when to try again, `{minutes}` the message."""

    status, slug, title = 429, "too-many-requests", N_("Too many requests")

    def __init__(self, detail: str, retry_after: int, **params: Any) -> None:
        minutes = max(1, -(-retry_after // 60))
        super().__init__(
            detail, headers={"Retry-After": str(retry_after)}, minutes=minutes, **params
        )


class InvalidInput(KringError):
    """Input that passed the schema but breaks a rule: answered like any validation error."""

    status, slug, title = 422, "validation-error", N_("Invalid input")

    @classmethod
    def on(
        cls,
        field: str,
        message: str,
        location: str = "body",
        *,
        keep_changes: bool = False,
        **params: Any,
    ) -> InvalidInput:
        return cls(
            errors=[FieldError(location=location, field=field, message=_(message, **params))],
            keep_changes=keep_changes,
        )


_STATUS_TITLES: dict[int, tuple[str, str]] = {
    400: ("bad-request", N_("Bad request")),
    401: ("unauthorized", N_("Not signed in")),
    403: ("forbidden", N_("Forbidden")),
    404: ("not-found", N_("Not found")),
    405: ("method-not-allowed", N_("Method not allowed")),
    409: ("conflict", N_("Conflict")),
    413: ("payload-too-large", N_("Request too large")),
    415: ("unsupported-media-type", N_("Unsupported media type")),
    422: ("validation-error", N_("Invalid input")),
    429: ("too-many-requests", N_("Too many requests")),
    503: ("service-unavailable", N_("Service unavailable")),
    507: ("insufficient-storage", N_("Insufficient storage")),
}
_STATUS_DETAILS: dict[int, str] = {
    404: N_("There is nothing at this address, or you may not see it."),
    405: N_("This address does not accept the {method} method."),
    413: N_("The request body is too large."),
    415: N_("Send the request body as JSON (Content-Type: application/json)."),
}


def problem_response(
    request: Request,
    *,
    status: int,
    slug: str,
    title: str,
    detail: str | None = None,
    errors: Iterable[FieldError] = (),
    error_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = Problem(
        type=PROBLEM_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=list(errors),
        error_id=error_id,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


# Pydantic error types that Kring answers with its own words; the rest get a generic message.
_VALIDATION_MESSAGES: dict[str, str] = {
    "missing": N_("This field is required."),
    "string_too_short": N_("Use at least {min_length} characters."),
    "string_too_long": N_("Use at most {max_length} characters."),
    "too_short": N_("Give at least {min_length} items."),
    "too_long": N_("Give at most {max_length} items."),
    "greater_than": N_("Must be greater than {gt}."),
    "greater_than_equal": N_("Must be at least {ge}."),
    "less_than": N_("Must be less than {lt}."),
    "less_than_equal": N_("Must be at most {le}."),
    "int_parsing": N_("Must be a whole number."),
    "int_type": N_("Must be a whole number."),
    "int_from_float": N_("Must be a whole number."),
    "float_parsing": N_("Must be a number."),
    "float_type": N_("Must be a number."),
    "decimal_parsing": N_("Must be a number."),
    "bool_parsing": N_("Must be true or false."),
    "bool_type": N_("Must be true or false."),
    "string_type": N_("Must be text."),
    "string_pattern_mismatch": N_("Has the wrong format."),
    "string_unicode": N_("Contains characters that are not valid Unicode text."),
    "uuid_parsing": N_("Is not a valid id."),
    "uuid_type": N_("Is not a valid id."),
    "date_parsing": N_("Is not a valid date (YYYY-MM-DD)."),
    "date_from_datetime_parsing": N_("Is not a valid date (YYYY-MM-DD)."),
    "datetime_parsing": N_("Is not a valid date and time."),
    "datetime_from_date_parsing": N_("Is not a valid date and time."),
    "enum": N_("Choose one of: {expected}."),
    "literal_error": N_("Choose one of: {expected}."),
    "json_invalid": N_("The request body is not valid JSON."),
    "model_attributes_type": N_("Must be an object."),
    "dict_type": N_("Must be an object."),
    "list_type": N_("Must be a list."),
    "extra_forbidden": N_("This field is not allowed here."),
}


def field_errors(errors: Sequence[Any]) -> list[FieldError]:
    result = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ())]
        location, path = (loc[0], loc[1:]) if loc else ("body", [])
        kind = error.get("type", "")
        ctx = error.get("ctx") or {}
        if kind == "value_error":
            # Kring's own validators raise translated messages; pydantic prefixes them.
            message = str(ctx.get("error", error.get("msg", ""))).removeprefix("Value error, ")
        elif kind in _VALIDATION_MESSAGES:
            message = _(_VALIDATION_MESSAGES[kind], **{k: str(v) for k, v in ctx.items()})
        else:
            message = _("This value is not valid.")
        result.append(FieldError(location=location, field=".".join(path), message=message))
    return result


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return problem_response(
        request,
        status=422,
        slug="validation-error",
        title=_("Invalid input"),
        detail=_("Check the marked fields."),
        errors=field_errors(exc.errors()),
    )


async def _on_kring_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KringError)
    detail = exc.detail
    if detail is None and exc.status == 422:
        detail = N_("Check the marked fields.")
    return problem_response(
        request,
        status=exc.status,
        slug=exc.slug,
        title=_(exc.title),
        detail=_(detail, **exc.params) if detail else None,
        errors=exc.errors,
        headers=exc.headers,
    )


# FastAPI's words when a body cannot even be decoded (not UTF-8): for the client that is
# invalid JSON like any other, so it gets the same 422 every body-taking operation documents.
_UNPARSABLE_BODY = "There was an error parsing the body"


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == _UNPARSABLE_BODY:
        return problem_response(
            request,
            status=422,
            slug="validation-error",
            title=_("Invalid input"),
            detail=_("Check the marked fields."),
            errors=[
                FieldError(
                    location="body", field="", message=_("The request body is not valid JSON.")
                )
            ],
        )
    slug, title = _STATUS_TITLES.get(exc.status_code, ("http-error", N_("Request failed")))
    template = _STATUS_DETAILS.get(exc.status_code)
    detail = _(template, method=request.method) if template else None
    return problem_response(
        request,
        status=exc.status_code,
        slug=slug,
        title=_(title),
        detail=detail,
        headers=dict(exc.headers or {}),
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    error_id = uuid.uuid4().hex
    log.error("request.unhandled_exception", error_id=error_id, exc_info=exc)
    # Starlette answers this from its outermost layer, past the middleware that adds the
    # request id and the security headers: add them here.
    headers = {"X-Request-ID": str(getattr(request.state, "request_id", error_id))}
    security = getattr(request.app.state, "security_headers", None)
    if security is not None:
        headers |= {name.decode(): value.decode() for name, value in security.other}
    return problem_response(
        request,
        status=500,
        slug="internal-error",
        title=_("Something went wrong on our side"),
        detail=_(
            "Please try again later. If it keeps happening, quote error id {error_id}.",
            error_id=error_id,
        ),
        error_id=error_id,
        headers=headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    from kring.kit import faults

    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(KringError, _on_kring_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    faults.install(app)  # servers out of reach (503) and a full disk (507)
    app.add_exception_handler(Exception, _on_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the problems an endpoint can answer with."""
    return {
        status: {
            "model": Problem,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
            "description": _STATUS_TITLES.get(status, ("", "Error"))[1],
        }
        for status in statuses
    }
