"""The demo's work for staff: Karin's promotion package request to confirm, and Vera's VOG to
check (no badges yet), which the staff console confirms and the public profile then shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pyotp
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from kring.kit.working_days import AMSTERDAM
from kring.models.promotion import PromotionRequest
from kring.models.provider import ProviderProfile
from tests.accounts.helpers import csrf, log_in
from tests.members.helpers import new_client


async def _demo_staff(app: FastAPI, settings: Settings, email: str) -> AsyncClient:
    """A demo staff member signed in with the published password and TOTP secret."""
    client = new_client(app)
    started = (await log_in(client, email, DEMO_PASSWORD)).json()
    assert started["status"] == "mfa_required", started
    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.email == email)
    verified = await client.post(
        "/api/v1/auth/mfa/verify",
        headers=csrf(client, settings),
        json={
            "challenge_id": started["challenge_id"],
            "method": "totp",
            "code": pyotp.TOTP(secret or "").now(),
        },
    )
    assert verified.status_code == 200, verified.json()
    return client


async def _json(client: AsyncClient, method: str, url: str, settings: Settings, **kw: Any) -> Any:
    headers = csrf(client, settings) if method != "GET" else {}
    answer = await client.request(method, url, headers=headers, **kw)
    assert answer.status_code == 200, answer.json()
    return answer.json()


async def test_staff_confirm_the_waiting_vog_and_see_the_badges_on_the_public_profile(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    assert "vog@kring.demo" in await seed_demo(session, settings)
    await session.commit()
    verifier = await _demo_staff(app, settings, "verifier@kring.demo")

    waiting = await _json(verifier, "GET", "/api/v1/admin/providers?vog=waiting", settings)
    [vera] = waiting["items"]
    assert vera["email"] == "vog@kring.demo"
    assert vera["status"] == "awaiting_vog"
    assert (vera["identity_document_seen"], vera["seen_in_person"]) == (False, False)
    public = f"/api/v1/providers/{vera['id']}"
    assert (await client.get(public)).status_code == 404  # not live before the VOG

    admin = f"/api/v1/admin/providers/{vera['id']}"
    uploaded = date.fromisoformat(vera["vog"]["uploaded_at"][:10])
    body = {"version": vera["vog"]["version"], "issued_on": str(uploaded - timedelta(days=10))}
    confirmed = await _json(verifier, "POST", f"{admin}/vog/confirmation", settings, json=body)
    assert confirmed["status"] == "live"
    badges = {"identity_document_seen": True, "seen_in_person": True}
    await _json(verifier, "PATCH", f"{admin}/badges", settings, json=badges)
    shown = await client.get(public)
    assert shown.status_code == 200
    assert shown.json()["badges"] == {
        **badges,
        "introduction_video": False,
        "certificate_of_conduct": True,
    }
    # Vera logs in with the demo password (the provider portal shows her live profile).
    async with new_client(app) as vera_client:
        assert (await log_in(vera_client, "vog@kring.demo", DEMO_PASSWORD)).status_code == 200
        assert (await vera_client.get("/api/v1/provider/profile")).json()["status"] == "live"


async def test_staff_confirm_the_waiting_promotion_request_once(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    admin = await _demo_staff(app, settings, "admin@kring.demo")
    asked = await _json(admin, "GET", "/api/v1/admin/promotion-requests?status=requested", settings)
    [request] = asked["items"]
    assert (request["provider_email"], request["package"]) == ("aanbieder1@kring.demo", "plus")
    # Pieter's promotion page stays free: the provider journey asks for a package there.
    async with new_client(app) as pieter:
        await log_in(pieter, "provider@kring.demo", DEMO_PASSWORD)
        assert (await pieter.get("/api/v1/provider/promotion")).json()["can_request"] is True

    today = datetime.now(AMSTERDAM).date().isoformat()
    url = f"/api/v1/admin/promotion-requests/{request['id']}/confirm"
    confirmed = await _json(admin, "POST", url, settings, json={"starts_on": today})
    assert confirmed["status"] == "confirmed"

    # Seeding again adds no new request once Pieter's was answered.
    assert await seed_demo(session, settings) == []
    await session.commit()
    requests = await session.scalar(
        select(func.count())
        .select_from(PromotionRequest)
        .join(ProviderProfile, ProviderProfile.id == PromotionRequest.profile_id)
    )
    assert requests == 1
