import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const TIPS = ['complete', 'photo', 'video', 'respond'] as const;

/** The source's "hints and tips" to get more customers, on the page itself. */
export function Tips() {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="home-tips-title"
      bg="kringClay.0"
      style={{ borderColor: 'var(--mantine-color-kringClay-1)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="home-tips-title" c="kringClay.9">
          {t('home.tips.title')}
        </Title>
        <List spacing="xs" c="dark.9">
          {TIPS.map((tip) => (
            <List.Item key={tip}>
              <Text size="sm">{t(`home.tips.items.${tip}`)}</Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
