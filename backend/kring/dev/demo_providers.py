"""More live providers for `make run`, so the public search has neighbours to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dev.demo_vog import confirmed_vog_fields
from kring.kit.day_parts import day_parts_to_bits
from kring.kit.db import new_id
from kring.kit.storage import Storage
from kring.models.place import Place
from kring.models.provider import (
    WIZARD_STEPS,
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
)
from kring.models.user import User, UserStatus
from kring.providers.service import TERMS_VERSION
from kring.search.indexing import refresh_search_text

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")


@dataclass(frozen=True)
class DemoProvider:
    first_name: str
    last_name: str
    company: str | None
    category: str
    city: str
    postcode: str  # of the home address (a street in the city centre)
    street: str
    latitude: float
    longitude: float
    area: str  # "radius:15", "places", "country"
    services: tuple[tuple[str, int, str, str], ...]
    introduction: str


NEIGHBOURS = (
    DemoProvider(
        "Karin",
        "de Wit",
        "Kapsalon Karin aan huis",
        "kappers",
        "Utrecht",
        "3512 JE",
        "Lange Nieuwstraat",
        52.0907,
        5.1214,
        "radius:10",
        (
            ("Knippen dames", 3250, "service", "Wassen, knippen en föhnen."),
            ("Knippen heren", 2400, "service", ""),
        ),
        "Ik knip u thuis, rustig en vakkundig, al vijftien jaar.",
    ),
    DemoProvider(
        "Petra",
        "Mulder",
        None,
        "pedicures-cosmetisch",
        "Zeist",
        "3701 AK",
        "Slotlaan",
        52.0900,
        5.2333,
        "radius:20",
        (("Pédicure-behandeling", 3900, "service", "Voeten weken, nagels, eelt en crème."),),
        "Gediplomeerd pedicure: ik kom bij u thuis met alles wat nodig is.",
    ),
    DemoProvider(
        "Ahmed",
        "El Amrani",
        "PC-hulp Ahmed",
        "computerhulp",
        "Amersfoort",
        "3811 HN",
        "Langestraat",
        52.1550,
        5.3875,
        "country",
        (
            ("Computerhulp aan huis", 3000, "hour", "Installeren, opruimen, uitleggen."),
            ("Hulp op afstand", 2000, "hour", "Via een beveiligde verbinding."),
        ),
        "Geduldige uitleg over uw computer, tablet of telefoon, in heel Nederland op afstand.",
    ),
    DemoProvider(
        "Wim",
        "Bakker",
        "Schildersbedrijf Bakker",
        "schilder-aan-huis",
        "Houten",
        "3991 BL",
        "Loerikseweg",
        52.0283,
        5.1681,
        "radius:25",
        (("Schilderwerk binnen", 4250, "hour", "Muren, plafonds, kozijnen."),),
        "Netjes schilderwerk binnen en buiten, met afdekken en opruimen inbegrepen.",
    ),
    DemoProvider(
        "Sanne",
        "Visser",
        None,
        "opruimcoach",
        "Utrecht",
        "3514 AB",
        "Biltstraat",
        52.0833,
        5.1000,
        "places",
        (("Opruimsessie", 4500, "hour", "Samen opruimen, in uw tempo."),),
        "Opruimen zonder oordeel: samen maken we ruimte in huis en in uw hoofd.",
    ),
    DemoProvider(
        "Joost",
        "Peters",
        "Glazenwasserij Peters",
        "glazenwassers",
        "Nieuwegein",
        "3431 HA",
        "Dorpsstraat",
        52.0292,
        5.0806,
        "radius:15",
        (("Ramen wassen rijtjeshuis", 2750, "service", "Binnen en buiten."),),
        "Heldere ramen, elke vier weken of wanneer u wilt.",
    ),
    DemoProvider(
        "Marieke",
        "Dijkstra",
        "Fysio aan huis",
        "fysiotherapie",
        "Amsterdam",
        "1012 JS",
        "Damstraat",
        52.3740,
        4.8897,
        "radius:12",
        (("Fysiotherapie aan huis", 5500, "service", "Behandeling van 30 minuten."),),
        "Fysiotherapie bij u thuis, voor wie de praktijk niet meer haalt.",
    ),
    DemoProvider(
        "Hans",
        "Smit",
        None,
        "klusjesmannen",
        "Rotterdam",
        "3011 HP",
        "Hoogstraat",
        51.9225,
        4.4792,
        "radius:15",
        (("Klussen in en om het huis", 3800, "hour", "Van lekkende kraan tot nieuwe plank."),),
        "Handige Hans: kleine klussen, grote glimlach.",
    ),
)


async def seed_neighbours(
    db: AsyncSession, storage: Storage, password_hash: str, now: datetime
) -> None:
    """Live providers across the country; their accounts share the demo password. Those with a
    KvK number (a company) have a confirmed VOG, as they must to be live."""
    for number, demo in enumerate(NEIGHBOURS, start=1):
        email = f"aanbieder{number}@kring.demo"
        if await db.scalar(select(User.id).where(User.email == email)) is not None:
            continue
        user = User(
            email=email,
            first_name=demo.first_name,
            last_name=demo.last_name,
            language="nl",
            status=UserStatus.active,
            password_hash=password_hash,
            password_changed_at=now,
            email_verified_at=now,
            home_street=demo.street,
            home_house_number=str(number * 7),
            home_postcode=demo.postcode,
            home_city=demo.city,
        )
        db.add(user)
        await db.flush()
        kind, _colon, radius = demo.area.partition(":")
        profile_id = new_id()
        vog = (
            confirmed_vog_fields(storage, profile_id, user.display_name, now)
            if demo.company
            else {}
        )
        profile = ProviderProfile(
            id=profile_id,
            user_id=user.id,
            status=ProviderStatus.live,
            live_at=now - timedelta(days=10 * number),
            completed_steps=list(WIZARD_STEPS),
            service_kinds=["home_services"],
            terms_version=TERMS_VERSION,
            terms_accepted_at=now,
            has_kvk=demo.company is not None,
            company_name=demo.company,
            kvk_number=f"{70000000 + number}" if demo.company else None,
            latitude=demo.latitude,
            longitude=demo.longitude,
            introduction=demo.introduction,
            work_area_kind=kind,
            radius_km=int(radius) if radius else None,
            day_parts=day_parts_to_bits(
                {day: ["morning", "afternoon"] for day in WEEKDAYS[number % 2 :: 2]}
            ),
            identity_document_seen=number % 2 == 0,
            seen_in_person=number % 3 == 0,
            **vog,
        )
        db.add(profile)
        await db.flush()
        category = await db.scalar(select(Category).where(Category.slug == demo.category))
        if category is not None:
            db.add(ProviderCategory(profile_id=profile.id, category_id=category.id))
        for position, (name, cents, unit, description) in enumerate(demo.services):
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
        if kind == "places":
            for place_id in await db.scalars(
                select(Place.id).where(Place.name.in_(("Utrecht", "Maarssen", "De Bilt", "Zeist")))
            ):
                db.add(ProviderWorkPlace(profile_id=profile.id, place_id=place_id))
        await db.flush()
        await refresh_search_text(db, profile)
