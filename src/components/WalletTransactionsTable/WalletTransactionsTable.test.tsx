/**
 * WalletTransactionsTable (issue 11): the whole ledger with its running balance, filtered
 * by type and by days in the org's zone on the API, every page from the server, a CSV of
 * the filtered rows with the balance, links to payouts and invoices, and faults 39–40 for
 * its filters (a filter change while the old page loads never shows the old rows).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { ledgerView } from '../../../mocks/handlers/views';
import { server } from '../../../mocks/node';
import {
  neverAnswers,
  noAccess,
  walletTransactionsEmpty,
  walletTransactionsFail,
} from '../../../mocks/scenarios';
import { PAGE_SIZE } from '../../api/queries';
import { useNetworkLog } from '../../../test/api/support';
import { columnCells } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { WalletTransactionsTable } from './WalletTransactionsTable';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

/** The ledger once its rows are shown (not the skeleton drawn while it loads). */
async function ledger(): Promise<HTMLElement> {
  return waitFor(() => {
    const table = screen.getByRole('table', { name: 'Transactions' });
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
    return table;
  });
}

/** The Type cells of the ledger on screen now (the table element is replaced on a filter). */
const typesShown = () =>
  new Set(
    columnCells(screen.getByRole('table', { name: 'Transactions' }), 'Type').map((cell) => cell.textContent),
  );
const listRequests = (log: ReturnType<typeof useNetworkLog>) =>
  log.requests
    .filter(
      (request) => request.method === 'GET' && new URL(request.url).pathname.endsWith('/wallet/transactions'),
    )
    .map((request) => new URL(request.url));

/** Holds the ledger requests `matches` picks until `release()`; others answer at once. */
function holdLedger(matches: (url: URL) => boolean): { release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(apiPath('/wallet/transactions'), async ({ request }) => {
      if (matches(new URL(request.url))) await gate;
      return undefined; // on to the mock API
    }),
  );
  return { release: () => release() };
}

