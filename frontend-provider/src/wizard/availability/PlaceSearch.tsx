import { MIN_PLACE_QUERY, placeDetail, usePlaceSearch, type PlaceMatch } from '@kring/common';
import {
  CloseButton,
  Combobox,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  useCombobox,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../api/profile';

export interface PlaceSearchProps {
  id: string;
  chosen: readonly Place[];
  onChange: (places: Place[]) => void;
  error?: string | undefined;
}

/**
 * The places of the work area: an autocomplete on the gazetteer (accent-insensitive, from two
 * letters on) that adds the chosen place as a chip, and the chips with a remove button each.
 */
export function PlaceSearch({ id, chosen, onChange, error }: PlaceSearchProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const places = usePlaceSearch(debounced);

  const tooShort = search.trim().length < MIN_PLACE_QUERY;
  const chosenIds = new Set(chosen.map((place) => place.id));
  const options = tooShort ? [] : (places.data ?? []).filter((place) => !chosenIds.has(place.id));
  const searching = !tooShort && (places.isFetching || debounced.trim() !== search.trim());

  // Enter takes the first place found, as people expect of a search box.
  const firstId = options[0]?.id;
  const { selectFirstOption } = combobox;
  useEffect(() => {
    if (firstId !== undefined) selectFirstOption();
  }, [firstId, selectFirstOption]);

  const add = (place: PlaceMatch) => {
    onChange([...chosen, toPlace(place)]);
    setAnnouncement(t('wizard.availability.placeAdded', { name: place.name }));
    setSearch('');
    combobox.closeDropdown();
  };
  const remove = (place: Place) => {
    onChange(chosen.filter((other) => other.id !== place.id));
    setAnnouncement(t('wizard.availability.placeRemoved', { name: place.name }));
    input.current?.focus();
  };

  return (
    <Stack gap="sm">
      <Combobox
        store={combobox}
        // Keep the list open while the field is on screen (also where layout is not measured).
        hideDetached={false}
        onOptionSubmit={(value) => {
          const place = options.find((option) => String(option.id) === value);
          if (place) add(place);
        }}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            ref={input}
            id={id}
            label={t('wizard.availability.placeSearch')}
            description={t('wizard.availability.placeSearchHint')}
            placeholder={t('wizard.availability.placePlaceholder')}
            autoComplete="off"
            value={search}
            error={error}
            rightSection={searching ? <Loader size="xs" aria-hidden="true" /> : null}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onFocus={() => combobox.openDropdown()}
            onClick={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(event) => {
              // Never submit the step from the search box.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={tooShort}>
          <Combobox.Options aria-label={t('wizard.availability.placeOptions')}>
            {options.map((place) => (
              <Combobox.Option key={place.id} value={String(place.id)}>
                <Text size="sm" fw={600}>
                  {place.name}
                </Text>
                <Text size="xs" c="dark.5">
                  {placeDetail(place, t)}
                </Text>
              </Combobox.Option>
            ))}
            {options.length === 0 ? (
              <Combobox.Empty>
                {searching
                  ? t('wizard.availability.placeSearching')
                  : t('wizard.availability.placeNone')}
              </Combobox.Empty>
            ) : null}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>

      <Stack gap={6}>
        <Text size="sm" fw={500} id={`${id}-chosen`}>
          {t('wizard.availability.placesChosen')}
        </Text>
        {chosen.length === 0 ? (
          <Text size="sm" c="dark.5">
            {t('wizard.availability.placesEmpty')}
          </Text>
        ) : (
          <Group
            component="ul"
            gap="xs"
            aria-labelledby={`${id}-chosen`}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {chosen.map((place) => (
              <Paper component="li" key={place.id} withBorder radius="xl" pl="sm" pr={4} py={2}>
                <Group gap={2} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {place.name}
                  </Text>
                  <CloseButton
                    size="md"
                    aria-label={t('wizard.availability.removePlace', { name: place.name })}
                    onClick={() => remove(place)}
                  />
                </Group>
              </Paper>
            ))}
          </Group>
        )}
      </Stack>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Stack>
  );
}

function toPlace(place: PlaceMatch): Place {
  return {
    id: place.id,
    name: place.name,
    municipality: place.municipality,
    province: place.province,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
  };
}
