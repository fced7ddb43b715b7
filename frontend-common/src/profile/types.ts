import type { components } from '@kring/client';

/** A live provider's public profile, as the API gives it to everyone (with its first reviews). */
export type PublicProfile = components['schemas']['PublicProfile'];
export type Rating = components['schemas']['Rating'];
export type Review = components['schemas']['ReviewRead'];
/** A page of a provider's reviews, newest first; `next_cursor` fetches the next one. */
export type ReviewPage = components['schemas']['Page_ReviewRead_'];

/**
 * What the profile's pieces show: the API's `PublicProfile` without what belongs to the page
 * around them (its id, for the links; its reviews). The public page passes the API's profile as it
 * is; the provider's preview maps the provider's own profile to this. `rating` is left out where it
 * is not known (the preview): then the introduction says nothing about reviews.
 */
export type ShownProfile = Omit<PublicProfile, 'id' | 'reviews' | 'rating'> & {
  rating?: Rating;
};

/**
 * The level of the profile's title ("Maak kennis met …"): 1 where the profile is the page (the
 * public page), 2 under a page's own h1 (the preview). Its sections are one level deeper.
 */
export type ProfileTitleOrder = 1 | 2;

/** The level of the profile's section titles, one under the profile's title. */
export const sectionOrder = (order: ProfileTitleOrder): 2 | 3 => (order + 1) as 2 | 3;
