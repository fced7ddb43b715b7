import type { Crumb } from '@kring/common';
import { PRO_PATHS } from '../paths';

/** The way up from a project's page. */
export function projectsCrumbs(t: (key: string) => string, ...below: Crumb[]): Crumb[] {
  return [
    { label: t('common.navigation.home'), to: PRO_PATHS.home },
    { label: t('nav.projects'), to: PRO_PATHS.projects },
    ...below,
  ];
}
