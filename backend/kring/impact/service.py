"""The impact figures' rules: the period (Amsterdam days, at most 366, the last 12 months by
default), the served neighbourhoods only, and the CSV export in the reader's language."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.organisations import OrganisationPrincipal
from kring.config import Settings
from kring.impact import repository
from kring.impact.schemas import (
    HelpFigures,
    Impact,
    MonthImpact,
    NeighbourhoodImpact,
    PeopleFigures,
    Period,
    SkillImpact,
)
from kring.kit.clock import Clock
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_, _, current_language
from kring.neighbourhoods.service import served_neighbourhoods

AMSTERDAM = ZoneInfo(repository.AMSTERDAM)
MAX_DAYS = 366
START_AFTER_END = N_("The first day comes after the last day.")
TOO_LONG = N_("Choose a period of at most {days} days.")


def period_of(clock: Clock, start: date | None, end: date | None) -> Period:
    """Both days included; without them the last 12 months up to today (Amsterdam)."""
    end = end or clock.now().astimezone(AMSTERDAM).date()
    start = start or end - timedelta(days=365)
    if start > end:
        raise InvalidInput.on("from", START_AFTER_END, "query")
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput.on("to", TOO_LONG, "query", days=MAX_DAYS)
    return Period(from_=start, to=end)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=AMSTERDAM)


def _months(period: Period) -> list[str]:
    months, year, month = [], period.from_.year, period.from_.month
    while (year, month) <= (period.to.year, period.to.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _help(row: Any | None) -> dict[str, Any]:
    if row is None:
        return HelpFigures(
            help_requests=0,
            solved_by_neighbour=0,
            solved_by_neighbour_share=None,
            median_hours_to_first_reply=None,
            median_hours_to_solved=None,
            unanswered_after_48h=0,
        ).model_dump()

    def hours(value: float | None) -> float | None:
        return None if value is None else round(float(value), 1)

    return {
        "help_requests": row.help_requests,
        "solved_by_neighbour": row.solved_by_neighbour,
        "solved_by_neighbour_share": (
            round(row.solved_by_neighbour / row.help_requests, 4) if row.help_requests else None
        ),
        "median_hours_to_first_reply": hours(row.median_hours_to_first_reply),
        "median_hours_to_solved": hours(row.median_hours_to_solved),
        "unanswered_after_48h": row.unanswered_after_48h,
    }


def _people(row: Any | None) -> dict[str, int]:
    if row is None:
        return {"volunteers": 0, "residents": 0}
    return {"volunteers": row.volunteers, "residents": row.residents}


async def impact(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    settings: Settings,
    period: Period,
    neighbourhood_id: uuid.UUID | None = None,
) -> Impact:
    """The figures of the served neighbourhoods (or one of them: 404 unless served)."""
    neighbourhoods = served_neighbourhoods(acting.organisation_id)
    if neighbourhood_id is not None:
        if not await repository.serves(db, neighbourhoods, neighbourhood_id):
            raise NotFound()
        neighbourhoods = neighbourhoods.where(
            neighbourhoods.selected_columns[0] == neighbourhood_id
        )
    start, end = _midnight(period.from_), _midnight(period.to + timedelta(days=1))
    wait = timedelta(hours=settings.unanswered_after_hours)
    as_of = min(clock.now(), end)
    help_rows = await repository.help_figures(db, neighbourhoods, start, end, as_of, wait)
    people_rows = await repository.people_figures(db, neighbourhoods)

    help_total, help_by_neighbourhood, help_by_skill, help_by_month = None, {}, {}, {}
    for row in help_rows:
        if row.grouped_neighbourhood and row.grouped_skill and row.grouped_month:
            help_total = row
        elif not row.grouped_neighbourhood:
            help_by_neighbourhood[row.neighbourhood_id] = row
        elif not row.grouped_skill:
            if row.skill_id is not None:  # no skill chosen: in the totals only
                help_by_skill[row.skill_id] = row
        else:
            help_by_month[row.month.astimezone(AMSTERDAM).strftime("%Y-%m")] = row
    people_total, neighbourhood_rows, people_by_skill = None, [], {}
    for row in people_rows:
        if row.grouped_neighbourhood and row.grouped_skill:
            people_total = row
        elif not row.grouped_neighbourhood:
            neighbourhood_rows.append(row)
        elif row.skill_id is not None:
            people_by_skill[row.skill_id] = row

    skill_ids = set(help_by_skill) | set(people_by_skill)
    names = await repository.skill_names(db, skill_ids)
    by_skill = [
        SkillImpact(
            skill_id=skill_id,
            name=names[skill_id],
            **_help(help_by_skill.get(skill_id)),
            **_people(people_by_skill.get(skill_id)),
        )
        for skill_id in skill_ids
    ]
    by_skill.sort(key=lambda s: (-s.help_requests, -s.volunteers, s.name.casefold(), s.skill_id))
    by_neighbourhood = [
        NeighbourhoodImpact(
            neighbourhood_id=row.neighbourhood_id,
            name=row.name,
            **_help(help_by_neighbourhood.get(row.neighbourhood_id)),
            **_people(row),
        )
        for row in sorted(neighbourhood_rows, key=lambda r: (r.name.casefold(), r.neighbourhood_id))
    ]
    return Impact(
        period=period,
        totals=PeopleFigures(**_help(help_total), **_people(people_total)),
        by_neighbourhood=by_neighbourhood,
        by_skill=by_skill,
        by_month=[
            MonthImpact(month=month, **_help(help_by_month.get(month))) for month in _months(period)
        ],
    )


# --- the CSV export ----------------------------------------------------------------------------

COLUMNS = (
    N_("Dimension"),
    N_("Name"),
    N_("Help requests"),
    N_("Solved by a neighbour"),
    N_("Share solved by a neighbour"),
    N_("Median hours to the first reply"),
    N_("Median hours to solved"),
    N_("Unanswered after 48 hours"),
    N_("Volunteers"),
    N_("Residents"),
)
NEIGHBOURHOOD = N_("Neighbourhood")
SKILL = N_("Skill")


def csv_export(figures: Impact) -> tuple[bytes, str]:
    """UTF-8 with a byte order mark (for spreadsheets); `;` and decimal commas in Dutch and
    French, `,` in English; CRLF line ends. Returns the file and its name."""
    european = current_language() != "en"

    def number(value: float | None) -> str:
        if value is None:
            return ""
        shown = f"{value:g}"
        return shown.replace(".", ",") if european else shown

    def cell(text: str) -> str:
        # A name a spreadsheet would run as a formula is written as text.
        return "'" + text if text[:1] in ("=", "+", "-", "@") else text

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if european else ",", lineterminator="\r\n")
    writer.writerow([_(column) for column in COLUMNS])
    rows: list[tuple[str, str, PeopleFigures]] = [
        (_(NEIGHBOURHOOD), n.name, n) for n in figures.by_neighbourhood
    ] + [(_(SKILL), s.name, s) for s in figures.by_skill]
    for dimension, name, row in rows:
        writer.writerow(
            [
                dimension,
                cell(name),
                row.help_requests,
                row.solved_by_neighbour,
                number(row.solved_by_neighbour_share),
                number(row.median_hours_to_first_reply),
                number(row.median_hours_to_solved),
                row.unanswered_after_48h,
                row.volunteers,
                row.residents,
            ]
        )
    filename = f"impact-{figures.period.from_}-{figures.period.to}.csv"
    return ("\ufeff" + out.getvalue()).encode("utf-8"), filename
