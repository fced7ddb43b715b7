import { DAY_PARTS, useFormat, WEEKDAYS } from '@kring/common';
import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALL_DAY_PARTS, type DayPartKey } from './criteria';

export interface DayPartFilterProps {
  /** Id of the text that names the grid (the fieldset's legend). */
  labelledBy: string;
  value: readonly DayPartKey[];
  onChange: (value: DayPartKey[]) => void;
}

/**
 * The week as a real table: a row per day, a column per day part, a checkbox in each cell named
 * by both ("Maandag ochtend"), as in the provider's availability step.
 */
export function DayPartFilter({ labelledBy, value, onChange }: DayPartFilterProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ticked = new Set(value);
  const toggle = (key: DayPartKey, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    // Keep the week's order, whatever the order of clicking.
    onChange(ALL_DAY_PARTS.filter((cell) => next.has(cell)));
  };

  return (
    <Table
      aria-labelledby={labelledBy}
      withTableBorder
      withColumnBorders
      verticalSpacing={6}
      horizontalSpacing={4}
      bg="white"
      maw={480}
      fz={{ base: 13, xs: 14 }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('days.day')}</Table.Th>
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
              const key: DayPartKey = `${day}:${part}`;
              return (
                <Table.Td key={part} ta="center">
                  <Checkbox
                    size="md"
                    checked={ticked.has(key)}
                    onChange={(event) => toggle(key, event.currentTarget.checked)}
                    aria-label={t('days.cell', {
                      day: format.weekday(day),
                      part: format.dayPart(part).toLocaleLowerCase(),
                    })}
                    styles={{ body: { justifyContent: 'center' } }}
                  />
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
