"""Money as people read it: EUR 1.234,56, written the Dutch way in every language (as the
portals do)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency


def euros(cents: int) -> str:
    return str(format_currency(Decimal(cents) / 100, "EUR", locale="nl_NL"))
