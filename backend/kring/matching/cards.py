"""One suggestion as the partner reads it: the helper's card, the parts of their score and what
does not fit, in the reader's language (pure: the rows come from the repository)."""

from __future__ import annotations

import uuid
from typing import Any

from kring.kit.day_parts import bits_to_day_parts
from kring.kit.i18n import Language
from kring.matching import words
from kring.matching.schemas import OpenProposal, SharedSkill, Suggestion


def photo_url(helper_id: uuid.UUID) -> str:
    return f"/api/v1/helpers/{helper_id}/photo/small"


def suggestion(
    row: Any,
    points: dict[str, float],
    total: float,
    card: Any,
    proposal: tuple[uuid.UUID, str] | None,
    *,
    first_name: str,
    asked: dict[uuid.UUID, str],
    asked_parts: int,
    languages: list[str],
    language: Language,
) -> Suggestion:
    """`row` a candidate (the score's columns and `distance_km`), `card` what is shown of them,
    `asked` the skills asked for (id: name, in order), `languages` the help seeker's."""
    offered = set(row.skill_ids)
    shared = [skill_id for skill_id in asked if skill_id in offered]
    spoken = set(row.languages)
    return Suggestion(
        helper_id=row.id,
        first_name=card.first_name,
        photo_url=photo_url(row.id) if card.photo_key else None,
        introduction=card.introduction,
        kind=card.kind,
        hourly_rate_cents=card.hourly_rate_cents,
        distance_km=round(row.distance_km, 1),
        latitude=round(row.latitude, 2),
        longitude=round(row.longitude, 2),
        score=round(total, 1),
        parts=words.parts(
            row,
            points,
            first_name=first_name,
            shared_skills=len(shared),
            asked_skills=len(asked),
            asked_parts=asked_parts,
            shared_languages=[code for code in languages if code in spoken],
            language=language,
        ),
        misfits=words.misfits(
            row,
            missing_skills=[name for skill_id, name in asked.items() if skill_id not in offered],
            asked_parts=asked_parts,
            missing_languages=[code for code in languages if code not in spoken],
            language=language,
        ),
        shared_skills=[SharedSkill(id=skill_id, name=asked[skill_id]) for skill_id in shared],
        languages=list(row.languages),
        day_parts=bits_to_day_parts(row.day_parts),
        open_proposal=OpenProposal(id=proposal[0], status=proposal[1]) if proposal else None,
    )
