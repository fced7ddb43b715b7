import { Alert, Stack, Switch, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FlagSwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What "on" means, in the source's words. */
  on?: string;
  /** What "off" means. */
  off?: string;
  /** A remark that always applies (e.g. "must always be on"). */
  hint?: string;
  /** Shown while the switch is in a state that needs care. */
  warning?: ReactNode;
  disabled?: boolean;
}

/** One line of a switch's explanation; the line that applies now is marked at its side. */
function Meaning({ prefix, text, applies }: { prefix: string; text: string; applies: boolean }) {
  return (
    <Text
      size="sm"
      c={applies ? 'dark.7' : 'dark.5'}
      pl="xs"
      style={{
        borderLeft: `3px solid ${applies ? 'var(--mantine-color-kringTeal-6)' : 'transparent'}`,
      }}
    >
      <Text component="span" size="sm" fw={700}>
        {prefix}
      </Text>{' '}
      {text}
    </Text>
  );
}

/**
 * A switch with its explanation next to it: what on and what off means (the one that applies
 * now marked), read out by screen readers with the switch.
 */
export function FlagSwitch(props: FlagSwitchProps) {
  const { id, label, checked, onChange, on, off, hint, warning, disabled } = props;
  const { t } = useTranslation();
  const explanationId = `${id}-explanation`;
  return (
    <Stack gap={6}>
      <Switch
        id={id}
        label={label}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-describedby={explanationId}
        size="md"
        styles={{ label: { fontWeight: 600 } }}
      />
      <Stack gap={4} id={explanationId} pl={{ base: 0, xs: 56 }}>
        {on ? <Meaning prefix={t('flags.onPrefix')} text={on} applies={checked} /> : null}
        {off ? <Meaning prefix={t('flags.offPrefix')} text={off} applies={!checked} /> : null}
        {hint ? (
          <Text
            size="sm"
            c="kringClay.8"
            fw={600}
            pl="xs"
            style={{ borderLeft: '3px solid transparent' }}
          >
            {hint}
          </Text>
        ) : null}
      </Stack>
      {warning ? (
        <Alert color="kringClay" variant="light" role="status" ml={{ base: 0, xs: 56 }}>
          {warning}
        </Alert>
      ) : null}
    </Stack>
  );
}
