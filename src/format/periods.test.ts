import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zonedParts } from './dates';
import { isInPeriod, lastMonths, periodRange, periodStart, weekStartForLocale } from './periods';
import type { Period, WeekDay } from './periods';

const NY = 'America/New_York';
const HOUR = 3_600_000;

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'UTC',
] as const;

const instants = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((ms) => new Date(ms));
const periods = fc.constantFrom<Period>('year', 'month', 'week');
const weekDays = fc.constantFrom<WeekDay>(1, 2, 3, 4, 5, 6, 7);
const zones = fc.constantFrom(...ZONES);

const iso = (date: Date): string => date.toISOString();
const dayNumber = (p: { year: number; month: number; day: number }): number =>
  Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;

describe('weekStartForLocale (faults.md 17)', () => {
  it('en-US weeks start on Sunday, en-GB weeks on Monday', () => {
    expect(weekStartForLocale('en-US')).toBe(7);
    expect(weekStartForLocale('en-GB')).toBe(1);
  });

  it('follows CLDR for other regions and bare languages', () => {
    expect(weekStartForLocale('de-DE')).toBe(1);
    expect(weekStartForLocale('pt-BR')).toBe(7);
    expect(weekStartForLocale('ja-JP')).toBe(7);
    expect(weekStartForLocale('ar-EG')).toBe(6);
    expect(weekStartForLocale('en')).toBe(7);
    expect(weekStartForLocale('fr')).toBe(1);
  });

  it('falls back to Monday for a tag Intl rejects', () => {
    expect(weekStartForLocale('not a locale!')).toBe(1);
    expect(weekStartForLocale('')).toBe(1);
  });
});

describe('periodStart (faults.md 16)', () => {
  const payout = new Date('2024-04-01T03:30:00Z');

  it('a payout at 2024-04-01T03:30Z is in March in America/New_York', () => {
    expect(iso(periodStart(payout, 'month', NY, 7))).toBe('2024-03-01T05:00:00.000Z');
    expect(iso(periodStart(payout, 'month', 'UTC', 7))).toBe('2024-04-01T00:00:00.000Z');
    // Still 23:30 on March 31 in New York: it counts toward March's month-to-date…
    expect(isInPeriod(payout, 'month', new Date('2024-03-31T23:59:59-04:00'), NY, 7)).toBe(true);
    // …and not toward April's, though it is April in UTC.
    expect(isInPeriod(payout, 'month', new Date('2024-04-01T12:00:00Z'), NY, 7)).toBe(false);
    expect(isInPeriod(payout, 'month', new Date('2024-04-01T12:00:00Z'), 'UTC', 7)).toBe(true);
  });

  it('counts the year and week in the org’s zone', () => {
    const newYearUtc = new Date('2025-01-01T02:00:00Z');
    expect(iso(periodStart(newYearUtc, 'year', NY, 1))).toBe('2024-01-01T05:00:00.000Z');
    expect(iso(periodStart(newYearUtc, 'year', 'UTC', 1))).toBe('2025-01-01T00:00:00.000Z');
    // 2024-03-31 is a Sunday in New York but the payout is Monday 2024-04-01 in UTC.
    expect(iso(periodStart(payout, 'week', NY, 1))).toBe('2024-03-25T04:00:00.000Z');
    expect(iso(periodStart(payout, 'week', 'UTC', 1))).toBe('2024-04-01T00:00:00.000Z');
  });

  it('starts weeks on the day asked for', () => {
    // Wednesday 2024-03-13, noon in New York.
    const wednesday = new Date('2024-03-13T16:00:00Z');
    expect(iso(periodStart(wednesday, 'week', NY, 7))).toBe('2024-03-10T05:00:00.000Z');
    expect(iso(periodStart(wednesday, 'week', NY, 1))).toBe('2024-03-11T04:00:00.000Z');
    expect(iso(periodStart(wednesday, 'week', NY, 3))).toBe('2024-03-13T04:00:00.000Z');
    expect(iso(periodStart(wednesday, 'week', NY, 4))).toBe('2024-03-07T05:00:00.000Z');
  });

  it('refuses an invalid Date and a weekStartsOn outside 1–7', () => {
    expect(() => periodStart(new Date(Number.NaN), 'month', NY, 1)).toThrow(RangeError);
    // @ts-expect-error 0 is not a WeekDay; JavaScript callers can still pass it.
    expect(() => periodStart(new Date(), 'week', NY, 0)).toThrow(RangeError);
  });
});

