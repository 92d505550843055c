/**
 * `GET /affiliate/summary`: period totals bucketed in the org's time zone, not UTC and not
 * the machine's (faults.md 16, 17). The mock's calendar maths is independent of
 * src/format/periods.ts, so these cases pin it down on their own.
 */
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/api/parse';
import { PayoutSummary } from '../../src/api/schemas';
import type { Payout } from '../../src/api/schemas';
import { setPayouts } from '../../mocks';
import { startOfZonedDay } from '../../mocks/time';
import { ORG_A, REVAMPD, call, errorCode, isObject, useMockServer } from './helpers';

// Monday 15 April 2024, noon UTC.
const APRIL_NOW = new Date('2024-04-15T12:00:00Z');
// A movable clock, so one server can answer "as of" different instants.
let clock = APRIL_NOW;
const { db } = useMockServer({ now: () => clock });

let sequence = 0;
function payout(paidAt: string | null, amount: number, overrides: Partial<Payout> = {}): Payout {
  sequence += 1;
  return {
    id: `po_test_${sequence}`,
    createdAt: paidAt ?? '2024-04-01T00:00:00Z',
    paidAt,
    status: paidAt === null ? 'pending' : 'paid',
    amount: { amount, currency: 'USD' },
    walletTransactionId: null,
    failureReason: null,
    ...overrides,
  };
}

