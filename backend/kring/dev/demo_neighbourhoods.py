"""The demo's neighbourhoods: Wittevrouwen and Lombok in Utrecht, Sint-Pieters-Woluwe and
Aalst centrum in Belgium, each with local organisations; residents who offer skills (the
partner, the helper, buur1..8 and voisin1..3) and Bram Buurtwerker serving the Utrecht two.
Gemeente Utrecht serves the Utrecht two and Sociaal Huis Aalst serves Aalst centrum; Gijs
Gemeente (`gemeente@kring.demo`) is the municipality's portal admin (the service dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodServiceOrganisation,
    NeighbourhoodWorker,
    Resident,
    ResidentSkill,
)
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.skill import Skill
from kring.models.user import User, UserStatus

DEMO_WORKER = "buurtwerker@kring.demo"
DEMO_MUNICIPALITY_MEMBER = "gemeente@kring.demo"
# (name, kind, country, city, the neighbourhoods it serves)
SERVICE_ORGANISATIONS = (
    (
        "Gemeente Utrecht",
        OrganisationKind.municipality,
        "NL",
        "Utrecht",
        ("Wittevrouwen", "Lombok"),
    ),
    ("Sociaal Huis Aalst", OrganisationKind.social_service, "BE", "Aalst", ("Aalst centrum",)),
)


@dataclass(frozen=True)
class DemoNeighbourhood:
    name: str
    country: str
    postcode_areas: tuple[str, ...]
    latitude: float
    longitude: float
    description: str
    organisations: tuple[tuple[str, str | None, str | None, str | None, str | None], ...]


NEIGHBOURHOODS = (
    DemoNeighbourhood(
        "Wittevrouwen",
        "NL",
        ("3581", "3582"),
        52.0950,
        5.1330,
        "De buurt tussen de Biltstraat, de singel en de Kromme Rijn.",
        (
            (
                "Buurtteam Noordoost",
                "Hulp bij geld, wonen, zorg en opvoeden.",
                "+31302345678",
                "noordoost@buurtteam.example",
                "https://buurtteam.example/noordoost",
            ),
            (
                "Voedselbank Utrecht",
                "Voedselpakketten, elke dinsdag in het buurthuis.",
                None,
                "info@voedselbank-utrecht.example",
                None,
            ),
        ),
    ),
    DemoNeighbourhood(
        "Lombok",
        "NL",
        ("3531",),
        52.0905,
        5.0995,
        "De buurt rond de Kanaalstraat en het Willem van Noortplein.",
        (
            (
                "Buurthuis De Boog",
                "Koffie, taalles en een spreekuur voor formulieren.",
                "+31307654321",
                None,
                None,
            ),
        ),
    ),
    DemoNeighbourhood(
        "Sint-Pieters-Woluwe",
        "BE",
        ("1150",),
        50.8304,
        4.4325,
        "Woluwe-Saint-Pierre: de la place Dumon au parc de Woluwe.",
        (
            (
                "CPAS de Woluwe-Saint-Pierre",
                "Aide sociale et aide à domicile.",
                "+3227735900",
                None,
                "https://cpas-woluwe.example",
            ),
        ),
    ),
    DemoNeighbourhood(
        "Aalst centrum",
        "BE",
        ("9300",),
        50.9360,
        4.0355,
        "Het centrum van Aalst, binnen de Vesten.",
        (
            (
                "Dienstencentrum De Kaai",
                "Activiteiten en hulp voor senioren.",
                "+3253732111",
                "dekaai@aalst.example",
                None,
            ),
            (
                "Vrijwilligerspunt Aalst",
                None,
                None,
                "vrijwilligers@aalst.example",
                "https://vrijwilligers-aalst.example",
            ),
        ),
    ),
)


@dataclass(frozen=True)
class DemoResident:
    email: str
    first_name: str
    last_name: str | None
    language: str
    neighbourhood: str
    street: str
    house_number: str
    postcode: str
    city: str
    # Metres north and east of the neighbourhood's centre (distances in "who can help").
    north: int
    east: int
    skills: tuple[str, ...]
    volunteers: bool = False
    about: str | None = None


RESIDENTS = (
    DemoResident(
        "partner@kring.demo",
        "Petra",
        "Partner",
        "nl",
        "Wittevrouwen",
        "Biltstraat",
        "112",
        "3581 AR",
        "Utrecht",
        0,
        0,
        (),
        about="Ik woon hier sinds 2019.",
    ),
    DemoResident(
        "helper@kring.demo",
        "Hanna",
        "Helper",
        "nl",
        "Wittevrouwen",
        "Wittevrouwenkade",
        "8",
        "3581 AC",
        "Utrecht",
        300,
        150,
        ("boodschappen", "computerhulp", "koffie-en-praatje"),
        volunteers=True,
        about="Oud-verpleegkundige; ik doe graag boodschappen.",
    ),
    DemoResident(
        "buur1@kring.demo",
        "Sanne",
        "Mulder",
        "nl",
        "Wittevrouwen",
        "Goedestraat",
        "21",
        "3581 RE",
        "Utrecht",
        900,
        -200,
        ("boodschappen", "wandelen"),
        about="Ik fiets elke zaterdag naar de markt.",
    ),
    DemoResident(
        "buur2@kring.demo",
        "Daan",
        "Jansen",
        "nl",
        "Wittevrouwen",
        "Jan Pieterszoon Coenstraat",
        "5",
        "3581 WK",
        "Utrecht",
        900,
        400,
        ("computerhulp", "smartphone-uitleg"),
        volunteers=True,
        about="Student informatica, geduldig met telefoons.",
    ),
    DemoResident(
        "buur3@kring.demo",
        "Fatima",
        "El Amrani",
        "nl",
        "Wittevrouwen",
        "Alexander Numankade",
        "77",
        "3582 KS",
        "Utrecht",
        1400,
        600,
        ("koffie-en-praatje", "gezelschap"),
    ),
    DemoResident(
        "buur4@kring.demo",
        "Joost",
        "Hendriks",
        "nl",
        "Wittevrouwen",
        "Kromme Rijn",
        "3",
        "3582 CA",
        "Utrecht",
        -600,
        1100,
        ("kleine-klussen",),
        volunteers=True,
        about="Gepensioneerd timmerman.",
    ),
    DemoResident(
        "buur5@kring.demo",
        "Ineke",
        "Postma",
        "nl",
        "Wittevrouwen",
        "Lucasbolwerk",
        "14",
        "3581 JB",
        "Utrecht",
        -250,
        -350,
        ("boodschappen", "gezelschap"),
    ),
    DemoResident(
        "buur6@kring.demo",
        "Mehmet",
        "Yilmaz",
        "nl",
        "Wittevrouwen",
        "Biltstraat",
        "200",
        "3581 BL",
        "Utrecht",
        1800,
        900,
        ("computerhulp",),
    ),
    DemoResident(
        "buur7@kring.demo",
        "Lotte",
        "Visser",
        "nl",
        "Wittevrouwen",
        "Nachtegaalstraat",
        "40",
        "3581 AJ",
        "Utrecht",
        150,
        700,
        ("wandelen", "koffie-en-praatje"),
        volunteers=True,
    ),
    DemoResident(
        "buur8@kring.demo",
        "Kees",
        "van Leeuwen",
        "nl",
        "Lombok",
        "Kanaalstraat",
        "66",
        "3531 CK",
        "Utrecht",
        200,
        100,
        ("boodschappen", "kleine-klussen"),
    ),
    DemoResident(
        "voisin1@kring.demo",
        "Camille",
        "Dubois",
        "fr",
        "Sint-Pieters-Woluwe",
        "Avenue de Tervueren",
        "250",
        "1150",
        "Woluwe-Saint-Pierre",
        0,
        300,
        ("boodschappen", "gezelschap"),
        about="Je fais mes courses au marché Dumon.",
    ),
    DemoResident(
        "voisin2@kring.demo",
        "Julien",
        "Lambert",
        "fr",
        "Sint-Pieters-Woluwe",
        "Rue au Bois",
        "12",
        "1150",
        "Woluwe-Saint-Pierre",
        800,
        -400,
        ("computerhulp",),
        volunteers=True,
    ),
    DemoResident(
        "voisin3@kring.demo",
        "Élise",
        "Martin",
        "fr",
        "Aalst centrum",
        "Kattestraat",
        "9",
        "9300",
        "Aalst",
        100,
        100,
        ("koffie-en-praatje",),
    ),
)
NEW_ACCOUNTS = tuple(r for r in RESIDENTS if r.email.startswith(("buur", "voisin")))


async def seed_neighbourhoods(db: AsyncSession, password_hash: str, now: datetime) -> list[str]:
    """Once: nothing happens when Wittevrouwen exists already. Returns the accounts added."""
    if await db.scalar(select(Neighbourhood.id).where(Neighbourhood.name == "Wittevrouwen")):
        return []
    added = []
    made: dict[str, Neighbourhood] = {}
    for demo in NEIGHBOURHOODS:
        neighbourhood = Neighbourhood(
            name=demo.name,
            country=demo.country,
            description=demo.description,
            latitude=demo.latitude,
            longitude=demo.longitude,
        )
        db.add(neighbourhood)
        await db.flush()
        made[demo.name] = neighbourhood
        db.add_all(
            NeighbourhoodArea(
                neighbourhood_id=neighbourhood.id, country=demo.country, postcode_area=area
            )
            for area in demo.postcode_areas
        )
        db.add_all(
            LocalOrganisation(
                neighbourhood_id=neighbourhood.id,
                name=name,
                description=description,
                phone=phone,
                email=email,
                website=website,
            )
            for name, description, phone, email, website in demo.organisations
        )
    skills = {slug: id_ for slug, id_ in await db.execute(select(Skill.slug, Skill.id))}
    for index, demo_resident in enumerate(RESIDENTS):
        user = await db.scalar(select(User).where(func.lower(User.email) == demo_resident.email))
        if user is None:
            user = User(
                email=demo_resident.email,
                first_name=demo_resident.first_name,
                last_name=demo_resident.last_name,
                language=demo_resident.language,
                status=UserStatus.active,
                password_hash=password_hash,
                password_changed_at=now,
                email_verified_at=now,
            )
            db.add(user)
            await db.flush()
            added.append(user.email)
        neighbourhood = made[demo_resident.neighbourhood]
        resident = Resident(
            user_id=user.id,
            neighbourhood_id=neighbourhood.id,
            country=neighbourhood.country,
            street=demo_resident.street,
            house_number=demo_resident.house_number,
            postcode=demo_resident.postcode,
            city=demo_resident.city,
            latitude=neighbourhood.latitude + demo_resident.north / 111_195,
            longitude=neighbourhood.longitude + demo_resident.east / 68_600,
            joined_by="address",
            joined_at=now - timedelta(days=30 + 7 * index),
            about=demo_resident.about,
            volunteers_for_organisations=demo_resident.volunteers,
        )
        db.add(resident)
        await db.flush()
        db.add_all(
            ResidentSkill(resident_id=resident.id, skill_id=skills[slug])
            for slug in demo_resident.skills
            if slug in skills
        )
    worker = await db.scalar(select(User).where(User.email == DEMO_WORKER))
    if worker is not None:
        db.add_all(
            NeighbourhoodWorker(user_id=worker.id, neighbourhood_id=made[name].id)
            for name in ("Wittevrouwen", "Lombok")
        )
    await _seed_service_organisations(db, made)
    await db.flush()
    return added


async def _seed_service_organisations(db: AsyncSession, made: dict[str, Neighbourhood]) -> None:
    member = await db.scalar(select(User).where(User.email == DEMO_MUNICIPALITY_MEMBER))
    for name, kind, country, city, serves in SERVICE_ORGANISATIONS:
        organisation = Organisation(kind=kind, name=name, country=country, visit_city=city)
        db.add(organisation)
        await db.flush()
        db.add_all(
            NeighbourhoodServiceOrganisation(
                neighbourhood_id=made[served].id,
                organisation_id=organisation.id,
                organisation_kind=kind,
            )
            for served in serves
        )
        if member is not None and kind == OrganisationKind.municipality:
            db.add(
                Membership(
                    user_id=member.id,
                    organisation_id=organisation.id,
                    portal_admin=True,
                    portal_employee=True,
                    department="Sociaal Domein",
                )
            )
