import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRO_PATHS } from '../paths';

/** What an employee sees on a page that only portal admins may use. */
export function AdminOnly() {
  const { t } = useTranslation();
  return (
    <Alert color="kringClay" variant="light" title={t('adminOnly.title')} role="note">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('adminOnly.body')}</Text>
        <Anchor component={Link} to={PRO_PATHS.contactPersons} size="sm">
          {t('adminOnly.back')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
