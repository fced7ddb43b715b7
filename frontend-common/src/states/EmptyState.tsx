import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  title?: string;
  description?: ReactNode;
  /** E.g. a button to create the first item. */
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <MantineEmptyState
      title={title ?? t('common.states.emptyTitle')}
      description={description}
      py="xl"
    >
      {action}
    </MantineEmptyState>
  );
}
