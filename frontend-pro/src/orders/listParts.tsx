import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import classes from './Facts.module.css';
import { organisationChoices } from './organisations';
import type { OrderingOrganisation } from '../api/orders';

/** Typing waits this long before the list is searched. */
const SEARCH_DELAY_MS = 300;

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A card's facts: small labels over their values, side by side, wrapping on a phone. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className={classes.facts}>
      {facts.map((fact) => (
        <div key={fact.label} className={classes.fact}>
          <dt className={classes.term}>{fact.label}</dt>
          <dd className={classes.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A list's filters in the address (so "back" from an order returns to the same list): `get`
 * reads one, `set` changes some and drops the empty ones.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return { get: (key: string) => params.get(key), set };
}

/** A value of `allowed`, or null. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/**
 * The search field of a list: typed text reaches the address (`q`) after a short pause; a change
 * of `q` from elsewhere (cleared filters, the back button) replaces what is in the field.
 */
export function SearchField({
  id,
  label,
  hint,
  q,
  onSearch,
}: {
  id: string;
  label: string;
  hint: string;
  q: string;
  onSearch: (q: string) => void;
}) {
  const [typed, setTyped] = useState(q);
  // What this field last asked for: `q` coming back as that is its own echo, not a change.
  const sent = useRef(q);
  const search = useDebouncedCallback((value: string) => {
    sent.current = value.trim();
    onSearch(sent.current);
  }, SEARCH_DELAY_MS);
  useEffect(() => {
    if (q === sent.current) return;
    sent.current = q;
    search.cancel();
    setTyped(q);
  }, [q, search]);
  return (
    <TextInput
      id={id}
      type="search"
      label={label}
      description={hint}
      // The hint under the field, so it lines up with the selects beside it.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      autoComplete="off"
      maxLength={100}
    />
  );
}

/** "Load more" under a list, while the API has a next page. */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Group justify="center">
      <Button variant="default" onClick={onLoad} loading={loading}>
        {t('orders.loadMore')}
      </Button>
    </Group>
  );
}

/** The live line over a list: how many are shown. */
export function CountLine({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Text size="sm" c="dark.5" role="status" aria-live="polite" data-testid={testId}>
      {children}
    </Text>
  );
}

/** The organisation filter of a list, shown only to someone linked to several organisations. */
export function OrganisationFilter({
  organisations,
  value,
  onChange,
}: {
  organisations: { list: readonly OrderingOrganisation[]; several: boolean };
  value: string | null;
  onChange: (organisation: string) => void;
}) {
  const { t } = useTranslation();
  if (!organisations.several) return null;
  return (
    <NativeSelect
      label={t('orders.organisation')}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={organisationChoices(organisations.list, t('orders.allOrganisations'))}
    />
  );
}
