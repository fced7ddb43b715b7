"""The parts of a suggestion's score and what does not fit, in plain words in the reader's
language ("3,2 km van Truus", "kan niet op donderdagmiddag", "spreekt geen Turks")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from babel import Locale
from babel.lists import format_list

from kring.kit.day_parts import DAYS, PARTS
from kring.kit.i18n import N_, Language, translate
from kring.matching import score
from kring.matching.schemas import ScorePart

MOMENTS = {
    "morning": N_("{day} morning"),
    "afternoon": N_("{day} afternoon"),
    "evening": N_("{day} evening"),
}


@lru_cache
def _locale(language: Language) -> Locale:
    """Parsed once per language: every suggestion formats a dozen words with it."""
    return Locale.parse(language)


@lru_cache
def _decimal_sign(language: Language) -> str:
    return str(_locale(language).number_symbols["latn"]["decimal"])


def _number(value: float, language: Language) -> str:
    """`3,2` (nl, fr) or `3.2` (en): one decimal, the language's decimal sign."""
    return f"{value:.1f}".replace(".", _decimal_sign(language))


def _and(items: list[str], language: Language) -> str:
    return str(format_list(items, locale=_locale(language)))


@lru_cache
def _language_names(language: Language) -> dict[str, str]:
    return dict(_locale(language).languages)


@lru_cache
def _day_names(language: Language) -> tuple[str, ...]:
    wide = _locale(language).days["format"]["wide"]
    return tuple(str(wide[day]) for day in range(7))


def language_name(code: str, language: Language) -> str:
    return _language_names(language).get(code, code)


def moment(bit: int, language: Language) -> str:
    """`donderdagmiddag`, `jeudi après-midi`, `Thursday afternoon`."""
    day = _day_names(language)[bit // 3]
    return translate(MOMENTS[PARTS[bit % 3]], language, day=day)


def _skills_detail(shared: int, asked: int, language: Language) -> str:
    if shared == 0:
        return translate(N_("none of the help asked for"), language)
    if shared == asked == 1:
        return translate(N_("offers the help asked for"), language)
    if shared == asked:
        return translate(N_("all {asked} kinds of help asked for"), language, asked=asked)
    return translate(
        N_("{count} of the {asked} kinds of help asked for"), language, count=shared, asked=asked
    )


def _parts_detail(shared: int, asked: int, language: Language) -> str:
    if shared == asked == 1:
        return translate(N_("available on the day-part asked for"), language)
    if shared == asked:
        return translate(N_("available on all {asked} day-parts asked for"), language, asked=asked)
    return translate(
        N_("available on {count} of the {asked} day-parts asked for"),
        language,
        count=shared,
        asked=asked,
    )


def _rating_detail(count: int, total: int, language: Language) -> str:
    if count == 0:
        return translate(N_("no ratings yet"), language)
    average = _number(total / count, language)
    if count == 1:
        return translate(N_("rated {average} out of 5 (one rating)"), language, average=average)
    return translate(
        N_("rated {average} out of 5 ({count} ratings)"), language, average=average, count=count
    )


def _responsiveness_detail(row: Any, language: Language) -> str:
    if row.proposals_received == 0:
        return translate(N_("no proposals received yet"), language)
    if row.proposals_answered == 0:
        return translate(N_("has not answered a proposal yet"), language)
    hours = row.answer_hours_avg
    if hours <= score.FAST_ANSWER_HOURS:
        speed = N_("usually answers within a day")
    elif hours <= 72:
        speed = N_("usually answers within three days")
    elif hours <= score.SLOW_ANSWER_HOURS:
        speed = N_("usually answers within a week")
    else:
        speed = N_("usually takes more than a week to answer")
    detail = translate(speed, language)
    if row.proposals_answered < row.proposals_received:
        detail += "; " + translate(
            N_("answered {answered} of {received} proposals"),
            language,
            answered=row.proposals_answered,
            received=row.proposals_received,
        )
    return detail


def parts(
    row: Any,
    points: dict[str, float],
    *,
    first_name: str,
    shared_skills: int,
    asked_skills: int,
    asked_parts: int,
    shared_languages: list[str],
    language: Language,
) -> list[ScorePart]:
    shared_parts = (row.day_parts & asked_parts).bit_count()
    spoken = [language_name(code, language) for code in shared_languages]
    return [
        ScorePart(
            part="distance",
            points=round(points["distance"], 1),
            max_points=score.DISTANCE,
            detail=translate(
                N_("{km} km from {name}"),
                language,
                km=_number(row.distance_km, language),
                name=first_name,
            ),
        ),
        ScorePart(
            part="skills",
            points=round(points["skills"], 1),
            max_points=score.SKILLS,
            detail=_skills_detail(shared_skills, asked_skills, language),
        ),
        ScorePart(
            part="day_parts",
            points=round(points["day_parts"], 1),
            max_points=score.DAY_PARTS,
            detail=_parts_detail(shared_parts, asked_parts.bit_count(), language),
        ),
        ScorePart(
            part="language",
            points=round(points["language"], 1),
            max_points=score.LANGUAGE,
            detail=(
                translate(N_("speaks {languages}"), language, languages=_and(spoken, language))
                if spoken
                else translate(N_("speaks none of the help seeker's languages"), language)
            ),
        ),
        ScorePart(
            part="rating",
            points=round(points["rating"], 1),
            max_points=score.RATING,
            detail=_rating_detail(row.rating_count, row.rating_sum, language),
        ),
        ScorePart(
            part="responsiveness",
            points=round(points["responsiveness"], 1),
            max_points=score.RESPONSIVENESS,
            detail=_responsiveness_detail(row, language),
        ),
    ]


def misfits(
    row: Any,
    *,
    missing_skills: list[str],
    asked_parts: int,
    missing_languages: list[str],
    language: Language,
) -> list[str]:
    """What the help seeker asked for that this helper does not offer, in words."""
    found = []
    if missing_skills:
        found.append(
            translate(
                N_("does not offer: {skills}"), language, skills=_and(missing_skills, language)
            )
        )
    lacking = asked_parts & ~row.day_parts
    if lacking:
        moments = [moment(bit, language) for bit in range(len(DAYS) * 3) if lacking >> bit & 1]
        found.append(
            translate(N_("not available on {moments}"), language, moments=_and(moments, language))
        )
    if missing_languages:
        names = [language_name(code, language) for code in missing_languages]
        found.append(
            translate(N_("does not speak {languages}"), language, languages=_and(names, language))
        )
    return found
