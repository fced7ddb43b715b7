import type { ApiProblem } from '@kring/client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { stripLocation } from './submitErrors';

/**
 * Puts the messages of a 422 problem on the form fields they belong to. `errors[].field` is a
 * dotted path (`address.postcode`) that matches react-hook-form's field names. Returns the
 * messages that belong to no field of this form (or the problem's detail when it lists no
 * field errors), for the form's non-field error area.
 */
export function applyApiFieldErrors<T extends FieldValues>(
  problem: ApiProblem,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string[] {
  const known = new Set<string>(fields);
  const unplaced: string[] = [];
  let focused = false;
  for (const error of problem.errors) {
    const field = stripLocation(error.field);
    if (known.has(field)) {
      setError(
        field as Path<T>,
        { type: 'server', message: error.message },
        { shouldFocus: !focused },
      );
      focused = true;
    } else {
      unplaced.push(error.message);
    }
  }
  if (problem.errors.length === 0) {
    unplaced.push(problem.detail ?? problem.title);
  }
  return unplaced;
}
