"""OAuth2 client credentials: registering API clients, their tokens, scopes and revocation."""

from __future__ import annotations

import base64
import time
import warnings
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from joserfc import jwt
from joserfc.jwk import OctKey
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.accounts.lifecycle import run_lifecycle
from kring.auth import api_clients
from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.organisation import Membership, Organisation
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, make_user
from tests.accounts.test_mfa import set_up_totp
from tests.members.helpers import new_client

TOKEN_URL = "/api/v1/auth/oauth/token"


async def _organisation(session: AsyncSession, name: str) -> Organisation:
    organisation = Organisation(kind="care_organisation", name=name)
    session.add(organisation)
    await session.flush()
    return organisation


async def _admin_of(
    client: AsyncClient, session: AsyncSession, settings: Settings, email: str, name: str
) -> tuple[User, Organisation]:
    """A portal admin of a new organisation, logged in with a freshly proven second factor."""
    user = await make_user(session, email)
    organisation = await _organisation(session, name)
    session.add(Membership(user_id=user.id, organisation_id=organisation.id, portal_admin=True))
    await session.commit()
    await log_in(client, email)
    await set_up_totp(client, settings)
    return user, organisation


async def _register(
    client: AsyncClient,
    settings: Settings,
    organisation: Organisation,
    scopes: list[str] | None = None,
) -> dict[str, str]:
    created = await client.post(
        f"/api/v1/organisations/{organisation.id}/api-clients",
        headers=csrf(client, settings),
        json={"name": "Zorgdossier", "scopes": scopes or ["organisation:read"]},
    )
    assert created.status_code == 201, created.json()
    body: dict[str, str] = created.json()
    return body


def _basic(client_id: str, secret: str) -> dict[str, str]:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


async def _token(api: AsyncClient, client_id: str, secret: str, scope: str | None = None) -> str:
    form = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
    answer = await api.post(TOKEN_URL, data=form, headers=_basic(client_id, secret))
    assert answer.status_code == 200, answer.json()
    return str(answer.json()["access_token"])


@pytest.fixture
async def api(app: FastAPI, sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncClient:
    """A third-party system: no cookies, same app and transaction as the portal client."""
    app.state.sessionmaker = sessionmaker
    return new_client(app)


async def test_a_registered_client_gets_a_token_with_a_standard_oauth2_library(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings, app: FastAPI
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    other = await _organisation(session, "Zonnehuis")
    await session.commit()
    registered = await _register(client, settings, linde)
    assert registered["client_secret"].startswith("kring_cs_")
    assert registered["token_url"].endswith(TOKEN_URL)

    # The secret is shown once: the list never carries it.
    listed = await client.get(f"/api/v1/organisations/{linde.id}/api-clients")
    assert listed.status_code == 200
    assert registered["client_secret"] not in listed.text
    assert [c["name"] for c in listed.json()] == ["Zorgdossier"]

    with warnings.catch_warnings():
        # Authlib nags about its httpx integration's successor on import; not ours to change.
        import authlib.deprecate  # noqa: F401 (installs its own "always" filter first)

        warnings.simplefilter("ignore", DeprecationWarning)
        from authlib.integrations.httpx_client import AsyncOAuth2Client

    oauth = AsyncOAuth2Client(
        client_id=registered["client_id"],
        client_secret=registered["client_secret"],
        token_endpoint_auth_method="client_secret_basic",
        transport=ASGITransport(app=app, raise_app_exceptions=False),
        base_url="https://testserver",
    )
    token = await oauth.fetch_token(TOKEN_URL, grant_type="client_credentials")
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] == settings.api_token_minutes * 60
    assert token["scope"] == "organisation:read"

    own = await oauth.get(f"/api/v1/organisations/{linde.id}")
    assert own.status_code == 200
    assert own.json()["name"] == "De Linde"
    assert own.headers["cache-control"] == "no-store"
    assert (await oauth.get(f"/api/v1/organisations/{other.id}")).status_code == 404
    # Session-only endpoints do not take API tokens.
    assert (await oauth.get("/api/v1/me")).status_code == 401

    # The secret in the form body (client_secret_post) works too.
    posted = await api.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": registered["client_id"],
            "client_secret": registered["client_secret"],
        },
    )
    assert posted.status_code == 200
    assert posted.headers["cache-control"] == "no-store"
    issued = await session.scalar(
        select(AuditEvent.id).where(AuditEvent.action == "api_client.token_issued")
    )
    assert issued is not None


