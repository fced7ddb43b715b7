"""A run's SEPA files, made with `sepaxml`: the direct debit that collects from the help seekers
(pain.008.001.08) and the credit transfer that pays the helpers (pain.001.001.09).

Both are the ISO 20022 2019 versions the EPC rulebooks use; in them every party's BIC may be left
out (Kring does not know the help seekers' and helpers' banks). Kring's own BIC is given. The
message id is the run's own, so a file downloaded twice is the same message to the bank (which
refuses a message id it has seen), and each transaction's end-to-end id names its line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sepaxml import SepaDD, SepaTransfer
from text_unidecode import unidecode  # what sepaxml itself transliterates with

from kring.config import Settings

DIRECT_DEBIT_SCHEMA = "pain.008.001.08"
CREDIT_TRANSFER_SCHEMA = "pain.001.001.09"


@dataclass(frozen=True)
class Collection:
    line_id: int
    name: str
    iban: str
    amount_cents: int
    mandate_id: str
    mandate_date: date
    first: bool


@dataclass(frozen=True)
class Payment:
    line_id: int
    name: str
    iban: str
    amount_cents: int


# The characters every SEPA bank takes (the EPC's basic Latin set); others become spaces.
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/?:().,'+ -]+")


def sepa_text(value: str, length: int = 70) -> str:
    """`Anaïs Dupré & Zn.` -> `Anais Dupre Zn.`: written in Latin letters, what banks refuse
    left out; never empty (the schema needs a name)."""
    plain = " ".join(_NOT_SEPA.sub(" ", unidecode(value)).split())[:length].strip()
    return plain or "NOTPROVIDED"


def _month_code(month: date) -> str:
    return f"{month:%Y%m}"


def description(month: date) -> str:
    """What the help seeker's and the helper's bank statements say."""
    return f"Kring {month:%Y-%m}"


class _StableDebit(SepaDD):  # type: ignore[misc]
    def __init__(self, config: dict[str, Any], schema: str, message_id: str) -> None:
        self._message_id = message_id
        super().__init__(config, schema=schema)

    def _create_header(self) -> None:
        self.msg_id = self._message_id
        super()._create_header()


class _StableTransfer(SepaTransfer):  # type: ignore[misc]
    def __init__(self, config: dict[str, Any], schema: str, message_id: str) -> None:
        self._message_id = message_id
        super().__init__(config, schema=schema)

    def _create_header(self) -> None:
        self.msg_id = self._message_id
        super()._create_header()


def direct_debit(
    settings: Settings, month: date, collection_date: date, lines: list[Collection]
) -> bytes:
    """The collections as one pain.008 file (validated against its schema by `sepaxml`)."""
    config = {
        "name": sepa_text(settings.sepa_name),
        "IBAN": settings.sepa_iban,
        "BIC": settings.sepa_bic,
        "batch": True,
        "creditor_id": settings.sepa_creditor_id,
        "currency": "EUR",
    }
    document = _StableDebit(config, DIRECT_DEBIT_SCHEMA, f"KRING-DD-{_month_code(month)}")
    for line in lines:
        document.add_payment(
            {
                "name": sepa_text(line.name),
                "IBAN": line.iban,
                "amount": line.amount_cents,
                "type": "FRST" if line.first else "RCUR",
                "collection_date": collection_date,
                "mandate_id": line.mandate_id,
                "mandate_date": line.mandate_date,
                "description": description(month),
                "endtoend_id": f"KRING-{_month_code(month)}-C{line.line_id}",
            }
        )
    data: bytes = document.export(validate=True)
    return data


def credit_transfer(
    settings: Settings, month: date, execution_date: date, lines: list[Payment]
) -> bytes:
    """The payments as one pain.001 file (validated against its schema by `sepaxml`)."""
    config = {
        "name": sepa_text(settings.sepa_name),
        "IBAN": settings.sepa_iban,
        "BIC": settings.sepa_bic,
        "batch": True,
        "currency": "EUR",
    }
    document = _StableTransfer(config, CREDIT_TRANSFER_SCHEMA, f"KRING-CT-{_month_code(month)}")
    for line in lines:
        document.add_payment(
            {
                "name": sepa_text(line.name),
                "IBAN": line.iban,
                "amount": line.amount_cents,
                "execution_date": execution_date,
                "description": description(month),
                "endtoend_id": f"KRING-{_month_code(month)}-P{line.line_id}",
            }
        )
    data: bytes = document.export(validate=True)
    return data
