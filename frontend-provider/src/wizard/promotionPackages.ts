/**
 * The promotion packages of the source's table ("Promotie Pakketten"), one place for the done
 * step and the promotion page. Each package has everything of the one before it, and adds its
 * own activities; the texts are in the locales (`promotionPackages.*`).
 */
export type PromotionPackageId = 'basic' | 'plus' | 'luxe' | 'fee';

export type PromotionActivity =
  | 'profile'
  | 'mediation'
  | 'magazineOverview'
  | 'yearFolder'
  | 'ambassadors'
  | 'openDays'
  | 'posters'
  | 'newsletter'
  | 'infoPillar'
  | 'socialMedia'
  | 'magazineEditorial'
  | 'slideBanner'
  | 'meetings';

export interface PromotionPackage {
  id: PromotionPackageId;
  /** ★ to ★★★★★, as the source rates them. */
  stars: number;
  /** Per year, including VAT. */
  priceCents: number;
  /** "Vanaf": the price is where it starts (the fee package is agreed per provider). */
  from: boolean;
  /** The package it builds on, whose activities it includes. */
  includes: PromotionPackageId | null;
  /** What it adds to the package it builds on. */
  adds: readonly PromotionActivity[];
  /** All its activities, as the source's table lists them. */
  activities: readonly PromotionActivity[];
}

const BASIC: readonly PromotionActivity[] = [
  'profile',
  'mediation',
  'magazineOverview',
  'yearFolder',
  'ambassadors',
];
const PLUS: readonly PromotionActivity[] = ['openDays', 'posters', 'newsletter'];
const LUXE: readonly PromotionActivity[] = ['infoPillar', 'socialMedia', 'magazineEditorial'];
const FEE: readonly PromotionActivity[] = ['slideBanner', 'meetings'];

export const PROMOTION_PACKAGES: readonly PromotionPackage[] = [
  {
    id: 'basic',
    stars: 1,
    priceCents: 10_000,
    from: false,
    includes: null,
    adds: BASIC,
    activities: BASIC,
  },
  {
    id: 'plus',
    stars: 2,
    priceCents: 30_000,
    from: false,
    includes: 'basic',
    adds: PLUS,
    activities: [...BASIC, ...PLUS],
  },
  {
    id: 'luxe',
    stars: 3,
    priceCents: 50_000,
    from: false,
    includes: 'plus',
    adds: LUXE,
    activities: [...BASIC, ...PLUS, ...LUXE],
  },
  {
    id: 'fee',
    stars: 5,
    priceCents: 50_000,
    from: true,
    includes: 'luxe',
    adds: FEE,
    activities: [...BASIC, ...PLUS, ...LUXE, ...FEE],
  },
];
