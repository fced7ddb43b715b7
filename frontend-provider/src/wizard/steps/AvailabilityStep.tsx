import {
  cellsOfWeek,
  DayPartGrid,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
  weekOfCells,
  type MapPoint,
} from '@kring/common';
import { Anchor, Box, Fieldset, Loader, Radio, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useSaveAvailability, type Place, type WorkAreaKind } from '../../api/profile';
import { settingsTabPath } from '../../settings/paths';
import { PlaceSearch } from '../availability/PlaceSearch';
import { MAX_RADIUS_KM, MIN_RADIUS_KM, RadiusField } from '../availability/RadiusField';
import { useAddressCentre } from '../availability/useAddressCentre';
import { StepFrame } from '../StepFrame';
import { stepPath } from '../steps';
import type { StepProps } from '../Wizard';

// Leaflet only loads on this step.
const WorkAreaMap = lazy(() => import('../availability/WorkAreaMap'));

const KINDS = ['places', 'radius', 'country'] as const;
const FIELDS = ['work_area_kind', 'places', 'radius_km', 'day_parts'] as const;
const DEFAULT_RADIUS_KM = 15;

type T = (key: string, options?: Record<string, unknown>) => string;

const isKind = (value: string): value is WorkAreaKind =>
  (KINDS as readonly string[]).includes(value);

function availabilitySchema(t: T) {
  return z
    .object({
      work_area_kind: z.string().refine(isKind, t('wizard.availability.kindRequired')),
      places: z.array(z.custom<Place>()),
      radius_km: z.union([z.number(), z.string()]),
      day_parts: z.array(z.string()),
    })
    .superRefine((values, ctx) => {
      if (values.work_area_kind === 'places' && values.places.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['places'],
          message: t('wizard.availability.placesRequired'),
        });
      }
      const km = Number(values.radius_km);
      if (
        values.work_area_kind === 'radius' &&
        (values.radius_km === '' ||
          !Number.isInteger(km) ||
          km < MIN_RADIUS_KM ||
          km > MAX_RADIUS_KM)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['radius_km'],
          message: t('wizard.availability.radiusRange'),
        });
      }
    });
}

/** The API's field names as the form's: the places are chips, the week one grid. */
function renameField(field: string): string {
  if (field.startsWith('place_ids')) return 'places';
  if (field.startsWith('day_parts')) return 'day_parts';
  return field;
}

/**
 * Step "Beschikbaarheid": the work area (places, a distance around the address, or the whole
 * country) with a map of it, and the week's day parts.
 */
