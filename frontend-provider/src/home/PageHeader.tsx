import { useDocumentTitle } from '@kring/common';
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageHeaderProps {
  title: string;
  /** A sentence or two under the title. */
  lead?: ReactNode;
  /** Buttons next to the title (under it on a phone). */
  actions?: ReactNode;
}

/** The top of a provider page: its one h1 (also the window's title), its lead and actions. */
export function PageHeader({ title, lead, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(title, t('app.name'));
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap="xs" miw={0} style={{ flex: '1 1 320px' }}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} style={{ overflowWrap: 'break-word' }}>
          {title}
        </Title>
        {lead ? (
          <Text c="dark.5" maw={760}>
            {lead}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