/** Captures CSV downloads (Blob → object URL → <a download>) as text. */
function captureDownloads(): { files: string[]; restore: () => void } {
  const files: string[] = [];
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    void (blob as Blob).text().then((text) => files.push(text.replace(/^\uFEFF/, '')));
    return 'blob:ledger';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // jsdom cannot navigate to a download; the click itself is what matters.
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    files,
    restore: () => {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('WalletTransactionsTable', () => {
  const log = useNetworkLog();

  it('lists date, description, type, signed amount and the balance after each transaction', async () => {
    renderWithProvider(<WalletTransactionsTable />);
    const table = await ledger();
    expect(screen.getByRole('heading', { level: 2, name: 'Transactions' })).toBeInTheDocument();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual(['Date', 'Description', 'Type', 'Amount', 'Balance']);
    // The running balance is the API's balanceAfter, row by row, newest first.
    const expected = ledgerView(scope()).slice(0, 10);
    expect(columnCells(table, 'Balance').map((cell) => cell.textContent)).toEqual(
      expected.map((row) => usd(row.balanceAfter.amount)),
    );
    expect(columnCells(table, 'Balance')[0]).toHaveTextContent(usd(scope().wallet.balance.amount));
    for (const cell of columnCells(table, 'Amount'))
      expect(cell.textContent).toMatch(/^([+-]\$[\d,.]+|\$0\.00)$/);
  });

  it('pages through every server page: "Next page" past the loaded rows fetches the next one', async () => {
    const total = scope().walletTransactions.length;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    const user = userEvent.setup();
    renderWithProvider(<WalletTransactionsTable defaultPageSize={25} />);
    await ledger();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText(`1–25 of ${PAGE_SIZE}+`)).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(await within(nav).findByText(`26–50 of ${2 * PAGE_SIZE}+`)).toBeInTheDocument();
    const [, second] = listRequests(log);
    expect(second?.searchParams.get('cursor')).toBeTruthy();
  });

  it('filters by type on the API and says when nothing matches, with a way back', async () => {
    const user = userEvent.setup();
    renderWithProvider(<WalletTransactionsTable />);
    await ledger();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'refund');
    await waitFor(() => expect(listRequests(log).at(-1)?.searchParams.get('kind')).toBe('refund'));
    await waitFor(() => expect(typesShown()).toEqual(new Set(['Refund'])));

    // A range with no transactions at all: the filters are named, and cleared in one click.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-01-31' } });
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' }).at(-1) as HTMLElement;
    await user.click(clear);
    await ledger();
    // The whole ledger again (its newest rows are payout credits), the filters' fields empty.
    await waitFor(() => expect(typesShown().has('Payout credit')).toBe(true));
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('all');
    expect(screen.getByLabelText('From')).toHaveValue('');
    // Focus is not lost with the button: it goes to the first filter.
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveFocus();
  });

  it('sends a date range as instants of the days in the org’s zone, "To" included', async () => {
    renderWithProvider(<WalletTransactionsTable />, { timeZone: 'America/New_York' });
    await ledger();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    await waitFor(() => expect(listRequests(log).at(-1)?.searchParams.get('createdTo')).toBeTruthy());
    const sent = listRequests(log).at(-1);
    expect(sent?.searchParams.get('createdFrom')).toBe('2026-03-01T05:00:00.000Z');
    expect(sent?.searchParams.get('createdTo')).toBe('2026-04-01T04:00:00.000Z');
  });

  it('refuses "To" before "From" with a message, and sends nothing for it', async () => {
    renderWithProvider(<WalletTransactionsTable />);
    await ledger();
    const before = listRequests(log).length;
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-31' } });
    await waitFor(() => expect(listRequests(log).length).toBe(before + 1));
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-01' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('“To” must be on or after “From”.');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(listRequests(log).some((url) => url.searchParams.has('createdTo'))).toBe(false);
  });

  it('never shows the old filter’s rows while the new filter’s page loads (faults.md 40)', async () => {
    const held = holdLedger((url) => url.searchParams.get('kind') === 'adjustment');
    const user = userEvent.setup();
    renderWithProvider(<WalletTransactionsTable />);
    const table = await ledger();
    expect(columnCells(table, 'Type').some((cell) => cell.textContent === 'Payout credit')).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'adjustment');
    // The new filter's page is in flight: no row of the old filter is on screen meanwhile.
    await waitFor(() => expect(listRequests(log).at(-1)?.searchParams.get('kind')).toBe('adjustment'));
    expect(screen.queryByText('Payout credit', { selector: 'td' })).not.toBeInTheDocument();
    expect(document.querySelector('.rvp-WalletTransactionsTable [data-state]')).toHaveAttribute(
      'data-state',
      'loading',
    );
    held.release();
    await ledger();
    await waitFor(() => expect(typesShown()).toEqual(new Set(['Adjustment'])));
  });

  it('exports every filtered row, from every page, with the running balance', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderWithProvider(<WalletTransactionsTable />);
    await ledger();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'payout_credit');
    await waitFor(() => expect(listRequests(log).at(-1)?.searchParams.get('kind')).toBe('payout_credit'));
    const credits = ledgerView(scope()).filter((row) => row.kind === 'payout_credit');
    expect(credits.length).toBeGreaterThan(PAGE_SIZE); // else there is no second page to fetch
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const lines = (downloads.files[0] ?? '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Date,Description,Type,Amount,Amount (Currency),Balance,Balance (Currency)');
    expect(lines).toHaveLength(1 + credits.length);
    const first = credits[0];
    if (!first) throw new Error('no credits');
    expect(lines[1]).toContain(`,payout_credit,${(first.amount.amount / 100).toFixed(2)},USD,`);
    expect(lines[1]?.endsWith(`,${(first.balanceAfter.amount / 100).toFixed(2)},USD`)).toBe(true);
    // Every page of this filter was fetched, with the filter.
    const pages = listRequests(log).filter((url) => url.searchParams.get('kind') === 'payout_credit');
    expect(pages.length).toBe(Math.ceil(credits.length / PAGE_SIZE));
    downloads.restore();
  });

  it('offers no export when the host switched exportCsv off', async () => {
    renderWithProvider(<WalletTransactionsTable />, { features: { exportCsv: false } });
    await ledger();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });

  it('links payout credits and invoice payments to their rows', async () => {
    const onNavigate = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<WalletTransactionsTable onNavigate={onNavigate} />);
    await ledger();
    const credit = ledgerView(scope()).find((row) => row.kind === 'payout_credit' && row.payoutId);
    await user.click(screen.getAllByRole('button', { name: /^View payout/ })[0] as HTMLElement);
    expect(onNavigate).toHaveBeenCalledWith('payouts', credit?.payoutId);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'invoice_payment');
    await user.click((await screen.findAllByRole('button', { name: /^View invoice/ }))[0] as HTMLElement);
    expect(onNavigate).toHaveBeenLastCalledWith('invoices', expect.stringMatching(/./));
  });

  it('shows no links without onNavigate', async () => {
    renderWithProvider(<WalletTransactionsTable />);
    await ledger();
    expect(screen.queryByRole('button', { name: /^View (payout|invoice)/ })).not.toBeInTheDocument();
  });

  describe('states', () => {
    it('loading: skeleton rows under aria-busy', () => {
      server.use(...neverAnswers('walletTransactions'));
      renderWithProvider(<WalletTransactionsTable />);
      expect(screen.getByRole('region', { name: 'Transactions' })).toHaveAttribute('aria-busy', 'true');
    });

    it('empty: says there are no transactions yet', async () => {
      server.use(...walletTransactionsEmpty());
      renderWithProvider(<WalletTransactionsTable />);
      expect(await screen.findByText('No transactions yet.')).toBeInTheDocument();
    });

    it('error: a Retry for this widget alone', async () => {
      server.use(...walletTransactionsFail(500));
      renderWithProvider(<WalletTransactionsTable />);
      expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });

    it('no access', async () => {
      server.use(...noAccess('walletTransactions'));
      renderWithProvider(<WalletTransactionsTable />);
      expect(await screen.findByText('No access')).toBeInTheDocument();
    });
  });
});
