"""Who may call what: every endpoint of organisations, members, API clients and staff
administration, for a portal admin, an employee, an admin of another organisation, a staff
admin and someone not logged in. A new endpoint under these paths must be added here."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from kring.auth import api_clients
from kring.auth.passwords import hash_password
from kring.config import Settings
from kring.models.api_client import ApiClient
from kring.models.contact import ContactRequest, Review
from kring.models.organisation import Membership
from kring.models.promotion import PromotionRequest
from kring.models.provider import Category, ProviderProfile
from kring.models.user import User, UserStatus
from tests.accounts.helpers import GOOD_PASSWORD, csrf
from tests.members.helpers import NEW_CONTACT, Parties, new_client

PREFIXES = (
    "/api/v1/organisations",
    "/api/v1/me/contact-details",
    "/api/v1/admin",
    "/api/v1/function-codes",
    "/api/v1/provider/profile/vog",
)
ROLES = ("admin", "employee", "foreign", "staff", "anonymous")


@dataclass(frozen=True)
class Rule:
    expected: tuple[int, int, int, int, int]  # in the order of ROLES
    body: dict[str, Any] | None = None
    # A file sent as the body itself: its bytes and media type.
    upload: tuple[bytes, str] | None = None


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


ORGANISATION = {"kind": "care_organisation", "name": "Nieuwe Zorg"}
MEMBERS = "/api/v1/organisations/{org}/members"
CLIENTS = "/api/v1/organisations/{org}/api-clients"
USERS = "/api/v1/admin/users"
PROVIDERS = "/api/v1/admin/providers"

TABLE: dict[tuple[str, str], Rule] = {
    ("GET", "/api/v1/organisations/{org}"): Rule((200, 200, 404, 200, 401)),
    ("GET", "/api/v1/function-codes"): Rule((200, 200, 200, 200, 200)),
    ("GET", MEMBERS): Rule((200, 200, 404, 200, 401)),
    ("POST", MEMBERS): Rule((201, 403, 404, 201, 401), NEW_CONTACT),
    ("GET", MEMBERS + "/{member}"): Rule((200, 200, 404, 200, 401)),
    ("PATCH", MEMBERS + "/{member}"): Rule((200, 403, 404, 200, 401), {"department": "Zorg"}),
    ("PUT", MEMBERS + "/{member}/rights"): Rule(
        (200, 403, 404, 200, 401), {"portal_admin": True, "portal_employee": True}
    ),
    ("DELETE", MEMBERS + "/{member}"): Rule((204, 403, 404, 204, 401)),
    ("DELETE", MEMBERS + "/{member}/mfa"): Rule((204, 403, 404, 204, 401)),
    ("GET", "/api/v1/me/contact-details"): Rule((200, 200, 200, 404, 401)),
    ("PATCH", "/api/v1/me/contact-details"): Rule(
        (200, 200, 200, 404, 401), {"department": "Zorg"}
    ),
    ("GET", CLIENTS): Rule((200, 403, 404, 200, 401)),
    ("POST", CLIENTS): Rule(
        (201, 403, 404, 201, 401), {"name": "Koppeling", "scopes": ["members:read"]}
    ),
    ("POST", CLIENTS + "/{client}/secret"): Rule((200, 403, 404, 200, 401)),
    ("DELETE", CLIENTS + "/{client}"): Rule((204, 403, 404, 204, 401)),
    ("GET", "/api/v1/admin/organisations"): Rule((403, 403, 403, 200, 401)),
    ("POST", "/api/v1/admin/organisations"): Rule((403, 403, 403, 201, 401), ORGANISATION),
    ("GET", "/api/v1/admin/organisations/{org}"): Rule((403, 403, 403, 200, 401)),
    ("PATCH", "/api/v1/admin/organisations/{org}"): Rule(
        (403, 403, 403, 200, 401), {"name": "De Linde"}
    ),
    ("GET", USERS): Rule((403, 403, 403, 200, 401)),
    ("POST", USERS): Rule(
        (403, 403, 403, 201, 401),
        {
            "email": "new@example.org",
            "first_name": "Nel",
            "last_name": "Nieuw",
            "organisation_id": "{org}",
        },
    ),
    ("GET", USERS + "/{user}"): Rule((403, 403, 403, 200, 401)),
    ("DELETE", USERS + "/{user}"): Rule((403, 403, 403, 204, 401)),
    ("PUT", USERS + "/{user}/email"): Rule(
        (403, 403, 403, 200, 401), {"new_email": "daan@nieuw.example"}
    ),
    ("POST", USERS + "/{user}/memberships"): Rule(
        (403, 403, 403, 201, 401), {"organisation_id": "{other}"}
    ),
    ("GET", USERS + "/{user}/audit-events"): Rule((403, 403, 403, 200, 401)),
    ("POST", USERS + "/{user}/deactivation"): Rule((403, 403, 403, 200, 401)),
    # Allowed, then refused for the state: the target is active and has no SMS factor.
    ("POST", USERS + "/{user}/reactivation"): Rule((403, 403, 403, 409, 401)),
    ("DELETE", USERS + "/{user}/mfa/sms"): Rule((403, 403, 403, 409, 401)),
    ("GET", PROVIDERS): Rule((403, 403, 403, 200, 401)),
    ("GET", PROVIDERS + "/{provider}"): Rule((403, 403, 403, 200, 401)),
    ("PATCH", PROVIDERS + "/{provider}/badges"): Rule(
        (403, 403, 403, 200, 401), {"seen_in_person": True}
    ),
    # Allowed, then not found or refused for the state: the provider uploaded no VOG.
    ("GET", PROVIDERS + "/{provider}/vog"): Rule((403, 403, 403, 404, 401)),
    ("POST", PROVIDERS + "/{provider}/vog/confirmation"): Rule(
        (403, 403, 403, 409, 401), {"version": "0123456789abcdef", "issued_on": "2026-12-01"}
    ),
    ("POST", PROVIDERS + "/{provider}/vog/rejection"): Rule(
        (403, 403, 403, 409, 401), {"version": "0123456789abcdef", "reason": "Niet leesbaar."}
    ),
    ("POST", PROVIDERS + "/{provider}/suspension"): Rule(
        (403, 403, 403, 200, 401), {"reason": "Klachten."}
    ),
    # Allowed, then refused for the state: the profile is not suspended.
    ("DELETE", PROVIDERS + "/{provider}/suspension"): Rule((403, 403, 403, 409, 401)),
    # Allowed, then not found: the provider has no video.
    ("GET", PROVIDERS + "/{provider}/video"): Rule((403, 403, 403, 404, 401)),
    ("GET", "/api/v1/admin/promotion-requests"): Rule((403, 403, 403, 200, 401)),
    ("POST", "/api/v1/admin/categories"): Rule(
        (403, 403, 403, 201, 401),
        {"slug": "tuinonderhoud", "name_nl": "Tuin", "name_fr": "Jardin", "name_en": "Garden"},
    ),
    ("PATCH", "/api/v1/admin/categories/{category}"): Rule(
        (403, 403, 403, 200, 401), {"name_nl": "Tuin", "name_fr": "Jardin", "name_en": "Garden"}
    ),
    ("GET", "/api/v1/admin/provider-response-times"): Rule((403, 403, 403, 200, 401)),
    # Anyone signed in may offer services (one person, several roles): the upload starts a
    # provider profile; nobody here has a VOG to download.
    ("PUT", "/api/v1/provider/profile/vog"): Rule(
        (200, 200, 200, 200, 401), upload=(PDF, "application/pdf")
    ),
    ("GET", "/api/v1/provider/profile/vog"): Rule((404, 404, 404, 404, 401)),
    ("POST", "/api/v1/admin/reviews/{review}/hiding"): Rule(
        (403, 403, 403, 200, 401), {"reason": "Scheldwoorden."}
    ),
    # Allowed, then refused for the state: the review is not hidden.
    ("DELETE", "/api/v1/admin/reviews/{review}/hiding"): Rule((403, 403, 403, 409, 401)),
    ("POST", "/api/v1/admin/promotion-requests/{promotion}/confirm"): Rule(
        (403, 403, 403, 200, 401), {"starts_on": "2027-01-01"}
    ),
}

_PARAMS = {
    "organisation_id": "org",
    "membership_id": "member",
    "client_id": "client",
    "user_id": "user",
    "profile_id": "provider",
    "request_id": "promotion",
    "review_id": "review",
    "category_id": "category",
}


def _template(path: str) -> str:
    for name, short in _PARAMS.items():
        path = path.replace("{" + name + "}", "{" + short + "}")
    return path


def test_every_endpoint_under_these_paths_is_in_the_table(app: FastAPI) -> None:
    routes = {
        (method.upper(), _template(path))
        for path, operations in app.openapi()["paths"].items()
        if path.startswith(PREFIXES)
        for method in operations
    }
    assert routes == set(TABLE)


@pytest.fixture
async def target(p: Parties, session: AsyncSession, settings: Settings) -> dict[str, str]:
    """Ids to act on: a colleague of the admin (one organisation, no other roles) and an API
    client of the admin's organisation."""
    daan = User(
        email="daan@linde.example",
        first_name="Daan",
        status=UserStatus.active,
        language="nl",
        password_hash=await hash_password(GOOD_PASSWORD),
    )
    session.add(daan)
    await session.flush()
    membership = Membership(user_id=daan.id, organisation_id=p.linde.id)
    client = ApiClient(
        organisation_id=p.linde.id,
        responsible_user_id=p.admin.user.id,
        name="Koppeling",
        scopes=["members:read"],
        secret_hash=api_clients.hash_client_secret(settings, "secret"),
    )
    provider = ProviderProfile(user_id=daan.id, service_kinds=[], completed_steps=[])
    session.add_all([membership, client, provider])
    await session.flush()
    promotion = PromotionRequest(profile_id=provider.id, package="basic", status="requested")
    now = datetime.now(UTC)
    request = ContactRequest(
        profile_id=provider.id,
        name="Jan",
        email="jan@example.org",
        phone="+31301234567",
        location="Utrecht",
        for_whom="self",
        message="Hallo",
        language="nl",
        status="handled",
        created_at=now,
        deadline_at=now + timedelta(days=2),
        answered_at=now,
        handled_at=now,
    )
    session.add_all([promotion, request])
    await session.flush()
    review = Review(
        contact_request_id=request.id, profile_id=provider.id, stars=4, author_name="Jan"
    )
    session.add(review)
    await session.commit()
    return {
        "org": str(p.linde.id),
        "other": str(p.other.id),
        "member": str(membership.id),
        "user": str(daan.id),
        "client": str(client.id),
        "provider": str(provider.id),
        "promotion": str(promotion.id),
        "review": str(review.id),
        "category": str(await session.scalar(select(Category.id).limit(1))),
    }


