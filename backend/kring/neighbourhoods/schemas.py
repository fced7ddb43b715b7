"""Request and response bodies for neighbourhoods: staff's areas, local organisations, workers
and invites; a resident's address and profile; the neighbourhood page and the neighbours who
can help."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from kring.kit.i18n import _
from kring.kit.people import PhoneNumber
from kring.kit.types import BigIntId, Text

Country = Literal["NL", "BE"]
JoinedBy = Literal["address", "invite"]
Name = Annotated[str, Text(min_length=1, max_length=100)]
Description = Annotated[str, Text(min_length=1, max_length=1000)]
PostcodeArea = Annotated[str, Text(min_length=4, max_length=4, pattern=r"^[1-9][0-9]{3}$")]
MAX_AREAS = 50
MAX_SKILLS = 25


def _https(value: str | None) -> str | None:
    if value is not None and not value.startswith("https://"):
        raise ValueError(_("Give a website address that starts with https://."))
    return value


Website = Annotated[str, Text(min_length=9, max_length=300), AfterValidator(_https)]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
_WHEN = "2026-12-07T09:30:00Z"


# --- staff ---------------------------------------------------------------------------------------


class NeighbourhoodCreate(BaseModel):
    """A new neighbourhood: its postcode areas and/or gazetteer places (at least one). The map's
    centre comes from the first place (or the first postcode area's place); give it otherwise."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Wittevrouwen",
                    "country": "NL",
                    "description": "De buurt tussen de Biltstraat en de Kromme Rijn.",
                    "postcode_areas": ["3581", "3582"],
                    "place_ids": [],
                }
            ]
        }
    )

    name: Name
    country: Country
    description: Description | None = None
    postcode_areas: list[PostcodeArea] = Field(default_factory=list, max_length=MAX_AREAS)
    place_ids: list[BigIntId] = Field(default_factory=list, max_length=MAX_AREAS)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class NeighbourhoodUpdate(BaseModel):
    """Changes to a neighbourhood; a list of areas given replaces that kind of area."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"description": "Ook de Votulast hoort erbij."}]}
    )

    name: Name | None = None
    description: Description | None = None
    postcode_areas: list[PostcodeArea] | None = Field(default=None, max_length=MAX_AREAS)
    place_ids: list[BigIntId] | None = Field(default=None, max_length=MAX_AREAS)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class AreaPlace(BaseModel):
    id: int
    name: str


class WorkerRead(BaseModel):
    user_id: uuid.UUID
    display_name: str
    email: str


class ServedNeighbourhood(BaseModel):
    """A neighbourhood the organisation serves, with how many residents volunteer for local
    organisations (Hoplr: about 17%)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "name": "Wittevrouwen",
                    "country": "NL",
                    "resident_count": 120,
                    "volunteer_count": 21,
                    "volunteer_share": 0.175,
                }
            ]
        }
    )

    id: uuid.UUID
    name: str
    country: str
    resident_count: int
    volunteer_count: int
    # volunteer_count / resident_count; null for a neighbourhood without residents yet.
    volunteer_share: float | None


class ServiceOrganisationRead(BaseModel):
    """A municipality or social service serving a neighbourhood."""

    organisation_id: uuid.UUID
    name: str
    kind: str


class NeighbourhoodAdminSummary(BaseModel):
    """A neighbourhood in staff's list."""

    id: uuid.UUID
    name: str
    country: Country
    description: str | None
    latitude: float
    longitude: float
    archived_at: datetime | None
    resident_count: int
    postcode_areas: list[str]
    places: list[AreaPlace]


class NeighbourhoodAdminRead(NeighbourhoodAdminSummary):
    """A neighbourhood with its workers, as staff see it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "name": "Wittevrouwen",
                    "country": "NL",
                    "description": None,
                    "latitude": 52.0935,
                    "longitude": 5.1331,
                    "archived_at": None,
                    "resident_count": 10,
                    "postcode_areas": ["3581", "3582"],
                    "places": [],
                    "workers": [],
                    "service_organisations": [],
                }
            ]
        }
    )

    workers: list[WorkerRead]
    service_organisations: list[ServiceOrganisationRead]


class LocalOrganisationCreate(BaseModel):
    """A local organisation a request can be referred to; at least one way to reach it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Buurtteam Noordoost",
                    "description": "Hulp bij geld, wonen en zorg.",
                    "phone": "030 123 4567",
                    "email": "noordoost@buurtteam.example",
                    "website": "https://buurtteam.example",
                }
            ]
        }
    )

    name: Annotated[str, Text(min_length=1, max_length=200)]
    description: Description | None = None
    phone: PhoneNumber = None
    email: EmailStr | None = None
    website: Website | None = None


