import { Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CharacterCountProps {
  value: string | undefined;
  max: number;
  /** A hint to show on the left of the count. */
  hint?: ReactNode;
}

/**
 * "37/2000" for a text field's description (put under the field with `COUNTER_BELOW`), live
 * while typing; red and bold past the maximum. Screen readers hear it with the field ("37 of
 * 2000 characters used"). Spans only: Mantine's description is a paragraph. The one counter of
 * every portal.
 */
export function CharacterCount({ value, max, hint }: CharacterCountProps) {
  const { t } = useTranslation();
  const count = (value ?? '').length;
  const over = count > max;
  return (
    <Text component="span" size="sm" style={{ display: 'flex', gap: 12 }}>
      <Text component="span" inherit c="dark.5" style={{ flex: 1 }}>
        {hint}
      </Text>
      <Text
        component="span"
        inherit
        fw={over ? 700 : undefined}
        c={over ? 'red.9' : 'dark.5'}
        data-over={over || undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        <span aria-hidden="true">{t('common.counter.short', { count, max })}</span>
        <VisuallyHidden>{t('common.counter.long', { count, max })}</VisuallyHidden>
      </Text>
    </Text>
  );
}

/** The description (with the counter) under the field, the error last. */
export const COUNTER_BELOW = ['label', 'input', 'description', 'error'] as (
  'label' | 'input' | 'description' | 'error'
)[];
