import {
  ErrorState,
  ErrorSummary,
  LoadingState,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Badge, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SectionCard } from '../components/SectionCard';
import {
  useArchiveLocalOrganisation,
  useCreateLocalOrganisation,
  useLocalOrganisations,
  type LocalOrganisation,
} from './api';

const FIELDS = ['name', 'description', 'phone', 'email', 'website'] as const;

/** The organisations a help request can be referred to, and a form to add one. */
export function LocalOrganisationsCard({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { t } = useTranslation();
  const organisations = useLocalOrganisations(neighbourhoodId);
  return (
    <SectionCard
      id="local-organisations"
      title={t('neighbourhoods.organisations.title')}
      lead={t('neighbourhoods.organisations.lead')}
    >
      {organisations.error ? (
        <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisations.isPending ? (
        <LoadingState />
      ) : organisations.data.length === 0 ? (
        <Text size="sm">{t('neighbourhoods.organisations.none')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          aria-label={t('neighbourhoods.organisations.title')}
        >
          {organisations.data.map((organisation) => (
            <OrganisationItem
              key={organisation.id}
              neighbourhoodId={neighbourhoodId}
              organisation={organisation}
            />
          ))}
        </Stack>
      )}
      <AddOrganisation neighbourhoodId={neighbourhoodId} />
    </SectionCard>
  );
}

function OrganisationItem(props: { neighbourhoodId: string; organisation: LocalOrganisation }) {
  const { t } = useTranslation();
  const { organisation } = props;
  const archive = useArchiveLocalOrganisation(props.neighbourhoodId);
  const contact = [organisation.phone, organisation.email, organisation.website].filter(Boolean);
  return (
    <Group component="li" justify="space-between" wrap="wrap" style={{ listStyle: 'none' }}>
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {organisation.name}
        </Text>
        <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
          {contact.join(' · ')}
        </Text>
      </Stack>
      {organisation.archived_at ? (
        <Badge variant="light" color="gray">
          {t('neighbourhoods.archived')}
        </Badge>
      ) : (
        <Button
          size="xs"
          variant="default"
          loading={archive.isPending}
          onClick={() => archive.mutate(organisation.id)}
        >
          {t('neighbourhoods.organisations.archive', { name: organisation.name })}
        </Button>
      )}
    </Group>
  );
}

function AddOrganisation({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { t } = useTranslation();
  const create = useCreateLocalOrganisation(neighbourhoodId);
  const schema = useMemo(
    () =>
      z
        .object({
          name: z.string().trim().min(1, t('neighbourhoods.errors.name')).max(200),
          description: z.string().trim().max(1000),
          phone: z.string().trim().max(30),
          email: z.string().trim().max(254),
          website: z
            .string()
            .trim()
            .max(300)
            .refine(
              (value) => value === '' || value.startsWith('https://'),
              t('neighbourhoods.errors.website'),
            ),
        })
        .superRefine((values, context) => {
          if (!values.phone && !values.email && !values.website) {
            context.addIssue({
              code: 'custom',
              path: ['phone'],
              message: t('neighbourhoods.errors.reachable'),
            });
          }
        }),
    [t],
  );
  const form = useZodForm(schema, {
    defaultValues: { name: '', description: '', phone: '', email: '', website: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    await create.mutateAsync({
      name: values.name,
      description: values.description || null,
      phone: values.phone || null,
      email: values.email || null,
      website: values.website || null,
    });
    form.reset();
  });
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `local-organisation-${field}`;
  const label = (field: string) => t(`neighbourhoods.organisations.fields.${field}`);
  const summary = FIELDS.map((name) => ({ name, id: id(name), label: label(name) }));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('neighbourhoods.organisations.add')}>
      <Stack gap="sm">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, summary)}
          attempt={attempt}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              id={id(field)}
              label={label(field)}
              required={field === 'name'}
              {...form.register(field)}
              error={errors[field]?.message}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('neighbourhoods.organisations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
