import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, weekDays, weekdayName, weekdayOf } from './days';
import { renameEntryField, workedMinutes } from './entryForm';

describe('calendar days of the hours page', () => {
  it('finds the Monday of a week across months, years and summer time', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekDays('2027-03-22').at(-1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('names the weekday as each language writes it in a sentence', () => {
    expect(weekdayOf('2026-12-03')).toBe('thursday');
    expect(weekdayName('2026-12-03', 'nl')).toBe('donderdag');
    expect(weekdayName('2026-12-03', 'fr')).toBe('jeudi');
    expect(weekdayName('2026-12-03', 'en')).toBe('Thursday');
  });

  it('computes the worked time from times and a break, or from a duration', () => {
    expect(workedMinutes({ starts_at: '09:00', ends_at: '12:00', break_minutes: 15 })).toBe(165);
    expect(workedMinutes({ starts_at: '12:00', ends_at: '09:00', break_minutes: 0 })).toBeNull();
    expect(workedMinutes({ starts_at: '09:00', ends_at: '10:00', break_minutes: 60 })).toBeNull();
    expect(workedMinutes({ by_duration: true, duration_hours: 2, duration_minutes: '' })).toBe(120);
    expect(
      workedMinutes({ by_duration: true, duration_hours: '', duration_minutes: '' }),
    ).toBeNull();
  });

  it('puts the API’s refusal of the minutes on the field that gave them', () => {
    expect(renameEntryField(true)('minutes')).toBe('duration_hours');
    expect(renameEntryField(false)('minutes')).toBe('ends_at');
    expect(renameEntryField(false)('work_date')).toBe('work_date');
  });
});
