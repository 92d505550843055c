import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockDb, setPayouts } from '../../../mocks/db';
import { createHandlers } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { contractBreak, failWith, neverAnswers, noAccess, payoutsEmpty } from '../../../mocks/scenarios';
import { server } from '../../../mocks/node';
import type { PayoutSummary as PayoutSummaryBody } from '../../api/schemas';
import { definitionsOf, watchText } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { PayoutSummary } from './PayoutSummary';

const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The total and range shown for one period: the definitions of its term, in order. */
function period(label: string): { amount: string; range: string } {
  const region = screen.getByRole('region', { name: 'Affiliate Payouts' });
  const [amount, range] = definitionsOf(region, label);
  return { amount: plain(amount?.textContent), range: plain(range?.textContent) };
}

/** The screen-reader table's total for a month label such as "March 2024". */
function monthTotal(label: string): string {
  const table = screen.getByRole('table', { name: 'Paid payouts by month' });
  const row = within(table).getByRole('row', { name: new RegExp(`^${label}`) });
  return plain(within(row).getByRole('cell').textContent);
}

/** Records the summary requests' URLs and lets the normal handler answer. */
function recordSummaryRequests(): URL[] {
  const urls: URL[] = [];
  server.use(
    http.get(apiPath('/affiliate/summary'), ({ request }) => {
      urls.push(new URL(request.url));
      return undefined;
    }),
  );
  return urls;
}

function summaryBody(overrides: Partial<PayoutSummaryBody> = {}): PayoutSummaryBody {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  return {
    ytd: usd(100_000),
    mtd: usd(10_000),
    currentWeek: usd(2_500),
    asOf: '2026-11-25T15:00:00Z',
    byMonth: Array.from({ length: 12 }, (_, index) => {
      const month = index < 1 ? '2025-12' : `2026-${String(index).padStart(2, '0')}`;
      return { month, total: usd(index === 0 ? 0 : index * 1_000) };
    }),
    ...overrides,
  };
}