async def test_scopes_limit_what_a_token_may_do(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde, ["members:read"])
    token = await _token(api, registered["client_id"], registered["client_secret"])
    refused = await api.get(
        f"/api/v1/organisations/{linde.id}", headers={"Authorization": f"Bearer {token}"}
    )
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/insufficient-scope")
    assert 'error="insufficient_scope"' in refused.headers["www-authenticate"]

    more = await api.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "organisation:read"},
        headers=_basic(registered["client_id"], registered["client_secret"]),
    )
    assert more.status_code == 400
    assert more.json()["error"] == "invalid_scope"

    unknown_scope = await client.post(
        f"/api/v1/organisations/{linde.id}/api-clients",
        headers=csrf(client, settings),
        json={"name": "X", "scopes": ["orders:everything"]},
    )
    assert unknown_scope.status_code == 422
    assert unknown_scope.json()["errors"][0]["field"].startswith("scopes")


async def test_the_token_endpoint_refuses_clearly_and_alike_for_unknown_clients(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde)
    grant = {"grant_type": "client_credentials"}

    wrong = await api.post(TOKEN_URL, data=grant, headers=_basic(registered["client_id"], "x"))
    unknown = await api.post(
        TOKEN_URL, data=grant, headers=_basic("0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f", "x")
    )
    for answer in (wrong, unknown):
        assert answer.status_code == 401
        assert answer.json()["error"] == "invalid_client"
        assert answer.headers["www-authenticate"].startswith("Basic")
    assert wrong.json() == unknown.json()

    unsupported = await api.post(
        TOKEN_URL,
        data={"grant_type": "password"},
        headers=_basic(registered["client_id"], registered["client_secret"]),
    )
    assert unsupported.json()["error"] == "unsupported_grant_type"
    as_json = await api.post(TOKEN_URL, json=grant)
    assert as_json.status_code == 400
    assert as_json.json()["error"] == "invalid_request"
    both = await api.post(
        TOKEN_URL,
        data={**grant, "client_secret": registered["client_secret"]},
        headers=_basic(registered["client_id"], registered["client_secret"]),
    )
    assert both.json()["error"] == "invalid_request"
    failures = await session.scalar(
        select(AuditEvent.id).where(
            AuditEvent.action == "api_client.token_refused", AuditEvent.outcome == "failure"
        )
    )
    assert failures is not None


async def test_guessing_secrets_from_one_address_cools_off(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde)
    grant = {"grant_type": "client_credentials"}
    for _ in range(settings.api_token_failures_per_ip_per_15_minutes):
        wrong = await api.post(TOKEN_URL, data=grant, headers=_basic(registered["client_id"], "x"))
        assert wrong.status_code == 401
    right = _basic(registered["client_id"], registered["client_secret"])
    limited = await api.post(TOKEN_URL, data=grant, headers=right)
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) > 0


