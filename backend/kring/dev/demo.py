"""Demo accounts for `make run` (one per role); listed with their passwords in the README.

Dev only: `kring seed-demo` refuses to run when KRING_ENV=production.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth import mfa
from kring.auth.passwords import hash_password
from kring.config import Settings
from kring.dev.demo_concierge import seed_concierge
from kring.dev.demo_dossiers import DEMO_PARTNER, seed_dossiers
from kring.dev.demo_helpers import DEMO_HELPER, seed_helpers
from kring.dev.demo_hours import seed_hours
from kring.dev.demo_neighbourhoods import DEMO_MUNICIPALITY_MEMBER, seed_neighbourhoods
from kring.dev.demo_orders import seed_orders
from kring.dev.demo_partners import (
    DEMO_NEW_PARTNER,
    DEMO_OVERDUE_PARTNER,
    seed_partner_access_requests,
)
from kring.dev.demo_posts import seed_posts
from kring.dev.demo_projects import DEMO_EMPLOYEE, seed_projects
from kring.dev.demo_providers import seed_neighbours
from kring.dev.demo_vog import confirmed_vog_fields
from kring.dev.demo_waiting import DEMO_WAITING_VOG, seed_waiting_promotion, seed_waiting_vog
from kring.kit import money as pricing
from kring.kit.day_parts import day_parts_to_bits
from kring.kit.db import new_id
from kring.kit.storage import Storage, storage_for
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.payment import Payment, PaymentStatus
from kring.models.provider import (
    WIZARD_STEPS,
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    WorkAreaKind,
)
from kring.models.user import User, UserStatus
from kring.providers.service import TERMS_VERSION
from kring.search.indexing import refresh_search_text

DEMO_PASSWORD = "Zonnebloem-Kring-2026"  # noqa: S105 (published in the README on purpose)


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    staff_role: str | None = None
    totp_secret: str | None = None


DEMO_ACCOUNTS = (
    DemoAccount("admin@kring.demo", "Ada", "Admin", "admin", "O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5"),
    DemoAccount(
        "advisor@kring.demo", "Arie", "Adviseur", "advisor", "XMCVKQRAVFLXN4G7TFS5B6DLEA3LYY5B"
    ),
    DemoAccount(
        "branch@kring.demo", "Bea", "Vestiging", "branch", "USUX7SYADARWOEVF6OZAYAKG2TUYH33T"
    ),
    DemoAccount(
        "care-manager@kring.demo",
        "Carla",
        "Zorgmanager",
        "care_manager",
        "JCENJIKGAM72MUGDE42USDQRHBMYKK2N",
    ),
    DemoAccount(
        "verifier@kring.demo",
        "Victor",
        "Verificateur",
        "verifier",
        "3GOARZTHRJ2EBL5OKW2JS35IIT7YT6QW",
    ),
    DemoAccount(
        "concierge@kring.demo", "Coby", "Conciërge", "concierge", "OVV76CCYZSBU4MHB4CZYIPOBSHPRZEG3"
    ),
    DemoAccount(
        "pro@kring.demo", "Paula", "Zorgprofessional", None, "YEPM6UNYE3HDXGDJ6SDRM2TA73E6EDFK"
    ),
    DemoAccount(DEMO_EMPLOYEE, "Erik", "Medewerker", None, "RNWHB3S4ESV4NVLMSDEEVMETLX7ZNZPE"),
    DemoAccount(
        DEMO_MUNICIPALITY_MEMBER, "Gijs", "Gemeente", None, "G6CGNGCEYEZ6GCOHND6OHAVPF6ACPURX"
    ),
    DemoAccount("partner@kring.demo", "Petra", "Partner"),
    DemoAccount(DEMO_PARTNER, "Bram", "Buurtwerker"),
    DemoAccount("provider@kring.demo", "Pieter", "Dienstverlener"),
    DemoAccount(DEMO_WAITING_VOG, "Vera", "Vermeulen"),
    DemoAccount(DEMO_OVERDUE_PARTNER, "Willem", "de Wit"),
    DemoAccount(DEMO_NEW_PARTNER, "Chantal", "Bakker"),
    DemoAccount(DEMO_HELPER, "Hanna", "Helper"),
)


DEMO_MEMBER = "pro@kring.demo"


async def _seed_organisations(db: AsyncSession, member: User, now: datetime) -> None:
    """The pro demo user works for two umbrella organisations (so the chooser shows after
    log-in), served by one supplier branch, with colleagues."""
    branch = Organisation(
        kind=OrganisationKind.supplier_branch,
        name="Kring vestiging Utrecht",
        phone="+31885138484",
        email="utrecht@kring.demo",
        opening_hours="Maandag t/m vrijdag 8.30-17.00 uur",
        visit_street="Vredenburg",
        visit_house_number="40",
        visit_postcode="3511 BD",
        visit_city="Utrecht",
    )
    db.add(branch)
    await db.flush()
    for number, (name, street, postcode, city) in enumerate(
        [
            ("Zorggroep De Linde", "Lindelaan", "3581 KV", "Utrecht"),
            ("Stichting Zonnehuis", "Zonnebloemweg", "3731 CA", "De Bilt"),
        ]
    ):
        organisation = Organisation(
            kind=OrganisationKind.umbrella,
            name=name,
            registration_number=f"4123456{number}",
            visit_street=street,
            visit_house_number=str(12 + number),
            visit_postcode=postcode,
            visit_city=city,
            phone="+3130123456" + str(number),
            email=f"info@{name.split()[-1].lower()}.demo",
            ad_contract=number == 0,
            supplier_branch_id=branch.id,
        )
        db.add(organisation)
        await db.flush()
        db.add(
            Membership(
                user_id=member.id,
                organisation_id=organisation.id,
                portal_admin=True,
                portal_employee=True,
                email_services=True,
                function_code=100,
                department="Directie",
            )
        )
    # Colleagues at De Linde: one invited to log in, one contact without log-in.
    linde = await db.scalar(select(Organisation).where(Organisation.name == "Zorggroep De Linde"))
    assert linde is not None
    for first, prefix, last, email, employee, code in [
        ("Sanne", "de", "Vries", "sanne@delinde.demo", True, 221),
        ("Joost", None, "Bakker", "joost@delinde.demo", False, 200),
    ]:
        colleague = User(
            email=email,
            first_name=first,
            prefix=prefix,
            last_name=last,
            language="nl",
            status=UserStatus.invited,
            activation_sent_at=now,  # the demo mailbox stays quiet
        )
        db.add(colleague)
        await db.flush()
        db.add(
            Membership(
                user_id=colleague.id,
                organisation_id=linde.id,
                portal_employee=employee,
                function_code=code,
                department="Planning",
            )
        )


DEMO_PROVIDER = "provider@kring.demo"


async def _seed_provider(db: AsyncSession, storage: Storage, provider: User, now: datetime) -> None:
    """Pieter's profile is live (fee paid, and with his KvK number a confirmed VOG), so the
    provider portal shows its environment. Oudegracht 100 is his home and where he works from."""
    provider.phone_for_questions = "+31612345678"
    provider.gender = "male"
    provider.birth_date = date(1968, 4, 12)
    provider.home_street, provider.home_house_number = "Oudegracht", "100"
    provider.home_postcode, provider.home_city = "3511 AX", "Utrecht"
    profile_id = new_id()
    profile = ProviderProfile(
        id=profile_id,
        user_id=provider.id,
        status=ProviderStatus.live,
        live_at=now,
        completed_steps=list(WIZARD_STEPS),
        service_kinds=["home_services"],
        heard_from="Via de buren",
        terms_version=TERMS_VERSION,
        terms_accepted_at=now,
        has_kvk=True,
        company_name="Klushulp Pieter",
        kvk_number="12345678",
        latitude=52.0894,
        longitude=5.1190,
        introduction="Ik help u met kleine klussen in en om het huis: lampen ophangen, "
        "kastjes in elkaar zetten en lekkende kranen.",
        profile_text="Ik ben Pieter, al twintig jaar handig in huis. Ik werk rustig en netjes, "
        "en leg graag uit wat ik doe.",
        work_area_kind=WorkAreaKind.radius,
        radius_km=15,
        day_parts=day_parts_to_bits(
            {d: ["morning", "afternoon"] for d in ("monday", "tuesday", "thursday", "friday")}
        ),
        price_note="Voorrijkosten EUR 5,00 buiten Utrecht.",
        seen_in_person=True,
        **confirmed_vog_fields(storage, profile_id, provider.display_name, now),
    )
    db.add(profile)
    await db.flush()
    category = await db.scalar(select(Category).where(Category.slug == "klusjesmannen"))
    if category is not None:
        db.add(ProviderCategory(profile_id=profile.id, category_id=category.id))
    for position, (name, cents, unit, description) in enumerate(
        [
            ("Kleine klussen", 3500, "hour", "Lampen, planken, kastjes en kranen."),
            ("Meubels in elkaar zetten", 4500, "service", "Eén kast of bed, inclusief opruimen."),
        ]
    ):
        db.add(
            ProviderService(
                profile_id=profile.id,
                name=name,
                price_cents=cents,
                unit=unit,
                description=description,
                position=position,
            )
        )
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    db.add(
        Payment(
            profile_id=profile.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_demo_pieter",
            amount_cents=fee.total_cents,
            vat_cents=fee.vat_cents,
            status=PaymentStatus.paid,
            checkout_url="http://127.0.0.1:8000/sandbox/payments/tr_demo_pieter",
            paid_at=now,
        )
    )
    await db.flush()
    await refresh_search_text(db, profile)


async def seed_demo(db: AsyncSession, settings: Settings) -> list[str]:
    """Add the demo accounts that are missing; returns the addresses added."""
    if settings.env == "production":
        raise RuntimeError("demo data is never loaded in production")
    password_hash = await hash_password(DEMO_PASSWORD)
    now = datetime.now(UTC)
    added = []
    for account in DEMO_ACCOUNTS:
        exists = await db.scalar(select(User.id).where(func.lower(User.email) == account.email))
        if exists is not None:
            continue
        user = User(
            email=account.email,
            first_name=account.first_name,
            last_name=account.last_name,
            language="nl",
            status=UserStatus.active,
            staff_role=account.staff_role,
            password_hash=password_hash,
            password_changed_at=now,
            email_verified_at=now,
        )
        db.add(user)
        await db.flush()
        if account.totp_secret:
            db.add(
                MfaFactor(
                    user_id=user.id,
                    kind="totp",
                    confirmed_at=now,
                    secret_encrypted=mfa.encrypt_secret(settings, account.totp_secret),
                )
            )
        added.append(account.email)
        if account.email == DEMO_MEMBER:
            await _seed_organisations(db, user, now)
        if account.email == DEMO_PROVIDER:
            storage = storage_for(settings)
            await _seed_provider(db, storage, user, now)
            await seed_neighbours(db, storage, password_hash, now)
        if account.email == DEMO_PARTNER:
            await seed_dossiers(db, user, now)
        if account.email == DEMO_WAITING_VOG:
            await seed_waiting_vog(db, storage_for(settings), user, now)
        if account.email == DEMO_HELPER:
            await seed_helpers(db, user, password_hash, now)
    await seed_waiting_promotion(db, now)
    await seed_partner_access_requests(db, now)
    await db.flush()
    await seed_hours(db, now)
    await seed_orders(db, now)
    await seed_projects(db, now)
    # Its residents are more accounts like the helpers' hulp1..12: not in the returned list,
    # which names the published demo accounts (DEMO_ACCOUNTS) added.
    await seed_neighbourhoods(db, password_hash, now)
    # After the neighbourhoods demo (it makes the neighbourhoods and residents the posts need).
    await seed_posts(db, now)
    # After the neighbourhoods (the subscriber and the volunteer are their residents).
    await seed_concierge(db, now)
    return added


async def database_is_empty(db: AsyncSession) -> bool:
    return await db.scalar(select(func.count()).select_from(User)) == 0