describe('PayoutSummary', () => {
  it('shows YTD, MTD and Current Week with the dates each covers, in the org’s zone', async () => {
    renderWithProvider(<PayoutSummary />);
    await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
    expect(screen.getByRole('heading', { name: 'Affiliate Payouts' })).toBeInTheDocument();
    // The mock clock is 2026-11-25T15:00Z, a Wednesday; en-US weeks start on Sunday.
    expect(period('YTD Earnings').range).toBe('Jan 1, 2026 – Nov 25, 2026');
    expect(period('MTD Earnings').range).toBe('Nov 1, 2026 – Nov 25, 2026');
    expect(period('Current Week').range).toBe('Nov 22, 2026 – Nov 25, 2026');
    for (const label of ['YTD Earnings', 'MTD Earnings', 'Current Week']) {
      expect(period(label).amount).toMatch(/^\$[\d,]+\.\d{2}$/);
    }
  });

  it('starts the week on Monday in en-GB and dates in that locale', async () => {
    renderWithProvider(<PayoutSummary />, { locale: 'en-GB', timeZone: 'Europe/London' });
    await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
    expect(period('Current Week').range).toBe('23 Nov 2026 – 25 Nov 2026');
  });

  describe('the request carries the provider’s time zone and week start (faults.md 17)', () => {
    it.each([
      ['en-US → Sunday (7)', { locale: 'en-US', timeZone: 'America/New_York' }, '7'],
      ['en-GB → Monday (1)', { locale: 'en-GB', timeZone: 'Europe/London' }, '1'],
      [
        'an explicit weekStartsOn wins',
        { locale: 'en-GB', timeZone: 'Asia/Kolkata', weekStartsOn: 3 as const },
        '3',
      ],
    ])('%s', async (_label, props, weekStartsOn) => {
      const urls = recordSummaryRequests();
      renderWithProvider(<PayoutSummary />, props);
      await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      expect(urls).toHaveLength(1);
      const url = urls[0] as URL;
      expect(url.pathname).toBe(`/v1/orgs/${TEST_ORG_ID}/connections/revampd/affiliate/summary`);
      expect(url.searchParams.get('timeZone')).toBe(props.timeZone);
      expect(url.searchParams.get('weekStartsOn')).toBe(weekStartsOn);
    });
  });

  describe('a payout at 2024-04-01T03:30Z (faults.md 16)', () => {
    function aprilWorld() {
      const april = createMockDb({ now: () => new Date('2024-04-20T12:00:00Z') });
      setPayouts(april.scope(TEST_ORG_ID, 'revampd'), [
        {
          id: 'po_edge',
          createdAt: '2024-03-29T03:30:00Z',
          paidAt: '2024-04-01T03:30:00Z',
          status: 'paid',
          amount: { amount: 12_345, currency: 'USD' },
          walletTransactionId: null,
        },
      ]);
      server.use(...createHandlers(april));
    }

    it('is March’s in America/New_York', async () => {
      aprilWorld();
      renderWithProvider(<PayoutSummary />, { timeZone: 'America/New_York' });
      await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      expect(monthTotal('March 2024')).toBe('$123.45');
      expect(monthTotal('April 2024')).toBe('$0.00');
      expect(period('MTD Earnings').amount).toBe('$0.00');
      expect(period('YTD Earnings').amount).toBe('$123.45');
      expect(period('MTD Earnings').range).toBe('Apr 1, 2024 – Apr 20, 2024');
    });

    it('is April’s in UTC', async () => {
      aprilWorld();
      renderWithProvider(<PayoutSummary />, { timeZone: 'UTC' });
      await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      expect(monthTotal('March 2024')).toBe('$0.00');
      expect(monthTotal('April 2024')).toBe('$123.45');
      expect(period('MTD Earnings').amount).toBe('$123.45');
    });
  });

  describe('chart', () => {
    it('has a 12-row table fallback and bars proportional to the totals', async () => {
      server.use(http.get(apiPath('/affiliate/summary'), () => HttpResponse.json(summaryBody())));
      const { container } = renderWithProvider(<PayoutSummary />);
      const chart = await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      const table = screen.getByRole('table', { name: 'Paid payouts by month' });
      const bodyRows = within(table).getAllByRole('row').slice(1);
      expect(bodyRows).toHaveLength(12);
      expect(within(bodyRows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('December 2025');
      expect(monthTotal('November 2026')).toBe('$110.00');
      // December 2025 had nothing: no bar. November is the tallest, May is 5/11 of it.
      const bars = [...chart.querySelectorAll('rect')];
      expect(bars).toHaveLength(11);
      const height = (month: string) =>
        Number(container.querySelector(`[data-month="${month}"] rect`)?.getAttribute('height'));
      expect(height('2026-11')).toBe(150);
      expect(height('2026-05')).toBeCloseTo((150 * 5) / 11, 0);
      expect(container.querySelector('[data-month="2026-05"] title')).toHaveTextContent('May 2026: $50.00');
    });

    it('never mixes currencies: a month in another currency gets no bar and is not summed (faults.md 18)', async () => {
      const body = summaryBody();
      body.byMonth = body.byMonth.map((entry) =>
        entry.month === '2026-10'
          ? { month: entry.month, total: { amount: 500_000, currency: 'EUR' } }
          : entry,
      );
      server.use(http.get(apiPath('/affiliate/summary'), () => HttpResponse.json(body)));
      const { container } = renderWithProvider(<PayoutSummary />);
      await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      expect(container.querySelector('[data-month="2026-10"] rect')).toBeNull();
      // The EUR month is listed in its own currency, and does not become the scale.
      expect(monthTotal('October 2026')).toBe('€5,000.00');
      expect(Number(container.querySelector('[data-month="2026-11"] rect')?.getAttribute('height'))).toBe(
        150,
      );
      // The totals are the server's USD sums, shown as given.
      expect(period('YTD Earnings').amount).toBe('$1,000.00');
    });
  });

  it.each(['floatAmount', 'missingCurrency', 'badDate'] as const)(
    'a summary with %s is a "bad response", never NaN or Invalid Date (faults.md 8)',
    async (kind) => {
      server.use(...contractBreak('payoutSummary', kind));
      const { container } = renderWithProvider(<PayoutSummary />);
      expect(await screen.findByRole('alert')).toHaveTextContent('We received a response we could not read');
      expect(container.textContent).not.toMatch(/NaN|Invalid Date|undefined/);
    },
  );

  describe('states', () => {
    it('loading: a busy region', () => {
      server.use(...neverAnswers('payoutSummary'));
      renderWithProvider(<PayoutSummary />);
      const region = screen.getByRole('region', { name: 'Affiliate Payouts' });
      expect(region).toHaveAttribute('aria-busy', 'true');
      expect(within(region).getByRole('status')).toHaveTextContent('Loading…');
    });

    it('empty: zero totals and a plain "no payouts yet" instead of an empty chart', async () => {
      server.use(...payoutsEmpty());
      renderWithProvider(<PayoutSummary />);
      expect(await screen.findByText('No payouts yet.')).toBeInTheDocument();
      expect(period('YTD Earnings').amount).toBe('$0.00');
      expect(screen.queryByRole('img')).toBeNull();
    });

    it('error, then Retry recovers', async () => {
      server.use(...failWith('payoutSummary', 503, undefined, { times: 3, html: true }));
      renderWithProvider(<PayoutSummary />);
      const alert = await screen.findByRole('alert');
      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('img', { name: 'Paid payouts, last 12 months' })).toBeInTheDocument();
    });

    it('no access (403)', async () => {
      server.use(...noAccess('payoutSummary'));
      renderWithProvider(<PayoutSummary />);
      expect(await screen.findByText('No access')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    });

    it('stale: a failed refresh keeps the totals and says so', async () => {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      renderWithProvider(<PayoutSummary />, { queryClient });
      await screen.findByRole('img', { name: 'Paid payouts, last 12 months' });
      const before = period('YTD Earnings').amount;
      server.use(...failWith('payoutSummary', 500));
      await act(() => queryClient.refetchQueries());
      expect(await screen.findByText(/it may be out of date/)).toBeInTheDocument();
      expect(period('YTD Earnings').amount).toBe(before);
    });
  });

  it('never shows the previous org’s totals after an org switch (faults.md 10)', async () => {
    // The old org answers only once the new org's totals are shown: the late answer is
    // certain, not a race against a timer.
    let releaseOld: () => void = () => undefined;
    const oldAnswer = new Promise<void>((resolve) => {
      releaseOld = resolve;
    });
    server.use(
      http.get(apiPath('/affiliate/summary'), async ({ params }) => {
        const old = params['orgId'] === 'org_old';
        if (old) await oldAnswer;
        return HttpResponse.json(summaryBody({ ytd: { amount: old ? 111_111 : 222_222, currency: 'USD' } }));
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const oldTotals = watchText(/\$1,111\.11/);
    const view = renderWithProvider(<PayoutSummary />, { orgId: 'org_old', queryClient });
    view.rerenderWith({ orgId: 'org_new' });
    await waitFor(() => expect(period('YTD Earnings').amount).toBe('$2,222.22'));
    releaseOld();
    // Every request has settled, the old org's late answer included.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => undefined);
    oldTotals.stop();
    expect(oldTotals.seen).toEqual([]);
    expect(period('YTD Earnings').amount).toBe('$2,222.22');
  });
});
