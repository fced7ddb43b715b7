"""Helper test helpers: a good profile body, and saving it."""

from __future__ import annotations

from typing import Any

from tests.members.helpers import Person

PROFILE = "/api/v1/helper/profile"
ADMIN = "/api/v1/admin/helpers"
UTRECHT = (5.12222, 52.09083)  # the gazetteer's centre (longitude, latitude)
AMERSFOORT_ID = 2759821
UTRECHT_ID = 2745912


def body(skills: list[str], **changes: Any) -> dict[str, Any]:
    return {
        "kind": "volunteer",
        "hourly_rate_cents": None,
        "accepting_new": True,
        "introduction": "Gepensioneerd, graag onder de mensen.",
        "profile_text": "Boodschappen en een praatje.",
        "skill_ids": skills,
        "languages": ["nl", "en"],
        "address": {
            "street": "Lindelaan",
            "house_number": "12",
            "postcode": "3511ab",
            "city": "Utrecht",
        },
        "work_area": "radius",
        "radius_km": 10,
        "place_ids": [],
        "day_parts": {"monday": ["morning"], "thursday": ["afternoon", "evening"]},
        **changes,
    }


async def save(who: Person, skills: list[str], **changes: Any) -> dict[str, Any]:
    answer = await who.call("PUT", PROFILE, body(skills, **changes))
    assert answer.status_code == 200, answer.json()
    result: dict[str, Any] = answer.json()
    return result


def fields(answer: Any) -> set[str]:
    return {e["field"] for e in answer.json()["errors"]}
