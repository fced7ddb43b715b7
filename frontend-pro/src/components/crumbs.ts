import type { Crumb } from '@kring/common';
import { PRO_PATHS } from '../paths';

type T = (key: string) => string;

/** The way up from the pages under "My details". */
export function myDetailsCrumbs(t: T, ...below: Crumb[]): Crumb[] {
  return [
    { label: t('common.navigation.home'), to: PRO_PATHS.home },
    { label: t('nav.myDetails'), to: PRO_PATHS.myDetails },
    ...below,
  ];
}
