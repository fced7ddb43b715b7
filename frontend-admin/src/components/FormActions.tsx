import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The end of a console page's form: send it, or go back to `cancelTo` without saving. */
export function FormActions(props: { submitLabel: string; loading: boolean; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" loading={props.loading}>
        {props.submitLabel}
      </Button>
      <Button component={Link} to={props.cancelTo} variant="default">
        {t('confirm.cancel')}
      </Button>
    </Group>
  );
}
