/**
 * usePayoutSummary asks the server in the provider's zone and week start, not the
 * browser's (faults.md 16, 17), and the chart never compares currencies (faults.md 18).
 */
import { renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { summarizePayouts } from '../../mocks/handlers/payouts';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import type { PayoutSummary } from '../../src/api/schemas';
import { weekStartForLocale } from '../../src/format';
import { usePayoutSummary } from '../../src/headless';
import { buildPayoutChart, usePayoutSummaryView } from '../../src/hooks/payoutsView';
import type { RevampdProviderProps } from '../../src/headless';
import { createWrapper } from '../render';
import { switchableWrapper } from './support';

const ORG = 'org_payouts';

describe('usePayoutSummary query (faults.md 16, 17)', () => {
  const cases: readonly {
    name: string;
    props: Partial<RevampdProviderProps>;
    timeZone: string;
    weekStartsOn: string;
  }[] = [
    {
      name: 'en-US → Sunday (7)',
      props: { locale: 'en-US', timeZone: 'America/New_York' },
      timeZone: 'America/New_York',
      weekStartsOn: '7',
    },
    {
      name: 'en-GB → Monday (1)',
      props: { locale: 'en-GB', timeZone: 'Europe/London' },
      timeZone: 'Europe/London',
      weekStartsOn: '1',
    },
    {
      name: 'an explicit weekStartsOn wins over en-US',
      props: { locale: 'en-US', timeZone: 'Asia/Kolkata', weekStartsOn: 1 },
      timeZone: 'Asia/Kolkata',
      weekStartsOn: '1',
    },
    {
      name: 'an explicit weekStartsOn wins over en-GB',
      props: { locale: 'en-GB', timeZone: 'Europe/London', weekStartsOn: 6 },
      timeZone: 'Europe/London',
      weekStartsOn: '6',
    },
  ];

  it.each(cases)('faults 17: $name, in the provider’s zone', async ({ props, timeZone, weekStartsOn }) => {
    const harness = switchableWrapper({ orgId: ORG, ...props });
    const { result } = renderHook(() => usePayoutSummary(), { wrapper: harness.wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(harness.requests).toHaveLength(1);
    const url = harness.requests[0]?.url;
    expect(url?.pathname).toBe(`/v1/orgs/${ORG}/connections/revampd/affiliate/summary`);
    expect(url?.searchParams.get('timeZone')).toBe(timeZone);
    expect(url?.searchParams.get('weekStartsOn')).toBe(weekStartsOn);
    const scope = db.scope(ORG, 'revampd');
    expect(result.current.data).toEqual(
      summarizePayouts(scope.payouts, {
        now: db.now(),
        timeZone,
        weekStartsOn: Number(weekStartsOn),
        currency: 'USD',
      }),
    );
  });

  it('faults 17: the locale table agrees: en-US 7, en-GB 1', () => {
    expect(weekStartForLocale('en-US')).toBe(7);
    expect(weekStartForLocale('en-GB')).toBe(1);
  });

  it('faults 16: changing the provider’s zone asks again and shows that zone’s totals', async () => {
    const harness = switchableWrapper({ orgId: ORG, locale: 'en-US', timeZone: 'America/New_York' });
    const { result, rerender } = renderHook(() => usePayoutSummary(), { wrapper: harness.wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    harness.set({ timeZone: 'Asia/Kolkata' });
    rerender();
    await waitFor(() => expect(harness.requests).toHaveLength(2));
    expect(harness.requests[1]?.url.searchParams.get('timeZone')).toBe('Asia/Kolkata');
    await waitFor(() => expect(result.current.data?.asOf).toBeDefined());
    const scope = db.scope(ORG, 'revampd');
    await waitFor(() =>
      expect(result.current.data).toEqual(
        summarizePayouts(scope.payouts, {
          now: db.now(),
          timeZone: 'Asia/Kolkata',
          weekStartsOn: 7,
          currency: 'USD',
        }),
      ),
    );
  });
});

describe('payout chart (faults.md 18)', () => {
  it('faults 18: a month in another currency gets no bar and does not set the scale', () => {
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    const summary: PayoutSummary = {
      ytd: usd(3000),
      mtd: usd(1000),
      currentWeek: usd(0),
      asOf: '2026-11-25T15:00:00Z',
      byMonth: [
        { month: '2026-09', total: usd(2000) },
        { month: '2026-10', total: { amount: 900_000, currency: 'EUR' } },
        { month: '2026-11', total: usd(1000) },
      ],
    };
    const chart = buildPayoutChart(summary, 'en-US', 'America/New_York');
    expect(chart.max).toEqual(usd(2000));
    expect(chart.bars.map((bar) => bar.comparable)).toEqual([true, false, true]);
    expect(chart.bars.map((bar) => bar.height)).toEqual([150, 0, 75]);
  });
});

// -------------------------------------------------------------------------------------------------
// The dates each total covers, from the hook, at boundaries worked out by hand
// -------------------------------------------------------------------------------------------------

describe('usePayoutSummaryView: the range of each total (faults.md 16, 17)', () => {
  const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
  const usd = (amount: number) => ({ amount, currency: 'USD' });

  /** Period starts are worked out by hand from each zone's rules, not by src/format. */
  const cases: readonly {
    name: string;
    props: Partial<RevampdProviderProps>;
    asOf: string;
    ytd: [string, string];
    mtd: [string, string];
    currentWeek: [string, string];
  }[] = [
    {
      name: 'New York, en-US, the morning clocks sprang forward',
      props: { locale: 'en-US', timeZone: 'America/New_York' },
      asOf: '2026-03-08T07:30:00Z',
      ytd: ['2026-01-01T05:00:00.000Z', 'Jan 1, 2026 – Mar 8, 2026'],
      mtd: ['2026-03-01T05:00:00.000Z', 'Mar 1, 2026 – Mar 8, 2026'],
      // A Sunday week, begun at midnight EST two and a half hours before.
      currentWeek: ['2026-03-08T05:00:00.000Z', 'Mar 8, 2026 – Mar 8, 2026'],
    },
    {
      name: 'New York, Monday weeks, the first 01:30 of the night clocks fell back',
      props: { locale: 'en-US', timeZone: 'America/New_York', weekStartsOn: 1 },
      asOf: '2026-11-01T05:30:00Z',
      ytd: ['2026-01-01T05:00:00.000Z', 'Jan 1, 2026 – Nov 1, 2026'],
      mtd: ['2026-11-01T04:00:00.000Z', 'Nov 1, 2026 – Nov 1, 2026'],
      currentWeek: ['2026-10-26T04:00:00.000Z', 'Oct 26, 2026 – Nov 1, 2026'],
    },
    {
      name: 'Kolkata, en-GB, the first instant of 2027 (2026 in UTC)',
      props: { locale: 'en-GB', timeZone: 'Asia/Kolkata' },
      asOf: '2026-12-31T18:30:00Z',
      ytd: ['2026-12-31T18:30:00.000Z', '1 Jan 2027 – 1 Jan 2027'],
      mtd: ['2026-12-31T18:30:00.000Z', '1 Jan 2027 – 1 Jan 2027'],
      currentWeek: ['2026-12-27T18:30:00.000Z', '28 Dec 2026 – 1 Jan 2027'],
    },
    {
      name: 'London, en-GB, 00:30 BST on April 1 (March 31 in UTC)',
      props: { locale: 'en-GB', timeZone: 'Europe/London' },
      asOf: '2026-03-31T23:30:00Z',
      ytd: ['2026-01-01T00:00:00.000Z', '1 Jan 2026 – 1 Apr 2026'],
      mtd: ['2026-03-31T23:00:00.000Z', '1 Apr 2026 – 1 Apr 2026'],
      currentWeek: ['2026-03-29T23:00:00.000Z', '30 Mar 2026 – 1 Apr 2026'],
    },
    {
      name: 'Sydney, en-AU, Sunday weeks, the evening daylight saving ended',
      props: { locale: 'en-AU', timeZone: 'Australia/Sydney', weekStartsOn: 7 },
      asOf: '2026-04-05T12:00:00Z',
      ytd: ['2025-12-31T13:00:00.000Z', '1 Jan 2026 – 5 Apr 2026'],
      mtd: ['2026-03-31T13:00:00.000Z', '1 Apr 2026 – 5 Apr 2026'],
      // Sunday began in AEDT: the change to AEST came at 03:00.
      currentWeek: ['2026-04-04T13:00:00.000Z', '5 Apr 2026 – 5 Apr 2026'],
    },
  ];

  it.each(cases)('$name', async ({ props, asOf, ...expected }) => {
    const summary: PayoutSummary = {
      ytd: usd(3_000),
      mtd: usd(2_000),
      currentWeek: usd(1_000),
      asOf,
      byMonth: [],
    };
    server.use(http.get(apiPath('/affiliate/summary'), () => HttpResponse.json(summary)));
    const { result } = renderHook(() => usePayoutSummaryView(), {
      wrapper: createWrapper({ orgId: ORG, ...props }),
    });
    await waitFor(() => expect(result.current.periods).toHaveLength(3));
    for (const period of result.current.periods) {
      const [from, range] = expected[period.key];
      expect(period.from?.toISOString(), period.key).toBe(from);
      expect(period.to.toISOString(), period.key).toBe(new Date(asOf).toISOString());
      expect(plain(period.range), period.key).toBe(range);
    }
  });
});
