/**
 * Landing on a row: `targetInvoiceId` / `targetPayoutId` (and DataTable's `targetRowId`
 * under them) show the row's page, loading more API pages when needed, mark the row and
 * focus it; inside ConnectionPortal the wallet's "View invoice" / "View payout" links do it.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { large } from '../../mocks/scenarios';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { PAGE_SIZE } from '../../src/api/queries';
import { DATA_TABLE_TARGET_MAX_PAGES } from '../../src/hooks/dataTable';
import { renderWithProvider, TEST_ORG_ID } from '../render';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function seededInvoice(index: number) {
  const invoice = scope().invoices[index];
  if (!invoice) throw new Error(`the seed has no invoice ${index}`);
  return invoice;
}

/**
 * The position ("21–25 of 25+") of the page an invoice's row is shown on: 10 rows a page
 * over the first API page of invoices, "+" while the server has more, counted from the
 * store before the action, never from the seed's size.
 */
function invoicePageText(index: number): string {
  const all = scope().invoices.length;
  const loaded = Math.min(all, PAGE_SIZE);
  expect(index).toBeLessThan(loaded); // else the row needs a second API page
  const first = Math.floor(index / 10) * 10 + 1;
  return `${first}–${Math.min(first + 9, loaded)} of ${loaded}${all > loaded ? '+' : ''}`;
}

function seededPayout(index: number) {
  const payout = scope().payouts[index];
  if (!payout) throw new Error(`the seed has no payout ${index}`);
  return payout;
}

/** GET requests whose path ends with `suffix`, counted from now on. */
function countListRequests(suffix: string): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith(suffix)) seen.push(request.url);
  });
  return seen;
}

/** The row marked as targeted, once there is one. */
const targetedRow = () =>
  waitFor(() => {
    const rows = document.querySelectorAll<HTMLTableRowElement>('tr[data-targeted]');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error('no targeted row');
    return row;
  });

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

