import { Badge, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The text colour of a light badge of each hue: Mantine's own light colours are too pale on
 * their tint for small bold text (orange 2.3:1, gray 3.0:1); these keep 4.5:1 or more.
 */
const TEXT: Record<string, string> = {
  orange: 'kringClay.7',
  kringClay: 'kringClay.8',
  yellow: 'dark.7',
  dark: 'dark.7',
  gray: 'gray.8',
  blue: 'blue.9',
  red: 'red.9',
  kringTeal: 'kringTeal.9',
};

/** A status in words on a light tint of its colour, readable (axe) and whole on a phone. */
export function StatusBadge({
  color,
  size,
  asWritten = false,
  children,
}: {
  color: string;
  size?: MantineSize;
  /** The words as written (sentence case) rather than Mantine's capitals. */
  asWritten?: boolean;
  children: ReactNode;
}) {
  return (
    <Badge
      variant="light"
      size={size}
      tt={asWritten ? 'none' : undefined}
      color={color}
      c={TEXT[color]}
      // The whole word, also in a narrow column on a phone ("Uitgenodigd").
      style={{ overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
