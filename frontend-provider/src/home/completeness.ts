import type { ProviderProfile } from '../api/profile';
import { settingsTabPath, type SettingsTab } from '../settings/paths';
import { stepPath } from '../wizard/steps';
import { PROVIDER_PATHS } from './paths';

/** Advice from the source: at least three priced services make a profile trustworthy. */
export const ADVISED_SERVICES = 3;

export const COMPLETENESS_ITEMS = [
  'photo',
  'introduction',
  'services',
  'priceList',
  'video',
] as const;

export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

export interface Completeness {
  items: { item: CompletenessItem; done: boolean }[];
  done: number;
  total: number;
}

/** What makes a profile complete, in the order the checklist shows it, and how much is done. */
export function completenessOf(profile: ProviderProfile): Completeness {
  const done: Record<CompletenessItem, boolean> = {
    photo: profile.photo !== null,
    introduction: profile.introduction.trim() !== '' && profile.profile_text.trim() !== '',
    services: profile.services.length >= ADVISED_SERVICES,
    priceList: profile.price_list !== null,
    video: profile.video !== null,
  };
  const items = COMPLETENESS_ITEMS.map((item) => ({ item, done: done[item] }));
  return { items, done: items.filter((entry) => entry.done).length, total: items.length };
}

/** Where each item is filled in: the video page, or the form of its step. */
const STEP_OF = {
  photo: 'profile',
  introduction: 'profile',
  services: 'services',
  priceList: 'services',
} as const satisfies Record<Exclude<CompletenessItem, 'video'>, SettingsTab>;

/**
 * The page that fixes an item: a live provider changes the profile in the settings (the tab of
 * the step), one still signing up in the wizard's step.
 */
export function fixPath(item: CompletenessItem, live: boolean): string {
  if (item === 'video') return PROVIDER_PATHS.video;
  const step = STEP_OF[item];
  return live ? settingsTabPath(step) : stepPath(step);
}
