"""The suggestion score (docs/matching.md): six parts, 100 points in all, computed in SQL so the
database ranks; the same weights name the parts' maxima in the answer."""

from __future__ import annotations

from typing import Final

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
POOL: Final = 300
SHOWN: Final = 20