async def test_only_the_pinned_algorithm_and_a_valid_token_are_accepted(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde)
    good = await _token(api, registered["client_id"], registered["client_secret"])
    claims = jwt.decode(good, api_clients._signing_key(settings), algorithms=["HS256"]).claims
    url = f"/api/v1/organisations/{linde.id}"

    def header(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    unsigned = (
        base64.urlsafe_b64encode(b'{"alg":"none","typ":"at+jwt"}').rstrip(b"=").decode()
        + "."
        + good.split(".")[1]
        + "."
    )
    same_key_other_alg = jwt.encode(
        {"alg": "HS512", "typ": "at+jwt"},
        claims,
        OctKey.import_key(api_clients._signing_key(settings).raw_value),
        algorithms=["HS512"],
    )
    other_key = jwt.encode(
        {"alg": "HS256", "typ": "at+jwt"},
        claims,
        OctKey.import_key(b"an-attacker-key-of-thirty-two-b!"),
        algorithms=["HS256"],
    )
    plain_jwt = jwt.encode(
        {"alg": "HS256"}, claims, api_clients._signing_key(settings), algorithms=["HS256"]
    )
    for forged in (unsigned, same_key_other_alg, other_key, plain_jwt, "not-a-token"):
        answer = await api.get(url, headers=header(forged))
        assert answer.status_code == 401, forged
        assert 'error="invalid_token"' in answer.headers["www-authenticate"]
    assert (await api.get(url, headers=header(good))).status_code == 200

    with time_machine.travel(time.time() + settings.api_token_minutes * 60 + 1, tick=False):
        assert (await api.get(url, headers=header(good))).status_code == 401


async def test_rotating_or_revoking_ends_tokens_at_once(
    client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde)
    client_id, old_secret = registered["client_id"], registered["client_secret"]
    old_token = await _token(api, client_id, old_secret)
    url = f"/api/v1/organisations/{linde.id}"

    rotated = await client.post(
        f"/api/v1/organisations/{linde.id}/api-clients/{client_id}/secret",
        headers=csrf(client, settings),
    )
    assert rotated.status_code == 200
    new_secret = rotated.json()["client_secret"]
    assert new_secret != old_secret
    assert rotated.json()["client"]["secret_rotated_at"] is not None
    bearer = {"Authorization": f"Bearer {old_token}"}
    assert (await api.get(url, headers=bearer)).status_code == 401
    grant = {"grant_type": "client_credentials"}
    assert (
        await api.post(TOKEN_URL, data=grant, headers=_basic(client_id, old_secret))
    ).status_code == 401
    new_token = await _token(api, client_id, new_secret)
    new_bearer = {"Authorization": f"Bearer {new_token}"}
    assert (await api.get(url, headers=new_bearer)).status_code == 200

    revoked = await client.delete(
        f"/api/v1/organisations/{linde.id}/api-clients/{client_id}",
        headers=csrf(client, settings),
    )
    assert revoked.status_code == 204
    assert (await api.get(url, headers=new_bearer)).status_code == 401
    assert (
        await api.post(TOKEN_URL, data=grant, headers=_basic(client_id, new_secret))
    ).status_code == 401
    listed = (await client.get(f"/api/v1/organisations/{linde.id}/api-clients")).json()
    assert listed[0]["revoked_at"] is not None


async def test_a_token_dies_with_its_responsible_persons_standing(
    client: AsyncClient,
    api: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    petra, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    registered = await _register(client, settings, linde)
    client_id, secret = registered["client_id"], registered["client_secret"]
    url = f"/api/v1/organisations/{linde.id}"

    # No longer a portal admin: the client can no longer act.
    token = await _token(api, client_id, secret)
    await session.execute(update(Membership).values(portal_admin=False))
    await session.commit()
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await api.get(url, headers=bearer)).status_code == 401
    refused = await api.post(
        TOKEN_URL, data={"grant_type": "client_credentials"}, headers=_basic(client_id, secret)
    )
    assert refused.status_code == 401
    await session.execute(update(Membership).values(portal_admin=True))
    await session.commit()

    # Deactivated for inactivity: every token ends, and stays ended after reactivation.
    token = await _token(api, client_id, secret)
    bearer = {"Authorization": f"Bearer {token}"}
    long_ago = datetime.now(UTC) - timedelta(days=200)
    await session.execute(
        update(User).where(User.id == petra.id).values(last_login_at=long_ago, created_at=long_ago)
    )
    await session.commit()
    assert (await run_lifecycle(sessionmaker, settings, datetime.now(UTC)))["deactivated"] == 1
    assert (await api.get(url, headers=bearer)).status_code == 401
    await session.execute(update(User).where(User.id == petra.id).values(status="active"))
    await session.commit()
    assert (await api.get(url, headers=bearer)).status_code == 401
    assert await _token(api, client_id, secret)  # a new token works again


async def test_only_portal_admins_of_the_active_organisation_and_kring_admins_manage_clients(
    app: FastAPI, client: AsyncClient, api: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    zonnehuis = await _organisation(session, "Zonnehuis")
    await session.commit()
    base = "/api/v1/organisations/{}/api-clients"
    assert (await client.get(base.format(zonnehuis.id))).status_code == 404
    await session.execute(update(Membership).values(portal_admin=False))
    await session.commit()
    refused = await client.get(base.format(linde.id))
    assert refused.status_code == 403

    staff = new_client(app)
    await make_user(session, "beheer@kring.example", staff_role="admin")
    await log_in(staff, "beheer@kring.example")
    await set_up_totp(staff, settings)
    assert (await staff.get(base.format(zonnehuis.id))).status_code == 200
    created = await _register(staff, settings, zonnehuis)
    assert created["client"]["responsible_name"] == "Anna"

    # An API client cannot manage API clients.
    token = await _token(api, created["client_id"], created["client_secret"])
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await api.get(base.format(zonnehuis.id), headers=bearer)).status_code == 401


async def test_registering_a_client_needs_a_recent_second_factor(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, linde = await _admin_of(client, session, settings, "petra@linde.example", "De Linde")
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=6), tick=False):
        refused = await client.post(
            f"/api/v1/organisations/{linde.id}/api-clients",
            headers=csrf(client, settings),
            json={"name": "Zorgdossier", "scopes": ["organisation:read"]},
        )
    assert refused.status_code == 401
    assert refused.json()["type"].endswith("/step-up-required")
