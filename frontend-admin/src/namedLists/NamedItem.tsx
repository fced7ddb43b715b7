import { LANGUAGES, toLanguage, type Language } from '@kring/common';
import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NamesDialog, type Names } from './NamesDialog';

export interface NamedItemProps {
  list: 'categories' | 'skills';
  item: { slug: string; names: Record<Language, string> };
  /** A line under the names (the category's address in the search). */
  detail?: ReactNode;
  onRename: (names: Names) => Promise<unknown>;
}

/** One item of a named list: its name here and in the other languages; beside it (under it
 * on a phone) the button to rename it. */
export function NamedItem({ list, item, detail, onRename }: NamedItemProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const shown = toLanguage(i18n.language);
  const others = LANGUAGES.filter((language) => language !== shown);
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="xs"
      px="md"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={list === 'categories' ? 'category' : 'skill'}
    >
      <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
        <Text fw={600}>{item.names[shown]}</Text>
        <Text size="sm" c="dark.5">
          {others
            .map((language) => `${language.toUpperCase()}: ${item.names[language]}`)
            .join(' · ')}
        </Text>
        {detail}
      </Stack>
      <Button variant="light" size="compact-sm" onClick={() => setRenaming(true)}>
        {t(`${list}.rename`)}
        <VisuallyHidden>: {item.names[shown]}</VisuallyHidden>
      </Button>
      <NamesDialog
        list={list}
        item={item}
        opened={renaming}
        onClose={() => setRenaming(false)}
        onCreate={() => Promise.resolve()}
        onRename={onRename}
      />
    </Group>
  );
}
