import { PROVIDER_PATHS } from '../home/paths';
import type { StepWithPage } from '../wizard/steps';

/**
 * The tabs of the settings: first the personal details ("Persoonlijke informatie", the account's),
 * then the wizard's steps with a form, each with the step's own form.
 */
export const SETTINGS_TABS = [
  'details',
  'personal',
  'company',
  'profile',
  'availability',
  'services',
] as const satisfies readonly ('details' | StepWithPage)[];

export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function isSettingsTab(value: string | null | undefined): value is SettingsTab {
  return (SETTINGS_TABS as readonly string[]).includes(value ?? '');
}

/** A tab of the settings is in the address (`/settings?tab=company`), so a link can open it. */
export function settingsTabPath(tab: SettingsTab): string {
  return `${PROVIDER_PATHS.settings}?tab=${tab}`;
}