describe('periodRange across DST (faults.md 17)', () => {
  const hours = (range: { start: Date; end: Date }): number =>
    (range.end.getTime() - range.start.getTime()) / HOUR;

  it('a US spring-forward week has 7 days of 167 hours', () => {
    const range = periodRange(new Date('2024-03-12T12:00:00Z'), 'week', NY, 7);
    expect(iso(range.start)).toBe('2024-03-10T05:00:00.000Z');
    expect(iso(range.end)).toBe('2024-03-17T04:00:00.000Z');
    expect(hours(range)).toBe(167);
  });

  it('a US fall-back week has 7 days of 169 hours', () => {
    const range = periodRange(new Date('2024-11-05T12:00:00Z'), 'week', NY, 7);
    expect(iso(range.start)).toBe('2024-11-03T04:00:00.000Z');
    expect(iso(range.end)).toBe('2024-11-10T05:00:00.000Z');
    expect(hours(range)).toBe(169);
  });

  it('EU spring-forward and fall-back weeks (Europe/London, Monday start) have 7 days', () => {
    const spring = periodRange(new Date('2024-03-28T12:00:00Z'), 'week', 'Europe/London', 1);
    expect(iso(spring.start)).toBe('2024-03-25T00:00:00.000Z');
    expect(iso(spring.end)).toBe('2024-03-31T23:00:00.000Z');
    expect(hours(spring)).toBe(167);
    const autumn = periodRange(new Date('2024-10-24T12:00:00Z'), 'week', 'Europe/London', 1);
    expect(iso(autumn.start)).toBe('2024-10-20T23:00:00.000Z');
    expect(iso(autumn.end)).toBe('2024-10-28T00:00:00.000Z');
    expect(hours(autumn)).toBe(169);
  });

  it('a Lord Howe DST week is 167.5 hours', () => {
    // Clocks went from 02:00 to 02:30 on Sunday 2024-10-06; the Monday week Sep 30–Oct 7.
    const range = periodRange(new Date('2024-10-03T00:00:00Z'), 'week', 'Australia/Lord_Howe', 1);
    expect(hours(range)).toBe(167.5);
  });

  it('a São Paulo week whose first midnight was skipped starts at 01:00', () => {
    // 2018-11-04 (Sunday) had no 00:00 in São Paulo.
    const range = periodRange(new Date('2018-11-06T12:00:00Z'), 'week', 'America/Sao_Paulo', 7);
    expect(iso(range.start)).toBe('2018-11-04T03:00:00.000Z');
    expect(zonedParts(range.start, 'America/Sao_Paulo')).toMatchObject({ day: 4, hour: 1, minute: 0 });
  });

  it('months and years end where the next begins', () => {
    const march = periodRange(new Date('2024-03-15T12:00:00Z'), 'month', NY, 7);
    expect(iso(march.start)).toBe('2024-03-01T05:00:00.000Z');
    expect(iso(march.end)).toBe('2024-04-01T04:00:00.000Z');
    const december = periodRange(new Date('2024-12-15T12:00:00Z'), 'month', NY, 7);
    expect(iso(december.end)).toBe('2025-01-01T05:00:00.000Z');
    const year = periodRange(new Date('2024-06-15T12:00:00Z'), 'year', 'Pacific/Chatham', 1);
    expect(iso(year.start)).toBe('2023-12-31T10:15:00.000Z');
    expect(iso(year.end)).toBe('2024-12-31T10:15:00.000Z');
  });
});

