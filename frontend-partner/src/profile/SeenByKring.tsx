import { Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProfile } from '../api/providers';

const BADGES = ['identity_document_seen', 'seen_in_person', 'introduction_video'] as const;

/** "Gezien door Kring": the checks Kring's staff did, only those done; nothing without any. */
export function SeenByKring({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const seen = BADGES.filter((badge) => profile.badges[badge]);
  if (seen.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="profile-badges-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="profile-badges-title">
          {t('profile.badges.title')}
        </Title>
        <List spacing={6} listStyleType="none" p={0} m={0} data-testid="badges">
          {seen.map((badge) => (
            <List.Item key={badge}>
              <Text component="span" size="sm" style={{ display: 'flex', gap: 8 }}>
                <ThemeIcon size={20} radius="xl" color="kringTeal.7" aria-hidden="true">
                  ✓
                </ThemeIcon>
                {t(`profile.badges.${badge}`)}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