@pytest.fixture
async def anonymous(app: FastAPI) -> AsyncIterator[AsyncClient]:
    async with new_client(app) as client:
        yield client


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


@pytest.mark.parametrize(("method", "path"), list(TABLE), ids=[f"{m} {p}" for m, p in TABLE])
async def test_who_may_call_it(
    method: str,
    path: str,
    p: Parties,
    target: dict[str, str],
    anonymous: AsyncClient,
    connection: AsyncConnection,
) -> None:
    rule = TABLE[(method, path)]
    url, body = path.format(**target), _fill(rule.body, target)
    if body and "email" in body:
        body["email"] = f"{uuid.uuid4().hex[:8]}@example.org"
    seen = []
    for role in ROLES:
        # Each role acts on the same starting point: its changes are undone afterwards.
        savepoint = await connection.begin_nested()
        if rule.upload is not None:
            who = anonymous if role == "anonymous" else getattr(p, role).client
            headers = {"Content-Type": rule.upload[1]}
            if role != "anonymous":
                headers.update(csrf(who, p.admin.settings))
            answer = await who.request(method, url, content=rule.upload[0], headers=headers)
        elif role == "anonymous":
            answer = await anonymous.request(method, url, json=body)
        else:
            answer = await getattr(p, role).call(method, url, body)
        seen.append(answer.status_code)
        await savepoint.rollback()
    assert tuple(seen) == rule.expected, dict(zip(ROLES, seen, strict=True))
