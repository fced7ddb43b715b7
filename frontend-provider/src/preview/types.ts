import type { ProviderProfile } from '../api/profile';

/**
 * What a profile page shows to customers: the provider's own profile (in the preview) or, later,
 * a provider's public profile. The components of this folder take nothing else.
 */
export type PublicProfile = Pick<
  ProviderProfile,
  | 'first_name'
  | 'company_name'
  | 'introduction'
  | 'profile_text'
  | 'photo'
  | 'categories'
  | 'services'
  | 'price_note'
  | 'price_list'
  | 'video'
  | 'badges'
  | 'work_area_kind'
  | 'radius_km'
  | 'places'
  | 'latitude'
  | 'longitude'
  | 'day_parts'
> & {
  /** Only its city is shown: the middle of a radius work area. */
  address?: Pick<NonNullable<ProviderProfile['address']>, 'city'> | null;
};

/** Heading levels inside the profile: under the page's h1 (preview) or as the page (public). */
export type TitleOrder = 1 | 2;
