import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { cellsOfWeek, weekOfCells } from '../format/dayParts';
import { renderWithProviders } from '../test/renderWithProviders';
import { DayPartGrid } from './DayPartGrid';

function Chooser({
  onChange,
  cellKey,
}: {
  onChange: (value: string[]) => void;
  cellKey?: (day: string, part: string) => string;
}) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <h2 id="legend">Wanneer</h2>
      <DayPartGrid
        labelledBy="legend"
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
        {...(cellKey ? { cellKey } : {})}
      />
    </>
  );
}

describe('DayPartGrid', () => {
  it('is a table named by its legend, a row per day and a column per day part', () => {
    renderWithProviders(<Chooser onChange={vi.fn()} />);
    const grid = screen.getByRole('table', { name: 'Wanneer' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dag', 'Ochtend', 'Middag', 'Avond']);
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(7);
    expect(within(grid).getAllByRole('checkbox')).toHaveLength(21);
  });

  it('keeps the week’s order, whatever the order of clicking', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProviders(<Chooser onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Woensdag avond' }));
    await user.click(screen.getByRole('checkbox', { name: 'Maandag ochtend' }));
    expect(onChange).toHaveBeenLastCalledWith(['monday.morning', 'wednesday.evening']);
    await user.click(screen.getByRole('checkbox', { name: 'Woensdag avond' }));
    expect(onChange).toHaveBeenLastCalledWith(['monday.morning']);
  });

  it('names the cells the portal’s way', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProviders(<Chooser onChange={onChange} cellKey={(day, part) => `${day}:${part}`} />);
    await user.click(screen.getByRole('checkbox', { name: 'Zondag middag' }));
    expect(onChange).toHaveBeenLastCalledWith(['sunday:afternoon']);
  });

  it('shows a week without checkboxes, with words for screen readers', () => {
    renderWithProviders(
      <>
        <h2 id="title">Beschikbaarheid</h2>
        <DayPartGrid labelledBy="title" value={cellsOfWeek({ friday: ['evening'] })} />
      </>,
    );
    const grid = screen.getByRole('table', { name: 'Beschikbaarheid' });
    expect(within(grid).queryByRole('checkbox')).not.toBeInTheDocument();
    const friday = within(grid).getByRole('row', { name: /Vrijdag/ });
    expect(friday).toHaveTextContent(/niet beschikbaar.*niet beschikbaar.*✓beschikbaar/);
  });
});

describe('the week as cells', () => {
  it('goes both ways, in the week’s order, leaving out empty days', () => {
    const cells = cellsOfWeek({ tuesday: ['evening', 'morning'], monday: ['afternoon'] });
    expect(cells).toEqual(['monday.afternoon', 'tuesday.morning', 'tuesday.evening']);
    expect(weekOfCells(cells)).toEqual({
      monday: ['afternoon'],
      tuesday: ['morning', 'evening'],
    });
    expect(weekOfCells([])).toEqual({});
    expect(cellsOfWeek(undefined)).toEqual([]);
  });
});
