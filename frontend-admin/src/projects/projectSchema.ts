import { z } from 'zod';
import type { ProjectCreate, ProjectKind, ProjectUpdate, StaffProject } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ADDRESS_PARTS = [
  'street',
  'house_number',
  'house_number_addition',
  'postcode',
  'city',
] as const;

export const PROJECT_FIELDS = [
  'organisation_id',
  'name',
  'kind',
  'description',
  'address.street',
  'address.house_number',
  'address.house_number_addition',
  'address.postcode',
  'address.city',
  'starts_on',
  'ends_on',
  'leader_id',
] as const;

/** The rules the API checks, said before sending; the API checks the postcode and the leader. */
export function projectSchema(t: T, creating: boolean) {
  const text = (max: number) => z.string().trim().max(max, t('projects.errors.tooLong', { max }));
  return z
    .object({
      organisation_id: creating
        ? z.string().nullable().refine(Boolean, t('projects.errors.organisation'))
        : z.string().nullable(),
      name: text(200).min(1, t('projects.errors.name')),
      kind: z.string().min(1, t('projects.errors.kind')),
      description: text(2000),
      address: z.object({
        street: text(200),
        house_number: text(5),
        house_number_addition: text(10),
        postcode: text(8),
        city: text(100),
      }),
      starts_on: z.string().regex(ISO_DAY, t('projects.errors.date')),
      ends_on: z.string().refine((value) => value === '' || ISO_DAY.test(value), {
        message: t('projects.errors.date'),
      }),
      leader_id: z.string().nullable().refine(Boolean, t('projects.errors.leader')),
    })
    .superRefine((values, context) => {
      const given = ADDRESS_PARTS.filter((part) => part !== 'house_number_addition').filter(
        (part) => values.address[part] !== '',
      );
      // All of the address, or none of it (an addition alone is no address).
      if (given.length > 0 && given.length < 4) {
        for (const part of ['street', 'house_number', 'postcode', 'city'] as const) {
          if (values.address[part] === '') {
            context.addIssue({
              code: 'custom',
              path: ['address', part],
              message: t('projects.errors.addressPart'),
            });
          }
        }
      }
      if (values.ends_on && values.ends_on < values.starts_on) {
        context.addIssue({ code: 'custom', path: ['ends_on'], message: t('projects.errors.ends') });
      }
    });
}

export type ProjectFormValues = z.input<ReturnType<typeof projectSchema>>;

export function projectFormValues(project?: StaffProject): ProjectFormValues {
  const address = project?.address;
  return {
    organisation_id: project?.organisation_id ?? null,
    name: project?.name ?? '',
    kind: project?.kind ?? '',
    description: project?.description ?? '',
    address: {
      street: address?.street ?? '',
      house_number: address?.house_number ?? '',
      house_number_addition: address?.house_number_addition ?? '',
      postcode: address?.postcode ?? '',
      city: address?.city ?? '',
    },
    starts_on: project?.starts_on ?? '',
    ends_on: project?.ends_on ?? '',
    leader_id: project?.leader.id ?? null,
  };
}

function addressOf(values: ProjectFormValues): ProjectCreate['address'] {
  const { street, house_number, house_number_addition, postcode, city } = values.address;
  if (!street) return null;
  return {
    street,
    house_number,
    house_number_addition: house_number_addition || null,
    postcode,
    city,
  };
}

export function createBody(values: ProjectFormValues): ProjectCreate {
  return {
    organisation_id: values.organisation_id ?? '',
    name: values.name.trim(),
    kind: values.kind as ProjectKind,
    description: values.description.trim() || null,
    address: addressOf(values),
    starts_on: values.starts_on,
    ends_on: values.ends_on || null,
    leader_id: values.leader_id ?? '',
  };
}

/** Everything but the organisation, which a project keeps. */
export function updateBody(values: ProjectFormValues): ProjectUpdate {
  const body = createBody(values);
  return {
    name: body.name,
    kind: body.kind,
    description: body.description,
    address: body.address,
    starts_on: body.starts_on,
    ends_on: body.ends_on,
    leader_id: body.leader_id,
  };
}
