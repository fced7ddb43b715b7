import type { ShownProfile } from '@kring/common';
import type { ProviderProfile } from '../api/profile';

/** The API's public profile rounds the address to its neighbourhood (two decimals, about 1 km). */
const neighbourhood = (degrees: number | null) =>
  degrees === null ? null : Math.round(degrees * 100) / 100;

/**
 * My own profile in the shape of the API's public profile (`PublicProfile`), as the public page
 * would show it: `name` is my display name (as the API writes it), the map's centre is rounded
 * as the API rounds it, and the files are my own (private) addresses of the same photo, video and
 * price list. The rating is not part of my profile, so the preview leaves it out.
 */
export function toShownProfile(profile: ProviderProfile, name: string): ShownProfile {
  return {
    name: name || profile.first_name,
    first_name: profile.first_name,
    company_name: profile.company_name,
    introduction: profile.introduction,
    profile_text: profile.profile_text,
    photo_urls: profile.photo?.urls ?? null,
    video: profile.video ? { url: profile.video.url, media_type: profile.video.media_type } : null,
    categories: profile.categories,
    services: profile.services,
    price_note: profile.price_note,
    price_list: profile.price_list
      ? { url: profile.price_list.url, bytes: profile.price_list.bytes }
      : null,
    badges: profile.badges,
    work_area_kind: profile.work_area_kind,
    radius_km: profile.radius_km,
    places: profile.places,
    latitude: neighbourhood(profile.latitude),
    longitude: neighbourhood(profile.longitude),
    day_parts: profile.day_parts,
  };
}
