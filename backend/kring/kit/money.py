"""Money rules shared by every domain: member prices, VAT splits and money as people read it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal

MEMBER_DISCOUNT = Decimal("0.10")
VAT_RATE = Decimal("0.21")
# A provider's administrative fee: EUR 10.00 including VAT, paid once.
ADMIN_FEE_CENTS = 1000


def member_price_cents(customer_price_cents: int) -> int:
    """The customer price minus 10%, rounded half-up to the cent (0.05 -> 0.05, not 0.04)."""
    exact = Decimal(customer_price_cents) * (1 - MEMBER_DISCOUNT)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class VatSplit:
    net_cents: int
    vat_cents: int
    total_cents: int


def split_vat(total_cents: int, rate: Decimal = VAT_RATE) -> VatSplit:
    """A price including VAT, split so that net + VAT is exactly the total (10.00 = 8.26 + 1.74)."""
    net = int((Decimal(total_cents) / (1 + rate)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return VatSplit(net_cents=net, vat_cents=total_cents - net, total_cents=total_cents)


def euros(cents: int) -> str:
    """`€ 1.234,56`: written the Dutch way in every language, as the portals do."""
    return str(format_currency(Decimal(cents) / 100, "EUR", locale="nl_NL"))


def pdf_money(cents: int) -> str:
    """`EUR 8,26`: the PDF's built-in fonts have no euro sign."""
    return "EUR " + str(format_decimal(Decimal(cents) / 100, format="#,##0.00", locale="nl_NL"))
