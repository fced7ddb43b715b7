import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contactPath } from '../paths';

/** "Contact opnemen met …": to the contact form. */
export function ContactButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={contactPath(id)}
      size="md"
      fullWidth
      color="kringClay.7"
      styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 } }}
      h="auto"
      py={13}
    >
      {t('profile.contact', { name })}
    </Button>
  );
}
