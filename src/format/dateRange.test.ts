/**
 * Calendar days to API instants (api.md, Conventions; issue 11): "From" is the start of its
 * day in the org's zone, "To" the start of the next day, so a person's "to 31 March"
 * includes all of 31 March — whatever zone the browser is in.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarDayOf,
  calendarDayRangeProblem,
  calendarDayRangeToInstants,
  parseCalendarDay,
} from './dateRange';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('calendarDayRangeToInstants', () => {
  it('turns March in New York into [1 March 00:00 EST, 1 April 00:00 EDT)', () => {
    const range = calendarDayRangeToInstants({ from: '2026-03-01', to: '2026-03-31' }, 'America/New_York');
    expect(iso(range.from)).toBe('2026-03-01T05:00:00.000Z');
    // DST began on 8 March: the end is at UTC-4.
    expect(iso(range.to)).toBe('2026-04-01T04:00:00.000Z');
  });

  it('reads the same days in another zone as other instants', () => {
    const range = calendarDayRangeToInstants({ from: '2026-03-01', to: '2026-03-31' }, 'Asia/Tokyo');
    expect(iso(range.from)).toBe('2026-02-28T15:00:00.000Z');
    expect(iso(range.to)).toBe('2026-03-31T15:00:00.000Z');
  });

  it('rolls the exclusive end over a month and a year', () => {
    expect(iso(calendarDayRangeToInstants({ from: '', to: '2026-12-31' }, 'UTC').to)).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(iso(calendarDayRangeToInstants({ from: '', to: '2028-02-29' }, 'UTC').to)).toBe(
      '2028-03-01T00:00:00.000Z',
    );
  });

  it('leaves an open end open', () => {
    expect(calendarDayRangeToInstants({ from: '', to: '' }, 'UTC')).toEqual({ from: null, to: null });
    expect(calendarDayRangeToInstants({ from: '2026-03-01', to: '' }, 'UTC').to).toBeNull();
  });

  it('starts a day whose midnight is skipped at its first real instant', () => {
    // Santiago springs forward at 00:00 on 6 September 2026: the day starts at 01:00 (UTC-3).
    expect(iso(calendarDayRangeToInstants({ from: '2026-09-06', to: '' }, 'America/Santiago').from)).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('refuses what cannot be sent: not a day, or "To" before "From"', () => {
    expect(calendarDayRangeProblem({ from: '2026-02-30', to: '' })).toBe('invalid_from');
    expect(calendarDayRangeProblem({ from: '', to: '31/03/2026' })).toBe('invalid_to');
    expect(calendarDayRangeProblem({ from: '2026-03-31', to: '2026-03-01' })).toBe('to_before_from');
    expect(calendarDayRangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(() => calendarDayRangeToInstants({ from: '2026-03-31', to: '2026-03-01' }, 'UTC')).toThrow(
      RangeError,
    );
  });

  it('parses real calendar days only', () => {
    expect(parseCalendarDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDay('2025-02-29')).toBeNull();
    expect(parseCalendarDay('2025-13-01')).toBeNull();
    expect(parseCalendarDay('')).toBeNull();
  });
});

describe('calendarDayOf', () => {
  it('is the day in the zone, not in UTC', () => {
    const lateEvening = new Date('2026-03-01T03:30:00Z');
    expect(calendarDayOf(lateEvening, 'America/New_York')).toBe('2026-02-28');
    expect(calendarDayOf(lateEvening, 'Europe/Paris')).toBe('2026-03-01');
  });
});
