"""The demo's verified partner: Bram Buurtwerker, whose partner access Kring accepted, with two
dossiers: Truus de Vries (paid, searching for a helper) and Kees Jansen (a draft past its first
two steps). `partner@kring.demo` stays without access or dossiers (a journey asks for access)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dossiers.service import PRIVACY_VERSION, TERMS_VERSION
from kring.kit.day_parts import day_parts_to_bits
from kring.models.dossier import Dossier, DossierSkill, DossierStatusChange
from kring.models.partner import PartnerAccessRequest
from kring.models.skill import Skill
from kring.models.user import User

DEMO_PARTNER = "buurtwerker@kring.demo"


async def seed_dossiers(db: AsyncSession, partner: User, now: datetime) -> None:
    db.add(
        PartnerAccessRequest(
            user_id=partner.id,
            organisation_name="Buurtteam Utrecht Oost",
            country="NL",
            job_title="Buurtwerker",
            work_email="bram@buurtteam-oost.example",
            work_phone="+31301234567",
            reason="Ik begeleid ouderen in de wijk die hulp thuis zoeken.",
            status="accepted",
            deadline_at=now - timedelta(days=6),
            decided_at=now - timedelta(days=7),
        )
    )
    skills = (await db.scalars(select(Skill.id).order_by(Skill.position, Skill.id).limit(3))).all()
    common = {
        "manager_user_id": partner.id,
        "city": "Utrecht",
        "languages": ["nl"],
        "phone": "+31302345678",
    }
    truus = Dossier(
        **common,
        status="searching",
        status_changed_at=now - timedelta(days=2),
        completed_steps=["who", "help", "when", "bank", "terms"],
        first_name="Truus",
        name_prefix="de",
        last_name="Vries",
        birth_year=1941,
        street="Lindelaan",
        house_number="12",
        postcode="3511 AB",
        latitude=52.0907,
        longitude=5.1214,
        help_text="Boodschappen op maandag en een kop koffie samen.",
        day_parts=day_parts_to_bits({"monday": ["morning"], "thursday": ["afternoon"]}),
        how_often="weekly",
        starts_on=(now + timedelta(days=7)).date(),
        iban="NL91ABNA0417164300",
        account_holder="G. de Vries",
        terms_version=TERMS_VERSION,
        privacy_version=PRIVACY_VERSION,
        terms_accepted_at=now - timedelta(days=3),
        terms_accepted_by_user_id=partner.id,
        paid_at=now - timedelta(days=2),
        created_at=now - timedelta(days=3),
    )
    kees = Dossier(
        **common,
        status="draft",
        completed_steps=["who", "help"],
        first_name="Kees",
        last_name="Jansen",
        birth_year=1950,
        street="Biltstraat",
        house_number="101",
        postcode="3572 AM",
        help_text="Hulp bij de computer en de post.",
        created_at=now - timedelta(hours=5),
    )
    db.add_all([truus, kees])
    await db.flush()
    db.add_all([DossierSkill(dossier_id=truus.id, skill_id=s) for s in skills[:2]])
    db.add_all([DossierSkill(dossier_id=kees.id, skill_id=s) for s in skills[2:]])
    for dossier, steps in (
        (
            truus,
            ((None, "draft"), ("draft", "awaiting_payment"), ("awaiting_payment", "searching")),
        ),
        (kees, ((None, "draft"),)),
    ):
        for from_status, to_status in steps:
            db.add(
                DossierStatusChange(
                    dossier_id=dossier.id,
                    # The fee's payment moved Truus to searching: the gateway, not a person.
                    changed_by_user_id=None if to_status == "searching" else partner.id,
                    from_status=from_status,
                    to_status=to_status,
                )
            )
