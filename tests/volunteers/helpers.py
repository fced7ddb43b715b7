"""A municipality (Gemeente Utrecht) serving Wittevrouwen and Zeist, its member Gina, and
residents who volunteer or not, in served neighbourhoods and in Aalst (served by another)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from kring.models.neighbourhood import Resident
from kring.models.organisation import Organisation
from kring.models.skill import Skill
from tests.members.helpers import Person
from tests.neighbourhoods.helpers import World

# Every resident lives here: none of it may reach the member.
STREET = "Lucasbolwerk"
HOUSE_NUMBER = "47"


def home(postcode: str = "3581 AB", city: str = "Utrecht", country: str = "NL") -> dict[str, str]:
    return {
        "country": country,
        "street": STREET,
        "house_number": HOUSE_NUMBER,
        "postcode": postcode,
        "city": city,
    }


def url(organisation: Organisation, suffix: str = "") -> str:
    return f"/api/v1/organisations/{organisation.id}/volunteers{suffix}"


@dataclass
class Town:
    w: World
    utrecht: Organisation
    gina: Person
    groceries: Skill
    computer: Skill
    people: dict[str, Person]
    residents: dict[str, str]

    async def listed(self, query: str = "", who: Person | None = None) -> dict[str, Any]:
        answer = await (who or self.gina).call("GET", url(self.utrecht, query))
        assert answer.status_code == 200, answer.json()
        page: dict[str, Any] = answer.json()
        return page

    async def write(self, body: dict[str, Any], who: Person | None = None) -> Any:
        return await (who or self.gina).call("POST", url(self.utrecht, "/messages"), body)


async def settle(
    w: World,
    email: str,
    first: str,
    last: str,
    where: dict[str, str],
    *,
    volunteers: bool,
    skills: tuple[Skill, ...] = (),
    about: str | None = None,
) -> tuple[Person, str]:
    who = await w.resident(email, first, last)
    joined = await w.join(who, where)
    assert joined["address"]["street"] == STREET
    answer = await who.call(
        "PUT",
        "/api/v1/me/neighbourhood/profile",
        {
            "skill_ids": [str(s.id) for s in skills],
            "about": about,
            "volunteers_for_organisations": volunteers,
        },
    )
    assert answer.status_code == 200, answer.json()
    resident_id = await w.session.scalar(select(Resident.id).where(Resident.user_id == who.user.id))
    return who, str(resident_id)


async def town(w: World) -> Town:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist")
    await w.service_organisation("Sociaal Huis Aalst", "aalst", kind="social_service")
    groceries, computer = await w.skill("b"), await w.skill("c")
    people: dict[str, Person] = {}
    residents: dict[str, str] = {}
    plan: list[tuple[str, str, str, dict[str, str], bool, tuple[Skill, ...], str | None]] = [
        ("anna", "Anna", "Bakker", home(), True, (groceries,), "Ik doe graag boodschappen."),
        ("bert", "Bert", "de Vries", home("3582 CD"), True, (computer,), None),
        ("carla", "Carla", "Zon", home("3701 AB", "Zeist"), True, (groceries, computer), None),
        ("dirk", "Dirk", "Niet", home(), False, (groceries,), None),
        ("eva", "Eva", "Stop", home(), True, (groceries,), None),
        ("frits", "Frits", "Aalst", home("9300", "Aalst", "BE"), True, (groceries,), None),
    ]
    for key, first, last, where, volunteers, skills, about in plan:
        people[key], residents[key] = await settle(
            w,
            f"{key}@example.org",
            first,
            last,
            where,
            volunteers=volunteers,
            skills=skills,
            about=about,
        )
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == people["eva"].user.id)
        .values(suspended_at=datetime.now(UTC), suspension_reason="Spam")
    )
    await w.session.commit()
    return Town(w, utrecht, gina, groceries, computer, people, residents)


FORBIDDEN_KEYS = {
    "street",
    "house_number",
    "postcode",
    "city",
    "address",
    "email",
    "phone",
    "latitude",
    "longitude",
}


def walk_for_addresses(value: Any, secrets: list[str]) -> None:
    """No key names an address part or contact, and no text holds one of `secrets`."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert key not in FORBIDDEN_KEYS, key
            walk_for_addresses(item, secrets)
    elif isinstance(value, list):
        for item in value:
            walk_for_addresses(item, secrets)
    elif isinstance(value, str):
        try:
            uuid.UUID(value)
            return
        except ValueError:
            pass
        for secret in secrets:
            assert secret.lower() not in value.lower(), (secret, value)
