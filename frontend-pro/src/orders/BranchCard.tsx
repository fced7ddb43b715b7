import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchContact } from '../api/orders';
import { ContactDetails } from '../components/ContactDetails';

/**
 * Where users look for "cancel" and "urgent": neither is possible in the portal, so the card
 * says to call the branch that serves the organisation, with its number and opening hours.
 */
export function BranchCard({ branch }: { branch: BranchContact | null | undefined }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={titleId}
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
      data-testid="branch-card"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId} c="kringTeal.9">
          {t('orders.branch.title')}
        </Title>
        {branch ? (
          <>
            <Text size="sm">{t('orders.branch.call')}</Text>
            <ContactDetails card={branch} />
          </>
        ) : (
          <Text size="sm">{t('orders.branch.none')}</Text>
        )}
        <Text size="sm" c="dark.5">
          {t('orders.branch.urgent')}
        </Text>
      </Stack>
    </Card>
  );
}
