import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface ListSearchProps {
  /** The field's id (and so its label's target). */
  id: string;
  /** What the search form is, for a screen reader's list of landmarks. */
  formLabel: string;
  label: string;
  description?: string;
  /** The search as the address has it. */
  q: string;
  /** The list's address for a search, at its first page. */
  pathFor: (q: string) => string;
}

/**
 * A list's search field: a search goes into the address (a link shares it) and starts at the
 * first page. The field starts afresh when the address changes (back button, a shared link).
 */
export function ListSearch(props: ListSearchProps) {
  return <SearchForm key={props.q} {...props} />;
}

function SearchForm({ id, formLabel, label, description, q, pathFor }: ListSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(pathFor(text.trim()));
  };
  return (
    <form role="search" aria-label={formLabel} onSubmit={onSubmit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          id={id}
          label={label}
          description={description}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: '1 1 240px' }}
        />
        <Button type="submit">{t('people.search.submit')}</Button>
      </Group>
    </form>
  );
}
