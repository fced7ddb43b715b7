import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from './api/me';
import { AUTH_PATHS } from './paths';

/** "Create an account" / "Log in", for a landing page; nothing once someone is logged in. */
export function AuthCallToAction() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending || me.data) return null;
  return (
    <Card
      withBorder
      padding="lg"
      maw={1040}
      mx="auto"
      w="100%"
      bg="kringClay.0"
      style={{ borderColor: 'var(--mantine-color-kringClay-2)' }}
      component="aside"
      aria-label={t('auth.cta.label')}
    >
      <Group justify="space-between" gap="md">
        <Stack gap={2} style={{ flex: '1 1 280px' }}>
          <Text fw={700} size="lg">
            {t('auth.cta.title')}
          </Text>
          <Text c="dark.6">{t('auth.cta.body')}</Text>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to={AUTH_PATHS.signup} size="md">
            {t('auth.cta.signup')}
          </Button>
          <Button component={Link} to={AUTH_PATHS.login} size="md" variant="default">
            {t('auth.cta.login')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
