"""The promotion packages as the source lists them: each adds activities to the one before."""

from __future__ import annotations

from dataclasses import dataclass

from kring.kit.i18n import N_
from kring.models.promotion import PromotionPackage

_BASIC = (
    N_("Your profile on the Kring platform"),
    N_("Introductions to customers by phone and online"),
    N_("Your service on the overview page of the magazine (3 times a year, 33,000 copies)"),
    N_("Your service in the yearly folder (4,500 copies)"),
    N_("Promotion by Kring ambassadors"),
)
_PLUS = (
    N_("Taking part in Kring open days"),
    N_("Posters at locations"),
    N_("The digital newsletter"),
)
_LUXE = (
    N_("The information pillar at locations"),
    N_("Social media marketing"),
    N_("Half a page of editorial in the magazine (once a year)"),
)
_FEE = (
    N_("A slide banner on the platform"),
    N_("Meetings for fee partners"),
)


@dataclass(frozen=True)
class PackageTerms:
    package: PromotionPackage
    stars: int
    price_cents: int  # per year, including VAT
    price_is_minimum: bool  # the fee package's price is agreed with staff, from this amount
    activities: tuple[str, ...]  # message ids, in the order shown


PACKAGES: dict[PromotionPackage, PackageTerms] = {
    PromotionPackage.basic: PackageTerms(PromotionPackage.basic, 1, 10_000, False, _BASIC),
    PromotionPackage.plus: PackageTerms(PromotionPackage.plus, 2, 30_000, False, _BASIC + _PLUS),
    PromotionPackage.luxe: PackageTerms(
        PromotionPackage.luxe, 3, 50_000, False, _BASIC + _PLUS + _LUXE
    ),
    PromotionPackage.fee: PackageTerms(
        PromotionPackage.fee, 5, 50_000, True, _BASIC + _PLUS + _LUXE + _FEE
    ),
}

PACKAGE_NAMES = {
    PromotionPackage.basic: N_("Basic package"),
    PromotionPackage.plus: N_("Plus package"),
    PromotionPackage.luxe: N_("Luxe package"),
    PromotionPackage.fee: N_("Fee package"),
}
