import { z } from 'zod';
import type { Neighbourhood, NeighbourhoodCreate } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

export const NEIGHBOURHOOD_FIELDS = [
  'name',
  'country',
  'description',
  'postcode_areas',
  'place_ids',
  'latitude',
  'longitude',
] as const;

const POSTCODE_AREA = /^[1-9][0-9]{3}$/;
const NUMBER = /^-?\d{1,3}(\.\d+)?$/;

export interface PlaceChoice {
  id: number;
  name: string;
}

/** The rules the API checks, said before sending; the API checks overlaps and places. */
export function neighbourhoodSchema(t: T) {
  const coordinate = (max: number) =>
    z
      .string()
      .trim()
      .refine(
        (value) => value === '' || (NUMBER.test(value) && Math.abs(Number(value)) <= max),
        t('neighbourhoods.errors.coordinate'),
      );
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, t('neighbourhoods.errors.name'))
        .max(100, t('neighbourhoods.errors.tooLong', { max: 100 })),
      country: z.enum(['NL', 'BE']),
      description: z
        .string()
        .trim()
        .max(1000, t('neighbourhoods.errors.tooLong', { max: 1000 })),
      postcode_areas: z
        .array(z.string())
        .refine(
          (areas) => areas.every((area) => POSTCODE_AREA.test(area)),
          t('neighbourhoods.errors.postcodeArea'),
        ),
      place_ids: z.array(z.object({ id: z.number(), name: z.string() })),
      latitude: coordinate(90),
      longitude: coordinate(180),
    })
    .superRefine((values, context) => {
      if (values.postcode_areas.length === 0 && values.place_ids.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['postcode_areas'],
          message: t('neighbourhoods.errors.noArea'),
        });
      }
    });
}

export type NeighbourhoodFormValues = z.output<ReturnType<typeof neighbourhoodSchema>>;

export function neighbourhoodFormValues(neighbourhood?: Neighbourhood): NeighbourhoodFormValues {
  return {
    name: neighbourhood?.name ?? '',
    country: neighbourhood?.country ?? 'NL',
    description: neighbourhood?.description ?? '',
    postcode_areas: neighbourhood?.postcode_areas ?? [],
    place_ids: neighbourhood?.places ?? [],
    latitude: neighbourhood ? String(neighbourhood.latitude) : '',
    longitude: neighbourhood ? String(neighbourhood.longitude) : '',
  };
}

/** The API's body: the centre only when both halves are given. */
export function neighbourhoodBody(values: NeighbourhoodFormValues): NeighbourhoodCreate {
  const centre =
    values.latitude !== '' && values.longitude !== ''
      ? { latitude: Number(values.latitude), longitude: Number(values.longitude) }
      : {};
  return {
    name: values.name,
    country: values.country,
    description: values.description || null,
    postcode_areas: values.postcode_areas,
    place_ids: values.place_ids.map((place) => place.id),
    ...centre,
  };
}
