/**
 * Headless parity (issue 8): PayoutHistoryTable's key behaviours on a bare table built from
 * `usePayoutsTable` alone — sort on raw values (minor units, the payout's instant), pages
 * and the first page size, "Next page" over the server's pages, a targeted payout, and the wallet credit.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setPayouts } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import {
  formatDate,
  payoutDate,
  payoutFailureReason,
  usePayoutsTable,
  type Payout,
  type UsePayoutsTableOptions,
} from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID, testProviderProps } from '../render';
import {
  apiPageSize,
  at,
  BareTable,
  bareTable,
  columnHeader,
  positionOf,
  requestsTo,
  rowHeaders,
} from './support';

// -------------------------------------------------------------------------------------------------
// The bare payout history
// -------------------------------------------------------------------------------------------------

const CAPTION = 'Payout history';

/** The payout history as a host would write it over `usePayoutsTable`: plain elements only. */
function BarePayouts({
  targetPayoutId = null,
  ...options
}: UsePayoutsTableOptions & { targetPayoutId?: string | null }) {
  const { list, table } = usePayoutsTable(options);
  return (
    <section aria-label={CAPTION}>
      <BareTable table={table} list={list} caption={CAPTION} targetRowId={targetPayoutId} />
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data and reading
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function payout(overrides: Partial<Payout> & Pick<Payout, 'id'>): Payout {
  return {
    createdAt: '2024-03-20T12:00:00Z',
    paidAt: '2024-03-28T12:00:00Z',
    status: 'paid',
    amount: { amount: 1_000, currency: 'USD' },
    walletTransactionId: 'wtx_x',
    failureReason: null,
    ...overrides,
  };
}

/** Paid (dated when paid, at an instant that is still March 31 in New York), pending, failed. */
const EDGE_PAYOUTS: Payout[] = [
  payout({
    id: 'po_edge',
    createdAt: '2024-03-29T03:30:00Z',
    paidAt: '2024-04-01T03:30:00Z',
    amount: { amount: 900, currency: 'USD' },
  }),
  payout({
    id: 'po_pending',
    createdAt: '2024-04-10T12:00:00Z',
    paidAt: null,
    status: 'pending',
    amount: { amount: 10_000, currency: 'USD' },
  }),
  payout({
    id: 'po_failed',
    createdAt: '2024-02-10T12:00:00Z',
    paidAt: null,
    status: 'failed',
    amount: { amount: 1_000, currency: 'USD' },
  }),
];

/** `count` pending payouts, one a day, newest first; each row header is a different date. */
function dailyPayouts(count: number): Payout[] {
  return Array.from({ length: count }, (_, index) =>
    payout({
      id: `po_day_${index}`,
      createdAt: new Date(Date.UTC(2024, 5, 1, 12) - index * 86_400_000).toISOString(),
      paidAt: null,
      status: 'pending',
      walletTransactionId: null,
    }),
  );
}

/** Replaces the scope's payouts; returns them as the API lists them (newest first). */
function seedPayouts(payouts: Payout[]): Payout[] {
  setPayouts(scope(), payouts);
  return scope().payouts;
}

/** The row header a payout gets: its date in the test provider's locale and zone. */
function dateOf(row: Payout): string {
  const { locale, timeZone } = testProviderProps();
  return formatDate(payoutDate(row), locale ?? 'en-US', timeZone ?? 'UTC');
}

/** The text of each column of the rows shown, by column index. */
const columnTexts = (index: number) =>
  within(bareTable(CAPTION))
    .getAllByRole('row')
    .slice(1)
    .map((row) => plain(row.querySelectorAll('th, td')[index]?.textContent));

const payoutLists = (log: ReturnType<typeof useNetworkLog>) =>
  requestsTo(log, 'GET', /\/affiliate\/payouts$/);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('PayoutHistoryTable parity: a bare table over usePayoutsTable', () => {
  const log = useNetworkLog();

  it('shows date (paid, or created while not paid), status, amount and the wallet credit', async () => {
    seedPayouts(EDGE_PAYOUTS);
    renderWithProvider(<BarePayouts />);
    await screen.findByRole('rowheader', { name: 'Mar 31, 2024' });
    expect(columnTexts(0)).toEqual(['Apr 10, 2024', 'Mar 31, 2024', 'Feb 10, 2024']);
    expect(columnTexts(1)).toEqual(['Pending', 'Paid', 'Failed']);
    expect(columnTexts(2)).toEqual(['$100.00', '$9.00', '$10.00']);
    expect(columnTexts(3)).toEqual(['Not credited', 'Credited', 'Not credited']);
  });

  it('sorts amounts on minor units and dates on the instant, both directions', async () => {
    seedPayouts(EDGE_PAYOUTS);
    const user = userEvent.setup();
    renderWithProvider(<BarePayouts />);
    await screen.findByRole('rowheader', { name: 'Mar 31, 2024' });
    const amount = columnHeader('Amount');
    await user.click(within(amount).getByRole('button'));
    // As text, "$10.00" < "$100.00" < "$9.00".
    expect(amount).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts(2)).toEqual(['$100.00', '$10.00', '$9.00']);
    await user.click(within(amount).getByRole('button'));
    expect(amount).toHaveAttribute('aria-sort', 'ascending');
    expect(columnTexts(2)).toEqual(['$9.00', '$10.00', '$100.00']);

    const date = columnHeader('Date');
    await user.click(within(date).getByRole('button'));
    expect(date).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(CAPTION)).toEqual(['Apr 10, 2024', 'Mar 31, 2024', 'Feb 10, 2024']);
    await user.click(within(date).getByRole('button'));
    expect(date).toHaveAttribute('aria-sort', 'ascending');
    // As text, "Apr" < "Feb" < "Mar".
    expect(rowHeaders(CAPTION)).toEqual(['Feb 10, 2024', 'Mar 31, 2024', 'Apr 10, 2024']);
  });

  it('pages the loaded rows: next, previous and page size', async () => {
    const payouts = seedPayouts(dailyPayouts(23));
    const dates = payouts.map(dateOf);
    const user = userEvent.setup();
    renderWithProvider(<BarePayouts />);
    await screen.findByRole('rowheader', { name: at(dates, 0) });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText(positionOf(1, 10, dates.length))).toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(rowHeaders(CAPTION)).toEqual(dates.slice(10, 20));
    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(rowHeaders(CAPTION)).toEqual(dates.slice(0, 10));
    await user.selectOptions(within(nav).getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(rowHeaders(CAPTION)).toEqual(dates);
  });

  it('starts with defaultPageSize rows per page', async () => {
    const dates = seedPayouts(dailyPayouts(30)).map(dateOf);
    renderWithProvider(<BarePayouts defaultPageSize={25} />);
    await screen.findByRole('rowheader', { name: at(dates, 0) });
    expect(rowHeaders(CAPTION)).toEqual(dates.slice(0, 25));
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
  });

  it('"Next page" past the loaded rows sends the next cursor and shows the next rows (issue 11)', async () => {
    const payouts = seedPayouts(dailyPayouts(130));
    const user = userEvent.setup();
    renderWithProvider(<BarePayouts />);
    await screen.findByRole('rowheader', { name: dateOf(at(payouts, 0)) });
    const perRequest = apiPageSize(log, /\/affiliate\/payouts$/);
    expect(payouts.length).toBeGreaterThan(perRequest); // else there is nothing more to load
    const listsBefore = payoutLists(log).length;
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await user.selectOptions(within(nav).getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(within(nav).getByText(positionOf(1, 50, perRequest, true))).toBeInTheDocument();

    const pagesLoaded = Math.floor(perRequest / 50);
    for (let page = 0; page < pagesLoaded; page += 1) {
      await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    }
    const first = pagesLoaded * 50;
    expect(await screen.findByRole('rowheader', { name: dateOf(at(payouts, first)) })).toBeInTheDocument();
    expect(
      within(nav).getByText(positionOf(first + 1, Math.min(first + 50, payouts.length), payouts.length)),
    ).toBeInTheDocument();
    expect(payoutLists(log)).toHaveLength(listsBefore + 1);
    expect(payoutLists(log).at(-1)?.searchParams.get('cursor')).toBeTruthy();
  });

  it('brings a targeted payout into view: shows its page and marks its row', async () => {
    const payouts = seedPayouts(dailyPayouts(40));
    const index = 33;
    const target = payouts[index];
    if (!target) throw new Error('seeded');
    renderWithProvider(<BarePayouts targetPayoutId={target.id} />);
    const cell = await screen.findByRole('rowheader', { name: dateOf(target) });
    expect(cell.closest('tr')).toHaveAttribute('data-targeted', '');
    const first = Math.floor(index / 10) * 10 + 1;
    expect(screen.getByText(positionOf(first, first + 9, payouts.length))).toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: filters and failure reasons, from the hook alone
// -------------------------------------------------------------------------------------------------

/** Payouts with a host's own status filter and the reason a payout failed. */
function BareFilteredPayouts() {
  const { list, table, filters } = usePayoutsTable();
  return (
    <section aria-label={CAPTION}>
      <select
        aria-label="Show"
        value={filters.status.selectValue}
        onChange={(event) => filters.status.setSelectValue(event.target.value)}
      >
        {filters.status.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <BareTable
        table={table}
        list={list}
        caption={CAPTION}
        actions={(row) => <span>{payoutFailureReason(row) ?? ''}</span>}
      />
    </section>
  );
}

describe('PayoutHistoryTable parity: filters and failures (issue 11)', () => {
  const log = useNetworkLog();

  it('sends the status filter and gives the reason a payout failed, as text', async () => {
    seedPayouts([
      payout({ id: 'po_ok' }),
      payout({
        id: 'po_bad',
        status: 'failed',
        paidAt: null,
        walletTransactionId: null,
        failureReason: '<b>Account closed</b>',
      }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareFilteredPayouts />);
    await screen.findByText('<b>Account closed</b>');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'failed');
    await waitFor(() => expect(rowHeaders(CAPTION)).toHaveLength(1));
    expect(
      requestsTo(log, 'GET', /\/affiliate\/payouts$/)
        .at(-1)
        ?.searchParams.get('status'),
    ).toBe('failed');
    expect(document.querySelector('b')).toBeNull();
  });
});
