"""A run's SEPA files: each validates against the ISO 20022 schema that `sepaxml` ships (checked
here with `xmlschema`, not only by the library), and holds exactly the run's approved amounts,
accounts and mandates, from and to Kring's own account; every download is audited."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pytest
import sepaxml
import xmlschema
from defusedxml.ElementTree import fromstring
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.payment_runs.repository import mandate_id
from kring.payment_runs.sepa import sepa_text
from tests.payment_runs.helpers import (
    RUNS,
    admin,
    day,
    engage,
    entry,
    make_run,
    months_back,
    paid_helper,
    side,
)

SCHEMAS = Path(sepaxml.__file__).parent / "schemas"
DIRECT_DEBIT = "pain.008.001.08"
CREDIT_TRANSFER = "pain.001.001.09"


def _schema(name: str) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / f"{name}.xsd"))


def _cents(amount: str) -> int:
    return int(Decimal(amount) * 100)


def _text(node: Element, path: str, ns: dict[str, str]) -> str:
    found = node.find(path, ns)
    assert found is not None, path
    return found.text or ""


@pytest.fixture
async def run(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> dict[str, Any]:
    """Two dossiers and two helpers: Henk for both, Mia for Truus."""
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org", holder="G. de Vríes & Zn")
    kees = await side(
        app, session, settings, "ria@example.org", iban="NL44RABO0123456789", holder="K. Smit"
    )
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk", rate=2000)
    mia = await paid_helper(
        app, session, settings, "mia@example.org", "Mia", rate=2350, iban="DE89370400440532013000"
    )
    await entry(session, await engage(truus, henk), day(month, 3), 150)  # 50.00
    await entry(session, await engage(kees, henk), day(month, 4), 45)  # 15.00
    await entry(session, await engage(truus, mia), day(month, 5), 100)  # 39.17
    ada = await admin(app, session, settings)
    made = await make_run(ada, month)
    return {"run": made, "staff": ada, "truus": truus, "kees": kees, "henk": henk, "mia": mia}


async def test_the_direct_debit_validates_and_collects_exactly_the_run(
    run: dict[str, Any], session: AsyncSession, settings: Settings
) -> None:
    made = run["run"]
    answer = await run["staff"].call("GET", f"{RUNS}/{made['id']}/direct-debit")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/xml")
    assert answer.headers["content-disposition"] == (
        f'attachment; filename="kring-direct-debit-{made["month"]}.xml"'
    )
    _schema(DIRECT_DEBIT).validate(answer.text)

    ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:{DIRECT_DEBIT}"}
    document = fromstring(answer.content)
    header = document.find("p:CstmrDrctDbtInitn/p:GrpHdr", ns)
    assert header is not None
    assert _text(header, "p:MsgId", ns) == f"KRING-DD-{made['month'].replace('-', '')}"
    assert _text(header, "p:NbOfTxs", ns) == "2"
    assert _cents(_text(header, "p:CtrlSum", ns)) == 5000 + 1500 + 3917
    collected = {}
    for batch in document.iterfind("p:CstmrDrctDbtInitn/p:PmtInf", ns):
        # Into Kring's own account, under its creditor identifier, on the run's date.
        assert _text(batch, "p:CdtrAcct/p:Id/p:IBAN", ns) == settings.sepa_iban
        assert _text(batch, "p:CdtrAgt/p:FinInstnId/p:BICFI", ns) == settings.sepa_bic
        creditor = "p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:Id"
        assert _text(batch, creditor, ns) == settings.sepa_creditor_id
        assert _text(batch, "p:ReqdColltnDt", ns) == made["collection_date"]
        assert _text(batch, "p:PmtTpInf/p:SeqTp", ns) == "FRST"
        for debit in batch.iterfind("p:DrctDbtTxInf", ns):
            iban = _text(debit, "p:DbtrAcct/p:Id/p:IBAN", ns)
            collected[iban] = (
                _cents(_text(debit, "p:InstdAmt", ns)),
                _text(debit, "p:Dbtr/p:Nm", ns),
                _text(debit, "p:DrctDbtTx/p:MndtRltdInf/p:MndtId", ns),
                _text(debit, "p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr", ns),
                _text(debit, "p:DbtrAgt/p:FinInstnId/p:Othr/p:Id", ns),
            )
    lines = {line["iban"]: line for line in made["collections"]}
    truus, kees = run["truus"].dossier_id, run["kees"].dossier_id
    assert collected == {
        # The name as every bank takes it (no accents, no "&").
        "NL91ABNA0417164300": (
            5000 + 3917,
            "G. de Vries Zn",
            mandate_id(truus),
            lines["NL91ABNA0417164300"]["mandate_date"],
            "NOTPROVIDED",  # the help seeker's bank is not known
        ),
        "NL44RABO0123456789": (
            1500,
            "K. Smit",
            mandate_id(kees),
            lines["NL44RABO0123456789"]["mandate_date"],
            "NOTPROVIDED",
        ),
    }


async def test_the_credit_transfer_validates_and_pays_exactly_the_run(
    run: dict[str, Any], session: AsyncSession, settings: Settings
) -> None:
    made = run["run"]
    answer = await run["staff"].call("GET", f"{RUNS}/{made['id']}/credit-transfer")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/xml")
    assert answer.headers["content-disposition"] == (
        f'attachment; filename="kring-credit-transfer-{made["month"]}.xml"'
    )
    _schema(CREDIT_TRANSFER).validate(answer.text)

    ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:{CREDIT_TRANSFER}"}
    document = fromstring(answer.content)
    header = document.find("p:CstmrCdtTrfInitn/p:GrpHdr", ns)
    assert header is not None
    assert _text(header, "p:NbOfTxs", ns) == "2"
    assert _cents(_text(header, "p:CtrlSum", ns)) == made["paid_cents"] == made["collected_cents"]
    paid = {}
    for batch in document.iterfind("p:CstmrCdtTrfInitn/p:PmtInf", ns):
        assert _text(batch, "p:DbtrAcct/p:Id/p:IBAN", ns) == settings.sepa_iban
        assert _text(batch, "p:ReqdExctnDt/p:Dt", ns) == made["collection_date"]
        for transfer in batch.iterfind("p:CdtTrfTxInf", ns):
            # No bank of the helper's named: the BIC may be left out in this version.
            assert transfer.find("p:CdtrAgt", ns) is None
            paid[_text(transfer, "p:CdtrAcct/p:Id/p:IBAN", ns)] = (
                _cents(_text(transfer, "p:Amt/p:InstdAmt", ns)),
                _text(transfer, "p:Cdtr/p:Nm", ns),
            )
    assert paid == {
        "NL20INGB0001234567": (5000 + 1500, "Henk Bakker"),
        "DE89370400440532013000": (3917, "Mia Bakker"),
    }


async def test_the_schema_check_is_real_and_every_download_is_audited(
    run: dict[str, Any], session: AsyncSession
) -> None:
    made = run["run"]
    url = f"{RUNS}/{made['id']}/direct-debit"
    first = await run["staff"].call("GET", url)
    again = await run["staff"].call("GET", url)
    # The same message to the bank: a second submission of it would be refused as a duplicate.
    ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:{DIRECT_DEBIT}"}
    ids = [
        _text(fromstring(a.content), "p:CstmrDrctDbtInitn/p:GrpHdr/p:MsgId", ns)
        for a in (first, again)
    ]
    assert ids[0] == ids[1]
    # The schema refuses a file with a collection of no account: the check above can fail.
    broken = first.text.replace("<IBAN>NL91ABNA0417164300</IBAN>", "<IBAN>NL91</IBAN>")
    assert not _schema(DIRECT_DEBIT).is_valid(broken)
    assert _schema(DIRECT_DEBIT).is_valid(first.text)
    await run["staff"].call("GET", f"{RUNS}/{made['id']}/credit-transfer")
    exported = (
        await session.scalars(
            select(AuditEvent.details)
            .where(AuditEvent.action == "payment_run.exported")
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).all()
    assert exported == [
        {"file": "direct_debit", "lines": 2},
        {"file": "direct_debit", "lines": 2},
        {"file": "credit_transfer", "lines": 2},
    ]


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Anaïs Dupré & Zn.", "Anais Dupre Zn."),
        ("Stichting 't Hofje (Utrecht)", "Stichting 't Hofje (Utrecht)"),
        ("Дмитрий Øster", "Dmitrii Oster"),
        ("&&&", "NOTPROVIDED"),
        ("x" * 80, "x" * 70),
    ],
)
def test_names_are_written_as_every_bank_takes_them(name: str, written: str) -> None:
    assert sepa_text(name) == written
