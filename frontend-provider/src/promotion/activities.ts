import type { PromotionPackage } from '../api/promotion';

export interface PackageActivities {
  /** The package before this one, when this one has everything it has. */
  builtOn: PromotionPackage | null;
  /** What this package adds (or all of its activities, for the first). */
  added: string[];
}

/**
 * Each package adds activities to the one before, as the source's table groups them: a card
 * says "everything of the Plus package, and:" with only what is new, which keeps four cards side
 * by side readable.
 */
export function activitiesOf(
  packages: readonly PromotionPackage[],
  index: number,
): PackageActivities {
  const current = packages[index];
  if (!current) return { builtOn: null, added: [] };
  const before = index > 0 ? packages[index - 1] : undefined;
  if (before && before.activities.every((activity) => current.activities.includes(activity))) {
    return {
      builtOn: before,
      added: current.activities.filter((activity) => !before.activities.includes(activity)),
    };
  }
  return { builtOn: null, added: current.activities };
}