async function summary(query = ''): Promise<PayoutSummary> {
  const result = await call(`/affiliate/summary${query}`);
  expect(result.status).toBe(200);
  const parsed = parseContract(PayoutSummary, result.json);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

function month(body: PayoutSummary, label: string): number | undefined {
  return body.byMonth.find((entry) => entry.month === label)?.total.amount;
}

describe('GET /affiliate/summary', () => {
  const usePayouts = (payouts: Payout[]) => setPayouts(db.scope(ORG_A, REVAMPD), payouts);

  it('a payout at 2024-04-01T03:30Z is March’s in New York and April’s in UTC', async () => {
    usePayouts([
      payout('2024-04-01T03:30:00Z', 1000), // 23:30 on 31 March in New York (EDT)
      payout('2024-04-02T12:00:00Z', 200),
      payout('2024-01-01T03:00:00Z', 30), // 22:00 on 31 December 2023 in New York
      payout(null, 4000), // pending: never counted
      payout(null, 5000, { status: 'failed' }),
      payout('2024-04-15T12:00:01Z', 7), // after asOf
      payout('2024-04-03T12:00:00Z', 9, { amount: { amount: 9, currency: 'EUR' } }), // other currency
    ]);
    const newYork = await summary('?timeZone=America/New_York');
    expect(month(newYork, '2024-03')).toBe(1000);
    expect(month(newYork, '2024-04')).toBe(200);
    expect(month(newYork, '2023-12')).toBe(30);
    expect(month(newYork, '2024-01')).toBe(0);
    expect(newYork.ytd).toEqual({ amount: 1200, currency: 'USD' });
    expect(newYork.mtd).toEqual({ amount: 200, currency: 'USD' });
    expect(newYork.asOf).toBe('2024-04-15T12:00:00Z');

    const utc = await summary('?timeZone=UTC');
    expect(month(utc, '2024-03')).toBe(0);
    expect(month(utc, '2024-04')).toBe(1200);
    expect(month(utc, '2024-01')).toBe(30);
    expect(utc.ytd.amount).toBe(1230);
    expect(utc.mtd.amount).toBe(1200);
  });

  it('week start 7 (Sunday) vs 1 (Monday) changes currentWeek', async () => {
    usePayouts([
      payout('2024-04-14T12:00:00Z', 50), // Sunday
      payout('2024-04-15T08:00:00Z', 4), // Monday morning
      payout('2024-04-13T12:00:00Z', 600), // Saturday: in neither week
    ]);
    expect((await summary('?weekStartsOn=1')).currentWeek.amount).toBe(4);
    expect((await summary('?weekStartsOn=7')).currentWeek.amount).toBe(54);
    expect((await summary('?weekStartsOn=6')).currentWeek.amount).toBe(654);
    // Sunday noon UTC is still Sunday in Tokyo, but Monday 08:00Z is Monday 17:00 there.
    expect((await summary('?timeZone=Asia/Tokyo&weekStartsOn=1')).currentWeek.amount).toBe(4);
  });

  it('byMonth: 12 contiguous months, oldest first, current last, zeros included', async () => {
    usePayouts([payout('2023-05-01T04:00:00Z', 11), payout('2023-04-30T23:00:00Z', 13)]);
    const body = await summary('?timeZone=America/New_York');
    expect(body.byMonth.map((entry) => entry.month)).toEqual([
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
      '2024-04',
    ]);
    // 2023-05-01T04:00Z is 00:00 EDT on 1 May: the first instant of the window.
    expect(month(body, '2023-05')).toBe(11);
    expect(body.byMonth.reduce((sum, entry) => sum + entry.total.amount, 0)).toBe(11);
    expect(body.byMonth.every((entry) => entry.total.currency === 'USD')).toBe(true);
  });

  it('a week across a DST change starts at local midnight (Europe/Berlin, spring forward)', async () => {
    // Sunday 31 March 2024: clocks go 02:00 CET → 03:00 CEST. The week began Monday 25 March 00:00 CET.
    expect(new Date(startOfZonedDay(2024, 3, 25, 'Europe/Berlin')).toISOString()).toBe(
      '2024-03-24T23:00:00.000Z',
    );
    clock = new Date('2024-03-31T12:00:00Z');
    try {
      usePayouts([payout('2024-03-24T23:30:00Z', 5), payout('2024-03-24T22:30:00Z', 70)]);
      const body = await summary('?timeZone=Europe/Berlin&weekStartsOn=1');
      expect(body.currentWeek.amount).toBe(5);
      expect(body.mtd.amount).toBe(75);
      expect(body.asOf).toBe('2024-03-31T12:00:00Z');
    } finally {
      clock = APRIL_NOW;
    }
  });

  it('defaults to UTC and Monday', async () => {
    usePayouts([payout('2024-04-14T23:30:00Z', 3), payout('2024-03-31T23:30:00Z', 8)]);
    expect(await summary('')).toEqual(await summary('?timeZone=UTC&weekStartsOn=1'));
  });

  it('ytd and mtd agree with byMonth on the seeded data', async () => {
    db.reset();
    for (const timeZone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kathmandu']) {
      const body = await summary(`?timeZone=${timeZone}`);
      const thisYear = body.byMonth.filter((entry) => entry.month.startsWith('2024-'));
      expect(body.ytd.amount).toBe(thisYear.reduce((sum, entry) => sum + entry.total.amount, 0));
      expect(body.mtd.amount).toBe(body.byMonth.at(-1)?.total.amount);
      expect(body.mtd.amount).toBeLessThanOrEqual(body.ytd.amount);
      expect(body.ytd.amount).toBeGreaterThan(0);
    }
  });

  it.each([
    ['?timeZone=Mars/Olympus_Mons', 'invalid_time_zone'],
    ['?timeZone=', 'invalid_time_zone'],
    ['?weekStartsOn=0', 'invalid_week_starts_on'],
    ['?weekStartsOn=8', 'invalid_week_starts_on'],
    ['?weekStartsOn=1.5', 'invalid_week_starts_on'],
    ['?weekStartsOn=mon', 'invalid_week_starts_on'],
  ])('%s is 400 %s', async (query, code) => {
    const result = await call(`/affiliate/summary${query}`);
    expect(result.status).toBe(400);
    expect(errorCode(result.json)).toBe(code);
    expect(isObject(result.json)).toBe(true);
  });
});

describe('startOfZonedDay', () => {
  it.each([
    // zone, date, expected first instant
    ['UTC', [2024, 4, 1], '2024-04-01T00:00:00.000Z'],
    ['America/New_York', [2024, 3, 10], '2024-03-10T05:00:00.000Z'], // DST starts at 02:00, midnight is EST
    ['America/New_York', [2024, 3, 11], '2024-03-11T04:00:00.000Z'],
    ['Asia/Kolkata', [2024, 1, 1], '2023-12-31T18:30:00.000Z'],
    ['Pacific/Chatham', [2024, 1, 1], '2023-12-31T10:15:00.000Z'],
    // Midnight skipped: the day starts at the transition (local 01:00).
    ['America/Santiago', [2022, 9, 11], '2022-09-11T04:00:00.000Z'],
    ['America/Havana', [2024, 3, 10], '2024-03-10T05:00:00.000Z'],
    // Midnight twice (01:00 CDT → 00:00 CST): the earlier one.
    ['America/Havana', [2024, 11, 3], '2024-11-03T04:00:00.000Z'],
    // Samoa skipped 30 December 2011 entirely; 31 December began at its first instant.
    ['Pacific/Apia', [2011, 12, 31], '2011-12-30T10:00:00.000Z'],
  ] as const)('%s %j → %s', (zone, [year, monthNumber, day], expected) => {
    expect(new Date(startOfZonedDay(year, monthNumber, day, zone)).toISOString()).toBe(expected);
  });
});
