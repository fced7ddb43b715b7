import { Checkbox, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, dayPartCell, WEEKDAYS, type DayPart, type Weekday } from '../format/dayParts';
import { useFormat } from '../format/useFormat';

export interface DayPartGridProps<K extends string> {
  /** Id of the text that names the grid (a fieldset's legend, a section's title). */
  labelledBy: string;
  describedBy?: string;
  /** The ticked cells, as `cellKey` names them. */
  value: readonly string[];
  /** Makes each cell a checkbox; without it the grid shows the week (a tick or a dash). */
  onChange?: (value: K[]) => void;
  /** How a cell is named in `value`: "monday.morning" unless the portal says otherwise. */
  cellKey?: (day: Weekday, part: DayPart) => K;
  'data-testid'?: string;
}

/**
 * THE week grid of every portal: a real table, a row per day, a column per day part. To choose
 * (the provider's availability, the partner's search filter), a checkbox in each cell named by
 * both ("Maandag ochtend"); to show (a profile), a tick or a dash with words for screen readers.
 */
export function DayPartGrid<K extends string = ReturnType<typeof dayPartCell>>({
  labelledBy,
  describedBy,
  value,
  onChange,
  cellKey = dayPartCell as (day: Weekday, part: DayPart) => K,
  'data-testid': testId,
}: DayPartGridProps<K>) {
  const { t } = useTranslation();
  const format = useFormat();
  const ticked = new Set(value);
  const toggle = (key: K, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    // Keep the week's order, whatever the order of clicking.
    onChange?.(
      WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => cellKey(day, part))).filter((cell) =>
        next.has(cell),
      ),
    );
  };

  return (
    <Table
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      withTableBorder
      withColumnBorders
      verticalSpacing={onChange ? 6 : 4}
      horizontalSpacing={onChange ? 4 : 6}
      bg="white"
      maw={480}
      // A little smaller on phones: the longest day and part names fit at 360 px in every language.
      fz={{ base: 13, xs: 14 }}
      data-testid={testId}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('common.dayGrid.day')}</Table.Th>
          {DAY_PARTS.map((part) => (
            <Table.Th key={part} scope="col" ta="center">
              {format.dayPart(part)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((day) => (
          <Table.Tr key={day}>
            <Table.Th scope="row" fw={600}>
              {format.weekday(day)}
            </Table.Th>
            {DAY_PARTS.map((part) => {
              const key = cellKey(day, part);
              const on = ticked.has(key);
              return onChange ? (
                <Table.Td key={part} ta="center">
                  <Checkbox
                    size="md"
                    checked={on}
                    onChange={(event) => toggle(key, event.currentTarget.checked)}
                    aria-label={t('common.dayGrid.cell', {
                      day: format.weekday(day),
                      part: format.dayPart(part).toLocaleLowerCase(),
                    })}
                    styles={{ body: { justifyContent: 'center' } }}
                  />
                </Table.Td>
              ) : (
                <Table.Td key={part} ta="center" c={on ? 'kringTeal.8' : 'dark.3'}>
                  <span aria-hidden="true">{on ? '✓' : '–'}</span>
                  <VisuallyHidden>
                    {on ? t('common.dayGrid.available') : t('common.dayGrid.unavailable')}
                  </VisuallyHidden>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
