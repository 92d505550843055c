/**
 * usePayoutSummary asks the server in the provider's zone and week start, not the
 * browser's (faults.md 16, 17), and the chart never compares currencies (faults.md 18).
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { summarizePayouts } from '../../mocks/handlers/payouts';
import type { PayoutSummary } from '../../src/api/schemas';
import { weekStartForLocale } from '../../src/format';
import { usePayoutSummary } from '../../src/headless';
import { buildPayoutChart } from '../../src/hooks/payoutsView';
import type { RevampdProviderProps } from '../../src/headless';
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
