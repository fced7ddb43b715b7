"""Callouts on top of the neighbourhoods world: Gemeente Utrecht serves Wittevrouwen and Zeist
(and Aalst centrum where asked), with a signed-in member."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import Response

from kring.models.organisation import Organisation
from tests.members.helpers import Person

IN_A_MONTH = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()


def callouts_url(organisation: Organisation, suffix: str = "") -> str:
    return f"/api/v1/organisations/{organisation.id}/callouts{suffix}"


def feed_url(neighbourhood_id: str, suffix: str = "") -> str:
    return f"/api/v1/neighbourhoods/{neighbourhood_id}/callouts{suffix}"


def callout_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Wie helpt mee bij de kerstmarkt?",
        "body": "We zoeken vrijwilligers voor de kraampjes op 19 december.",
        "ends_on": IN_A_MONTH,
        "asks_name": True,
        "asks_email": True,
        "asks_availability": True,
        "questions": [
            {
                "kind": "choice",
                "label": "Waar help je het liefst?",
                "choices": ["Opbouw", "Kraampjes", "Afbraak"],
                "required": True,
            },
            {"kind": "yes_no", "label": "Heb je een auto?", "required": False},
            {"kind": "text", "label": "Nog iets?", "required": False},
        ],
    }
    body.update(overrides)
    return body


async def post_callout(member: Person, organisation: Organisation, **overrides: Any) -> Any:
    answer = await member.call("POST", callouts_url(organisation), callout_body(**overrides))
    assert answer.status_code == 201, answer.json()
    return answer.json()


def answer_body(callout: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    where, car, more = (q["id"] for q in callout["questions"])
    body: dict[str, Any] = {
        "name": "Élise Peeters",
        "email": "elise@example.org",
        "availability": ["sat_morning", "sat_afternoon"],
        "answers": {where: "Kraampjes", car: True, more: ""},
    }
    body.update(overrides)
    return body


async def answer(
    who: Person, neighbourhood_id: str, callout: dict[str, Any], body: dict[str, Any]
) -> Response:
    return await who.call("PUT", feed_url(neighbourhood_id, f"/{callout['id']}/answer"), body)
