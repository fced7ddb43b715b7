import { PORTALS, portalPath, PageHeader } from '@kring/common';
import { Anchor, Card, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a signed-in person who is not Kring staff sees here: where they can go instead. */
export function NotStaff() {
  const { t } = useTranslation();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }} data-testid="not-staff">
      <PageHeader title={t('notStaff.title')} lead={t('notStaff.lead')} />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Text fw={700}>{t('notStaff.elsewhere')}</Text>
          <List spacing="xs">
            {PORTALS.map((portal) => (
              <List.Item key={portal}>
                <Anchor href={portalPath(portal)}>{t(`common.portals.${portal}`)}</Anchor>
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dark.5">
            {t('notStaff.mistake')}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
