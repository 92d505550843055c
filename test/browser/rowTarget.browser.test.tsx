/**
 * A targeted row in real Chromium: scrolled into the viewport, focused, and free of axe
 * violations (the highlight's contrast included) in light and dark.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, useMockWorker } from './support';
import { db } from '../../mocks/handlers';
import { PAGE_SIZE } from '../../src/api/queries';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { renderWithProvider, TEST_ORG_ID } from '../render';

useMockWorker();

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

const targetedRow = () =>
  waitFor(() => {
    const row = document.querySelector<HTMLTableRowElement>('tr[data-targeted]');
    if (!row) throw new Error('no targeted row yet');
    return row;
  });

/** Sub-pixel layout (text in a small font is 20.25 px tall) may leave an edge 0.25 px out. */
const SUBPIXEL = 1;

function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= -SUBPIXEL && box.bottom <= window.innerHeight + SUBPIXEL && box.height > 0;
}

describe('row targets in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const appearance = { appearance: { colorScheme } };

    it(`${colorScheme}: a payout far down a 50-row page is scrolled into view, focused, highlighted, axe-clean`, async () => {
      // 50 rows on screen make the table taller than the viewport; row 46 starts below it.
      const payout = scope().payouts[45];
      if (!payout) throw new Error('the seed has fewer payouts');
      const { container } = renderWithProvider(
        <PayoutHistoryTable defaultPageSize={50} targetPayoutId={payout.id} />,
        appearance,
      );
      const row = await targetedRow();
      expect(row.dataset['rowId']).toBe(payout.id);
      const header = within(row).getByRole('rowheader');
      await waitFor(() => expect(header).toHaveFocus());
      await waitFor(() => expect(inViewport(row)).toBe(true));
      // The highlight is drawn (the token resolves), not just the attribute set.
      expect(getComputedStyle(header).backgroundColor).not.toBe(
        getComputedStyle(row.previousElementSibling?.firstElementChild ?? header).backgroundColor,
      );
      expect(await axeViolations(container)).toEqual([]);
    });

    it(`${colorScheme}: a targeted invoice on page 3 is visible and axe-clean`, async () => {
      const invoice = scope().invoices[22];
      if (!invoice) throw new Error('the seed has fewer invoices');
      // 10 rows a page over the first API page of invoices, counted before the action.
      const all = scope().invoices.length;
      const loaded = Math.min(all, PAGE_SIZE);
      const { container } = renderWithProvider(<InvoicesTable targetInvoiceId={invoice.id} />, appearance);
      const row = await targetedRow();
      const more = all > loaded ? '+' : '';
      expect(screen.getByText(`21–${Math.min(30, loaded)} of ${loaded}${more}`)).toBeVisible();
      await waitFor(() => expect(within(row).getByRole('rowheader', { name: invoice.number })).toHaveFocus());
      await waitFor(() => expect(inViewport(row)).toBe(true));
      expect(await axeViolations(container)).toEqual([]);
    });
  }
});
