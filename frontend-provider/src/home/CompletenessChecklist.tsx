import { Anchor, Card, Group, List, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderProfile } from '../api/profile';
import { ADVISED_SERVICES, completenessOf, fixPath } from './completeness';

/**
 * How complete the profile is (photo, texts, services, price list, video), with a link to fix
 * each open item: a complete profile gets more customers.
 */
export function CompletenessChecklist({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const { items, done, total } = completenessOf(profile);
  const live = profile.status === 'live';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-complete-title">
      <Stack gap="md">
        <Stack gap={6}>
          <Title order={2} size="h3" id="home-complete-title">
            {t('home.completeness.title')}
          </Title>
          <Text size="sm" fw={700} c="kringTeal.9">
            {t('home.completeness.progress', { done, total })}
          </Text>
          <Progress
            value={Math.round((done / total) * 100)}
            size="md"
            aria-label={t('home.completeness.progress', { done, total })}
          />
        </Stack>
        <List spacing="md" listStyleType="none" p={0} m={0}>
          {items.map(({ item, done: ready }) => (
            <List.Item key={item} data-testid={`complete-${item}`} data-done={ready || undefined}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon
                  size={26}
                  radius="xl"
                  color={ready ? 'kringTeal.7' : 'gray.2'}
                  c={ready ? 'white' : 'dark.5'}
                  aria-hidden="true"
                >
                  {ready ? '✓' : '·'}
                </ThemeIcon>
                <Stack gap={2} miw={0}>
                  <Text fw={600}>
                    {t(`home.completeness.items.${item}.title`, { count: ADVISED_SERVICES })}
                    <Text component="span" size="sm" c="dark.5" fw={400}>
                      {' · '}
                      {ready ? t('home.completeness.done') : t('home.completeness.todo')}
                    </Text>
                  </Text>
                  {ready ? null : (
                    <>
                      <Text size="sm" c="dark.5">
                        {t(`home.completeness.items.${item}.hint`)}
                      </Text>
                      <Anchor component={Link} to={fixPath(item, live)} size="sm" fw={600}>
                        {t(`home.completeness.items.${item}.action`)}
                      </Anchor>
                    </>
                  )}
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
