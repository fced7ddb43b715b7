import { useFormat } from '@kring/common';
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursEntry } from '../api/hours';
import classes from './EntryTable.module.css';
import { useHoursFormat } from './hoursFormat';

export interface EntryColumn {
  label: string;
  cell: (entry: HoursEntry) => ReactNode;
  /** Buttons: on a phone they take the card's width, without a label. */
  actions?: boolean;
  /** Longer text: on a phone it goes under its label, over the card's width. */
  wide?: boolean;
}

export interface EntryTableProps {
  /** The table's name for a screen reader. */
  label: string;
  entries: readonly HoursEntry[];
  /** The amounts, for who may see payments. */
  amounts: boolean;
  /** Columns after the usual ones (who approved, the buttons). */
  extra?: readonly EntryColumn[];
  /** Rows shown struck through (hours a correction replaced). */
  struck?: (entry: HoursEntry) => boolean;
}

/** Hours as a table: day, helper, times, worked time, note and amount; cards on a phone. */
export function EntryTable({ label, entries, amounts, extra = [], struck }: EntryTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = useHoursFormat();
  const columns: EntryColumn[] = [
    { label: t('hours.columns.date'), cell: (entry) => format.day(entry.work_date) },
    { label: t('hours.columns.helper'), cell: (entry) => entry.helper_first_name },
    {
      label: t('hours.columns.times'),
      cell: (entry) => {
        const pause = hours.pause(entry);
        return (
          <>
            <span className={classes.nowrap}>{hours.span(entry)}</span>
            {pause ? <span className={classes.pause}>{pause}</span> : null}
          </>
        );
      },
    },
    {
      label: t('hours.columns.worked'),
      cell: (entry) => <span className={classes.nowrap}>{hours.duration(entry.minutes)}</span>,
    },
    {
      label: t('hours.columns.note'),
      wide: true,
      cell: (entry) => (entry.note ? <span className={classes.note}>{entry.note}</span> : '–'),
    },
    ...(amounts
      ? [
          {
            label: t('hours.columns.amount'),
            cell: (entry: HoursEntry) => (
              <span className={classes.nowrap}>
                {entry.amount_cents === null ? '–' : format.money(entry.amount_cents)}
              </span>
            ),
          },
        ]
      : []),
  ];
  const own = columns.length;
  const all = [...columns, ...extra];
  return (
    <Table className={classes.table} aria-label={label} verticalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          {all.map((column) => (
            <Table.Th key={column.label} scope="col">
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const strike = struck?.(entry) ?? false;
          return (
            <Table.Tr key={entry.id}>
              {all.map((column, index) => (
                <Table.Td
                  key={column.label}
                  data-label={column.label}
                  className={
                    column.actions ? classes.actions : column.wide ? classes.wide : undefined
                  }
                >
                  {/* One element, so a phone's card puts the whole value beside its label. */}
                  <div className={strike && index < own ? classes.struck : undefined}>
                    {column.cell(entry)}
                  </div>
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
