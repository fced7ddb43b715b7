import { describe, expect, it } from 'vitest';
import type { StaffOrder } from '../api/orders';
import { earliestDay, statusChangeBody, statusChangeSchema, yearAhead } from './statusChange';
import { ROLSTOEL_ORDER } from './testData';

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;
const TODAY = '2026-12-14';
const placed = (order: Partial<StaffOrder>): StaffOrder => ({
  ...ROLSTOEL_ORDER,
  placed_at: '2026-12-01T09:00:00Z',
  ...order,
});

function check(order: StaffOrder, values: { status: string; on_date?: string; note?: string }) {
  const schema = statusChangeSchema(t, { order, today: TODAY, formatDay: (day) => `<${day}>` });
  const result = schema.safeParse({ on_date: '', note: '', ...values });
  return result.success
    ? 'ok'
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the status change rules', () => {
  const received = placed({ status: 'received', next_statuses: ['planned'] });
  const onTheWay = placed({ status: 'on_the_way', next_statuses: ['delivered'] });

  it('plans a visit for today or later, never in the past', () => {
    expect(check(received, { status: 'planned', on_date: TODAY })).toBe('ok');
    expect(check(received, { status: 'planned', on_date: '2027-01-04' })).toBe('ok');
    expect(check(received, { status: 'planned', on_date: '2026-12-13' })).toEqual([
      'on_date: order.change.errors.plannedPast',
    ]);
    expect(check(received, { status: 'planned' })).toEqual([
      'on_date: order.change.errors.dateRequired.planned',
    ]);
  });

  it('plans a visit at most a year (365 days) ahead', () => {
    expect(yearAhead(TODAY)).toBe('2027-12-14');
    expect(yearAhead('2027-03-01')).toBe('2028-02-29');
    expect(check(received, { status: 'planned', on_date: '2027-12-14' })).toBe('ok');
    expect(check(received, { status: 'planned', on_date: '2027-12-15' })).toEqual([
      'on_date: order.change.errors.plannedTooFar',
    ]);
  });

  it('records what happened on today or earlier, not before the order was placed', () => {
    expect(check(onTheWay, { status: 'delivered', on_date: TODAY })).toBe('ok');
    expect(check(onTheWay, { status: 'delivered', on_date: '2026-12-01' })).toBe('ok');
    expect(check(onTheWay, { status: 'delivered', on_date: '2026-12-15' })).toEqual([
      'on_date: order.change.errors.future',
    ]);
    expect(check(onTheWay, { status: 'delivered', on_date: '2026-11-30' })).toEqual([
      'on_date: order.change.errors.before.placed {"day":"<2026-12-01>"}',
    ]);
    expect(check(onTheWay, { status: 'delivered', on_date: '14-12-2026' })).toEqual([
      'on_date: order.change.errors.dateInvalid',
    ]);
  });

  it("takes the order's placing day in Dutch time", () => {
    // 23:30 UTC on 30 November is already 1 December in the Netherlands.
    const late = placed({ placed_at: '2026-11-30T23:30:00Z' });
    expect(earliestDay(late, 'delivered')).toEqual({ day: '2026-12-01', because: 'placed' });
  });

  it('ends a rental not before its delivery, and picks it up not before its end', () => {
    const delivered = placed({
      status: 'delivered',
      next_statuses: ['ended'],
      dates: { ...ROLSTOEL_ORDER.dates, delivered_on: '2026-12-05' },
    });
    expect(check(delivered, { status: 'ended', on_date: '2026-12-04' })).toEqual([
      'on_date: order.change.errors.before.delivered {"day":"<2026-12-05>"}',
    ]);
    expect(check(delivered, { status: 'ended', on_date: '2026-12-05' })).toBe('ok');
    const ended = placed({
      status: 'ended',
      next_statuses: ['picked_up'],
      dates: { ...ROLSTOEL_ORDER.dates, delivered_on: '2026-12-05', rental_ended_on: '2026-12-10' },
    });
    expect(check(ended, { status: 'picked_up', on_date: '2026-12-09' })).toEqual([
      'on_date: order.change.errors.before.ended {"day":"<2026-12-10>"}',
    ]);
    expect(check(ended, { status: 'picked_up', on_date: '2026-12-10' })).toBe('ok');
  });

  it('asks no day for on its way, and sends none', () => {
    const planned = placed({ status: 'planned', next_statuses: ['on_the_way'] });
    expect(check(planned, { status: 'on_the_way' })).toBe('ok');
    expect(
      statusChangeBody({ status: 'on_the_way', on_date: '2026-12-14', note: ' Om 9 uur ' }),
    ).toEqual({
      status: 'on_the_way',
      note: 'Om 9 uur',
    });
    expect(statusChangeBody({ status: 'planned', on_date: '2026-12-16', note: '' })).toEqual({
      status: 'planned',
      on_date: '2026-12-16',
      note: '',
    });
  });

  it('takes only a status the API offers now, and a note of at most 1000 characters', () => {
    expect(check(received, { status: '' })).toEqual(['status: order.change.errors.status']);
    expect(check(received, { status: 'delivered', on_date: TODAY })).toEqual([
      'status: order.change.errors.status',
    ]);
    expect(check(received, { status: 'planned', on_date: TODAY, note: 'x'.repeat(1001) })).toEqual([
      'note: order.change.errors.noteTooLong {"max":1000}',
    ]);
    expect(check(received, { status: 'planned', on_date: TODAY, note: 'x'.repeat(1000) })).toBe(
      'ok',
    );
  });
});
