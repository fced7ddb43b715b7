import type { NavItem } from '@kring/common';
import type { ProviderProfile } from '../api/profile';
import { PROVIDER_PATHS } from './paths';

type T = (key: string) => string;

/**
 * The side menu: everyone has the home page; a provider who finished the sign-up (live, waiting
 * for Kring to confirm the VOG, or suspended by Kring) has the pages of the provider's
 * environment. One still signing up finds the way on from the home page, where the wizard is.
 * Everyone signed in has the helper profile (free, apart from the provider's sign-up).
 */
export function providerNavItems(
  t: T,
  profile: ProviderProfile | null | undefined,
  signedIn = false,
): NavItem[] {
  const items: NavItem[] = [{ to: PROVIDER_PATHS.home, label: t('common.navigation.home') }];
  // Anyone signed in may help as a helper, free, provider or not.
  // A helper's proposals stay marked on a proposal's own page.
  const helping: NavItem[] = [
    { to: PROVIDER_PATHS.helper, label: t('home.nav.helper') },
    { to: PROVIDER_PATHS.proposals, label: t('home.nav.proposals'), end: false },
    { to: PROVIDER_PATHS.engagements, label: t('home.nav.engagements') },
    { to: PROVIDER_PATHS.hours, label: t('home.nav.hours') },
  ];
  const signedUp = ['live', 'awaiting_vog', 'suspended'].includes(profile?.status ?? '');
  if (!signedUp) return signedIn ? [...items, ...helping] : items;
  items.push(
    // The inbox stays marked on a request's own page.
    { to: PROVIDER_PATHS.requests, label: t('home.nav.requests'), end: false },
    { to: PROVIDER_PATHS.reviews, label: t('home.nav.reviews') },
    { to: PROVIDER_PATHS.preview, label: t('home.nav.preview') },
    { to: PROVIDER_PATHS.settings, label: t('home.nav.settings') },
    { to: PROVIDER_PATHS.video, label: t('home.nav.video') },
    { to: PROVIDER_PATHS.promotion, label: t('home.nav.promotion') },
    ...helping,
  );
  return items;
}
