import { Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';

const BADGES = [
  'identity_document_seen',
  'seen_in_person',
  'certificate_of_conduct',
  'introduction_video',
] as const;

/**
 * "Gezien door Kring": what Kring's staff checked, only the checks done. Without any, nothing,
 * or `emptyHint` where one is given (the provider's own preview).
 */
export function SeenByKring({
  profile,
  order,
  emptyHint,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
  emptyHint?: string;
}) {
  const { t } = useTranslation();
  const seen = BADGES.filter((badge) => profile.badges[badge]);
  if (seen.length === 0 && !emptyHint) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="profile-badges-title">
      <Stack gap="xs">
        <Title order={sectionOrder(order)} size="h4" id="profile-badges-title">
          {t('profile.badges.title')}
        </Title>
        {seen.length > 0 ? (
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
        ) : (
          <Text size="sm" c="dark.5">
            {emptyHint}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
