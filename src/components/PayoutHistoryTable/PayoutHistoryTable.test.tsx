import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setPayouts } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { emptyList, failWith, neverAnswers, noAccess } from '../../../mocks/scenarios';
import { server } from '../../../mocks/node';
import type { Payout } from '../../api/schemas';
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

/** The body rows' cells, as text, in order, once the skeleton rows are gone. */
async function bodyRows(): Promise<string[][]> {
  const table = await waitFor(() => {
    const found = screen.getByRole('table', { name: 'Payout history' });
    expect(found.querySelector('[data-skeleton]')).toBeNull();
    return found;
  });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent)));
}

describe('PayoutHistoryTable', () => {
  it('lists date, status, amount and the wallet credit, with the note about the wallet', async () => {
    useEdgePayouts();
    renderWithProvider(<PayoutHistoryTable />, { messages: { brandName: 'Acme Voice' } });
    const section = screen.getByRole('heading', { name: 'Payout history' }).closest('section') as HTMLElement;
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
    renderWithProvider(<PayoutHistoryTable />);
    expect(await bodyRows()).toHaveLength(10);
    expect(screen.getByText(/^Page 1 of \d+$/)).toBeInTheDocument();
  });

  describe('states', () => {
    it('loading: skeleton rows under aria-busy', () => {
      server.use(...neverAnswers('payouts'));
      renderWithProvider(<PayoutHistoryTable />);
      expect(screen.getByRole('heading', { name: 'Payout history' }).closest('section')).toHaveAttribute(
        'aria-busy',
        'true',
      );
      expect(screen.getByRole('table', { name: 'Payout history' })).toHaveAttribute('aria-busy', 'true');
    });

    it('empty', async () => {
      server.use(...emptyList('payouts'));
      renderWithProvider(<PayoutHistoryTable />);
      expect(await screen.findByText('No payouts yet.')).toBeInTheDocument();
      expect(screen.queryByRole('table')).toBeNull();
    });

    it('error, then Retry recovers', async () => {
      server.use(...failWith('payouts', 500, undefined, { times: 3 }));
      renderWithProvider(<PayoutHistoryTable />);
      const alert = await screen.findByRole('alert');
      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await bodyRows()).toHaveLength(10);
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
    server.use(
      http.get(apiPath('/affiliate/payouts'), async ({ params }) => {
        const old = params['orgId'] === 'org_old';
        if (old) await delay(150);
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
    const view = renderWithProvider(<PayoutHistoryTable />, { orgId: 'org_old' });
    view.rerenderWith({ orgId: 'org_new' });
    await waitFor(() => expect(screen.getByText('$222.22')).toBeInTheDocument());
    const until = Date.now() + 300;
    while (Date.now() < until) {
      expect(screen.queryByText('$111.11')).toBeNull();
      await act(() => delay(20));
    }
    expect(screen.getByText('$222.22')).toBeInTheDocument();
  });
});
