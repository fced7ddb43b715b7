import { isApiProblem } from '@kring/client';
import type { SearchFieldErrors } from './SearchForm';

/** Which form field each of the search API's query parameters belongs to. */
const FIELD_OF: Record<string, keyof SearchFieldErrors> = {
  q: 'q',
  category: 'category',
  place_id: 'location',
  postcode: 'location',
  day_parts: 'dayParts',
};

/**
 * A refused search (422) as messages at the form's fields, and the rest (a problem without field
 * errors, or on a field the form does not have) for above the results. `null`: not refused.
 */
export function searchErrorsOf(
  error: unknown,
): { fields: SearchFieldErrors; other: string[] } | null {
  if (!isApiProblem(error) || error.status !== 422) return null;
  const fields: SearchFieldErrors = {};
  const other: string[] = [];
  for (const fieldError of error.errors) {
    const field = FIELD_OF[fieldError.field.replace(/^(query|body|path)\./, '')];
    if (field && !fields[field]) fields[field] = fieldError.message;
    else if (!field) other.push(fieldError.message);
  }
  if (error.errors.length === 0) other.push(error.detail ?? error.title);
  return { fields, other };
}
