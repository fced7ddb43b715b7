import { DayPartGrid, useCategories, useFindPlaces } from '@kring/common';
import {
  Badge,
  Box,
  Button,
  Collapse,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asPostcode, looksLikePostcode, type DayPartKey, type SearchCriteria } from './criteria';
import { PlaceInput, type PlaceValue } from './PlaceInput';

/** The search's fields that the API can refuse (its 422 `errors[].field`, grouped per field). */
export interface SearchFieldErrors {
  q?: string;
  category?: string;
  location?: string;
  dayParts?: string;
}

export interface SearchFormProps {
  criteria: SearchCriteria;
  onSearch: (criteria: SearchCriteria) => void;
  errors: SearchFieldErrors;
}

/** Accent- and case-insensitive, for comparing a typed name with a place's. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLocaleLowerCase();

/**
 * What, where, which category and when. A place is picked from the suggestions; a name typed
 * without picking is looked up on sending (the best match), a postcode is sent as such.
 */
export function SearchForm({ criteria, onSearch, errors }: SearchFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const categories = useCategories();
  const findPlaces = useFindPlaces();
  const locationInput = useRef<HTMLInputElement>(null);
  const qInput = useRef<HTMLInputElement>(null);
  const categorySelect = useRef<HTMLSelectElement>(null);
  const [q, setQ] = useState(criteria.q);
  const [category, setCategory] = useState(criteria.category);
  const [location, setLocation] = useState<PlaceValue>(
    criteria.place
      ? { text: criteria.place.name, place: criteria.place }
      : { text: criteria.postcode, place: null },
  );
  const [dayParts, setDayParts] = useState<DayPartKey[]>(criteria.dayParts);
  // Closed at first, also when day parts are chosen (the badge says how many): the results
  // should not start a screen further down.
  const [showDays, setShowDays] = useState(false);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A refused search: the focus goes to the first field the API named.
  useEffect(() => {
    if (errors.q) qInput.current?.focus();
    else if (errors.location) locationInput.current?.focus();
    else if (errors.category) categorySelect.current?.focus();
  }, [errors.q, errors.location, errors.category]);

  const where = async (): Promise<Pick<SearchCriteria, 'place' | 'postcode'> | null> => {
    const text = location.text.trim();
    if (location.place) return { place: location.place, postcode: '' };
    if (!text) return { place: null, postcode: '' };
    // The API checks the postcode and says what is wrong with it, at this field.
    if (looksLikePostcode(text)) return { place: null, postcode: asPostcode(text) ?? text };
    const found = await findPlaces(text).catch(() => []);
    const match = found.find((place) => fold(place.name) === fold(text)) ?? found[0];
    return match ? { place: { id: match.id, name: match.name }, postcode: '' } : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLocationError(null);
    setBusy(true);
    const located = await where();
    setBusy(false);
    if (!located) {
      setLocationError(t('search.location.unknown'));
      locationInput.current?.focus();
      return;
    }
    onSearch({ ...criteria, q: q.trim(), category, ...located, dayParts });
  };

  const daysId = `${ids}-days`;
  const submitButton = (
    <Button type="submit" size="md" loading={busy} miw={140} w={{ base: '100%', xs: 'auto' }}>
      {t('search.submit')}
    </Button>
  );
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('search.formLabel')}
      onSubmit={submit}
      noValidate
    >
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            id="search-q"
            ref={qInput}
            name="q"
            type="search"
            size="md"
            label={t('search.q.label')}
            placeholder={t('search.q.placeholder')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            error={errors.q}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PlaceInput
            id="search-location"
            name="location"
            size="md"
            inputRef={locationInput}
            label={t('search.location.label')}
            placeholder={t('search.location.placeholder')}
            value={location}
            onChange={(value) => {
              setLocation(value);
              setLocationError(null);
            }}
            error={locationError ?? errors.location}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <NativeSelect
            id="search-category"
            ref={categorySelect}
            name="category"
            size="md"
            label={t('search.category.label')}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
            error={errors.category}
            data={[
              { value: '', label: t('search.category.all') },
              ...(categories.data ?? []).map((item) => ({ value: item.slug, label: item.name })),
              // A shared link may name a category before the list has loaded.
              ...(category && !categories.data ? [{ value: category, label: category }] : []),
            ]}
          />
        </Grid.Col>
      </Grid>

      <Group justify="space-between" align="center" mt="md" gap="sm">
        <Button
          variant="subtle"
          px={4}
          h="auto"
          mih={36}
          py={4}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35 } }}
          onClick={() => setShowDays((open) => !open)}
          aria-expanded={showDays}
          aria-controls={daysId}
          rightSection={
            dayParts.length > 0 ? (
              <Badge variant="light" color="kringTeal" size="md" tt="none">
                {t('search.days.chosen', { count: dayParts.length })}
              </Badge>
            ) : null
          }
        >
          {showDays ? t('search.days.hide') : t('search.days.show')}
        </Button>
        {showDays ? null : submitButton}
      </Group>
      <Collapse expanded={showDays} id={daysId}>
        {showDays ? (
          <Fieldset
            variant="unstyled"
            mt="sm"
            legend={<span id={`${daysId}-legend`}>{t('search.days.legend')}</span>}
            styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
          >
            <Text size="sm" c="dark.5" mb="sm">
              {t('search.days.hint')}
            </Text>
            <DayPartGrid
              labelledBy={`${daysId}-legend`}
              value={dayParts}
              onChange={setDayParts}
              // The API's name of a cell in the search: `monday:morning`.
              cellKey={(day, part): DayPartKey => `${day}:${part}`}
            />
            {dayParts.length > 0 ? (
              <Button variant="subtle" size="xs" px={4} mt="xs" onClick={() => setDayParts([])}>
                {t('search.days.clear')}
              </Button>
            ) : null}
            {errors.dayParts ? (
              <Text size="sm" c="red.9" mt="xs" role="alert">
                {errors.dayParts}
              </Text>
            ) : null}
          </Fieldset>
        ) : null}
      </Collapse>
      {/* Open, the week comes before the button, in the order of reading. */}
      {showDays ? (
        <Group justify="flex-end" mt="md">
          {submitButton}
        </Group>
      ) : null}
      {!showDays && errors.dayParts ? (
        <Text size="sm" c="red.9" mt="xs" role="alert">
          {errors.dayParts}
        </Text>
      ) : null}
    </Box>
  );
}
