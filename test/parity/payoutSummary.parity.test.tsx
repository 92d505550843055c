/**
 * Headless parity (issue 8): PayoutSummary's key behaviours on a bare summary built from
 * `usePayoutSummaryView` alone — YTD, MTD and current-week totals with the dates each
 * covers in the org's zone and week start, the 12-month chart's bars (never comparing
 * currencies), and "no payouts yet".
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { payoutsEmpty } from '../../mocks/scenarios';
import { usePayoutSummaryView, type PayoutSummary } from '../../src/headless';
import { renderWithProvider, TEST_ORG_ID } from '../render';

// -------------------------------------------------------------------------------------------------
// The bare summary
// -------------------------------------------------------------------------------------------------

/** The earnings summary as a host would write it over `usePayoutSummaryView`: plain elements only. */
function BarePayoutSummary() {
  const summary = usePayoutSummaryView();
  const { chart } = summary;
  return (
    <section aria-label="Earnings" data-state={summary.view.kind}>
      <dl>
        {summary.periods.map((period) => (
          <div key={period.key}>
            <dt>{period.label}</dt>
            <dd>{period.amount}</dd>
            {period.range && <dd>{period.range}</dd>}
          </div>
        ))}
      </dl>
      {summary.isEmpty ? (
        <p>No payouts yet.</p>
      ) : (
        chart && (
          <>
            <svg role="img" aria-label="Chart" viewBox={`0 0 ${chart.width} ${chart.height}`}>
              {chart.bars.map((bar) =>
                bar.height > 0 ? (
                  <rect
                    key={bar.month}
                    data-month={bar.month}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                  />
                ) : null,
              )}
            </svg>
            <table aria-label="By month">
              <tbody>
                {chart.bars.map((bar) => (
                  <tr key={bar.month}>
                    <th scope="row">{bar.label}</th>
                    <td>{bar.amount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      )}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data and reading
// -------------------------------------------------------------------------------------------------

const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The amount and range shown for one period, by its label. */
function period(label: string): { amount: string; range: string } {
  const group = screen.getByText(label, { selector: 'dt' }).parentElement as HTMLElement;
  const [amount, range] = within(group)
    .getAllByRole('definition')
    .map((cell) => plain(cell.textContent));
  return { amount: amount ?? '', range: range ?? '' };
}

/** The table's total for a month label such as "March 2026". */
function monthTotal(label: string): string {
  const row = within(screen.getByRole('table', { name: 'By month' })).getByRole('row', {
    name: new RegExp(`^${label}`),
  });
  return plain(within(row).getByRole('cell').textContent);
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A summary answer: December 2025 empty, then 1,000 more minor units each month. */
function summaryBody(overrides: Partial<PayoutSummary> = {}): PayoutSummary {
  return {
    ytd: usd(100_000),
    mtd: usd(10_000),
    currentWeek: usd(2_500),
    asOf: '2026-11-25T15:00:00Z',
    byMonth: Array.from({ length: 12 }, (_, index) => ({
      month: index === 0 ? '2025-12' : `2026-${String(index).padStart(2, '0')}`,
      total: usd(index * 1_000),
    })),
    ...overrides,
  };
}

/** Answers the summary with `body` and records the requests' URLs. */
function serveSummary(body: PayoutSummary): URL[] {
  const urls: URL[] = [];
  server.use(
    http.get(apiPath('/affiliate/summary'), ({ request }) => {
      urls.push(new URL(request.url));
      return HttpResponse.json(body);
    }),
  );
  return urls;
}

const ready = () =>
  waitFor(() =>
    expect(screen.getByRole('region', { name: 'Earnings' })).toHaveAttribute('data-state', 'ready'),
  );

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('PayoutSummary parity: a bare summary over usePayoutSummaryView', () => {
  it('shows YTD, MTD and Current Week with the dates each covers, in the org’s zone', async () => {
    serveSummary(summaryBody());
    renderWithProvider(<BarePayoutSummary />);
    await ready();
    // The mock clock is 2026-11-25T15:00Z, a Wednesday; en-US weeks start on Sunday.
    expect(period('YTD Earnings')).toEqual({ amount: '$1,000.00', range: 'Jan 1, 2026 – Nov 25, 2026' });
    expect(period('MTD Earnings')).toEqual({ amount: '$100.00', range: 'Nov 1, 2026 – Nov 25, 2026' });
    expect(period('Current Week')).toEqual({ amount: '$25.00', range: 'Nov 22, 2026 – Nov 25, 2026' });
  });

  it('asks for, and dates in, the provider’s zone and week start (faults.md 17)', async () => {
    const urls = serveSummary(summaryBody());
    renderWithProvider(<BarePayoutSummary />, { locale: 'en-GB', timeZone: 'Europe/London' });
    await ready();
    expect(period('Current Week').range).toBe('23 Nov 2026 – 25 Nov 2026');
    expect(urls).toHaveLength(1);
    expect(urls[0]?.pathname).toBe(`/v1/orgs/${TEST_ORG_ID}/connections/revampd/affiliate/summary`);
    expect(urls[0]?.searchParams.get('timeZone')).toBe('Europe/London');
    expect(urls[0]?.searchParams.get('weekStartsOn')).toBe('1');
  });

  it('draws bars proportional to the month totals, none for an empty month', async () => {
    serveSummary(summaryBody());
    const { container } = renderWithProvider(<BarePayoutSummary />);
    await ready();
    const chart = screen.getByRole('img', { name: 'Chart' });
    expect(chart.querySelectorAll('rect')).toHaveLength(11);
    const height = (month: string) =>
      Number(container.querySelector(`[data-month="${month}"]`)?.getAttribute('height'));
    const tallest = height('2026-11');
    expect(tallest).toBeGreaterThan(0);
    expect(height('2026-05') / tallest).toBeCloseTo(5 / 11, 2);
    expect(container.querySelector('[data-month="2025-12"]')).toBeNull();
    expect(monthTotal('December 2025')).toBe('$0.00');
    expect(monthTotal('November 2026')).toBe('$110.00');
  });

  it('never compares currencies: a month in another currency gets no bar and is not the scale (faults.md 18)', async () => {
    const height = (month: string) =>
      Number(document.querySelector(`[data-month="${month}"]`)?.getAttribute('height'));
    serveSummary(summaryBody());
    const usdOnly = renderWithProvider(<BarePayoutSummary />);
    await ready();
    const fullHeight = height('2026-11');
    usdOnly.unmount();

    const body = summaryBody();
    body.byMonth = body.byMonth.map((entry) =>
      entry.month === '2026-10' ? { month: entry.month, total: { amount: 500_000, currency: 'EUR' } } : entry,
    );
    serveSummary(body);
    renderWithProvider(<BarePayoutSummary />);
    await ready();
    expect(document.querySelector('[data-month="2026-10"]')).toBeNull();
    expect(monthTotal('October 2026')).toBe('€5,000.00');
    // Had €5,000 been the scale, November's $110 would be a sliver.
    expect(height('2026-11')).toBe(fullHeight);
  });

  it('says there are no payouts yet instead of an empty chart', async () => {
    server.use(...payoutsEmpty());
    renderWithProvider(<BarePayoutSummary />);
    expect(await screen.findByText('No payouts yet.')).toBeInTheDocument();
    expect(period('YTD Earnings').amount).toBe('$0.00');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
