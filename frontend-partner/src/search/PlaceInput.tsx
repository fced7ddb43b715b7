import { MIN_PLACE_QUERY, placeDetail, usePlaceSearch, type PlaceMatch } from '@kring/common';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikePostcode } from './criteria';

/** What the field holds: the text as typed, and the place when one was picked from the list. */
export interface PlaceValue {
  text: string;
  place: { id: number; name: string } | null;
}

export const NO_PLACE: PlaceValue = { text: '', place: null };

export interface PlaceInputProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  value: PlaceValue;
  onChange: (value: PlaceValue) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: 'sm' | 'md';
}

/**
 * A place or a postcode in one field: from two letters on it suggests places (the gazetteer,
 * accent-insensitive, as the provider's work-area search does); picking one remembers its id.
 * Typing on forgets it again. A postcode ("3511 AX") gets no suggestions: it is taken as typed.
 */
export function PlaceInput(props: PlaceInputProps) {
  const { id, name, inputRef, label, description, placeholder, value, onChange, onBlur } = props;
  const { error, required, size } = props;
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value.text, 200);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const postcode = looksLikePostcode(value.text);
  const picked = value.place !== null && value.place.name === value.text;
  const wanted = !postcode && !picked;
  const places = usePlaceSearch(debounced, { enabled: wanted });

  const tooShort = value.text.trim().length < MIN_PLACE_QUERY;
  const offer = wanted && !tooShort;
  const options = offer ? (places.data ?? []) : [];
  const searching = offer && (places.isFetching || debounced.trim() !== value.text.trim());

  // Enter takes the first place found, as people expect of a search box.
  const firstId = options[0]?.id;
  const { selectFirstOption } = combobox;
  useEffect(() => {
    if (firstId !== undefined) selectFirstOption();
  }, [firstId, selectFirstOption]);

  const pick = (place: PlaceMatch) => {
    onChange({ text: place.name, place: { id: place.id, name: place.name } });
    combobox.closeDropdown();
  };

  return (
    <Combobox
      store={combobox}
      hideDetached={false}
      onOptionSubmit={(optionValue) => {
        const place = options.find((option) => String(option.id) === optionValue);
        if (place) pick(place);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          id={id}
          name={name}
          label={label}
          description={description}
          placeholder={placeholder}
          required={required}
          size={size}
          autoComplete="off"
          value={value.text}
          error={error}
          rightSection={searching ? <Loader size="xs" aria-hidden="true" /> : null}
          onChange={(event) => {
            const text = event.currentTarget.value;
            onChange({ text, place: null });
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            onBlur?.();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!offer}>
        <Combobox.Options aria-label={t('place.options')}>
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
            <Combobox.Empty>{searching ? t('place.searching') : t('place.none')}</Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
