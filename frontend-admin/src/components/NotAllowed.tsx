import { PageHeader } from '@kring/common';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_PATHS } from '../paths';

/** A page the staff member's role does not allow (opened from a link): said plainly. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }} data-testid="not-allowed">
      <PageHeader title={t('notAllowed.title')} lead={t('notAllowed.lead')} />
      <Anchor component={Link} to={ADMIN_PATHS.home}>
        {t('notAllowed.home')}
      </Anchor>
    </Stack>
  );
}
