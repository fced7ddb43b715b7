import { Stack, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** From this width up (Mantine's `sm`, 48em) a card's table has room for two columns. */
export const TWO_COLUMNS = '(min-width: 48em)';

/**
 * A row of a table inside a card: its two parts side by side where there is room; on a phone the
 * second under the first in one cell, so that neither column is squeezed to a few letters a line
 * (an e-mail address broken in three). The table's second header cell is then `visibleFrom="sm"`.
 */
export function SplitRow({ main, side }: { main: ReactNode; side: ReactNode }) {
  const wide = useMediaQuery(TWO_COLUMNS, true, { getInitialValueInEffect: false });
  const top = { verticalAlign: 'top', overflowWrap: 'anywhere' } as const;
  if (wide) {
    return (
      <Table.Tr>
        <Table.Td style={top}>{main}</Table.Td>
        <Table.Td style={top}>{side}</Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr>
      <Table.Td style={top} colSpan={2}>
        <Stack gap="xs">
          <div>{main}</div>
          <div>{side}</div>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
