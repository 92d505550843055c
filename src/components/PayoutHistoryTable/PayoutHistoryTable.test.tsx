import { createRef } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setPayouts } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { emptyList, failWith, neverAnswers, noAccess } from '../../../mocks/scenarios';
import { server } from '../../../mocks/node';
import type { Payout } from '../../api/schemas';
import { cellsOf, columnCells, recordOnChange, watchText } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { PayoutHistoryTable } from './PayoutHistoryTable';

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

function useEdgePayouts(payouts: Payout[] = EDGE_PAYOUTS) {
  setPayouts(db.scope(TEST_ORG_ID, 'revampd'), payouts);
}

/** The payouts the widget lists for the test org, read before the action. */
const seededPayouts = () => db.scope(TEST_ORG_ID, 'revampd').payouts;

/** The body rows' cells, as text, in order, once the table is no longer busy loading. */
async function bodyRows(): Promise<string[][]> {
  const table = await waitFor(() => {
    const found = screen.getByRole('table', { name: 'Payout history' });
    expect(found).not.toHaveAttribute('aria-busy');
    return found;
  });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => cellsOf(row).map((cell) => plain(cell.textContent)));
}

describe('PayoutHistoryTable', () => {
  it('lists date, status, amount and the wallet credit, with the note about the wallet', async () => {
    useEdgePayouts();
    renderWithProvider(<PayoutHistoryTable />, { messages: { brandName: 'Acme Voice' } });
    const section = screen.getByRole('region', { name: 'Payout history' });
    expect(
      within(section).getByText(
        'Paid payouts are credited to your Acme Voice wallet and pay Acme Voice-level items only.',
      ),
    ).toBeInTheDocument();
    expect(await bodyRows()).toEqual([
      // Pending: dated when created. Paid: dated when paid, in the org's zone (faults.md 16).
      ['Apr 10, 2024', 'Pending', '$100.00', 'Not credited'],
      ['Mar 31, 2024', 'Paid', '$9.00', 'Credited'],
      ['Feb 10, 2024', 'Failed', '$10.00', 'Not credited'],
    ]);
    for (const name of ['Date', 'Status', 'Amount', 'Wallet credit']) {
      expect(within(section).getByRole('columnheader', { name: new RegExp(name) })).toBeInTheDocument();
    }
  });

  it('sorts amounts by minor units, not by text, and says so', async () => {
    useEdgePayouts();
    renderWithProvider(<PayoutHistoryTable />);
    await bodyRows();
    const user = userEvent.setup();
    // Numbers sort largest first on the first click, then flip.
    await user.click(screen.getByRole('button', { name: /Amount/ }));
    expect(screen.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute('aria-sort', 'descending');
    expect((await bodyRows()).map((row) => row[2])).toEqual(['$100.00', '$10.00', '$9.00']);
    await user.click(screen.getByRole('button', { name: /Amount/ }));
    expect(screen.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute('aria-sort', 'ascending');
    expect((await bodyRows()).map((row) => row[2])).toEqual(['$9.00', '$10.00', '$100.00']);
    expect(screen.getByText('Sorted by Amount, ascending')).toBeInTheDocument();
    // Dates sort on the instant (paid, or created while pending), not on the text.
    await user.click(screen.getByRole('button', { name: /Date/ }));
    await user.click(screen.getByRole('button', { name: /Date/ }));
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    expect((await bodyRows()).map((row) => row[0])).toEqual(['Feb 10, 2024', 'Mar 31, 2024', 'Apr 10, 2024']);
  });

  it('formats each payout in its own currency (USD, JPY, KWD, lowercase) and never sums across them', async () => {
    useEdgePayouts([
      payout({ id: 'po_1', createdAt: '2024-03-04T12:00:00Z', amount: { amount: 1, currency: 'usd' } }),
      payout({ id: 'po_2', createdAt: '2024-03-03T12:00:00Z', amount: { amount: 500, currency: 'JPY' } }),
      payout({ id: 'po_3', createdAt: '2024-03-02T12:00:00Z', amount: { amount: 5_125, currency: 'KWD' } }),
    ]);
    renderWithProvider(<PayoutHistoryTable />);
    expect((await bodyRows()).map((row) => row[2])).toEqual(['$0.01', '¥500', 'KWD 5.125']);
  });

  it('pages 10 rows at a time over the loaded payouts', async () => {
    // 23 payouts, all in the first API page: 10 + 10 + 3 rows.
    useEdgePayouts(
      Array.from({ length: 23 }, (_, index) =>
        payout({
          id: `po_page_${index}`,
          createdAt: new Date(Date.UTC(2024, 2, 28 - index)).toISOString(),
          paidAt: new Date(Date.UTC(2024, 2, 28 - index, 12)).toISOString(),
        }),
      ),
    );
    const user = userEvent.setup();
    renderWithProvider(<PayoutHistoryTable />);
    expect(await bodyRows()).toHaveLength(10);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('1–10 of 23')).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText('21–23 of 23')).toBeInTheDocument();
    expect(await bodyRows()).toHaveLength(3);
  });

  describe('states', () => {
    it('loading: skeleton rows under aria-busy', () => {
      server.use(...neverAnswers('payouts'));
      renderWithProvider(<PayoutHistoryTable />);
      expect(screen.getByRole('region', { name: 'Payout history' })).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('table', { name: 'Payout history' })).toHaveAttribute('aria-busy', 'true');
    });

    it('empty', async () => {
      server.use(...emptyList('payouts'));
      renderWithProvider(<PayoutHistoryTable />);
      expect(await screen.findByText('No payouts yet.')).toBeInTheDocument();
      expect(screen.queryByRole('table')).toBeNull();
    });

    it('error, then Retry recovers', async () => {
      const seeded = seededPayouts().length;
      expect(seeded).toBeGreaterThan(0);
      server.use(...failWith('payouts', 500, undefined, { times: 3 }));
      renderWithProvider(<PayoutHistoryTable />);
      const alert = await screen.findByRole('alert');
      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await bodyRows()).toHaveLength(Math.min(seeded, 10));
    });

    it('no access (403)', async () => {
      server.use(...noAccess('payouts'));
      renderWithProvider(<PayoutHistoryTable />);
      expect(await screen.findByText('No access')).toBeInTheDocument();
    });

    it('stale: a failed refresh keeps the rows and says so', async () => {
      useEdgePayouts();
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      renderWithProvider(<PayoutHistoryTable />, { queryClient });
      expect(await bodyRows()).toHaveLength(3);
      server.use(...failWith('payouts', 500));
      await act(() => queryClient.refetchQueries());
      expect(await screen.findByText(/it may be out of date/)).toBeInTheDocument();
      expect(await bodyRows()).toHaveLength(3);
    });
  });

  it('never shows the previous org’s rows after an org switch (faults.md 10)', async () => {
    // The old org answers only once the new org's rows are shown: the late answer is
    // certain, not a race against a timer.
    let releaseOld: () => void = () => undefined;
    const oldAnswer = new Promise<void>((resolve) => {
      releaseOld = resolve;
    });
    server.use(
      http.get(apiPath('/affiliate/payouts'), async ({ params }) => {
        const old = params['orgId'] === 'org_old';
        if (old) await oldAnswer;
        return HttpResponse.json({
          data: [
            payout({
              id: `po_${String(params['orgId'])}`,
              amount: { amount: old ? 11_111 : 22_222, currency: 'USD' },
            }),
          ],
          nextCursor: null,
        });
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const oldRows = watchText(/\$111\.11/);
    const view = renderWithProvider(<PayoutHistoryTable />, { orgId: 'org_old', queryClient });
    view.rerenderWith({ orgId: 'org_new' });
    await waitFor(() => expect(screen.getByText('$222.22')).toBeInTheDocument());
    const newRows = recordOnChange(() => screen.queryByText('$222.22') !== null);
    releaseOld();
    // Every request has settled, the old org's late answer included.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => undefined);
    newRows.stop();
    oldRows.stop();
    expect(oldRows.seen).toEqual([]);
    expect(newRows.values.every(Boolean)).toBe(true);
  });

  // Issue 8: the section was an unnamed <section>, unlike every other table section.
  it('is a region named by its heading, with the ref and host props on it (issue 8)', async () => {
    useEdgePayouts();
    const ref = createRef<HTMLElement>();
    renderWithProvider(
      <PayoutHistoryTable ref={ref} id="payouts" aria-describedby="help" data-host="affiliates" />,
    );
    const region = screen.getByRole('region', { name: 'Payout history' });
    expect(ref.current).toBe(region);
    expect(region).toHaveAttribute('id', 'payouts');
    expect(region).toHaveAttribute('aria-describedby', 'help');
    expect(region).toHaveAttribute('data-host', 'affiliates');
    expect(await bodyRows()).toHaveLength(3);
  });

  it('marks credited payouts with a boolean data-credited, present only when true', async () => {
    useEdgePayouts();
    renderWithProvider(<PayoutHistoryTable />);
    await bodyRows();
    expect(screen.getByText('Credited')).toHaveAttribute('data-credited', '');
    for (const marker of screen.getAllByText('Not credited'))
      expect(marker).not.toHaveAttribute('data-credited');
  });

  it('shows defaultPageSize rows per page first', async () => {
    const seeded = seededPayouts().length;
    expect(seeded).toBeGreaterThan(25); // else every row fits on one page of any size
    renderWithProvider(<PayoutHistoryTable defaultPageSize={25} />);
    expect(await bodyRows()).toHaveLength(25);
    expect(screen.getByLabelText('Rows per page')).toHaveValue('25');
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: filters and why a payout failed
// -------------------------------------------------------------------------------------------------

describe('PayoutHistoryTable filters and failures (issue 11)', () => {
  /** GET /affiliate/payouts requests from now on. */
  function payoutLists(): URL[] {
    const seen: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/affiliate/payouts'))
        seen.push(new URL(request.url));
    });
    return seen;
  }
  const statuses = () =>
    columnCells(screen.getByRole('table', { name: 'Payout history' }), /^Status/).map(
      (cell) => cell.textContent,
    );

  it('shows why a failed payout failed, as inert text', async () => {
    useEdgePayouts([
      payout({
        id: 'po_failed_reason',
        status: 'failed',
        paidAt: null,
        walletTransactionId: null,
        failureReason: '<img src=x onerror=alert(1)> The bank \u202Edesrever\u202C the transfer.',
      }),
      ...EDGE_PAYOUTS.slice(0, 1),
    ]);
    renderWithProvider(<PayoutHistoryTable />);
    const reason = await screen.findByText(/The bank/);
    expect(reason.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.rvp-PayoutHistoryTable img')).toBeNull();
    // Isolated, so its direction marks stay inside it.
    expect(reason.tagName).toBe('BDI');
    expect(reason.parentElement).toHaveTextContent(/^Why it failed:/);
  });

  it('filters by status on the API', async () => {
    useEdgePayouts();
    const lists = payoutLists();
    const user = userEvent.setup();
    renderWithProvider(<PayoutHistoryTable />);
    await bodyRows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failed');
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('status')).toBe('failed'));
    await waitFor(() => expect(statuses()).toEqual(['Failed']));
    server.events.removeAllListeners();
  });

  it('filters by a date range in the org’s zone, and names the filters when nothing matches', async () => {
    useEdgePayouts();
    const lists = payoutLists();
    const user = userEvent.setup();
    renderWithProvider(<PayoutHistoryTable />, { timeZone: 'America/New_York' });
    await bodyRows();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-01-01' } });
    await waitFor(() =>
      expect(lists.at(-1)?.searchParams.get('createdFrom')).toBe('2030-01-01T05:00:00.000Z'),
    );
    expect(await screen.findByText('No payouts match these filters.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' }).at(-1) as HTMLElement;
    await user.click(clear);
    expect(await bodyRows()).toHaveLength(EDGE_PAYOUTS.length);
    server.events.removeAllListeners();
  });

  it('never shows the old filter’s rows while the new filter’s page loads (faults.md 40)', async () => {
    useEdgePayouts();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(apiPath('/affiliate/payouts'), async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'pending') await gate;
        return undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithProvider(<PayoutHistoryTable />);
    await bodyRows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending');
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Payout history' })).toHaveAttribute('aria-busy', 'true'),
    );
    expect(screen.queryByText('Paid', { selector: '.rvp-StatusBadge' })).not.toBeInTheDocument();
    expect(screen.queryByText('Failed', { selector: '.rvp-StatusBadge' })).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(statuses()).toEqual(['Pending']));
  });
});
