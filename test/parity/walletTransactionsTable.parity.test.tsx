/**
 * Headless parity (issue 11): WalletTransactionsTable's key behaviours on a bare ledger
 * built from `useWalletTransactionsTable` alone — the running balance, the type and date
 * filters sent to the API, every page from the server, the CSV of every filtered row with
 * its balance, and the links to payouts and invoices.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/handlers';
import { ledgerView } from '../../mocks/handlers/views';
import { PAGE_SIZE, useWalletTransactionsTable, type WalletLinkSection } from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { BareTable, positionOf, requestsTo, rowHeaders } from './support';

// -------------------------------------------------------------------------------------------------
// The bare ledger
// -------------------------------------------------------------------------------------------------

const CAPTION = 'Ledger';

/** The ledger as a host would write it over the hook: plain elements only. */
function BareLedger({
  onNavigate,
  onCsv,
}: {
  onNavigate?: (section: WalletLinkSection, id: string) => void;
  onCsv?: (csv: string) => void;
}) {
  const { list, table, filters, linkOf } = useWalletTransactionsTable();
  return (
    <section aria-label={CAPTION}>
      <label>
        Kind
        <select
          value={filters.kind.selectValue}
          onChange={(event) => filters.kind.setSelectValue(event.target.value)}
        >
          {filters.kind.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Start
        <input
          type="date"
          value={filters.created.from}
          onChange={(event) => filters.created.setFrom(event.target.value)}
        />
      </label>
      <label>
        End
        <input
          type="date"
          value={filters.created.to}
          onChange={(event) => filters.created.setTo(event.target.value)}
        />
      </label>
      {filters.noResults && list.status === 'success' && list.items.length === 0 && (
        <p>
          {filters.noResults}
          <button type="button" onClick={filters.clear}>
            Show everything
          </button>
        </p>
      )}
      {table.canExportCsv && (
        <button type="button" onClick={() => void table.exportCsv().then((csv) => onCsv?.(csv))}>
          Download
        </button>
      )}
      <BareTable
        table={table}
        list={list}
        caption={CAPTION}
        actions={(transaction) => {
          const link = linkOf(transaction);
          return link && onNavigate ? (
            <button type="button" onClick={() => onNavigate(link.section, link.id)}>
              {`${link.label} (${transaction.id})`}
            </button>
          ) : null;
        }}
      />
    </section>
  );
}

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
const ledgerLists = (log: ReturnType<typeof useNetworkLog>) =>
  requestsTo(log, 'GET', /\/wallet\/transactions$/);

/** The Balance cells of the bare ledger, once rows are shown. */
const balances = () =>
  waitFor(() => {
    const table = screen.getByRole('table', { name: CAPTION });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    return rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent);
  });

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('WalletTransactionsTable parity: a bare ledger over useWalletTransactionsTable', () => {
  const log = useNetworkLog();

  it('shows the balance after each transaction, from the API, row by row', async () => {
    renderWithProvider(<BareLedger />);
    const expected = ledgerView(scope())
      .slice(0, 10)
      .map((row) => usd(row.balanceAfter.amount));
    expect(await balances()).toEqual(expected);
  });

  it('sends the type and the days (as instants in the org’s zone) to the API', async () => {
    const user = userEvent.setup();
    renderWithProvider(<BareLedger />, { timeZone: 'America/Los_Angeles' });
    await balances();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'invoice_payment');
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2026-06-30' } });
    await waitFor(() => expect(ledgerLists(log).at(-1)?.searchParams.get('createdTo')).toBeTruthy());
    const sent = ledgerLists(log).at(-1);
    expect(sent?.searchParams.get('kind')).toBe('invoice_payment');
    expect(sent?.searchParams.get('createdFrom')).toBe('2026-01-01T08:00:00.000Z');
    expect(sent?.searchParams.get('createdTo')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('names the filters when nothing matches and clears them', async () => {
    const user = userEvent.setup();
    renderWithProvider(<BareLedger />);
    await balances();
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2001-01-01' } });
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect((await balances()).length).toBe(10);
  });

  it('reaches every page: "Next page" past the loaded rows sends the next cursor', async () => {
    const user = userEvent.setup();
    renderWithProvider(<BareLedger />);
    await balances();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText(positionOf(1, 10, PAGE_SIZE, true))).toBeInTheDocument();
    for (let page = 0; page < Math.floor(PAGE_SIZE / 10); page += 1) {
      await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    }
    await waitFor(() => expect(ledgerLists(log).at(-1)?.searchParams.get('cursor')).toBeTruthy());
    const first = Math.floor(PAGE_SIZE / 10) * 10;
    const expected = ledgerView(scope())[first];
    await waitFor(() => expect(rowHeaders(CAPTION)).toHaveLength(10));
    expect((await balances())[0]).toBe(usd(expected?.balanceAfter.amount ?? NaN));
  });

  it('exports every row of the filter, with its balance, fetching the remaining pages first', async () => {
    const onCsv = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<BareLedger onCsv={onCsv} />);
    await balances();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(onCsv).toHaveBeenCalledTimes(1));
    const lines = String(onCsv.mock.calls[0]?.[0]).split('\r\n').filter(Boolean);
    const all = ledgerView(scope());
    expect(lines).toHaveLength(1 + all.length);
    const last = all.at(-1);
    expect(lines.at(-1)?.endsWith(`,${((last?.balanceAfter.amount ?? 0) / 100).toFixed(2)},USD`)).toBe(true);
  });

  it('offers no export when exportCsv is switched off', async () => {
    renderWithProvider(<BareLedger />, { features: { exportCsv: false } });
    await balances();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
  });

  it('links a payout credit to its payout and a payment to its invoice', async () => {
    const onNavigate = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<BareLedger onNavigate={onNavigate} />);
    await balances();
    const credit = ledgerView(scope()).find((row) => row.kind === 'payout_credit');
    await user.click(screen.getByRole('button', { name: `View payout (${credit?.id})` }));
    expect(onNavigate).toHaveBeenCalledWith('payouts', credit?.payoutId);
  });
});