class LocalOrganisationUpdate(BaseModel):
    """Changes to a local organisation; it stays reachable in at least one way."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"phone": "030 765 4321"}]})

    name: Annotated[str, Text(min_length=1, max_length=200)] | None = None
    description: Description | None = None
    phone: PhoneNumber = None
    email: EmailStr | None = None
    website: Website | None = None


class LocalOrganisationRead(BaseModel):
    id: uuid.UUID
    name: str
    description: str | None
    phone: str | None
    email: str | None
    website: str | None
    archived_at: datetime | None = None


class InviteCreate(BaseModel):
    """Who to invite: their e-mail address."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"email": "jan@example.org"}]})

    email: EmailStr = Field(max_length=254)


class InviteRead(BaseModel):
    """An invite sent; the link is in the e-mail only."""

    id: uuid.UUID
    neighbourhood_id: uuid.UUID
    email: str
    expires_at: datetime


# --- residents -----------------------------------------------------------------------------------


class AddressIn(BaseModel):
    """A home address in the Netherlands or Belgium."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": "NL",
                    "street": "Biltstraat",
                    "house_number": "12",
                    "postcode": "3581 AB",
                    "city": "Utrecht",
                }
            ]
        }
    )

    country: Country
    street: Annotated[str, Text(min_length=1, max_length=200)]
    house_number: Annotated[str, Text(min_length=1, max_length=5, pattern=r"^[1-9][0-9]{0,4}$")]
    postcode: Annotated[str, Text(min_length=4, max_length=7)]
    city: Annotated[str, Text(min_length=1, max_length=100)]


class AddressRead(BaseModel):
    country: Country
    street: str
    house_number: str
    postcode: str
    city: str


class ProfileIn(BaseModel):
    """What I offer my neighbours: skills from the skills list, volunteering, a few words."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "skill_ids": [_ID],
                    "volunteers_for_organisations": True,
                    "about": "Gepensioneerd, vaak thuis, handig met computers.",
                }
            ]
        }
    )

    skill_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_SKILLS)
    volunteers_for_organisations: bool = False
    about: Annotated[str, Text(min_length=1, max_length=500)] | None = None


class SkillShown(BaseModel):
    id: uuid.UUID
    slug: str
    name: str


class NeighbourhoodSummary(BaseModel):
    id: uuid.UUID
    name: str
    country: Country
    description: str | None
    archived: bool


class MyResidence(BaseModel):
    """My place in a neighbourhood; only I see the address."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "neighbourhood": {
                        "id": _ID,
                        "name": "Wittevrouwen",
                        "country": "NL",
                        "description": None,
                        "archived": False,
                    },
                    "address": {
                        "country": "NL",
                        "street": "Biltstraat",
                        "house_number": "12",
                        "postcode": "3581 AB",
                        "city": "Utrecht",
                    },
                    "joined_by": "address",
                    "joined_at": _WHEN,
                    "skills": [],
                    "volunteers_for_organisations": False,
                    "about": None,
                    "suspended": False,
                }
            ]
        }
    )

    neighbourhood: NeighbourhoodSummary
    address: AddressRead
    joined_by: JoinedBy
    joined_at: datetime
    skills: list[SkillShown]
    volunteers_for_organisations: bool
    about: str | None
    suspended: bool


class Standing(BaseModel):
    resident: bool
    worker: bool
    suspended: bool


class WorkerShown(BaseModel):
    user_id: uuid.UUID
    display_name: str


class NeighbourhoodPage(BaseModel):
    """A neighbourhood as its residents and workers see it."""

    id: uuid.UUID
    name: str
    country: Country
    description: str | None
    latitude: float
    longitude: float
    resident_count: int
    standing: Standing
    local_organisations: list[LocalOrganisationRead]
    workers: list[WorkerShown]


class Helper(BaseModel):
    """A neighbour who offers a skill: never their address, only a distance rounded up to half
    a kilometre."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "user_id": _ID,
                    "display_name": "Anna B.",
                    "distance_km": 0.5,
                    "skills": [],
                    "about": None,
                    "volunteers_for_organisations": False,
                    "suspended": False,
                }
            ]
        }
    )

    user_id: uuid.UUID
    display_name: str
    distance_km: float
    skills: list[SkillShown]
    about: str | None
    volunteers_for_organisations: bool
    suspended: bool = False
