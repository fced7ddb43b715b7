import {
  ErrorSummary,
  summaryFieldErrors,
  usePlaceSearch,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Badge,
  CloseButton,
  Card,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../components/FormActions';
import type { Neighbourhood } from './api';
import {
  NEIGHBOURHOOD_FIELDS,
  neighbourhoodFormValues,
  neighbourhoodSchema,
  type NeighbourhoodFormValues,
  type PlaceChoice,
} from './neighbourhoodSchema';

export interface NeighbourhoodFormProps {
  neighbourhood?: Neighbourhood;
  onSave: (values: NeighbourhoodFormValues) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
}

/** A neighbourhood's name, country, description, postcode areas, places and map centre. */
export function NeighbourhoodForm({
  neighbourhood,
  onSave,
  submitLabel,
  cancelTo,
}: NeighbourhoodFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => neighbourhoodSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: neighbourhoodFormValues(neighbourhood),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, NEIGHBOURHOOD_FIELDS, (values) =>
    onSave(values as NeighbourhoodFormValues),
  );
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `neighbourhood-${field.replace(/_/g, '-')}`;
  const label = (field: string) => t(`neighbourhoods.fields.${field}`);
  const summary = NEIGHBOURHOOD_FIELDS.map((name) => ({ name, id: id(name), label: label(name) }));
  const country = form.watch('country');
  return (
    <Card withBorder padding="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <TextInput
            id={id('name')}
            label={label('name')}
            required
            {...form.register('name')}
            error={errors.name?.message}
          />
          <NativeSelect
            id={id('country')}
            label={label('country')}
            data={[
              { value: 'NL', label: t('neighbourhoods.country.NL') },
              { value: 'BE', label: t('neighbourhoods.country.BE') },
            ]}
            disabled={Boolean(neighbourhood)}
            {...form.register('country')}
          />
          <Textarea
            id={id('description')}
            label={label('description')}
            rows={2}
            {...form.register('description')}
            error={errors.description?.message}
          />
          <Controller
            control={form.control}
            name="postcode_areas"
            render={({ field }) => (
              <TagsInput
                id={id('postcode_areas')}
                label={label('postcode_areas')}
                description={t('neighbourhoods.fields.postcodeAreasHelp')}
                value={field.value}
                onChange={field.onChange}
                error={errors.postcode_areas?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="place_ids"
            render={({ field }) => (
              <PlacesField
                id={id('place_ids')}
                label={label('place_ids')}
                country={country}
                value={field.value}
                onChange={field.onChange}
                error={errors.place_ids?.message}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={id('latitude')}
              label={label('latitude')}
              description={t('neighbourhoods.fields.centreHelp')}
              inputMode="decimal"
              {...form.register('latitude')}
              error={errors.latitude?.message}
            />
            <TextInput
              id={id('longitude')}
              label={label('longitude')}
              inputMode="decimal"
              {...form.register('longitude')}
              error={errors.longitude?.message}
            />
          </SimpleGrid>
          <FormActions submitLabel={submitLabel} loading={isSubmitting} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Card>
  );
}

interface PlacesFieldProps {
  id: string;
  label: string;
  country: 'NL' | 'BE';
  value: PlaceChoice[];
  onChange: (places: PlaceChoice[]) => void;
  error?: string;
}

/** The places chosen, and a search of the gazetteer (the country's places) to add one. */
function PlacesField({ id, label, country, value, onChange, error }: PlacesFieldProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const places = usePlaceSearch(debounced, { country });
  const chosen = new Set(value.map((place) => place.id));
  const data = (places.data ?? [])
    .filter((place) => !chosen.has(place.id))
    .map((place) => ({
      value: String(place.id),
      label: place.province ? `${place.name} (${place.province})` : place.name,
    }));
  return (
    <Stack gap={6}>
      <Select
        id={id}
        label={label}
        placeholder={t('neighbourhoods.fields.placeSearch')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={data}
        value={null}
        filter={({ options }) => options}
        nothingFoundMessage={debounced.trim().length >= 2 ? t('neighbourhoods.noPlaces') : null}
        onChange={(picked) => {
          const place = places.data?.find((p) => String(p.id) === picked);
          if (place) onChange([...value, { id: place.id, name: place.name }]);
          setSearch('');
        }}
        error={error}
      />
      {value.length > 0 ? (
        <Group gap="xs" aria-label={t('neighbourhoods.placesChosen')} role="list">
          {value.map((place) => (
            <Badge
              key={place.id}
              role="listitem"
              variant="light"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('neighbourhoods.removePlace', { name: place.name })}
                  onClick={() => onChange(value.filter((p) => p.id !== place.id))}
                />
              }
            >
              {place.name}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
