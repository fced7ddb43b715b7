import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560} py="xl" align="flex-start">
      <Title order={1}>{t('common.notFound.title')}</Title>
      <Text>{t('common.notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('common.notFound.home')}
      </Button>
    </Stack>
  );
}