describe('period properties, 1990–2060, across zones', () => {
  it('start <= instant < end, and start is idempotent', () => {
    fc.assert(
      fc.property(instants, periods, zones, weekDays, (instant, period, zone, weekStartsOn) => {
        const { start, end } = periodRange(instant, period, zone, weekStartsOn);
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(end.getTime());
        expect(periodStart(instant, period, zone, weekStartsOn).getTime()).toBe(start.getTime());
        expect(periodStart(start, period, zone, weekStartsOn).getTime()).toBe(start.getTime());
        // The next period starts exactly at end, so periods tile time without gaps.
        expect(periodStart(end, period, zone, weekStartsOn).getTime()).toBe(end.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('a week starts on the requested weekday at local midnight and lasts 7 calendar days', () => {
    fc.assert(
      fc.property(instants, zones, weekDays, (instant, zone, weekStartsOn) => {
        const { start, end } = periodRange(instant, 'week', zone, weekStartsOn);
        const first = zonedParts(start, zone);
        expect(first.weekday).toBe(weekStartsOn);
        // Local midnight, or the first instant of a day whose midnight a gap skipped:
        // either way, one millisecond earlier is the previous calendar day.
        const justBefore = zonedParts(new Date(start.getTime() - 1), zone);
        expect(dayNumber(justBefore)).toBe(dayNumber(first) - 1);
        if (first.hour !== 0 || first.minute !== 0) {
          expect(start.getTime() - new Date(start.getTime() - 1).getTime()).toBe(1);
          expect(first.hour * 60 + first.minute).toBeLessThanOrEqual(60);
        }
        expect(first.second).toBe(0);
        expect(dayNumber(zonedParts(end, zone)) - dayNumber(first)).toBe(7);
        const lengthHours = (end.getTime() - start.getTime()) / HOUR;
        expect(lengthHours).toBeGreaterThanOrEqual(167);
        expect(lengthHours).toBeLessThanOrEqual(169);
      }),
      { numRuns: 500 },
    );
  });

  it('a month starts on day 1 and a year on January 1', () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const local = zonedParts(instant, zone);
        expect(zonedParts(periodStart(instant, 'month', zone, 1), zone)).toMatchObject({
          year: local.year,
          month: local.month,
          day: 1,
        });
        expect(zonedParts(periodStart(instant, 'year', zone, 1), zone)).toMatchObject({
          year: local.year,
          month: 1,
          day: 1,
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('lastMonths', () => {
  it('lists 12 month keys, oldest first, current included, in the org’s zone', () => {
    expect(lastMonths(new Date('2024-04-01T03:30:00Z'), NY)).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(lastMonths(new Date('2024-04-01T03:30:00Z'), 'UTC', 2)).toEqual(['2024-03', '2024-04']);
    expect(lastMonths(new Date('2024-04-01T03:30:00Z'), NY, 0)).toEqual([]);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => lastMonths(new Date(), NY, -1)).toThrow(RangeError);
    expect(() => lastMonths(new Date(), NY, 1.5)).toThrow(RangeError);
  });

  it('is consecutive months ending with the current one, for any instant', () => {
    fc.assert(
      fc.property(instants, zones, fc.integer({ min: 1, max: 40 }), (asOf, zone, count) => {
        const keys = lastMonths(asOf, zone, count);
        expect(keys).toHaveLength(count);
        const local = zonedParts(asOf, zone);
        expect(keys.at(-1)).toBe(`${local.year}-${String(local.month).padStart(2, '0')}`);
        const index = (key: string): number => {
          const [year = '', month = ''] = key.split('-');
          return Number(year) * 12 + Number(month);
        };
        keys.forEach((key, i) => {
          expect(key).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
          if (i > 0) expect(index(key) - index(keys[i - 1] ?? '')).toBe(1);
        });
      }),
    );
  });
});

describe('isInPeriod', () => {
  const asOf = new Date('2024-03-13T16:00:00Z'); // Wednesday noon in New York

  it('includes the period’s first instant and asOf itself, and nothing after asOf', () => {
    const start = periodStart(asOf, 'week', NY, 1);
    expect(isInPeriod(start, 'week', asOf, NY, 1)).toBe(true);
    expect(isInPeriod(new Date(start.getTime() - 1), 'week', asOf, NY, 1)).toBe(false);
    expect(isInPeriod(asOf, 'week', asOf, NY, 1)).toBe(true);
    expect(isInPeriod(new Date(asOf.getTime() + 1), 'week', asOf, NY, 1)).toBe(false);
  });

  it('depends on weekStartsOn', () => {
    const monday = new Date('2024-03-11T12:00:00Z');
    expect(isInPeriod(monday, 'week', asOf, NY, 1)).toBe(true);
    expect(isInPeriod(monday, 'week', asOf, NY, 3)).toBe(false);
  });

  it('is false for an invalid instant', () => {
    expect(isInPeriod(new Date(Number.NaN), 'year', asOf, NY, 1)).toBe(false);
  });
});
