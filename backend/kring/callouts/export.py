"""A callout's answers as a file spreadsheet programs open as they are: CSV in UTF-8 with a BOM
(`;` separated for Dutch and French, whose spreadsheets use the comma as the decimal sign; `,`
in English), or XLSX. Headers and values in the reader's language. Exporting is audited."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from typing import Any, Literal

from babel.dates import get_day_names
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.callouts.service import SUBJECT, answers_of
from kring.kit.clock import Clock
from kring.kit.i18n import N_, Language, translate
from kring.kit.text import fold
from kring.kit.working_days import AMSTERDAM
from kring.models.callout import DAYS, PARTS, Callout, CalloutQuestion, QuestionKind

ExportFormat = Literal["csv", "xlsx"]
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

NEIGHBOURHOOD = N_("Neighbourhood")
NAME = N_("Name")
EMAIL = N_("E-mail")
AVAILABILITY = N_("Availability")
ANSWERED_AT = N_("Answered at")
YES, NO = N_("Yes"), N_("No")
SHEET = N_("Answers")
MOMENTS = {
    "morning": N_("{day} morning"),
    "afternoon": N_("{day} afternoon"),
    "evening": N_("{day} evening"),
}
# A cell starting with one of these is a formula to a spreadsheet program (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    """A quote before text a spreadsheet would run as a formula, so it shows as typed."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _moment(day_part: str, language: Language) -> str:
    day, part = day_part.split("_", 1)
    day_name = str(get_day_names("wide", locale=language)[DAYS.index(day)])
    return translate(MOMENTS[part], language, day=day_name) if part in PARTS else day_part


def _value(question: CalloutQuestion, value: Any, language: Language) -> str:
    if value is None:
        return ""
    if question.kind == QuestionKind.yes_no:
        return translate(YES if value else NO, language)
    return str(value)


def table(
    callout: Callout,
    questions: Sequence[CalloutQuestion],
    rows: Sequence[Any],
    language: Language,
) -> list[list[str]]:
    """The header and one row per answer, as text; only the columns the callout asks."""
    header = [translate(NEIGHBOURHOOD, language)]
    if callout.asks_name:
        header.append(translate(NAME, language))
    if callout.asks_email:
        header.append(translate(EMAIL, language))
    if callout.asks_availability:
        header.append(translate(AVAILABILITY, language))
    header += [q.label for q in questions]
    header.append(translate(ANSWERED_AT, language))
    lines = [header]
    for row in rows:
        line = [row.neighbourhood_name]
        if callout.asks_name:
            line.append(row.name or "")
        if callout.asks_email:
            line.append(row.email or "")
        if callout.asks_availability:
            line.append(", ".join(_moment(p, language) for p in row.availability))
        line += [_value(q, row.answers.get(str(q.id)), language) for q in questions]
        line.append(row.modified_at.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M"))
        lines.append(line)
    return lines


def as_csv(lines: list[list[str]], language: Language) -> bytes:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter="," if language == "en" else ";",
        lineterminator="\r\n",
        quoting=csv.QUOTE_MINIMAL,
    )
    writer.writerows([[neutralised(cell) for cell in line] for line in lines])
    # The BOM tells Excel the file is UTF-8 ("Élise" stays "Élise").
    return out.getvalue().encode("utf-8-sig")


def as_xlsx(lines: list[list[str]], language: Language) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(translate(SHEET, language))
    for line in lines:
        cells = []
        for value in line:
            # Every cell is text, never a formula, whatever it starts with.
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def export(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    callout_id: uuid.UUID,
    fmt: ExportFormat,
    language: Language,
) -> tuple[str, str, bytes]:
    """(file name, media type, content) of the callout's answers, newest first; audited."""
    repo, callout = await answers_of(db, acting, callout_id)
    questions = await repo.questions(callout.id)
    rows = await repo.all_answers(repo.answers_statement(callout))
    await audit.record(
        db,
        acting,
        "callout.answers_exported",
        subject_type=SUBJECT,
        subject_id=callout.id,
        details={"format": fmt, "count": len(rows)},
    )
    lines = table(callout, questions, rows, language)
    # An ASCII name: it goes into the Content-Disposition header.
    slug = fold(callout.title).replace(" ", "-")[:60].strip("-") or "callout"
    day = clock.now().astimezone(AMSTERDAM).date().isoformat()
    filename = f"kring-{slug}-{day}.{fmt}"
    if fmt == "csv":
        return filename, CSV_MEDIA_TYPE, as_csv(lines, language)
    return filename, XLSX_MEDIA_TYPE, as_xlsx(lines, language)