describe('row targets', () => {
  it('InvoicesTable: an invoice on page 3 shows that page, marked and focused', async () => {
    // 25 invoices in the first response, 10 a page on screen: index 22 is on page 3.
    const invoice = seededInvoice(22);
    const page = invoicePageText(22);
    renderWithProvider(<InvoicesTable targetInvoiceId={invoice.id} />);
    const row = await targetedRow();
    expect(row.dataset['rowId']).toBe(invoice.id);
    expect(screen.getByText(page)).toBeVisible();
    expect(page).toMatch(/^21–/);
    const header = within(row).getByRole('rowheader', { name: invoice.number });
    await waitFor(() => expect(header).toHaveFocus());
    expect(header).toHaveAttribute('tabindex', '-1');
    // Only the targeted row's cell is focusable by script.
    expect(document.querySelectorAll('tbody [tabindex]')).toHaveLength(1);
  });

  it('PayoutHistoryTable: the oldest payout loads the second API page, then is shown and focused', async () => {
    const payouts = scope().payouts;
    // The API pages payouts by 100, so the oldest of the ~105 seeded ones needs a second request.
    expect(payouts.length).toBeGreaterThan(100);
    const oldest = seededPayout(payouts.length - 1);
    const requests = countListRequests('/affiliate/payouts');
    renderWithProvider(<PayoutHistoryTable targetPayoutId={oldest.id} />);
    const row = await targetedRow();
    expect(row.dataset['rowId']).toBe(oldest.id);
    expect(requests).toHaveLength(2);
    const first = Math.floor((payouts.length - 1) / 10) * 10 + 1;
    expect(screen.getByText(`${first}–${payouts.length} of ${payouts.length}`)).toBeVisible();
    await waitFor(() => expect(within(row).getByRole('rowheader')).toHaveFocus());
  });

  it(`an unknown id loads at most ${DATA_TABLE_TARGET_MAX_PAGES} more pages and marks nothing`, async () => {
    // A fake clock that follows real time, so the quiet second below passes at once.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // 3,000 payouts: 30 API pages, more than the bound.
    server.use(...large(db, { payouts: 3_000, tickets: 10 }));
    const requests = countListRequests('/affiliate/payouts');
    renderWithProvider(<PayoutHistoryTable targetPayoutId="po_does_not_exist" />);
    await waitFor(() => expect(requests).toHaveLength(1 + DATA_TABLE_TARGET_MAX_PAGES));
    // The search is over: the table is idle, the server still has more, nothing else is requested.
    const history = screen.getByRole('table', { name: 'Payout history' });
    await waitFor(() => expect(history).not.toHaveAttribute('aria-busy'));
    expect(screen.getByText(/^1–10 of [\d,]+\+$/)).toBeVisible();
    // A second later, timers and effects included, still no further request.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(requests).toHaveLength(1 + DATA_TABLE_TARGET_MAX_PAGES);
    expect(document.querySelector('[data-targeted]')).toBeNull();
    expect(document.querySelector('tbody [tabindex]')).toBeNull();
    expect(screen.getByRole('table', { name: 'Payout history' })).toBeVisible();
  });

  describe('in ConnectionPortal, from the wallet', () => {
    const transaction = (kind: 'payout_credit' | 'invoice_payment', id: string) => ({
      id: `wtx_${id}`,
      createdAt: '2026-11-20T12:00:00Z',
      kind,
      amount: { amount: kind === 'payout_credit' ? 12_550 : -4_000, currency: 'USD' },
      balanceAfter: { amount: 50_000, currency: 'USD' },
      description: kind === 'payout_credit' ? `Affiliate payout ${id}` : `Payment of invoice ${id}`,
      invoiceId: kind === 'invoice_payment' ? id : null,
      payoutId: kind === 'payout_credit' ? id : null,
    });

    function walletLinksTo(invoiceId: string, payoutId: string) {
      server.use(
        http.get(apiPath('/wallet/transactions'), () =>
          HttpResponse.json({
            data: [transaction('payout_credit', payoutId), transaction('invoice_payment', invoiceId)],
            nextCursor: null,
          }),
        ),
      );
    }

    it('"View invoice" lands on Invoices with that invoice targeted and focused', async () => {
      const user = userEvent.setup();
      const invoice = seededInvoice(22);
      const page = invoicePageText(22);
      walletLinksTo(invoice.id, seededPayout(0).id);
      renderWithProvider(<ConnectionPortal defaultSection="wallet" />);
      // The wallet's card and its ledger both link the payment: either leads to the invoice.
      // (Not the alerts' "View invoices", which opens the section without a row.)
      await user.click(
        (await screen.findAllByRole('button', { name: /^View invoice(?!s)/ }))[0] as HTMLElement,
      );
      expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
      const row = await targetedRow();
      expect(row.dataset['rowId']).toBe(invoice.id);
      expect(screen.getByText(page)).toBeVisible();
      await waitFor(() => expect(within(row).getByRole('rowheader', { name: invoice.number })).toHaveFocus());
    });

    it('"View payout" lands on Affiliate Payouts with that payout targeted and focused, and leaving drops it', async () => {
      const user = userEvent.setup();
      const payouts = scope().payouts;
      const oldest = seededPayout(payouts.length - 1);
      walletLinksTo(seededInvoice(0).id, oldest.id);
      renderWithProvider(<ConnectionPortal defaultSection="wallet" />);
      await user.click(
        (await screen.findAllByRole('button', { name: /^View payout(?!s)/ }))[0] as HTMLElement,
      );
      expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveAttribute('aria-selected', 'true');
      const row = await targetedRow();
      expect(row.dataset['rowId']).toBe(oldest.id);
      await waitFor(() => expect(within(row).getByRole('rowheader')).toHaveFocus());

      // Another section and back by tab: the link's target is gone.
      await user.click(screen.getByRole('tab', { name: 'Wallet' }));
      await user.click(screen.getByRole('tab', { name: 'Affiliate Payouts' }));
      await screen.findAllByRole('rowheader');
      expect(document.querySelector('[data-targeted]')).toBeNull();
    });

    it('an invoice that does not exist leaves focus on the Invoices heading', async () => {
      const user = userEvent.setup();
      walletLinksTo('inv_gone', seededPayout(0).id);
      renderWithProvider(<ConnectionPortal defaultSection="wallet" />);
      await user.click(
        (await screen.findAllByRole('button', { name: /^View invoice(?!s)/ }))[0] as HTMLElement,
      );
      // The invoices list has a second API page, which the search loads before giving up:
      // then the position no longer says the server has more.
      await waitFor(() => expect(screen.getByText(/^1–10 of \d+$/)).toBeVisible());
      await screen.findAllByRole('rowheader');
      expect(document.querySelector('[data-targeted]')).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Invoices' })).toHaveFocus();
    });
  });
});
