"""The suggestion score (docs/matching.md): six parts, 100 points in all, over the nearest
covering candidates the database finds (repository); the same weights name each part's maximum
in the answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

DISTANCE: Final = 30.0
SKILLS: Final = 30.0
DAY_PARTS: Final = 20.0
LANGUAGE: Final = 10.0
RATING: Final = 5.0
RESPONSIVENESS: Final = 5.0
WEIGHTS: Final = {
    "distance": DISTANCE,
    "skills": SKILLS,
    "day_parts": DAY_PARTS,
    "language": LANGUAGE,
    "rating": RATING,
    "responsiveness": RESPONSIVENESS,
}

# A helper who works in chosen places (not a radius): distance points reach 0 this far away.
PLACES_REACH_KM: Final = 25.0
# A place of theirs covers an address this close to it.
PLACE_COVERS_KM: Final = 5.0
# Answering proposals: full speed points within a day, none after a week (when they expire).
FAST_ANSWER_HOURS: Final = 24.0
SLOW_ANSWER_HOURS: Final = 168.0
# How many of the nearest covering helpers are scored (see docs/matching.md, "Speed").
POOL: Final = 100
SHOWN: Final = 20


def points(
    row: Any, asked_skills: frozenset[Any], asked_parts: int, languages: frozenset[str]
) -> dict[str, float]:
    """Each part's points for one candidate (a row with the helper's columns and its
    `distance_km` from the help seeker); docs/matching.md gives the reasons."""
    reach = float(row.radius_km) if row.work_area == "radius" else PLACES_REACH_KM
    shared_skills = len(asked_skills.intersection(row.skill_ids))
    shared_parts = (row.day_parts & asked_parts).bit_count()
    if row.rating_count == 0:
        rating = RATING / 2
    else:
        rating = RATING * (row.rating_sum / row.rating_count - 1) / 4
    if row.proposals_received == 0:
        responsiveness = RESPONSIVENESS / 2
    elif row.proposals_answered == 0:
        responsiveness = 0.0
    else:
        speed = (SLOW_ANSWER_HOURS - row.answer_hours_avg) / (SLOW_ANSWER_HOURS - FAST_ANSWER_HOURS)
        responsiveness = (
            RESPONSIVENESS
            * row.proposals_answered
            / row.proposals_received
            * min(1.0, max(0.0, speed))
        )
    return {
        "distance": DISTANCE * max(0.0, 1 - row.distance_km / reach),
        "skills": SKILLS * shared_skills / max(1, len(asked_skills)),
        "day_parts": DAY_PARTS * shared_parts / max(1, asked_parts.bit_count()),
        "language": LANGUAGE if languages.intersection(row.languages) else 0.0,
        "rating": rating,
        "responsiveness": responsiveness,
    }


def ranked(
    rows: Sequence[Any],
    asked_skills: frozenset[Any],
    asked_parts: int,
    languages: frozenset[str],
) -> list[tuple[Any, dict[str, float], float]]:
    """The best `SHOWN` candidates with their parts and score: by score, then the nearer,
    then the lower id (so equal scores never shuffle between reads)."""
    scored = []
    for row in rows:
        parts = points(row, asked_skills, asked_parts, languages)
        scored.append((row, parts, sum(parts.values())))
    scored.sort(key=lambda found: (-found[2], found[0].distance_km, found[0].id))
    return scored[:SHOWN]
