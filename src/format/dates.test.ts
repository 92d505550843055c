import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, isValidTimeZone, monthKey, zonedParts, zonedTimeToInstant } from './dates';

const spaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const NY = 'America/New_York';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'UTC',
] as const;

/** Instants from 1990 through 2060, whole seconds (the resolution of wall-clock fields). */
const instants = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 11, 31) / 1000 })
  .map((seconds) => new Date(seconds * 1000));

describe('monthKey (faults.md 16)', () => {
  it('a payout at 2024-04-01T03:30Z is March’s in America/New_York', () => {
    expect(monthKey(new Date('2024-04-01T03:30:00Z'), NY)).toBe('2024-03');
    expect(monthKey(new Date('2024-04-01T03:30:00Z'), 'UTC')).toBe('2024-04');
  });

  it('puts New Year’s Eve in New York in the old year', () => {
    expect(monthKey(new Date('2025-01-01T04:59:59Z'), NY)).toBe('2024-12');
    expect(monthKey(new Date('2025-01-01T05:00:00Z'), NY)).toBe('2025-01');
  });
});

describe('zonedParts', () => {
  it('reads wall-clock fields in the zone, not the process’s', () => {
    expect(zonedParts(new Date('2024-04-01T03:30:15Z'), NY)).toEqual({
      year: 2024,
      month: 3,
      day: 31,
      hour: 23,
      minute: 30,
      second: 15,
      weekday: 7,
    });
    expect(zonedParts(new Date('2024-03-31T22:00:00Z'), 'Asia/Kolkata')).toEqual({
      year: 2024,
      month: 4,
      day: 1,
      hour: 3,
      minute: 30,
      second: 0,
      weekday: 1,
    });
  });

  it('reports midnight as hour 0', () => {
    expect(zonedParts(new Date('2024-06-01T00:00:00Z'), 'UTC').hour).toBe(0);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => zonedParts(new Date(Number.NaN), NY)).toThrow(RangeError);
  });
});

describe('zonedTimeToInstant', () => {
  it('resolves an ordinary wall time', () => {
    expect(
      zonedTimeToInstant({ year: 2024, month: 3, day: 31, hour: 23, minute: 30 }, NY).toISOString(),
    ).toBe('2024-04-01T03:30:00.000Z');
    expect(zonedTimeToInstant({ year: 2024, month: 1, day: 1 }, 'Pacific/Chatham').toISOString()).toBe(
      '2023-12-31T10:15:00.000Z',
    );
  });

  it('moves a time in a spring-forward gap forward by the gap', () => {
    // 02:30 does not exist in New York on 2024-03-10; 03:30 EDT is 07:30Z.
    expect(zonedTimeToInstant({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, NY).toISOString()).toBe(
      '2024-03-10T07:30:00.000Z',
    );
    // Lord Howe moves by 30 minutes: 02:15 on 2024-10-06 becomes 02:45 (+11).
    expect(
      zonedTimeToInstant(
        { year: 2024, month: 10, day: 6, hour: 2, minute: 15 },
        'Australia/Lord_Howe',
      ).toISOString(),
    ).toBe('2024-10-05T15:45:00.000Z');
  });

  it('picks the earlier instant of a time repeated at fall-back', () => {
    expect(zonedTimeToInstant({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, NY).toISOString()).toBe(
      '2024-11-03T05:30:00.000Z',
    );
    expect(
      zonedTimeToInstant(
        { year: 2024, month: 10, day: 27, hour: 1, minute: 30 },
        'Europe/London',
      ).toISOString(),
    ).toBe('2024-10-27T00:30:00.000Z');
  });

  it('starts a day whose midnight was skipped at its first instant (São Paulo, 2018)', () => {
    // Brazil's DST began at 00:00 on 2018-11-04, jumping to 01:00 (-02).
    expect(zonedTimeToInstant({ year: 2018, month: 11, day: 4 }, 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
  });

  it('round-trips with zonedParts for any instant and zone', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const parts = zonedParts(instant, zone);
        const back = zonedTimeToInstant(parts, zone);
        // Equal, or the earlier reading of a repeated hour that shows the same wall time.
        expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime() - back.getTime()).toBeLessThanOrEqual(3_600_000);
        expect(zonedParts(back, zone)).toEqual(parts);
      }),
      { numRuns: 500 },
    );
  });

  it('lands on the wall time asked for, or just past a gap', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1990, max: 2060 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
        }),
        fc.constantFrom(...ZONES),
        (wall, zone) => {
          const parts = zonedParts(zonedTimeToInstant(wall, zone), zone);
          const asked = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
          const got = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
          // No real gap is longer than an hour in these zones and years.
          expect(got - asked).toBeGreaterThanOrEqual(0);
          expect(got - asked).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatDate', () => {
  it('formats in the given zone', () => {
    expect(formatDate('2024-04-01T03:30:00Z', 'en-US', NY)).toBe('Mar 31, 2024');
    expect(formatDate('2024-04-01T03:30:00Z', 'en-US', 'UTC')).toBe('Apr 1, 2024');
    expect(spaces(formatDate('2024-04-01T03:30:00Z', 'en-US', NY, 'dateTime'))).toBe(
      'Mar 31, 2024, 11:30 PM',
    );
    expect(formatDate('2024-04-01T03:30:00+05:30', 'en-GB', 'Asia/Kolkata', 'dateTime')).toBe(
      '1 Apr 2024, 03:30',
    );
    expect(formatDate(new Date('2024-04-01T03:30:00Z'), 'de-DE', NY, 'monthYear')).toBe('März 2024');
    expect(formatDate('2024-04-01T03:30:00Z', 'en-US', NY, 'shortMonth')).toBe('Mar');
  });

  it('shows a date-only value as that calendar date in every zone', () => {
    expect(formatDate('2024-03-31', 'en-US', 'Pacific/Honolulu')).toBe('Mar 31, 2024');
    expect(formatDate('2024-03-31', 'en-US', 'Pacific/Kiritimati')).toBe('Mar 31, 2024');
  });

  it.each([
    ['garbage', 'not a date'],
    ['empty', ''],
    ['impossible day', '2024-02-30T00:00:00Z'],
    ['no offset (would be read in the browser’s zone)', '2024-04-01T03:30:00'],
    ['a bare number', '1711942200000'],
  ])('renders — for %s, never Invalid Date', (_label, input) => {
    expect(formatDate(input, 'en-US', NY)).toBe('—');
  });

  it('renders — for an invalid Date or an unknown zone, and survives a bad locale', () => {
    expect(formatDate(new Date(Number.NaN), 'en-US', NY)).toBe('—');
    expect(formatDate('2024-04-01T03:30:00Z', 'en-US', 'Mars/Olympus_Mons')).toBe('—');
    expect(formatDate('2024-04-01T03:30:00Z', 'not a locale!', NY)).toBe('Mar 31, 2024');
  });

  it('never prints Invalid Date, NaN or undefined for any string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...ZONES),
        fc.constantFrom('date', 'dateTime', 'monthYear', 'shortMonth'),
        (input, zone, style) => {
          expect(formatDate(input, 'en-US', zone, style)).not.toMatch(/Invalid|NaN|undefined/);
        },
      ),
    );
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects anything else', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
