import { PROVIDER_PATHS } from '../home/paths';
import type { StepWithPage } from '../wizard/steps';

/** The wizard's steps with a form: each is a tab of the settings. */
export const SETTINGS_TABS = [
  'personal',
  'company',
  'profile',
  'availability',
  'services',
] as const satisfies readonly StepWithPage[];

export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function isSettingsTab(value: string | null | undefined): value is SettingsTab {
  return (SETTINGS_TABS as readonly string[]).includes(value ?? '');
}

/** A tab of the settings is in the address (`/settings?tab=company`), so a link can open it. */
export function settingsTabPath(tab: SettingsTab): string {
  return `${PROVIDER_PATHS.settings}?tab=${tab}`;
}
