/**
 * PayoutSummary and PayoutHistoryTable in real Chromium: zero axe violations in light and
 * dark, and the SVG chart really draws visible bars of proportional height.
 */
import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { axeViolations, useMockWorker, worker } from './support';
import { apiPath } from '../../mocks/handlers/shared';
import { emptyList, failWith, noAccess, payoutsEmpty } from '../../mocks/scenarios';
import type { PayoutSummary as PayoutSummaryBody } from '../../src/api/schemas';
import { PayoutHistoryTable } from '../../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { PayoutSummary } from '../../src/components/PayoutSummary/PayoutSummary';
import { renderWithProvider } from '../render';

useMockWorker();

const CHART = 'Paid payouts, last 12 months';

const STATES: [string, () => HttpHandler[], () => Promise<unknown>][] = [
  [
    'default',
    () => [],
    async () => {
      await screen.findByRole('img', { name: CHART });
      await screen.findByRole('button', { name: /Amount/ });
    },
  ],
  ['empty', () => payoutsEmpty(), () => screen.findAllByText('No payouts yet.')],
  [
    'error',
    () => [...failWith('payoutSummary', 500), ...failWith('payouts', 500)],
    async () => waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2)),
  ],
  [
    'no access',
    () => [...noAccess('payoutSummary'), ...noAccess('payouts')],
    async () => waitFor(() => expect(screen.getAllByText('No access')).toHaveLength(2)),
  ],
];

describe.each(['light', 'dark'] as const)('Affiliate Payouts in %s', (colorScheme) => {
  it.each(STATES)('%s: no axe violations', async (_name, scenario, ready) => {
    worker.use(...scenario());
    const { container } = renderWithProvider(
      <>
        <PayoutSummary />
        <PayoutHistoryTable />
      </>,
      { appearance: { colorScheme } },
    );
    await ready();
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    expect(await axeViolations(container)).toEqual([]);
  });

  it('empty history alone: no axe violations', async () => {
    worker.use(...emptyList('payouts'));
    const { container } = renderWithProvider(<PayoutHistoryTable />, { appearance: { colorScheme } });
    await screen.findByText('No payouts yet.');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the 12-month chart', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const body: PayoutSummaryBody = {
    ytd: usd(66_000),
    mtd: usd(12_000),
    currentWeek: usd(0),
    asOf: '2026-11-25T15:00:00Z',
    byMonth: [
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ].map((month, index) => ({ month, total: usd(index * 1_000) })),
  };

  it('draws visible bars whose heights are proportional to the totals', async () => {
    worker.use(http.get(apiPath('/affiliate/summary'), () => HttpResponse.json(body)));
    const { container } = renderWithProvider(<PayoutSummary />);
    const chart = await screen.findByRole('img', { name: CHART });
    const svgBox = chart.getBoundingClientRect();
    expect(svgBox.width).toBeGreaterThan(200);
    expect(svgBox.height).toBeGreaterThan(50);

    const barOf = (month: string) => container.querySelector(`[data-month="${month}"] rect`);
    // December 2025 is zero: no bar.
    expect(barOf('2025-12')).toBeNull();
    const tallest = barOf('2026-11') as SVGRectElement;
    const tallestBox = tallest.getBoundingClientRect();
    expect(tallestBox.height).toBeGreaterThan(40);
    // Painted, in the theme's primary colour (a CSS rule, no inline style).
    const fill = getComputedStyle(tallest).fill;
    expect(fill).not.toBe('none');
    expect(fill).not.toMatch(/rgba\(0, 0, 0, 0\)/);
    expect(tallest.hasAttribute('style')).toBe(false);
    for (let index = 1; index < 11; index++) {
      const box = (barOf(body.byMonth[index]?.month ?? '') as SVGRectElement).getBoundingClientRect();
      expect(box.height / tallestBox.height).toBeCloseTo(index / 11, 1);
      // Every bar stands on the same baseline.
      expect(box.bottom).toBeCloseTo(tallestBox.bottom, 0);
      expect(box.width).toBeGreaterThan(5);
    }
    // Month labels are laid out under the bars.
    const labels = [...chart.querySelectorAll('text')];
    expect(labels.map((label) => label.textContent)).toEqual([
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
    expect((labels[0] as SVGTextElement).getBoundingClientRect().top).toBeGreaterThanOrEqual(
      tallestBox.bottom - 1,
    );
    // The fallback table exists for screen readers but is clipped to nothing on screen.
    const table = screen.getByRole('table', { name: 'Paid payouts by month' });
    const clip = table.parentElement as HTMLElement;
    expect(clip.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(clip).overflow).toBe('hidden');
  });
});
