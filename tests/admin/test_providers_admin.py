"""Staff and providers: badges, suspension and restoring (the VOG: tests/providers/test_vog.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.payment import Payment
from kring.models.provider import ProviderProfile
from kring.models.user import User
from tests.members.helpers import Parties, person


async def _profile(session: AsyncSession, user: User, status: str = "live") -> ProviderProfile:
    profile = ProviderProfile(
        user_id=user.id, status=status, service_kinds=["home_services"], completed_steps=[]
    )
    session.add(profile)
    await session.commit()
    return profile


async def test_verifiers_set_badges_and_others_may_not(
    app: FastAPI, p: Parties, session: AsyncSession, settings: Settings
) -> None:
    profile = await _profile(session, p.employee.user)
    url = f"/api/v1/admin/providers/{profile.id}"
    verifier = await person(
        app, session, settings, "vera@kring.example", "Vera", staff_role="verifier"
    )
    branch = await person(app, session, settings, "bob@kring.example", "Bob", staff_role="branch")

    assert (
        await branch.call("PATCH", f"{url}/badges", {"seen_in_person": True})
    ).status_code == 403
    badges = await verifier.call("PATCH", f"{url}/badges", {"identity_document_seen": True})
    assert badges.status_code == 200
    assert badges.json()["identity_document_seen"] is True
    assert badges.json()["seen_in_person"] is False
    assert (await verifier.call("PATCH", f"{url}/badges", {"verified": True})).status_code == 422

    # The certificate of conduct has its own tests (tests/providers/test_vog.py).


async def test_suspending_takes_a_profile_offline_and_restoring_depends_on_payment(
    p: Parties, session: AsyncSession
) -> None:
    paid = await _profile(session, p.employee.user)
    session.add(
        Payment(
            profile_id=paid.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_x",
            amount_cents=1000,
            vat_cents=174,
            status="paid",
            checkout_url="x",
            paid_at=datetime.now(UTC),
        )
    )
    unpaid = await _profile(session, p.admin.user, status="draft")
    await session.commit()
    for profile, after in ((paid, "live"), (unpaid, "draft")):
        url = f"/api/v1/admin/providers/{profile.id}/suspension"
        assert (await p.staff.call("POST", url, {"reason": "x"})).status_code == 422  # too short
        suspended = await p.staff.call("POST", url, {"reason": "Klachten over afspraken."})
        assert suspended.json()["status"] == "suspended"
        assert (await p.staff.call("POST", url, {"reason": "Nog eens."})).status_code == 409
        listed = await p.staff.call("GET", "/api/v1/admin/providers?status=suspended")
        assert str(profile.id) in {s["id"] for s in listed.json()["items"]}
        restored = await p.staff.call("DELETE", url)
        assert restored.json()["status"] == after
        assert restored.json()["suspended_reason"] is None


async def test_staff_add_and_rename_categories_and_other_stays_last(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await person(app, session, settings, "ada@kring.example", "Ada", staff_role="admin")
    verifier = await person(
        app, session, settings, "vera@kring.example", "Vera", staff_role="verifier"
    )
    body = {
        "slug": "tuinonderhoud",
        "name_nl": "Tuinonderhoud",
        "name_fr": "Jardinage",
        "name_en": "Gardening",
    }
    assert (await verifier.call("POST", "/api/v1/admin/categories", body)).status_code == 403
    created = await admin.call("POST", "/api/v1/admin/categories", body)
    assert created.status_code == 201
    again = await admin.call("POST", "/api/v1/admin/categories", body)
    assert again.status_code == 409
    bad = await admin.call("POST", "/api/v1/admin/categories", {**body, "slug": "Tuin Onderhoud"})
    assert bad.json()["errors"][0]["field"] == "slug"
    slugs = [c["slug"] for c in (await client.get("/api/v1/categories")).json()]
    assert slugs[-2:] == ["tuinonderhoud", "overige"]
    renamed = await admin.call(
        "PATCH",
        f"/api/v1/admin/categories/{created.json()['id']}",
        {"name_nl": "Tuin en erf", "name_fr": "Jardin", "name_en": "Garden"},
    )
    assert (renamed.json()["slug"], renamed.json()["name_nl"]) == ("tuinonderhoud", "Tuin en erf")
    names = {c["slug"]: c["name"] for c in (await client.get("/api/v1/categories")).json()}
    assert names["tuinonderhoud"] == "Tuin en erf"
