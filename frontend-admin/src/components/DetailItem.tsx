import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItemProps {
  label: string;
  /** The label's width beside the value; on a phone the label stands above it. */
  labelWidth?: number;
  children: ReactNode;
}

/** One line of a page's details (inside a `dl`): what it is, and its value. */
export function DetailItem({ label, labelWidth = 140, children }: DetailItemProps) {
  return (
    <Group gap="xs" align="baseline" wrap="wrap" style={{ rowGap: 2 }}>
      <Text component="dt" size="sm" fw={700} w={{ base: '100%', sm: labelWidth }}>
        {label}
      </Text>
      <Text
        component="dd"
        size="sm"
        m={0}
        miw={0}
        style={{ flex: '1 1 200px', overflowWrap: 'anywhere' }}
      >
        {children}
      </Text>
    </Group>
  );
}