export function AvailabilityStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const save = useSaveAvailability();
  const centre = useAddressCentre(profile);
  const schema = useMemo(() => availabilitySchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      work_area_kind: profile?.work_area_kind ?? '',
      places: profile?.places ?? [],
      radius_km: profile?.radius_km ?? DEFAULT_RADIUS_KM,
      day_parts: cellsOfWeek(profile?.day_parts),
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const [kind, places, radius] = useWatch({
    control: form.control,
    name: ['work_area_kind', 'places', 'radius_km'],
  });
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      const workArea = values.work_area_kind as WorkAreaKind;
      goOn(
        await save.mutateAsync({
          work_area_kind: workArea,
          radius_km: workArea === 'radius' ? Number(values.radius_km) : null,
          place_ids: workArea === 'places' ? values.places.map((place) => place.id) : [],
          day_parts: weekOfCells(values.day_parts),
        }),
      );
    },
    { rename: renameField, resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const located = Boolean(profile?.located);
  const fields = [
    {
      name: 'work_area_kind',
      id: 'availability-kind-places',
      label: t('wizard.availability.workArea'),
    },
    {
      name: 'places',
      id: 'availability-place-search',
      label: t('wizard.availability.placeSearch'),
    },
    { name: 'radius_km', id: 'availability-radius', label: t('wizard.availability.radiusKm') },
    { name: 'day_parts', id: 'availability-day-parts', label: t('wizard.availability.dayParts') },
  ] as const;
  const chosenKind = isKind(kind) ? kind : null;
  const km = Number(radius);
  const radiusKm = Number.isInteger(km) && km >= MIN_RADIUS_KM && km <= MAX_RADIUS_KM ? km : null;

  return (
    <StepFrame
      step="availability"
      title={t('wizard.availability.title')}
      lead={t('wizard.availability.lead')}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      mode={mode}
      saved={saved}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <Controller
        control={form.control}
        name="work_area_kind"
        render={({ field }) => (
          <Radio.Group
            label={t('wizard.availability.workArea')}
            description={t('wizard.availability.workAreaHint')}
            value={field.value}
            onChange={field.onChange}
            error={errors.work_area_kind?.message}
            withAsterisk
            labelProps={{ fz: 'md', fw: 700 }}
          >
            <Stack gap="md" mt="sm">
              <Radio
                id="availability-kind-places"
                value="places"
                label={t('wizard.availability.kind.places')}
                description={t('wizard.availability.kind.placesHint')}
              />
              <Radio
                id="availability-kind-radius"
                value="radius"
                disabled={!located}
                label={t('wizard.availability.kind.radius')}
                description={
                  located ? (
                    t('wizard.availability.kind.radiusHint')
                  ) : (
                    <>
                      {t('wizard.availability.kind.radiusUnavailable')}{' '}
                      <Anchor
                        component={Link}
                        to={mode === 'settings' ? settingsTabPath('company') : stepPath('company')}
                        size="sm"
                      >
                        {t('wizard.availability.kind.toCompany')}
                      </Anchor>
                    </>
                  )
                }
              />
              <Radio
                id="availability-kind-country"
                value="country"
                label={t('wizard.availability.kind.country')}
                description={t('wizard.availability.kind.countryHint')}
              />
            </Stack>
          </Radio.Group>
        )}
      />

      {chosenKind === 'places' ? (
        <Controller
          control={form.control}
          name="places"
          render={({ field }) => (
            <PlaceSearch
              id="availability-place-search"
              chosen={field.value}
              onChange={field.onChange}
              error={errors.places?.message}
            />
          )}
        />
      ) : null}
      {chosenKind === 'radius' ? (
        <Controller
          control={form.control}
          name="radius_km"
          render={({ field }) => (
            <RadiusField
              id="availability-radius"
              value={field.value}
              onChange={field.onChange}
              error={errors.radius_km?.message}
            />
          )}
        />
      ) : null}

      <Box component="figure" m={0}>
        <Suspense fallback={<MapLoading />}>
          <WorkAreaMap kind={chosenKind} places={places} radiusKm={radiusKm} centre={centre} />
        </Suspense>
        <Text component="figcaption" id="availability-map-summary" size="sm" mt="xs">
          {mapSummary(t, chosenKind, places, radiusKm, centre)}
        </Text>
      </Box>

      <Fieldset
        id="availability-day-parts"
        tabIndex={-1}
        variant="unstyled"
        legend={<span id="availability-day-parts-legend">{t('wizard.availability.dayParts')}</span>}
        m={0}
        styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
      >
        <Text size="sm" c="dark.5" mb="sm">
          {t('wizard.availability.dayPartsHint')}
        </Text>
        <Controller
          control={form.control}
          name="day_parts"
          render={({ field }) => (
            <DayPartGrid
              labelledBy="availability-day-parts-legend"
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        {errors.day_parts?.message ? (
          <Text size="sm" c="red.9" mt="xs">
            {errors.day_parts.message}
          </Text>
        ) : null}
      </Fieldset>
    </StepFrame>
  );
}

function MapLoading() {
  const { t } = useTranslation();
  return (
    <Stack
      h={320}
      align="center"
      justify="center"
      gap="xs"
      bg="gray.1"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      role="status"
    >
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm" c="dark.5">
        {t('wizard.availability.map.loading')}
      </Text>
    </Stack>
  );
}

/** The map in words: what it shows, for everyone (and the only form for screen readers). */
export function mapSummary(
  t: T,
  kind: WorkAreaKind | null,
  places: readonly Place[],
  radiusKm: number | null,
  centre: MapPoint | null,
): string {
  if (kind === 'places') {
    return places.length > 0
      ? t('wizard.availability.map.summaryPlaces', {
          places: places.map((place) => place.name).join(', '),
        })
      : t('wizard.availability.map.summaryNoPlaces');
  }
  if (kind === 'radius') {
    if (!radiusKm) return t('wizard.availability.map.summaryNoRadius');
    return centre
      ? t('wizard.availability.map.summaryRadius', { count: radiusKm, place: centre.name })
      : t('wizard.availability.map.summaryRadiusNoCentre', { count: radiusKm });
  }
  if (kind === 'country') return t('wizard.availability.map.summaryCountry');
  return t('wizard.availability.map.summaryNone');
}
