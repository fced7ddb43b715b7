import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle';

export interface Crumb {
  label: string;
  to: string;
}

export interface PageHeaderProps {
  title: string;
  /** A sentence or two under the title. */
  lead?: ReactNode;
  /** The pages above this one, from the top (the page itself is added last). */
  crumbs?: readonly Crumb[];
  /** Buttons next to the title (under it on a phone). */
  actions?: ReactNode;
}

/**
 * The top of a portal page: the way back up, the page's one h1, its lead and its main actions.
 * Like the identity pages, it reads the portal's own `app.name` (the document title) and
 * `page.breadcrumbs` (the trail's label).
 */
export function PageHeader({ title, lead, crumbs = [], actions }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(title, t('app.name'));
  return (
    <Stack gap="sm">
      {crumbs.length > 0 ? (
        <nav aria-label={t('page.breadcrumbs')}>
          <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
            {crumbs.map((crumb) => (
              <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
                {crumb.label}
              </Anchor>
            ))}
            <Text size="sm" c="dark.5" aria-current="page">
              {title}
            </Text>
          </Breadcrumbs>
        </nav>
      ) : null}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap="xs" miw={0} style={{ flex: '1 1 320px' }}>
          <Title
            order={1}
            fz={{ base: 26, sm: 32 }}
            lh={1.2}
            style={{ overflowWrap: 'break-word' }}
          >
            {title}
          </Title>
          {lead ? (
            <Text c="dark.5" style={{ overflowWrap: 'anywhere' }}>
              {lead}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
