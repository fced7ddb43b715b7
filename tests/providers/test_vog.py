"""The certificate of conduct (VOG): uploaded as a PDF by content, replaced whole (staff's decision
starts over), confirmed by staff with its date of issue or rejected with a mailed reason; a
professional (KvK) provider is live only when paid and confirmed, in the API and the database."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient, Response
from PIL import Image
from redis.asyncio import Redis
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.storage import storage_for
from kring.kit.working_days import AMSTERDAM
from kring.models.audit import AuditEvent
from kring.models.payment import Payment
from kring.models.provider import ProviderProfile
from kring.providers.vog import months_before
from tests.accounts.helpers import csrf, log_in, make_user
from tests.conftest import Mailbox, RunWorker
from tests.members.helpers import Person, new_client, person
from tests.providers.test_payment import SOLO, choose, ready_provider, start, webhook
from tests.providers.test_wizard import COMPANY

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
OTHER_PDF = b"%PDF-1.4\n% another certificate\ntrailer<<>>\n%%EOF\n"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


def _today() -> date:
    return datetime.now(AMSTERDAM).date()


async def _upload(client: AsyncClient, settings: Settings, data: bytes, media: str) -> Response:
    headers = {**csrf(client, settings), "Content-Type": media}
    return await client.put("/api/v1/provider/profile/vog", content=data, headers=headers)


async def _profile(client: AsyncClient) -> dict[str, Any]:
    answer = await client.get("/api/v1/provider/profile")
    assert answer.status_code == 200, answer.json()
    body: dict[str, Any] = answer.json()
    return body


async def _staff(app: FastAPI, session: AsyncSession, settings: Settings, role: str) -> Person:
    return await person(
        app, session, settings, f"{role}@kring.example", role.title(), staff_role=role
    )


def _url(profile_id: object, suffix: str = "") -> str:
    return f"/api/v1/admin/providers/{profile_id}/vog{suffix}"


async def _version(staff: Person, profile_id: object) -> str:
    summary = (await staff.call("GET", f"/api/v1/admin/providers/{profile_id}")).json()
    return str(summary["vog"]["version"])


async def _confirm(
    staff: Person, profile_id: object, issued_on: date | None = None, version: str | None = None
) -> Response:
    body = {
        "version": version or await _version(staff, profile_id),
        "issued_on": (issued_on or _today() - timedelta(days=10)).isoformat(),
    }
    return await staff.call("POST", _url(profile_id, "/confirmation"), body)


async def _profile_id(session: AsyncSession, email: str) -> object:
    from kring.models.user import User

    return await session.scalar(
        select(ProviderProfile.id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(User.email == email)
    )


async def test_the_vog_is_a_real_pdf_of_at_most_10_mb_replaced_whole(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    assert (await client.get("/api/v1/provider/profile/vog")).status_code == 404

    stored = await _upload(client, settings, PDF, "application/pdf")
    assert stored.status_code == 200, stored.json()
    vog = stored.json()["vog"]
    assert (vog["status"], vog["bytes"], vog["issued_on"]) == ("waiting", len(PDF), None)
    downloaded = await client.get(vog["url"])
    assert downloaded.content == PDF
    assert downloaded.headers["content-type"] == "application/pdf"
    assert downloaded.headers["cache-control"] == "private, no-store"
    assert downloaded.headers["content-disposition"].startswith("attachment")

    # Checked by content: a PNG named and sent as a PDF is refused, on the file.
    png = await _upload(client, settings, _png(), "application/pdf")
    assert png.status_code == 422
    assert png.json()["errors"][0]["field"] == "file"
    assert "VOG" in png.json()["errors"][0]["message"]
    assert (await _upload(client, settings, b"", "application/pdf")).status_code == 422
    too_big = PDF[:-7] + b" " * (10 * 1024 * 1024) + b"%%EOF\n"
    refused = await _upload(client, settings, too_big, "application/pdf")
    assert refused.status_code == 413
    assert "10 MB" in refused.json()["detail"]
    assert (await client.get(vog["url"])).content == PDF  # refusals keep the one there

    profile_id = await _profile_id(session, "bert@example.org")
    first_key = await session.scalar(
        select(ProviderProfile.vog_key).where(ProviderProfile.id == profile_id)
    )
    replaced = await _upload(client, settings, OTHER_PDF, "application/pdf")
    assert replaced.json()["vog"]["bytes"] == len(OTHER_PDF)
    assert (await client.get(vog["url"])).content == OTHER_PDF
    assert first_key is not None
    # The old file is gone from storage, not only from the profile.
    assert storage_for(settings).get(first_key) is None
    uploads = await session.scalar(
        select(text("count(*)"))
        .select_from(AuditEvent)
        .where(AuditEvent.action == "provider.vog_uploaded", AuditEvent.subject_id == profile_id)
    )
    assert uploads == 2


async def test_a_professional_provider_goes_live_only_when_paid_and_the_vog_confirmed(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org", company=COMPANY)
    before = await _profile(client)
    assert before["vog_required"] is True
    assert before["missing_for_live"] == ["fee", "vog"]
    payment = await start(client, settings)
    await choose(client, payment["checkout_url"], "paid")
    await webhook(client, payment["checkout_url"].rsplit("/", 1)[1])
    paid = await _profile(client)
    assert (paid["status"], paid["fee_paid"], paid["next_step"]) == ("awaiting_vog", True, "done")
    assert paid["missing_for_live"] == ["vog"]
    profile_id = await _profile_id(session, "bert@example.org")
    public = f"/api/v1/providers/{profile_id}"
    assert (await client.get(public)).status_code == 404  # not findable yet
    again = await client.post("/api/v1/provider/payment", headers=csrf(client, settings))
    assert again.status_code == 409  # the fee is paid: nothing more to pay

    await _upload(client, settings, PDF, "application/pdf")
    assert (await _profile(client))["missing_for_live"] == ["vog_waiting"]
    verifier = await _staff(app, session, settings, "verifier")
    confirmed = await _confirm(verifier, profile_id)
    assert confirmed.status_code == 200, confirmed.json()
    assert confirmed.json()["status"] == "live"
    assert confirmed.json()["vog_missing"] is False
    live = await _profile(client)
    assert (live["status"], live["missing_for_live"]) == ("live", [])
    assert live["vog"]["status"] == "confirmed"
    assert live["live_at"] is not None
    shown = await client.get(public)
    assert shown.status_code == 200
    assert shown.json()["badges"] == {
        "identity_document_seen": False,
        "seen_in_person": False,
        "introduction_video": False,
        "certificate_of_conduct": True,
    }
    # The badges staff set show on the public profile at once.
    badges = {"identity_document_seen": True, "seen_in_person": True}
    set_badges = await verifier.call(
        "PATCH", f"/api/v1/admin/providers/{profile_id}/badges", badges
    )
    assert set_badges.status_code == 200
    assert (await client.get(public)).json()["badges"] == {
        **badges,
        "introduction_video": False,
        "certificate_of_conduct": True,
    }

    # A new upload starts over: the confirmation goes, and with it the profile, until staff
    # confirm again.
    renewed = await _upload(client, settings, OTHER_PDF, "application/pdf")
    assert renewed.json()["vog"]["status"] == "waiting"
    assert renewed.json()["vog"]["issued_on"] is None
    assert renewed.json()["status"] == "awaiting_vog"
    assert renewed.json()["missing_for_live"] == ["vog_waiting"]
    assert (await client.get(public)).status_code == 404
    assert (await _confirm(verifier, profile_id)).json()["status"] == "live"


async def test_the_vog_confirmed_before_paying_makes_paying_go_live(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org", company=COMPANY)
    await _upload(client, settings, PDF, "application/pdf")
    advisor = await _staff(app, session, settings, "advisor")
    profile_id = await _profile_id(session, "bert@example.org")
    confirmed = await _confirm(advisor, profile_id)
    assert confirmed.json()["status"] == "draft"  # not paid: nothing goes live
    assert (await _profile(client))["missing_for_live"] == ["fee"]
    payment = await start(client, settings)
    await choose(client, payment["checkout_url"], "paid")
    assert (await client.get("/api/v1/provider/payment")).json()["status"] == "paid"
    assert (await _profile(client))["status"] == "live"


async def test_registering_with_the_kvk_takes_a_live_profile_offline_until_a_vog(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org", company=SOLO)
    payment = await start(client, settings)
    await choose(client, payment["checkout_url"], "paid")
    await client.get("/api/v1/provider/payment")
    assert (await _profile(client))["status"] == "live"
    headers = csrf(client, settings)
    registered = await client.put("/api/v1/provider/profile/company", headers=headers, json=COMPANY)
    assert registered.json()["status"] == "awaiting_vog"
    assert registered.json()["missing_for_live"] == ["vog"]
    solo = await client.put("/api/v1/provider/profile/company", headers=headers, json=SOLO)
    assert solo.json()["status"] == "live"


async def test_staff_roles_for_viewing_confirming_and_rejecting(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org", company=COMPANY)
    profile_id = await _profile_id(session, "bert@example.org")
    verifier = await _staff(app, session, settings, "verifier")
    branch = await _staff(app, session, settings, "branch")
    care_manager = await _staff(app, session, settings, "care_manager")
    # Nothing uploaded: nothing to see or decide on.
    assert (await verifier.call("GET", _url(profile_id))).status_code == 404
    no_file = await verifier.call(
        "POST", _url(profile_id, "/confirmation"), {"version": "x", "issued_on": "2026-12-01"}
    )
    assert no_file.status_code == 409

    await _upload(client, settings, PDF, "application/pdf")
    queue = await branch.call("GET", "/api/v1/admin/providers?vog=waiting")
    waiting = queue.json()["items"]
    assert [row["id"] for row in waiting] == [str(profile_id)]
    assert waiting[0]["professional"] is True
    version = waiting[0]["vog"]["version"]
    for outsider in (branch, care_manager):
        assert (await outsider.call("GET", _url(profile_id))).status_code == 403
        assert (await _confirm(outsider, profile_id, version=version)).status_code == 403
        rejection = {"version": version, "reason": "Niet leesbaar."}
        assert (
            await outsider.call("POST", _url(profile_id, "/rejection"), rejection)
        ).status_code == 403
    # The provider is no staff member.
    bert = await client.post(
        _url(profile_id, "/confirmation"),
        headers=csrf(client, settings),
        json={"version": version, "issued_on": "2026-12-01"},
    )
    assert bert.status_code == 403

    seen = await verifier.call("GET", _url(profile_id))
    assert (seen.status_code, seen.content) == (200, PDF)
    viewed = await session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "provider.vog_viewed", AuditEvent.subject_id == profile_id
        )
    )
    [event] = viewed.all()
    assert event.actor_user_id == verifier.user.id
    assert event.details == {"version": version}

    # A decision names the file it was taken on: a newer upload wins.
    await _upload(client, settings, OTHER_PDF, "application/pdf")
    stale = await _confirm(verifier, profile_id, version=version)
    assert stale.status_code == 409
    rejected = await verifier.call(
        "POST",
        _url(profile_id, "/rejection"),
        {"version": await _version(verifier, profile_id), "reason": "Dit is de aanvraag."},
    )
    assert rejected.status_code == 200, rejected.json()
    assert rejected.json()["vog"]["status"] == "rejected"
    assert rejected.json()["vog_missing"] is True
    mine = (await _profile(client))["vog"]
    assert (mine["status"], mine["rejection_reason"]) == ("rejected", "Dit is de aanvraag.")
    assert (await _profile(client))["missing_for_live"] == ["fee", "vog_rejected"]
    again = await verifier.call(
        "POST",
        _url(profile_id, "/rejection"),
        {"version": await _version(verifier, profile_id), "reason": "Nog eens."},
    )
    assert again.status_code == 409
    short = await verifier.call(
        "POST", _url(profile_id, "/rejection"), {"version": "x", "reason": "x"}
    )
    assert short.status_code == 422
    nul = await verifier.call(
        "POST", _url(profile_id, "/rejection"), {"version": "x", "reason": "nul\u0000byte"}
    )
    assert nul.status_code == 422
    assert nul.json()["errors"][0]["field"] == "reason"


async def test_the_date_of_issue_is_at_most_3_months_before_the_upload(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org", company=COMPANY)
    await _upload(client, settings, PDF, "application/pdf")
    profile_id = await _profile_id(session, "bert@example.org")
    admin = await _staff(app, session, settings, "admin")
    today = _today()
    future = await _confirm(admin, profile_id, issued_on=today + timedelta(days=1))
    assert future.status_code == 422
    assert future.json()["errors"][0]["field"] == "issued_on"
    too_old = await _confirm(admin, profile_id, issued_on=months_before(today, 3) - timedelta(1))
    assert too_old.status_code == 422
    message = too_old.json()["errors"][0]["message"]
    assert "ouder dan 3 maanden" in message
    assert months_before(today, 3).isoformat() in message
    oldest = await _confirm(admin, profile_id, issued_on=months_before(today, 3))
    assert oldest.status_code == 200, oldest.json()
    assert oldest.json()["vog"]["issued_on"] == months_before(today, 3).isoformat()
    assert (await _confirm(admin, profile_id)).status_code == 409  # already confirmed


@pytest.mark.parametrize(
    "day", ["2026-05-31", "2024-05-31", "2026-03-31", "2026-01-15", "2026-12-31", "2027-02-28"]
)
async def test_three_months_are_counted_as_postgresql_counts_them(
    session: AsyncSession, day: str
) -> None:
    expected = await session.scalar(text(f"SELECT (DATE '{day}' - interval '3 months')::date"))
    assert months_before(date.fromisoformat(day), 3) == expected


async def test_the_database_holds_the_rules(session: AsyncSession) -> None:
    user = await make_user(session, "bert@example.org")
    now = datetime.now(UTC)

    async def refused(**fields: Any) -> None:
        savepoint = await session.begin_nested()
        session.add(
            ProviderProfile(user_id=user.id, service_kinds=[], completed_steps=[], **fields)
        )
        with pytest.raises(IntegrityError) as error:
            await session.flush()
        await savepoint.rollback()
        assert str(error.value.orig).count("ck_provider_profile_") >= 1

    kvk = {"has_kvk": True, "company_name": "Bert BV", "kvk_number": "12345678"}
    vog = {"vog_key": "providers/x/vog/a.pdf", "vog_bytes": 10, "vog_uploaded_at": now}
    await refused(status="live", **kvk)  # a professional live without a VOG
    await refused(status="live", **kvk, **vog)  # uploaded but not confirmed
    await refused(vog_issued_on=date(2026, 1, 1), vog_confirmed_at=now)  # confirmed, no file
    await refused(**vog, vog_issued_on=months_before(_today(), 4), vog_confirmed_at=now)
    await refused(**vog, vog_rejected_at=now, vog_rejection_reason=None)
    await refused(
        **vog,
        vog_issued_on=_today(),
        vog_confirmed_at=now,
        vog_rejected_at=now,
        vog_rejection_reason="Nee.",
    )
    await refused(vog_key="providers/x/vog/a.pdf")  # key without size and time
    # What is allowed: a live professional with a confirmed VOG, a live one without a KvK.
    session.add(
        ProviderProfile(
            user_id=user.id,
            status="live",
            service_kinds=[],
            completed_steps=[],
            **kvk,
            **vog,
            vog_issued_on=_today(),
            vog_confirmed_at=now,
        )
    )
    await session.flush()


async def test_restoring_a_suspended_professional_waits_for_the_vog(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await make_user(session, "bert@example.org")
    profile = ProviderProfile(
        user_id=user.id,
        status="suspended",
        suspended_reason="Klachten.",
        service_kinds=[],
        completed_steps=[],
        has_kvk=True,
        company_name="Bert BV",
        kvk_number="12345678",
    )
    session.add(profile)
    await session.flush()
    session.add(
        Payment(
            profile_id=profile.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_bert",
            amount_cents=1000,
            vat_cents=174,
            status="paid",
            checkout_url="x",
            paid_at=datetime.now(UTC),
        )
    )
    await session.commit()
    admin = await _staff(app, session, settings, "admin")
    restored = await admin.call("DELETE", f"/api/v1/admin/providers/{profile.id}/suspension")
    assert restored.json()["status"] == "awaiting_vog"


async def test_rejecting_mails_the_provider_in_their_language(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    async with committed() as session:
        user = await make_user(session, "claire@example.org", first_name="Claire")
        user.language = "fr"
        session.add(
            ProviderProfile(
                user_id=user.id,
                status="draft",
                service_kinds=["home_services"],
                completed_steps=[],
                has_kvk=True,
                company_name="Claire SRL",
                kvk_number="12345678",
            )
        )
        await session.commit()
        verifier = await _staff(app, session, settings, "verifier")
    claire = new_client(app)
    await log_in(claire, "claire@example.org")
    assert (await _upload(claire, settings, PDF, "application/pdf")).status_code == 200
    async with committed() as session:
        profile_id = await _profile_id(session, "claire@example.org")
    reason = "C'est la demande, pas le certificat lui-même."
    rejected = await verifier.call(
        "POST",
        _url(profile_id, "/rejection"),
        {"version": await _version(verifier, profile_id), "reason": reason},
    )
    assert rejected.status_code == 200, rejected.json()
    await run_worker()
    [mail] = [m for m in mailbox() if m.to == "claire@example.org"]
    assert mail.subject == "Votre VOG n'a pas été approuvé"
    assert reason in mail.text
    assert f"{settings.public_url}/provider/settings?tab=company" in mail.text

    # A new one, confirmed: the confirmation is mailed too.
    await _upload(claire, settings, OTHER_PDF, "application/pdf")
    assert (await _confirm(verifier, profile_id)).status_code == 200
    await run_worker()
    subjects = {m.subject for m in mailbox() if m.to == "claire@example.org"}
    assert "Kring a confirmé votre VOG" in subjects
