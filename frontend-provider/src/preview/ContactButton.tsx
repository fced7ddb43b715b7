import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Contact opnemen met …": the way customers reach the provider. In the provider's own preview
 * it does nothing and says so; the public page gives `onContact`.
 */
export function ContactButton({ name, onContact }: { name: string; onContact?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Button
        size="md"
        fullWidth
        color="kringClay.7"
        disabled={!onContact}
        onClick={onContact}
        aria-describedby={onContact ? undefined : 'profile-contact-note'}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        h="auto"
        mih={44}
        py={8}
      >
        {t('preview.contact.button', { name })}
      </Button>
      {onContact ? null : (
        <Text id="profile-contact-note" size="sm" c="dark.5">
          {t('preview.contact.note')}
        </Text>
      )}
    </Stack>
  );
}
