"""The demo's helpers: Hanna Helper (`helper@kring.demo`: badged, active, near Utrecht) and
twelve more around Utrecht and Amersfoort, volunteers and paid, with skills and day-parts that
fit Truus de Vries's dossier (the demo partner's, searching). One active helper waits for Kring's
identity check (the console's queue), one does not accept new help seekers, one is a draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.helpers.service import keep_coverage
from kring.kit.day_parts import day_parts_to_bits
from kring.models.helper import HelperProfile, HelperWorkPlace
from kring.models.place import Place
from kring.models.skill import Skill
from kring.models.user import User, UserStatus

DEMO_HELPER = "helper@kring.demo"
MONDAY_THURSDAY = {"monday": ["morning"], "thursday": ["afternoon"]}  # Truus's week


@dataclass(frozen=True)
class DemoHelper:
    first_name: str
    last_name: str
    street: str
    postcode: str
    city: str
    latitude: float
    longitude: float
    skills: tuple[str, ...]  # slugs; "truus" is the demo dossier's skills
    day_parts: dict[str, list[str]]
    languages: tuple[str, ...] = ("nl",)
    rate_cents: int | None = None  # paid per hour; None: a volunteer
    radius_km: int | None = 10
    place_ids: tuple[int, ...] = ()  # a work area of places instead of a radius
    badged: bool = True
    accepting_new: bool = True
    status: str = "active"
    introduction: str = ""


HANNA = DemoHelper(
    "Hanna",
    "Helper",
    "Oudegracht",
    "3511 AX",
    "Utrecht",
    52.0913,
    5.1190,
    ("truus", "gezelschap", "wandelen"),
    {**MONDAY_THURSDAY, "saturday": ["morning"]},
    ("nl", "en"),
    introduction="Oud-verpleegkundige; ik doe graag boodschappen en drink een kop koffie mee.",
)

OTHERS = (
    DemoHelper(
        "Sem", "de Boer", "Biltstraat", "3572 AP", "Utrecht", 52.0946, 5.1312,
        ("truus", "computerhulp", "videobellen"), {"monday": ["morning", "afternoon"]},
        ("nl", "en"), introduction="Student informatica, geduldig met computers en telefoons.",
    ),
    DemoHelper(
        "Fatima", "El Amrani", "Kanaalweg", "3526 KL", "Utrecht", 52.0801, 5.0987,
        ("truus", "koken"), {"thursday": ["afternoon", "evening"]}, ("nl", "ar", "fr"),
        rate_cents=1850, introduction="Ik kook graag en help in het huishouden.",
    ),
    DemoHelper(
        "Joop", "Verhoeven", "Slotlaan", "3701 GJ", "Zeist", 52.0900, 5.2333,
        ("truus", "wandelen", "voorlezen"), MONDAY_THURSDAY, radius_km=15,
        introduction="Oud-leraar, wandel graag en lees voor.",
    ),
    DemoHelper(
        "Ineke", "Smit", "Markt", "3431 LB", "Nieuwegein", 52.0292, 5.0806,
        ("truus", "gezelschap"), {"monday": ["morning"], "wednesday": ["morning"]},
        badged=False, introduction="Net gestart als vrijwilliger; gezelligheid voorop.",
    ),
    DemoHelper(
        "Ahmet", "Yilmaz", "Loerikseweg", "3991 AA", "Houten", 52.0283, 5.1681,
        ("truus", "internetbankieren"), {"thursday": ["afternoon"], "friday": ["afternoon"]},
        ("nl", "tr"), rate_cents=2200, introduction="Hulp bij de bank en de post.",
    ),
    DemoHelper(
        "Marieke", "Jansen", "Soestdijkseweg", "3721 AA", "Bilthoven", 52.1300, 5.2014,
        ("truus", "spelletjes"), {"monday": ["afternoon"], "thursday": ["afternoon"]},
        accepting_new=False, introduction="Ik help al twee mensen en heb even geen ruimte.",
    ),
    DemoHelper(
        "Ruud", "Bakker", "Langegracht", "3601 AJ", "Maarssen", 52.1392, 5.0417,
        ("schoonmaken", "opruimen"), {"tuesday": ["morning"], "friday": ["morning"]},
        rate_cents=1600, introduction="Schoonmaken en opruimen, netjes en op tijd.",
    ),
    DemoHelper(
        "Eva", "Mulder", "Benschopperstraat", "3401 AA", "IJsselstein", 52.0200, 5.0431,
        ("taalmaatje", "huiswerkbegeleiding"), {"wednesday": ["afternoon"]}, ("nl", "en", "de"),
        introduction="Taalmaatje en hulp bij huiswerk.",
    ),
    DemoHelper(
        "Kees", "van Dam", "Utrechtseweg", "3811 NB", "Amersfoort", 52.1550, 5.3875,
        ("truus", "wandelen"), MONDAY_THURSDAY, radius_km=None,
        place_ids=(2759821, 2751687, 2747034),
        introduction="Ik help in Amersfoort, Leusden en Soest.",
    ),
    DemoHelper(
        "Lotte", "Visser", "Hoofdstraat", "3971 KE", "Driebergen", 52.0526, 5.2806,
        ("gezelschap", "voorlezen"), {"saturday": ["afternoon"], "sunday": ["afternoon"]},
        introduction="In het weekend kom ik graag langs voor een praatje.",
    ),
    DemoHelper(
        "Youssef", "Haddou", "Rijnkade", "3511 LC", "Utrecht", 52.0862, 5.1105,
        ("truus", "computerhulp"), {"monday": ["evening"], "thursday": ["evening"]},
        ("nl", "ar"), introduction="'s Avonds help ik met computer en telefoon.",
    ),
    DemoHelper(
        "Greet", "de Wit", "Kerkstraat", "3511 DH", "Utrecht", 52.0921, 5.1230,
        ("truus",), {}, status="draft", badged=False, radius_km=3,
        introduction="",
    ),
)  # fmt: skip


async def _user(
    db: AsyncSession, email: str, demo: DemoHelper, password_hash: str, now: datetime
) -> User:
    user = User(
        email=email,
        first_name=demo.first_name,
        last_name=demo.last_name,
        language="nl",
        status=UserStatus.active,
        password_hash=password_hash,
        password_changed_at=now,
        email_verified_at=now,
    )
    db.add(user)
    await db.flush()
    return user


async def _profile(
    db: AsyncSession,
    user: User,
    demo: DemoHelper,
    skills: dict[str, list[object]],
    number: int,
    now: datetime,
) -> None:
    skill_ids = [s for slug in demo.skills for s in skills.get(slug, [])]
    profile = HelperProfile(
        user_id=user.id,
        status=demo.status,
        kind="paid" if demo.rate_cents else "volunteer",
        hourly_rate_cents=demo.rate_cents,
        accepting_new=demo.accepting_new,
        introduction=demo.introduction,
        profile_text=f"{demo.introduction} Bel of mail gerust via Kring.".strip(),
        street=demo.street,
        house_number=str(10 + number * 3),
        postcode=demo.postcode,
        city=demo.city,
        latitude=demo.latitude,
        longitude=demo.longitude,
        languages=list(demo.languages),
        skill_ids=list(dict.fromkeys(skill_ids)),
        work_area="places" if demo.place_ids else "radius",
        radius_km=None if demo.place_ids else demo.radius_km,
        day_parts=day_parts_to_bits(demo.day_parts),
        identity_document_seen=demo.badged,
        seen_in_person=demo.badged and number % 2 == 0,
        badged_at=now - timedelta(days=number) if demo.badged else None,
        created_at=now - timedelta(days=30 - number),
    )
    db.add(profile)
    await db.flush()
    places = [p for i in demo.place_ids if (p := await db.get(Place, i)) is not None]
    db.add_all(HelperWorkPlace(helper_id=profile.id, place_id=p.id) for p in places)
    await keep_coverage(db, profile, places)


async def seed_helpers(db: AsyncSession, hanna: User, password_hash: str, now: datetime) -> None:
    """Hanna's profile and the other helpers (their accounts share the demo password)."""
    # Truus's skills, as `demo_dossiers` chose them: the first two of the list.
    first = (await db.scalars(select(Skill.id).order_by(Skill.position, Skill.id).limit(2))).all()
    skills: dict[str, list[object]] = {"truus": list(first)}
    for slug, skill_id in await db.execute(select(Skill.slug, Skill.id)):
        skills[slug] = [skill_id]
    await _profile(db, hanna, HANNA, skills, 0, now)
    for number, demo in enumerate(OTHERS, start=1):
        email = f"hulp{number}@kring.demo"
        if await db.scalar(select(User.id).where(User.email == email)) is not None:
            continue
        user = await _user(db, email, demo, password_hash, now)
        await _profile(db, user, demo, skills, number, now)
