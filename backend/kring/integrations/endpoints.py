"""API clients: the OAuth2 token endpoint, and managing an organisation's clients."""

from __future__ import annotations

import uuid
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.responses import JSONResponse
from redis.asyncio import Redis

from kring.audit import service as audit
from kring.auth.dependencies import AnyVisitor
from kring.auth.organisations import OrganisationPrincipal
from kring.config import Settings, SettingsDep
from kring.integrations import service
from kring.integrations.auth import ApiClientManager
from kring.integrations.schemas import (
    AccessToken,
    ApiClientCreate,
    ApiClientCredentials,
    ApiClientRead,
    OAuthError,
)
from kring.kit import throttle
from kring.kit.db import DbSession
from kring.kit.errors import PROBLEM_BASE, TooManyRequests, problem_responses
from kring.kit.i18n import N_, _

token_router = APIRouter(prefix="/auth/oauth", tags=["auth"])
clients_router = APIRouter(
    prefix="/organisations/{organisation_id}/api-clients", tags=["api-clients"]
)

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_FAILURE_WINDOW = 15 * 60
_TITLES = {
    "invalid_request": N_("Bad request"),
    "invalid_client": N_("Not signed in"),
    "invalid_scope": N_("Bad request"),
    "unsupported_grant_type": N_("Bad request"),
}


def _oauth_error(refused: service.TokenRefused) -> JSONResponse:
    detail = _(refused.description)
    body = OAuthError(
        error=refused.error,
        error_description=detail,
        type=PROBLEM_BASE + "oauth-" + refused.error.replace("_", "-"),
        title=_(_TITLES[refused.error]),
        status=refused.status,
        detail=detail,
    )
    headers = dict(_NO_STORE)
    if refused.status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="kring"'
    return JSONResponse(body.model_dump(), status_code=refused.status, headers=headers)


_TOKEN_FORM: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["grant_type"],
                    "properties": {
                        "grant_type": {"type": "string", "enum": ["client_credentials"]},
                        "scope": {"type": "string", "description": "Space-separated scopes."},
                        "client_id": {"type": "string", "description": "Without HTTP Basic."},
                        "client_secret": {"type": "string", "description": "Without HTTP Basic."},
                    },
                }
            }
        },
    }
}


@token_router.post(
    "/token",
    operation_id="auth:issue_token",
    summary="Get an access token for an API client",
    openapi_extra=_TOKEN_FORM,
    responses={
        400: {"model": OAuthError, "description": "The request or scope is not right"},
        401: {"model": OAuthError, "description": "The client id or secret is not right"},
        **problem_responses(429),
    },
)
async def issue_token(
    request: Request,
    response: Response,
    db: DbSession,
    settings: SettingsDep,
    visitor: AnyVisitor,
    redis: Annotated[Redis, Depends(throttle.get_redis)],
) -> AccessToken:
    """OAuth2 client credentials (RFC 6749, 4.4), the client authenticated by HTTP Basic."""
    ip = visitor.client_address or "unknown"
    failures_key = f"kring:oauth:failures:ip:{ip}"
    if int(await redis.zcard(failures_key)) >= settings.api_token_failures_per_ip_per_15_minutes:
        raise TooManyRequests(
            N_("Too many requests. Try again in {minutes} minutes."),
            retry_after=await throttle.retry_after(redis, failures_key),
        )
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if media_type != "application/x-www-form-urlencoded":
            raise service.TokenRefused(
                "invalid_request", N_("Send the parameters form-encoded, as OAuth2 asks.")
            )
        form = parse_qs((await request.body()).decode(), keep_blank_values=True)
        token_request = service.parse_token_request(form, request.headers.get("authorization"))
        token = await service.issue_token(db, settings, visitor, token_request)
    except (service.TokenRefused, UnicodeDecodeError) as error:
        refused = (
            error
            if isinstance(error, service.TokenRefused)
            else service.TokenRefused("invalid_request", N_("Send the parameters as UTF-8."))
        )
        if refused.error == "invalid_client":
            await throttle.count_in_window(redis, failures_key, _FAILURE_WINDOW)
        await audit.record(
            db,
            visitor,
            "api_client.token_refused",
            organisation_id=None,
            outcome="failure",
            details={"error": refused.error},
        )
        return _oauth_error(refused)  # type: ignore[return-value]
    response.headers.update(_NO_STORE)
    return token


@clients_router.get(
    "",
    operation_id="api_clients:list",
    summary="The organisation's API clients",
    responses=problem_responses(401, 403, 404, 409),
)
async def list_api_clients(db: DbSession, acting: ApiClientManager) -> list[ApiClientRead]:
    """Revoked clients last, kept for the record. Portal admins and Kring admins only."""
    return await service.list_clients(db, acting)


@clients_router.post(
    "",
    operation_id="api_clients:create",
    summary="Register an API client",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_api_client(
    body: ApiClientCreate, db: DbSession, settings: SettingsDep, acting: ApiClientManager
) -> ApiClientCredentials:
    """Returns the client secret once; needs a second factor in the last 5 minutes."""
    client, secret = await service.create_client(db, settings, acting, body)
    return await _credentials(db, settings, acting, client, secret)


@clients_router.post(
    "/{client_id}/secret",
    operation_id="api_clients:rotate_secret",
    summary="Give an API client a new secret",
    responses=problem_responses(401, 403, 404, 409),
)
async def rotate_api_client_secret(
    client_id: uuid.UUID, db: DbSession, settings: SettingsDep, acting: ApiClientManager
) -> ApiClientCredentials:
    """The old secret and its tokens stop working at once; you become the responsible person."""
    client, secret = await service.rotate_secret(db, settings, acting, client_id)
    return await _credentials(db, settings, acting, client, secret)


@clients_router.delete(
    "/{client_id}",
    operation_id="api_clients:revoke",
    summary="Revoke an API client",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def revoke_api_client(client_id: uuid.UUID, db: DbSession, acting: ApiClientManager) -> None:
    """Its tokens stop working at once; it stays listed as revoked."""
    await service.revoke_client(db, acting, client_id)


async def _credentials(
    db: DbSession, settings: Settings, acting: OrganisationPrincipal, client: Any, secret: str
) -> ApiClientCredentials:
    return ApiClientCredentials(
        client=await service.read_client(db, acting, client.id),
        client_id=str(client.id),
        client_secret=secret,
        token_url=settings.public_url.rstrip("/") + "/api/v1/auth/oauth/token",
    )
