import { useFormat } from '@kring/common';
import { Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ledger } from '../api/concierge';

/** The bar's colour: green within budget, orange from 80% used, red over budget. */
function barColour(ledger: Ledger): string {
  if (ledger.over) return 'var(--mantine-color-red-8)';
  if (ledger.warning) return 'var(--mantine-color-orange-7)';
  return 'var(--mantine-color-kringTeal-7)';
}

/**
 * This month's budget as a bar (spent of budget) with the same in words, so the colour is never
 * the only sign: the warning from 80% used and an overspent budget are said in text.
 */
export function LedgerBar({ ledger, headingOrder = 3 }: { ledger: Ledger; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = Math.min(1, Math.max(0, ledger.used_share));
  const summary = ledger.over
    ? t('concierge.ledger.overSummary', {
        spent: format.money(ledger.spent_cents),
        budget: format.money(ledger.budget_cents),
        over: format.money(-ledger.left_cents),
      })
    : t('concierge.ledger.summary', {
        spent: format.money(ledger.spent_cents),
        budget: format.money(ledger.budget_cents),
        left: format.money(ledger.left_cents),
      });
  const state = ledger.over
    ? t('concierge.ledger.over')
    : ledger.warning
      ? t('concierge.ledger.warning', { percent: format.percent(ledger.used_share) })
      : t('concierge.ledger.ok');
  return (
    <Stack gap={6} data-testid="ledger">
      <Title order={headingOrder} size="h4">
        {t('concierge.ledger.heading', { month: format.month(ledger.month) })}
      </Title>
      <Box
        role="img"
        aria-label={summary}
        h={16}
        w="100%"
        bg="gray.2"
        style={{ borderRadius: 8, overflow: 'hidden' }}
      >
        <Box h="100%" w={`${share * 100}%`} style={{ background: barColour(ledger) }} />
      </Box>
      <Text size="sm">{summary}</Text>
      <Text
        size="sm"
        fw={ledger.warning || ledger.over ? 600 : 400}
        c={ledger.over ? 'red.8' : ledger.warning ? 'orange.9' : 'dark.5'}
        role={ledger.warning || ledger.over ? 'status' : undefined}
      >
        {state}
      </Text>
    </Stack>
  );
}
