import { useFormat } from '@kring/common';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactCard } from '../api/organisation';

/**
 * How to reach the supplier branch: its name, phone (a `tel:` link), e-mail (a `mailto:` link)
 * and opening hours.
 */
export function ContactDetails({ card }: { card: ContactCard }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={6}>
      <Text fw={700}>{card.name}</Text>
      {card.phone ? (
        <Text size="sm">
          <Text component="span" size="sm" c="dark.5">
            {t('contactCard.phone')}:{' '}
          </Text>
          <Anchor href={`tel:${card.phone}`} fw={600} data-testid="contact-phone">
            {format.phone(card.phone)}
          </Anchor>
        </Text>
      ) : null}
      {card.email ? (
        <Text size="sm">
          <Text component="span" size="sm" c="dark.5">
            {t('contactCard.email')}:{' '}
          </Text>
          <Anchor href={`mailto:${card.email}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {card.email}
          </Anchor>
        </Text>
      ) : null}
      {card.opening_hours ? (
        <Text size="sm">
          <Text component="span" size="sm" c="dark.5">
            {t('contactCard.hours')}:{' '}
          </Text>
          {card.opening_hours}
        </Text>
      ) : null}
    </Stack>
  );
}
