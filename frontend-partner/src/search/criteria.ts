import { DAY_PARTS, WEEKDAYS, type DayPart, type Weekday } from '@kring/common';
import type { SearchQuery } from '../api/providers';

/** One cell of the week, as the API takes it: `monday:morning`. */
export type DayPartKey = `${Weekday}:${DayPart}`;

export const ALL_DAY_PARTS: readonly DayPartKey[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}:${part}` as const),
);

export type SortOrder = 'distance' | 'rating';

/** The results a page brings ("more results" adds the next page under them). */
export const PAGE_SIZE = 10;

/** What the visitor searched for: kept in the address bar, so a search can be shared. */
export interface SearchCriteria {
  q: string;
  /** A category's slug; '' for all. */
  category: string;
  /** A place picked from the list (its name for the field). */
  place: { id: number; name: string } | null;
  /** A Dutch postcode, written `3511 AX`; '' for none. */
  postcode: string;
  dayParts: DayPartKey[];
  sort: SortOrder;
}

export const NO_CRITERIA: SearchCriteria = {
  q: '',
  category: '',
  place: null,
  postcode: '',
  dayParts: [],
  sort: 'distance',
};

/** The address's keys, the API's names (the place's name is for the field only). */
const KEYS = ['q', 'category', 'place_id', 'postcode', 'day_parts', 'sort'] as const;

const POSTCODE = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})\s*$/;

/** "3511ax" → "3511 AX"; `null` for anything that is not a Dutch postcode. */
export function asPostcode(text: string): string | null {
  const match = POSTCODE.exec(text);
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : null;
}

/** Starts like a postcode ("35", "3511 A"): no place names to suggest. */
export function looksLikePostcode(text: string): boolean {
  return /^\s*[0-9]/.test(text);
}

/** Whether the address holds a search (else the home page shows what Kring is). */
export function isSearch(params: URLSearchParams): boolean {
  return KEYS.some((key) => params.has(key));
}

function positive(text: string | null): number | null {
  if (text === null || !/^[0-9]+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 ? value : null;
}

export function criteriaFrom(params: URLSearchParams): SearchCriteria {
  const placeId = positive(params.get('place_id'));
  const dayParts = new Set(params.getAll('day_parts'));
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    place: placeId === null ? null : { id: placeId, name: params.get('place') ?? '' },
    postcode: placeId === null ? (params.get('postcode') ?? '') : '',
    // Known cells only, in the week's order.
    dayParts: ALL_DAY_PARTS.filter((key) => dayParts.has(key)),
    sort: params.get('sort') === 'rating' ? 'rating' : 'distance',
  };
}

/** The address of a search: always with `q` (also empty: "show everyone"), the rest when set. */
export function paramsFrom(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', criteria.q.trim());
  if (criteria.category) params.set('category', criteria.category);
  if (criteria.place) {
    params.set('place_id', String(criteria.place.id));
    if (criteria.place.name) params.set('place', criteria.place.name);
  } else if (criteria.postcode) {
    params.set('postcode', criteria.postcode);
  }
  for (const key of criteria.dayParts) params.append('day_parts', key);
  if (criteria.sort !== 'distance') params.set('sort', criteria.sort);
  return params;
}

/** The search as the API takes it; distance order only means something from a place. */
export function apiQueryFrom(criteria: SearchCriteria): SearchQuery {
  const located = criteria.place !== null || criteria.postcode !== '';
  return {
    ...(criteria.q.trim() ? { q: criteria.q.trim() } : {}),
    ...(criteria.category ? { category: criteria.category } : {}),
    ...(criteria.place ? { place_id: criteria.place.id } : {}),
    ...(!criteria.place && criteria.postcode ? { postcode: criteria.postcode } : {}),
    ...(criteria.dayParts.length > 0 ? { day_parts: criteria.dayParts } : {}),
    ...(criteria.sort === 'rating' || located ? { sort: criteria.sort } : {}),
    limit: PAGE_SIZE,
  };
}
