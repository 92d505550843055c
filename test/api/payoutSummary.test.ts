/**
 * The mock server's `GET /affiliate/summary` against an independent computation with
 * src/format (faults.md 16, 17, 18): the mock buckets with its own calendar code
 * (mocks/time.ts), the library with src/format/periods, so agreement checks both. Agreement
 * alone would let one shared mistake pass, so src/format's periods are also checked on
 * their own against boundaries worked out by hand, across DST, month and year changes.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_NOW, createHandlers, createMockDb, editScope, setPayouts, withPayouts } from '../../mocks';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { createRevampdClient, type RevampdClient } from '../../src/api/client';
import type { Payout, PayoutSummary } from '../../src/api/schemas';
import {
  isInPeriod,
  lastMonths,
  monthKey,
  periodRange,
  periodStart,
  type Period,
  type WeekDay,
} from '../../src/format';

const ORG = 'org_summary';

function client(connectionId = 'revampd'): RevampdClient {
  return createRevampdClient({
    baseUrl: 'https://api.revampd.test',
    orgId: ORG,
    connectionId,
    getAccessToken: () => 'tok',
    retry: { retries: 0, baseDelayMs: 1 },
  });
}

async function allPayouts(api: RevampdClient): Promise<Payout[]> {
  const rows: Payout[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.listPayouts({ limit: 100, cursor });
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}

/** What the summary must say, computed from the payout list with src/format only. */
function expectedSummary(
  payouts: readonly Payout[],
  asOf: Date,
  timeZone: string,
  weekStartsOn: WeekDay,
  currency = 'USD',
) {
  const paid = payouts.filter(
    (payout) => payout.status === 'paid' && payout.paidAt !== null && payout.amount.currency === currency,
  );
  const total = (period: Period) =>
    paid
      .filter((payout) => isInPeriod(new Date(payout.paidAt ?? ''), period, asOf, timeZone, weekStartsOn))
      .reduce((sum, payout) => sum + payout.amount.amount, 0);
  const months = lastMonths(asOf, timeZone);
  return {
    ytd: { amount: total('year'), currency },
    mtd: { amount: total('month'), currency },
    currentWeek: { amount: total('week'), currency },
    byMonth: months.map((month) => ({
      month,
      total: {
        amount: paid
          .filter((payout) => {
            const at = new Date(payout.paidAt ?? '');
            return at.getTime() <= asOf.getTime() && monthKey(at, timeZone) === month;
          })
          .reduce((sum, payout) => sum + payout.amount.amount, 0),
        currency,
      },
    })),
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Paid payouts one second either side of each period start, and at asOf itself. */
function boundaryPayouts(asOf: Date, timeZone: string, weekStartsOn: WeekDay): Payout[] {
  const instants: number[] = [asOf.getTime(), asOf.getTime() + 1000];
  for (const period of ['year', 'month', 'week'] as const) {
    const start = periodStart(asOf, period, timeZone, weekStartsOn).getTime();
    instants.push(start - 1000, start);
  }
  return instants.map((at, index) => ({
    id: `po_boundary_${index}`,
    createdAt: iso(at - 86_400_000),
    paidAt: iso(at),
    status: 'paid',
    amount: { amount: 10_000 * (index + 1), currency: 'USD' },
    walletTransactionId: null,
    failureReason: null,
  }));
}

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata'] as const;
const WEEK_STARTS: readonly WeekDay[] = [1, 7];
const INSTANTS = [
  MOCK_NOW.toISOString(),
  '2026-03-01T04:30:00Z', // still February in New York
  '2027-01-01T02:00:00Z', // still 2026 in New York, already 2027 in London and Kolkata
  '2026-03-10T12:00:00Z', // the week that crossed the US DST change (Sunday, March 8)
  '2026-03-31T23:30:00Z', // already April in London (BST) and Kolkata
] as const;

describe('faults.md 16–17: the mock summary equals src/format’s periods', () => {
  const cases = INSTANTS.flatMap((instant) =>
    ZONES.flatMap((timeZone) => WEEK_STARTS.map((weekStartsOn) => ({ instant, timeZone, weekStartsOn }))),
  );

  it.each(cases)(
    'faults 16/17: asOf $instant in $timeZone, week starts $weekStartsOn',
    async ({ instant, timeZone, weekStartsOn }) => {
      const asOf = new Date(instant);
      const other = createMockDb({ now: () => new Date(asOf.getTime()) });
      server.use(
        ...editScope(other, (scope) =>
          setPayouts(scope, [...scope.payouts, ...boundaryPayouts(asOf, timeZone, weekStartsOn)]),
        ),
        ...createHandlers(other),
      );
      const api = client();
      const payouts = await allPayouts(api);
      expect(payouts.filter((payout) => payout.id.startsWith('po_boundary_'))).toHaveLength(8);
      const summary = await api.getPayoutSummary({ timeZone, weekStartsOn });
      expect(summary.asOf).toBe(iso(asOf.getTime()));
      const expected = expectedSummary(payouts, asOf, timeZone, weekStartsOn);
      expect(summary).toEqual({ ...expected, asOf: summary.asOf });
      // The boundary payout at the month's first instant counts, the one a second earlier not.
      expect(expected.mtd.amount).toBeGreaterThan(0);
    },
  );

  it('faults 16: a payout at 2024-04-01T03:30Z is March’s in New York, April’s in London', async () => {
    const asOf = new Date('2024-04-10T12:00:00Z');
    const other = createMockDb({ now: () => new Date(asOf.getTime()) });
    const payout: Payout = {
      id: 'po_edge',
      createdAt: '2024-03-25T09:00:00Z',
      paidAt: '2024-04-01T03:30:00Z',
      status: 'paid',
      amount: { amount: 12_345, currency: 'USD' },
      walletTransactionId: null,
      failureReason: null,
    };
    server.use(...withPayouts(other, [payout]), ...createHandlers(other));
    const newYork = await client().getPayoutSummary({ timeZone: 'America/New_York', weekStartsOn: 7 });
    expect(newYork.mtd.amount).toBe(0);
    expect(newYork.ytd.amount).toBe(12_345);
    expect(newYork.byMonth.at(-1)).toEqual({ month: '2024-04', total: { amount: 0, currency: 'USD' } });
    expect(newYork.byMonth.at(-2)).toEqual({ month: '2024-03', total: { amount: 12_345, currency: 'USD' } });
    const london = await client().getPayoutSummary({ timeZone: 'Europe/London', weekStartsOn: 1 });
    expect(london.mtd.amount).toBe(12_345);
    expect(london.byMonth.at(-1)).toEqual({ month: '2024-04', total: { amount: 12_345, currency: 'USD' } });
    expect(london.byMonth.at(-2)?.total.amount).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------------
// The library's own bucketing, against instants worked out by hand
// -------------------------------------------------------------------------------------------------

/**
 * A summary's `asOf` near a boundary, and where each of its periods starts and ends in
 * that zone, worked out by hand from the zone's rules: not computed by src/format (which
 * is under test) nor by mocks/time.ts (which the test above compares it with).
 */
interface KnownBoundaries {
  name: string;
  asOf: string;
  timeZone: string;
  weekStartsOn: WeekDay;
  /** `[start, end)` of the year, month and week containing `asOf`. */
  year: [string, string];
  month: [string, string];
  week: [string, string];
  /** The month key of `asOf`, of the instant before its month began, and the oldest of the 12. */
  monthKeys: { current: string; previous: string; oldest: string };
}

const KNOWN: readonly KnownBoundaries[] = [
  {
    name: 'New York, the morning clocks sprang forward (Sunday 2026-03-08, 03:30 EDT)',
    asOf: '2026-03-08T07:30:00.000Z',
    timeZone: 'America/New_York',
    weekStartsOn: 7,
    year: ['2026-01-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z'],
    month: ['2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z'],
    // Sunday midnight was still EST; the next Sunday's is EDT: a week of 167 hours.
    week: ['2026-03-08T05:00:00.000Z', '2026-03-15T04:00:00.000Z'],
    monthKeys: { current: '2026-03', previous: '2026-02', oldest: '2025-04' },
  },
  {
    name: 'New York, the first 01:30 of the night clocks fell back (Sunday 2026-11-01, EDT)',
    asOf: '2026-11-01T05:30:00.000Z',
    timeZone: 'America/New_York',
    weekStartsOn: 1,
    year: ['2026-01-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z'],
    month: ['2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z'],
    // Monday 2026-10-26 (EDT) to Monday 2026-11-02 (EST): 169 hours.
    week: ['2026-10-26T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    monthKeys: { current: '2026-11', previous: '2026-10', oldest: '2025-12' },
  },
  {
    name: 'Kolkata, the first instant of 2027 (still 2026 in UTC)',
    asOf: '2026-12-31T18:30:00.000Z',
    timeZone: 'Asia/Kolkata',
    weekStartsOn: 1,
    year: ['2026-12-31T18:30:00.000Z', '2027-12-31T18:30:00.000Z'],
    month: ['2026-12-31T18:30:00.000Z', '2027-01-31T18:30:00.000Z'],
    // Friday 2027-01-01: its Monday week began on 2026-12-28.
    week: ['2026-12-27T18:30:00.000Z', '2027-01-03T18:30:00.000Z'],
    monthKeys: { current: '2027-01', previous: '2026-12', oldest: '2026-02' },
  },
  {
    name: 'London, 00:30 BST on April 1 (still March 31 in UTC), the week after the clocks changed',
    asOf: '2026-03-31T23:30:00.000Z',
    timeZone: 'Europe/London',
    weekStartsOn: 1,
    year: ['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    month: ['2026-03-31T23:00:00.000Z', '2026-04-30T23:00:00.000Z'],
    week: ['2026-03-29T23:00:00.000Z', '2026-04-05T23:00:00.000Z'],
    monthKeys: { current: '2026-04', previous: '2026-03', oldest: '2025-05' },
  },
  {
    name: 'Sydney, the evening after daylight saving ended (Sunday 2026-04-05, AEST)',
    asOf: '2026-04-05T12:00:00.000Z',
    timeZone: 'Australia/Sydney',
    weekStartsOn: 7,
    year: ['2025-12-31T13:00:00.000Z', '2026-12-31T13:00:00.000Z'],
    // April began in AEDT (+11), May begins in AEST (+10).
    month: ['2026-03-31T13:00:00.000Z', '2026-04-30T14:00:00.000Z'],
    // Sunday midnight was still AEDT (the change came at 03:00): a week of 169 hours.
    week: ['2026-04-04T13:00:00.000Z', '2026-04-11T14:00:00.000Z'],
    monthKeys: { current: '2026-04', previous: '2026-03', oldest: '2025-05' },
  },
  {
    name: 'UTC, the leap day 2024-02-29 (a Thursday)',
    asOf: '2024-02-29T12:00:00.000Z',
    timeZone: 'UTC',
    weekStartsOn: 1,
    year: ['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    month: ['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    week: ['2024-02-26T00:00:00.000Z', '2024-03-04T00:00:00.000Z'],
    monthKeys: { current: '2024-02', previous: '2024-01', oldest: '2023-03' },
  },
];

describe('faults.md 16–17: src/format’s periods at known boundaries', () => {
  const PERIODS = ['year', 'month', 'week'] as const;
  const shifted = (isoText: string, ms: number) => new Date(Date.parse(isoText) + ms);

  it.each(KNOWN)('$name: each period’s start and end', ({ asOf, timeZone, weekStartsOn, ...known }) => {
    for (const period of PERIODS) {
      const range = periodRange(new Date(asOf), period, timeZone, weekStartsOn);
      expect([range.start.toISOString(), range.end.toISOString()], period).toEqual(known[period]);
      expect(periodStart(new Date(asOf), period, timeZone, weekStartsOn).toISOString(), period).toBe(
        known[period][0],
      );
    }
  });

  it.each(KNOWN)(
    '$name: a payout counts from its period’s first instant to asOf, not a second either side',
    ({ asOf, timeZone, weekStartsOn, ...known }) => {
      const counts = (at: Date, period: Period) =>
        isInPeriod(at, period, new Date(asOf), timeZone, weekStartsOn);
      for (const period of PERIODS) {
        const [start] = known[period];
        expect(counts(shifted(start, -1000), period), `${period}: a second before it began`).toBe(false);
        expect(counts(new Date(start), period), `${period}: its first instant`).toBe(true);
        expect(counts(new Date(asOf), period), `${period}: asOf itself`).toBe(true);
        expect(counts(shifted(asOf, 1000), period), `${period}: a second after asOf`).toBe(false);
      }
    },
  );

  it.each(KNOWN)('$name: the month buckets of the 12-month chart', ({ asOf, timeZone, month, monthKeys }) => {
    expect(monthKey(new Date(asOf), timeZone)).toBe(monthKeys.current);
    expect(monthKey(new Date(month[0]), timeZone)).toBe(monthKeys.current);
    expect(monthKey(shifted(month[0], -1000), timeZone)).toBe(monthKeys.previous);
    const months = lastMonths(new Date(asOf), timeZone);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe(monthKeys.oldest);
    expect(months.at(-2)).toBe(monthKeys.previous);
    expect(months.at(-1)).toBe(monthKeys.current);
  });
});

describe('faults.md 18: totals never mix currencies or connections', () => {
  it('faults 18: EUR payouts in a USD wallet’s history are left out of every total', async () => {
    const payouts: Payout[] = [
      {
        id: 'po_usd',
        createdAt: '2026-11-20T09:00:00Z',
        paidAt: '2026-11-24T09:00:00Z',
        status: 'paid',
        amount: { amount: 5_000, currency: 'USD' },
        walletTransactionId: null,
        failureReason: null,
      },
      {
        id: 'po_eur',
        createdAt: '2026-11-20T09:00:00Z',
        paidAt: '2026-11-24T10:00:00Z',
        status: 'paid',
        amount: { amount: 7_000, currency: 'EUR' },
        walletTransactionId: null,
        failureReason: null,
      },
    ];
    server.use(...withPayouts(db, payouts));
    const summary: PayoutSummary = await client().getPayoutSummary({ timeZone: 'UTC', weekStartsOn: 1 });
    for (const total of [summary.ytd, summary.mtd, summary.currentWeek]) {
      expect(total).toEqual({ amount: 5_000, currency: 'USD' });
    }
    expect(summary.byMonth.at(-1)).toEqual({ month: '2026-11', total: { amount: 5_000, currency: 'USD' } });
    expect(summary.byMonth.every((month) => month.total.currency === 'USD')).toBe(true);
  });

  it('faults 18: a par_ connection’s payouts never count in the revampd summary', async () => {
    const revampd = client();
    const before = await revampd.getPayoutSummary({ timeZone: 'America/New_York', weekStartsOn: 7 });
    const huge: Payout = {
      id: 'po_partner_huge',
      createdAt: '2026-11-23T09:00:00Z',
      paidAt: '2026-11-24T09:00:00Z',
      status: 'paid',
      amount: { amount: 99_999_999, currency: 'USD' },
      walletTransactionId: null,
      failureReason: null,
    };
    server.use(
      ...editScope(db, (scope) => setPayouts(scope, [...scope.payouts, huge]), { connectionId: 'par_acme' }),
    );
    const partner = await client('par_acme').getPayoutSummary({
      timeZone: 'America/New_York',
      weekStartsOn: 7,
    });
    expect(partner.mtd.amount).toBeGreaterThanOrEqual(99_999_999);
    const after = await revampd.getPayoutSummary({ timeZone: 'America/New_York', weekStartsOn: 7 });
    expect(after).toEqual(before);
    const revampdPayouts = await allPayouts(revampd);
    expect(revampdPayouts.some((payout) => payout.id === huge.id)).toBe(false);
    expect(after).toEqual({
      ...expectedSummary(revampdPayouts, MOCK_NOW, 'America/New_York', 7),
      asOf: after.asOf,
    });
    const wallet = await revampd.getWallet();
    expect(wallet.connectionId).toBe('revampd');
    expect(wallet.balance).toEqual(db.scope(ORG, 'revampd').wallet.balance);
    expect((await client('par_acme').getWallet()).connectionId).toBe('par_acme');
  });
});
