import { Button, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface ContactProps {
  /** The contact form (public page). Without it the button is only shown, disabled (preview). */
  href?: string;
  /** Said under a disabled button, and its description: why it does nothing here. */
  note?: string;
}

/** "Contact opnemen met …": the way customers reach the provider. */
export function ContactButton({ name, href, note }: ContactProps & { name: string }) {
  const { t } = useTranslation();
  const noteId = useId();
  const label = t('profile.contact', { name });
  const look = {
    size: 'md',
    fullWidth: true,
    color: 'kringClay.7',
    // Long names wrap inside the button instead of running out of it.
    styles: { label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 } },
    h: 'auto',
    mih: 44,
    py: 13,
  } as const;
  if (href) {
    return (
      <Button component={Link} to={href} {...look}>
        {label}
      </Button>
    );
  }
  return (
    <Stack gap={6}>
      <Button disabled aria-describedby={note ? noteId : undefined} {...look}>
        {label}
      </Button>
      {note ? (
        <Text id={noteId} size="sm" c="dark.5">
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}
