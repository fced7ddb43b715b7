"""The answers exported as spreadsheet programs open them: CSV in UTF-8 with a BOM, `;` in Dutch
and French, `,` in English, formulas neutralised; XLSX with every cell text. Parsed back."""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from kring.callouts.export import neutralised
from kring.models.audit import AuditEvent
from kring.models.organisation import Organisation
from tests.callouts.helpers import answer, answer_body, callouts_url, post_callout
from tests.members.helpers import Person
from tests.neighbourhoods.helpers import World, address


async def two_answers(w: World) -> tuple[Organisation, Person, dict[str, Any]]:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    where, car, more = (q["id"] for q in callout["questions"])
    elise = await w.resident("elise@example.org", "Élise")
    await w.join(elise)
    mallory = await w.resident("mallory@example.org", "Mallory")
    await w.join(mallory, address("3582 CD"))
    given = [
        (elise, "Élise Peeters", {where: "Kraampjes", car: True, more: 'Één keer; "graag"'}),
        (mallory, '=HYPERLINK("http://evil")', {where: "Opbouw", car: False, more: "+31 6 1234"}),
    ]
    for who, name, answers in given:
        body = answer_body(callout, name=name, answers=answers)
        stored = await answer(who, w.ids["witte"], callout, body)
        assert stored.status_code == 200, stored.json()
    return utrecht, gina, callout


async def download(
    member: Person, organisation: Organisation, callout: dict[str, Any], fmt: str, language: str
) -> Any:
    url = callouts_url(organisation, f"/{callout['id']}/answers/export")
    response = await member.client.get(
        url, params={"format": fmt}, headers={"Accept-Language": language}
    )
    assert response.status_code == 200, response.text
    return response


def test_formula_starts_are_neutralised() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralised(f"{start}1+1") == f"'{start}1+1"
    assert neutralised("Élise") == "Élise"
    assert neutralised("") == ""


async def test_dutch_csv_has_a_bom_semicolons_and_neutralised_formulas(w: World) -> None:
    utrecht, gina, callout = await two_answers(w)
    response = await download(gina, utrecht, callout, "csv", "nl-NL,nl;q=0.9")
    assert response.headers["content-type"].startswith("text/csv")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="kring-wie-helpt-mee-bij-de-kerstmarkt-')
    assert disposition.endswith('.csv"')
    raw: bytes = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == [
        "Buurt",
        "Naam",
        "E-mail",
        "Beschikbaarheid",
        "Waar help je het liefst?",
        "Heb je een auto?",
        "Nog iets?",
        "Beantwoord op",
    ]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Élise Peeters", '\'=HYPERLINK("http://evil")'}
    elise = by_name["Élise Peeters"]
    assert elise[0] == "Wittevrouwen"
    assert elise[2] == "elise@example.org"
    assert elise[3] == "zaterdagochtend, zaterdagmiddag"
    assert elise[4:7] == ["Kraampjes", "Ja", 'Één keer; "graag"']
    mallory = by_name['\'=HYPERLINK("http://evil")']
    assert mallory[4:7] == ["Opbouw", "Nee", "'+31 6 1234"]
    actions = list(await w.session.scalars(select(AuditEvent.action)))
    assert "callout.answers_exported" in actions


async def test_english_csv_uses_commas_and_english_headers(w: World) -> None:
    utrecht, gina, callout = await two_answers(w)
    raw = (await download(gina, utrecht, callout, "csv", "en-GB")).content
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:4] == ["Neighbourhood", "Name", "E-mail", "Availability"]
    assert rows[0][-1] == "Answered at"
    assert len(rows) == 3
    assert all(len(row) == 8 for row in rows)
    elise = next(row for row in rows if row[1] == "Élise Peeters")
    assert elise[3] == "Saturday morning, Saturday afternoon"
    assert elise[5] == "Yes"


async def test_french_csv_uses_semicolons(w: World) -> None:
    utrecht, gina, callout = await two_answers(w)
    raw = (await download(gina, utrecht, callout, "csv", "fr-BE")).content
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:2] == ["Quartier", "Nom"]
    assert all(len(row) == 8 for row in rows)


async def test_xlsx_parses_back_with_every_cell_as_text(w: World) -> None:
    utrecht, gina, callout = await two_answers(w)
    response = await download(gina, utrecht, callout, "xlsx", "nl")
    assert response.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response.headers["content-disposition"].endswith('.xlsx"')
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet is not None
    assert sheet.title == "Antwoorden"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Buurt"
    names = {row[1] for row in rows[1:]}
    # Kept as typed, and never a formula: the cell is text.
    assert names == {"Élise Peeters", '=HYPERLINK("http://evil")'}
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type == "s" for cell in row if cell.value is not None)


async def test_an_unknown_format_is_refused(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    callout = await post_callout(gina, utrecht, neighbourhood_ids=[w.ids["witte"]])
    url = callouts_url(utrecht, f"/{callout['id']}/answers/export")
    refused = await gina.client.get(url, params={"format": "pdf"})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "format"
    # No answers yet: a file with its header only.
    empty = await gina.client.get(url, params={"format": "csv"})
    rows = list(csv.reader(io.StringIO(empty.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1
