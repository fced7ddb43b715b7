"""Erasing an account empties its provider profile: every personal field and every stored file
goes (files after the commit, through the worker), invoices stay with a fiscal record of whom
they were for, reviews and the customers' requests are anonymised; running it again is harmless."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fastapi import FastAPI
from httpx import AsyncClient
from PIL import Image
from sqlalchemy import Date, cast, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import undefer

from kring.accounts.lifecycle import run_lifecycle
from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.contact import ContactRequest, Review
from kring.models.outbox import OutboxMessage
from kring.models.payment import Payment
from kring.models.promotion import PromotionRequest, ProviderInvoice
from kring.models.provider import (
    STORED_FILE_COLUMNS,
    ProviderCategory,
    ProviderFiscalRecord,
    ProviderProfile,
    ProviderService,
    ProviderWorkPlace,
)
from kring.models.user import User
from kring.payments.receipt import receipt_attachment
from kring.providers.billing import BilledParty, billed_party
from kring.providers.lifecycle import ERASED_VALUES, KEPT_ON_ERASURE
from kring.providers.tasks import DELETE_FILES
from tests.accounts.helpers import csrf, log_in
from tests.conftest import RunWorker
from tests.members.helpers import person
from tests.pdf import pdf_text
from tests.search.helpers import UTRECHT, Provider, add_provider

NOW = datetime(2026, 12, 5, 3, 17, tzinfo=UTC)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEBM = bytes.fromhex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d") + b"\0" * 2000


def test_every_profile_column_is_either_erased_or_kept_on_purpose() -> None:
    """A new column (a VOG document, say) fails here until erasure knows what to do with it."""
    columns = set(ProviderProfile.__table__.columns.keys())
    assert set(ERASED_VALUES) | KEPT_ON_ERASURE == columns
    assert not set(ERASED_VALUES) & KEPT_ON_ERASURE
    assert {c for c in columns if c.endswith("_key")} == set(STORED_FILE_COLUMNS)
    assert all(ERASED_VALUES[c] is None for c in STORED_FILE_COLUMNS)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 900), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


async def _upload(
    client: AsyncClient, settings: Settings, path: str, data: bytes, media: str
) -> None:
    headers = {**csrf(client, settings), "Content-Type": media}
    answer = await client.put(f"/api/v1/provider/profile/{path}", content=data, headers=headers)
    assert answer.status_code == 200, answer.json()


def _request(profile: ProviderProfile, **values: object) -> ContactRequest:
    arrived = NOW - timedelta(days=800)
    return ContactRequest(
        profile_id=profile.id,
        name="Jan Janssen",
        email="jan@example.org",
        phone="+31301234567",
        member_number="K-1234",
        location="3511 AX Utrecht",
        place_id=UTRECHT,
        for_whom="self",
        message="Kunt u een lamp ophangen?",
        language="nl",
        created_at=arrived,
        deadline_at=arrived + timedelta(days=2),
        **values,
    )


async def _a_provider_with_everything(
    session: AsyncSession, client: AsyncClient, settings: Settings
) -> ProviderProfile:
    bert = await add_provider(
        session,
        Provider(
            "bert@example.org",
            "Bert",
            kind="places",
            radius_km=None,
            place_ids=[UTRECHT],
            introduction="Klusjes in huis.",
        ),
    )
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == bert.id)
        .values(
            address_is_work_address=True,
            work_street="Oudegracht",
            work_house_number="12",
            work_postcode="3511 AX",
            work_city="Utrecht",
            profile_text="Ik ben Bert en ik klus al twintig jaar.",
            price_note="Geen voorrijkosten.",
            heard_from="Een buurman",
            identity_document_seen=True,
        )
    )
    await session.execute(update(User).where(User.id == bert.user_id).values(last_name="Klink"))
    await session.commit()
    await log_in(client, "bert@example.org")
    await _upload(client, settings, "photo", _jpeg(), "image/jpeg")
    await _upload(client, settings, "price-list", PDF, "application/pdf")
    await _upload(client, settings, "video", WEBM, "video/webm")
    await _upload(client, settings, "vog", PDF, "application/pdf")
    # A professional: registered with the KvK, its VOG confirmed (issued on the upload day).
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == bert.id)
        .values(
            has_kvk=True,
            company_name="Bert BV",
            kvk_number="12345678",
            vog_issued_on=cast(
                func.timezone("Europe/Amsterdam", ProviderProfile.vog_uploaded_at), Date
            ),
            vog_confirmed_at=func.now(),
        )
    )
    await session.commit()

    handled = _request(bert, status="handled", answered_at=NOW, handled_at=NOW, note="Gebeld.")
    reviewed = _request(bert, status="handled", answered_at=NOW, handled_at=NOW)
    waiting = _request(bert, review_token_hash="a" * 64, review_invited_at=NOW)
    session.add_all([handled, reviewed, waiting])
    await session.flush()
    session.add_all(
        [
            Review(
                contact_request_id=handled.id,
                profile_id=bert.id,
                stars=4,
                text="Netjes gedaan door Bert.",
                author_name="Jan",
                reply="Dank u, Jan!",
                replied_at=NOW,
            ),
            Review(
                contact_request_id=reviewed.id,
                profile_id=bert.id,
                stars=1,
                text="Jan de Vries, Dorpsstraat 1: nooit gekomen.",
                author_name="Jan",
                hidden_at=NOW,
                hidden_reason="Noemt een adres.",
            ),
        ]
    )
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == bert.id)
        .values(rating_count=1, rating_sum=4)
    )
    promotion = PromotionRequest(
        profile_id=bert.id,
        package="basic",
        status="confirmed",
        message="Bel me op 06-12345678.",
        price_cents=10_000,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        confirmed_at=NOW,
    )
    session.add(promotion)
    session.add(
        Payment(
            profile_id=bert.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_bert",
            amount_cents=1000,
            vat_cents=174,
            status="paid",
            checkout_url="http://127.0.0.1/sandbox",
            paid_at=datetime(2025, 3, 1, 10, tzinfo=UTC),
        )
    )
    await session.flush()
    session.add(
        ProviderInvoice(
            number="K2026-000001",
            profile_id=bert.id,
            promotion_request_id=promotion.id,
            issued_on=date(2026, 1, 1),
            package_cents=10_000,
            fee_credit_cents=1000,
            total_cents=9_000,
            vat_cents=1_562,
        )
    )
    # Another request waits for staff: erasure withdraws it.
    session.add(PromotionRequest(profile_id=bert.id, package="plus", status="requested"))
    await session.execute(
        update(User)
        .where(User.id == bert.user_id)
        .values(last_login_at=NOW - timedelta(days=2 * 365 + 1))
    )
    await session.commit()
    return bert


def _files_under(root: Path, profile: ProviderProfile) -> list[str]:
    folder = root / "providers" / str(profile.id)
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


async def test_the_two_year_erasure_empties_the_profile_and_deletes_its_files(
    committed: async_sessionmaker[AsyncSession],
    committed_client: AsyncClient,
    run_worker: RunWorker,
    settings: Settings,
) -> None:
    async with committed() as session:
        bert = await _a_provider_with_everything(session, committed_client, settings)
        stored = await session.get(ProviderProfile, bert.id, populate_existing=True)
        assert stored is not None
        keys = [getattr(stored, column) for column in STORED_FILE_COLUMNS]
    assert all(keys)
    # A version a crash left behind, in the profile's own folder.
    leftover = settings.uploads_dir / "providers" / str(bert.id) / "photo" / "0ld" / "large.jpg"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"old")
    # Four photo sizes, the old one, the price list, the video and the VOG.
    assert len(_files_under(settings.uploads_dir, bert)) == 8
    await run_worker()  # nothing queued yet that touches files

    result = await run_lifecycle(committed, settings, NOW)
    assert (result["deleted"], result["profiles_erased"]) == (1, 1)
    # Only after the commit, through the outbox: the files are still there until the worker runs.
    assert len(_files_under(settings.uploads_dir, bert)) == 8
    await run_worker()
    assert not (settings.uploads_dir / "providers" / str(bert.id)).exists()

    async with committed() as session:
        # The search columns are deferred (only the search's SQL reads them): load them too.
        profile = await session.get(ProviderProfile, bert.id, options=[undefer("*")])
        assert profile is not None
        assert profile.status == "erased"
        for column, value in ERASED_VALUES.items():
            assert getattr(profile, column) == value, column
        # What stays: the statistics.
        assert (profile.rating_count, profile.rating_sum, profile.live_at is not None) == (
            1,
            4,
            True,
        )
        for table in (ProviderService, ProviderWorkPlace):
            count = select(func.count()).select_from(table).where(table.profile_id == bert.id)
            assert await session.scalar(count) == 0, table
        assert (
            await session.scalar(select(func.count()).select_from(ProviderCategory)) == 1
        )  # the kind of work, for the statistics

        requests = list(await session.scalars(select(ContactRequest)))
        assert len(requests) == 3
        for row in requests:
            assert (row.name, row.email, row.phone, row.location, row.message, row.note) == (
                ("",) * 6
            )
            assert (row.member_number, row.place_id, row.review_token_hash) == (None,) * 3
            assert row.anonymised_at is not None
        assert sorted(r.status for r in requests) == ["handled", "handled", "new"]

        reviews = list(await session.scalars(select(Review).order_by(Review.stars)))
        assert [(r.stars, r.text, r.author_name, r.reply) for r in reviews] == [
            (1, "", "", None),
            (4, "", "", None),
        ]
        assert reviews[0].hidden_at is not None  # still hidden: the rating stays right
        assert reviews[0].hidden_reason == ""

        # Kept for the tax law: the invoice, the payment, and whom they were made out to.
        assert await session.scalar(select(func.count()).select_from(ProviderInvoice)) == 1
        assert await session.scalar(select(func.count()).select_from(Payment)) == 1
        record = await session.scalar(select(ProviderFiscalRecord))
        assert record is not None
        assert (record.name, record.company_name, record.kvk_number) == (
            "Bert Klink",
            "Bert BV",
            "12345678",
        )
        assert record.keep_until == date(2034, 1, 1)  # 7 years after the end of 2026
        user = await session.get(User, profile.user_id)
        assert user is not None
        assert user.first_name == ""
        assert await billed_party(session, profile, user) == BilledParty(
            "Bert Klink", "Bert BV", "12345678"
        )
        payment = await session.scalar(select(Payment))
        assert payment is not None
        _, receipt, _ = await receipt_attachment(session, str(payment.id), "nl")
        assert b"Bert Klink" in pdf_text(receipt)  # the receipt still names whom it was for
        promotions = list(await session.scalars(select(PromotionRequest)))
        assert sorted((p.status, p.message) for p in promotions) == [
            ("confirmed", ""),
            ("withdrawn", ""),
        ]

        erased = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "provider.erased")
        )
        assert erased is not None
        assert erased.subject_id == bert.id
        assert erased.details == {"by": "accounts.lifecycle", "files": 4}

    assert (await committed_client.get(f"/api/v1/providers/{bert.id}")).status_code == 404

    # Running it again is harmless: nothing more to erase, no new work queued.
    async with committed() as session:
        queued = await session.scalar(select(func.count()).select_from(OutboxMessage))
    again = await run_lifecycle(committed, settings, NOW + timedelta(days=1))
    assert (again["deleted"], again["profiles_erased"]) == (0, 0)
    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == queued
        failed = await session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status != "done")
        )
        assert failed == 0

    # When the retention ends, the fiscal record goes too.
    later = await run_lifecycle(committed, settings, datetime(2034, 1, 2, 3, tzinfo=UTC))
    assert later["fiscal_records_purged"] == 1
    async with committed() as session:
        profile = await session.get(ProviderProfile, bert.id)
        user = await session.get(User, bert.user_id)
        assert profile is not None
        assert user is not None
        assert await billed_party(session, profile, user) == BilledParty("-", None, None)


async def test_staff_deleting_an_account_erase_its_profile_at_once(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await _a_provider_with_everything(session, client, settings)
    staff = await person(app, session, settings, "admin@kring.example", "Bea", staff_role="admin")
    headers = csrf(staff.client, settings)
    assert (await staff.client.get(f"/api/v1/admin/providers/{bert.id}")).status_code == 200
    deleted = await staff.client.delete(f"/api/v1/admin/users/{bert.user_id}", headers=headers)
    assert deleted.status_code == 204, deleted.text

    profile = await session.scalar(
        select(ProviderProfile)
        .where(ProviderProfile.id == bert.id)
        .execution_options(populate_existing=True)
    )
    assert profile is not None
    assert (profile.status, profile.kvk_number, profile.photo_key) == ("erased", None, None)
    [files] = list(
        await session.scalars(select(OutboxMessage).where(OutboxMessage.task == DELETE_FILES))
    )
    assert f"providers/{bert.id}" in files.payload["keys"]
    assert len(files.payload["keys"]) == 5  # photo folder, price list, video, VOG, all
    event = await session.scalar(select(AuditEvent).where(AuditEvent.action == "provider.erased"))
    assert event is not None
    assert (event.actor_user_id, event.details["by"]) == (staff.user.id, "staff")
    # Gone for staff too, as the account is.
    assert (await staff.client.get(f"/api/v1/admin/providers/{bert.id}")).status_code == 404
    listed = await staff.client.get("/api/v1/admin/providers")
    assert str(bert.id) not in [p["id"] for p in listed.json()["items"]]


async def test_profiles_of_accounts_deleted_earlier_are_erased_by_the_next_run(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await session.execute(update(User).where(User.id == bert.user_id).values(status="deleted"))
    await session.commit()
    assert (await run_lifecycle(sessionmaker, settings, NOW))["profiles_erased"] == 1
    await session.refresh(bert)
    assert (bert.status, bert.introduction) == ("erased", "")
    assert (await run_lifecycle(sessionmaker, settings, NOW))["profiles_erased"] == 0
