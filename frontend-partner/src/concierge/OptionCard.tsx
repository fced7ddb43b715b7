import { StatusBadge, useFormat } from '@kring/common';
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OptionRead } from '../api/concierge';

const BADGES = [
  'identity_document_seen',
  'seen_in_person',
  'introduction_video',
  'certificate_of_conduct',
] as const;

/** One proposal: who, what, the cost ("gratis" at 0) and, for a provider, what Kring checked. */
export function OptionCard(props: {
  option: OptionRead;
  /** Choosing is open (nothing chosen yet); `onChoose` asks to confirm. */
  canChoose: boolean;
  onChoose: (option: OptionRead) => void;
}) {
  const { option, canChoose, onChoose } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `option-${option.id}`;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      bd={option.chosen_at ? '2px solid var(--mantine-color-kringTeal-7)' : undefined}
      opacity={option.declined_at ? 0.75 : 1}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {option.name}
          </Title>
          <Group gap={6}>
            <StatusBadge color="gray" asWritten>
              {t(`concierge.kind.${option.kind}`)}
            </StatusBadge>
            {option.chosen_at ? (
              <StatusBadge color="kringTeal" asWritten>
                {t('concierge.case.chosen')}
              </StatusBadge>
            ) : null}
            {option.declined_at ? (
              <StatusBadge color="gray" asWritten>
                {t('concierge.case.declined')}
              </StatusBadge>
            ) : null}
          </Group>
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }}>{option.description}</Text>
        <Text fw={600}>
          {t('concierge.case.cost')}:{' '}
          {option.cost_cents === 0 ? t('concierge.case.free') : format.money(option.cost_cents)}
        </Text>
        {option.kind === 'provider' ? (
          <Stack gap={4}>
            <Text fw={600} c={option.verified ? 'kringTeal.8' : 'red.8'}>
              {option.verified
                ? `✓ ${t('concierge.case.verified')}`
                : `✗ ${t('concierge.case.notVerified')}`}
            </Text>
            {option.badges ? (
              <>
                <Text size="sm" c="dark.5">
                  {t('concierge.case.badges')}
                </Text>
                <List size="sm" spacing={2}>
                  {BADGES.filter((badge) => option.badges?.[badge]).map((badge) => (
                    <List.Item key={badge}>{t(`concierge.badge.${badge}`)}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        ) : null}
        {canChoose ? (
          <Group>
            <Button
              color="kringClay.7"
              onClick={() => onChoose(option)}
              aria-label={t('concierge.case.chooseLabel', { name: option.name })}
            >
              {t('concierge.case.choose')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
