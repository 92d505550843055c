import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import {
  attentionClear,
  contractBreak,
  failWith,
  HOSTILE_STRINGS,
  neverAnswers,
  noAccess,
  walletTransactionsEmpty,
} from '../../../mocks/scenarios';
import { server } from '../../../mocks/node';
import type { WalletTransaction } from '../../api/schemas';
import { setWalletBalance } from '../../../mocks/db';
import { columnCells, definitionOf, recordOnChange, watchText } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { WalletCard } from './WalletCard';

/** Intl separates some symbols with U+00A0; compare with plain spaces. */
const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The balance: the first value of the "Balance" term, or '' while it is not shown. */
function balanceText(): string {
  const card = screen.getByRole('region', { name: 'Wallet' });
  const shown = within(card)
    .queryAllByRole('term')
    .some((term) => term.textContent === 'Balance');
  return shown ? plain(definitionOf(card, 'Balance').textContent) : '';
}

/** The Amount column's text, one entry per transaction row. */
const amounts = (table: HTMLElement): string[] =>
  columnCells(table, 'Amount').map((cell) => plain(cell.textContent));

/** Answers `GET /wallet` with a raw JSON body, so amounts like `-0` survive as written. */
function walletBody(balanceJson: string, updatedAt = '2024-04-01T03:30:00Z') {
  return http.get(
    apiPath('/wallet'),
    () =>
      new HttpResponse(`{"connectionId":"revampd","balance":${balanceJson},"updatedAt":"${updatedAt}"}`, {
        headers: { 'Content-Type': 'application/json' },
      }),
  );
}

function transaction(
  overrides: Partial<WalletTransaction> & Pick<WalletTransaction, 'id'>,
): WalletTransaction {
  return {
    createdAt: '2024-04-01T03:30:00Z',
    kind: 'adjustment',
    amount: { amount: 0, currency: 'USD' },
    balanceAfter: { amount: 0, currency: 'USD' },
    description: 'Adjustment',
    invoiceId: null,
    payoutId: null,
    ...overrides,
  };
}

function transactionsBody(data: WalletTransaction[]) {
  return http.get(apiPath('/wallet/transactions'), () => HttpResponse.json({ data, nextCursor: null }));
}

const SAMPLE_TRANSACTIONS = [
  transaction({
    id: 'wtx_1',
    kind: 'payout_credit',
    amount: { amount: 12_550, currency: 'USD' },
    description: 'Affiliate payout po_1',
    payoutId: 'po_1',
  }),
  transaction({
    id: 'wtx_2',
    kind: 'invoice_payment',
    amount: { amount: -4_000, currency: 'USD' },
    description: 'Invoice INV-7',
    invoiceId: 'inv_7',
  }),
  transaction({
    id: 'wtx_3',
    kind: 'adjustment',
    amount: { amount: 0, currency: 'USD' },
    description: 'No-op',
  }),
];

describe('WalletCard', () => {
  it('shows the balance, when it was updated, what credits pay for, and recent transactions', async () => {
    renderWithProvider(<WalletCard />, { messages: { brandName: 'Acme Voice' } });
    const card = await screen.findByRole('region', { name: 'Wallet' });
    await within(card).findByRole('table', { name: 'Recent transactions' });
    expect(balanceText()).toMatch(/^\$[\d,]+\.\d{2}$/);
    expect(within(card).getByText(/^Updated /)).toBeInTheDocument();
    expect(within(card).getByText(/Credits pay for items issued by Acme Voice/)).toBeInTheDocument();
    expect(within(card).getByText(/never pay Partner invoices/)).toBeInTheDocument();
    expect(within(card).queryByText(/Revampd/)).toBeNull();
    // Seeded history: the five newest (or all, if fewer; issue 11), each signed.
    const seeded = db.scope(TEST_ORG_ID, 'revampd').walletTransactions.length;
    expect(seeded).toBeGreaterThan(0);
    const table = within(card).getByRole('table', { name: 'Recent transactions' });
    const shown = amounts(table);
    expect(shown).toHaveLength(Math.min(seeded, 5));
    for (const amount of shown) expect(amount).toMatch(/^([+-]\$[\d,]+\.\d{2}|\$0\.00)$/);
  });

  it('signs amounts (+ credits, - debits, zero unsigned) and names each kind', async () => {
    server.use(walletBody('{"amount":8550,"currency":"USD"}'), transactionsBody(SAMPLE_TRANSACTIONS));
    renderWithProvider(<WalletCard />);
    const table = await screen.findByRole('table', { name: 'Recent transactions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(amounts(table)).toEqual(['+$125.50', '-$40.00', '$0.00']);
    expect(within(rows[0] as HTMLElement).getByText('Payout credit')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Invoice payment')).toBeInTheDocument();
    // Dated in the provider's zone: 03:30Z on April 1 is still March 31 in New York.
    expect(within(rows[0] as HTMLElement).getByText('Mar 31, 2024')).toBeInTheDocument();
  });

  it('names every part of its table with an explicit role, which narrow CSS cannot take away', async () => {
    // A narrow container shows the rows as blocks (a container query), and some engines
    // (Safari) then drop native table semantics: each part carries its role itself.
    server.use(transactionsBody(SAMPLE_TRANSACTIONS));
    renderWithProvider(<WalletCard />);
    const table = await screen.findByRole('table', { name: 'Recent transactions' });
    const explicit = (selector: string) =>
      [...table.querySelectorAll(selector)].map((element) => element.getAttribute('role'));
    expect(table).toHaveAttribute('role', 'table');
    expect(explicit('thead, tbody')).toEqual(['rowgroup', 'rowgroup']);
    expect(explicit('tr')).toEqual(Array(4).fill('row'));
    expect(explicit('th')).toEqual(Array(4).fill('columnheader'));
    expect(explicit('td')).toEqual(Array(3 * 4).fill('cell'));
  });

  it('links payout credits and invoice payments only when the host passes onNavigate', async () => {
    server.use(transactionsBody(SAMPLE_TRANSACTIONS));
    const onNavigate = vi.fn();
    const { unmount } = renderWithProvider(<WalletCard />);
    await screen.findByRole('table', { name: 'Recent transactions' });
    expect(screen.queryByRole('button', { name: /View payout/ })).toBeNull();
    unmount();

    renderWithProvider(<WalletCard onNavigate={onNavigate} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'View payout: Affiliate payout po_1' }));
    expect(onNavigate).toHaveBeenLastCalledWith('payouts', 'po_1');
    await user.click(screen.getByRole('button', { name: 'View invoice: Invoice INV-7' }));
    expect(onNavigate).toHaveBeenLastCalledWith('invoices', 'inv_7');
    // An adjustment links nowhere.
    expect(screen.getAllByRole('button', { name: /^View / })).toHaveLength(2);
  });

  describe('money (faults.md 14, 15)', () => {
    it.each([
      ['USD minor units', '{"amount":1,"currency":"USD"}', '$0.01'],
      ['JPY has no minor digits', '{"amount":500,"currency":"JPY"}', '¥500'],
      ['KWD has three', '{"amount":5125,"currency":"KWD"}', 'KWD 5.125'],
      ['lowercase currency is normalised', '{"amount":1999,"currency":"usd"}', '$19.99'],
      ['zero', '{"amount":0,"currency":"USD"}', '$0.00'],
      ['-0 is not a debit', '{"amount":-0,"currency":"USD"}', '$0.00'],
    ])('%s', async (_label, balance, expected) => {
      server.use(walletBody(balance));
      renderWithProvider(<WalletCard />);
      await waitFor(() => expect(balanceText()).toBe(expected));
      expect(screen.queryByRole('note')).toBeNull();
    });

    it('formats in the provider’s locale', async () => {
      server.use(walletBody('{"amount":123456,"currency":"EUR"}'));
      renderWithProvider(<WalletCard />, { locale: 'de-DE' });
      await waitFor(() => expect(balanceText()).toBe('1.234,56 €'));
    });

    it('shows a negative balance as such, with what happens next', async () => {
      server.use(walletBody('{"amount":-1234,"currency":"USD"}'));
      renderWithProvider(<WalletCard />);
      await waitFor(() => expect(balanceText()).toBe('-$12.34'));
      expect(screen.getByRole('note')).toHaveTextContent('Your balance is negative');
      expect(screen.getByRole('region', { name: 'Wallet' })).toHaveAttribute('data-balance', 'debit');
    });

    it('never shows -$0.00 for a -0 transaction', async () => {
      server.use(
        http.get(
          apiPath('/wallet/transactions'),
          () =>
            new HttpResponse(
              '{"data":[{"id":"wtx_z","createdAt":"2024-04-01T03:30:00Z","kind":"adjustment","amount":{"amount":-0,"currency":"USD"},"balanceAfter":{"amount":0,"currency":"USD"},"description":"Zero","invoiceId":null,"payoutId":null}],"nextCursor":null}',
              { headers: { 'Content-Type': 'application/json' } },
            ),
        ),
      );
      renderWithProvider(<WalletCard />);
      const table = await screen.findByRole('table', { name: 'Recent transactions' });
      const [cell] = columnCells(table, 'Amount');
      expect(plain(cell?.textContent)).toBe('$0.00');
      expect(cell).toHaveAttribute('data-direction', 'zero');
    });
  });

  it('shows hostile descriptions as inert text (faults.md 23)', async () => {
    server.use(
      transactionsBody([
        transaction({ id: 'wtx_h1', description: HOSTILE_STRINGS.imgOnerror }),
        transaction({ id: 'wtx_h2', description: HOSTILE_STRINGS.script }),
      ]),
    );
    const { container } = renderWithProvider(<WalletCard />);
    expect(await screen.findByText(HOSTILE_STRINGS.imgOnerror)).toBeInTheDocument();
    expect(screen.getByText(HOSTILE_STRINGS.script)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it.each(['floatAmount', 'stringAmount', 'missingCurrency', 'badDate'] as const)(
    'a wallet body with %s is a "bad response", never NaN or Invalid Date (faults.md 8)',
    async (kind) => {
      server.use(...contractBreak('wallet', kind));
      const { container } = renderWithProvider(<WalletCard />);
      expect(await screen.findByRole('alert')).toHaveTextContent('We received a response we could not read');
      expect(container.textContent).not.toMatch(/NaN|Invalid Date|undefined/);
    },
  );

  describe('states', () => {
    it('loading: a busy region', async () => {
      server.use(...neverAnswers('wallet'), ...neverAnswers('walletTransactions'));
      renderWithProvider(<WalletCard />);
      const card = screen.getByRole('region', { name: 'Wallet' });
      expect(card).toHaveAttribute('aria-busy', 'true');
      expect(within(card).getByRole('status')).toHaveTextContent('Loading…');
    });

    it('empty transactions', async () => {
      server.use(...walletTransactionsEmpty());
      renderWithProvider(<WalletCard />);
      expect(await screen.findByText('No transactions yet.')).toBeInTheDocument();
      expect(screen.queryByRole('table')).toBeNull();
      expect(balanceText()).toMatch(/^\$/);
    });

    it('error, then Retry recovers', async () => {
      // The client's own retries (2 in tests) plus the first attempt all fail.
      server.use(...failWith('wallet', 500, undefined, { times: 3 }));
      renderWithProvider(<WalletCard />);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Something went wrong');
      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(balanceText()).toMatch(/^\$/));
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('no access (403 on /wallet): says so, no retry storm', async () => {
      let calls = 0;
      server.use(
        http.get(apiPath('/wallet'), () => {
          calls += 1;
          return undefined;
        }),
        ...noAccess('wallet'),
      );
      renderWithProvider(<WalletCard />);
      expect(await screen.findByText('No access')).toBeInTheDocument();
      expect(screen.getByText('This organization does not have access to this section.')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(calls).toBe(1);
    });

    it('stale: a failed refresh keeps the balance and says it may be out of date', async () => {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      renderWithProvider(<WalletCard />, { queryClient });
      await waitFor(() => expect(balanceText()).toMatch(/^\$/));
      const shown = balanceText();
      server.use(...failWith('wallet', 500));
      await act(() => queryClient.refetchQueries());
      expect(await screen.findByText(/it may be out of date/)).toBeInTheDocument();
      expect(balanceText()).toBe(shown);
    });
  });

  it('never shows the previous org’s wallet after an org switch, whatever the response order (faults.md 10)', async () => {
    // The old org answers only once the new org's wallet is shown: the late answer is
    // certain, not a race against a timer.
    let releaseOld: () => void = () => undefined;
    const oldAnswers = new Promise<void>((resolve) => {
      releaseOld = resolve;
    });
    server.use(
      http.get(apiPath('/wallet'), async ({ params }) => {
        const old = params['orgId'] === 'org_old';
        if (old) await oldAnswers;
        return HttpResponse.json({
          connectionId: 'revampd',
          balance: { amount: old ? 11_111 : 22_222, currency: 'USD' },
          updatedAt: '2024-04-01T03:30:00Z',
        });
      }),
      http.get(apiPath('/wallet/transactions'), async ({ params }) => {
        const old = params['orgId'] === 'org_old';
        if (old) await oldAnswers;
        return HttpResponse.json({
          data: [
            transaction({
              id: `wtx_${String(params['orgId'])}`,
              description: old ? 'Old org row' : 'New org row',
            }),
          ],
          nextCursor: null,
        });
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const oldWallet = watchText(/\$111\.11|Old org row/);
    const view = renderWithProvider(<WalletCard />, { orgId: 'org_old', queryClient });
    view.rerenderWith({ orgId: 'org_new' });
    await waitFor(() => expect(balanceText()).toBe('$222.22'));
    expect(await screen.findByText('New org row')).toBeInTheDocument();
    // Watch through the old org's late answers, on every change of the page.
    const balances = recordOnChange(balanceText);
    releaseOld();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => undefined);
    balances.stop();
    oldWallet.stop();
    expect(oldWallet.seen).toEqual([]);
    expect(balances.values.every((text) => text === '$222.22')).toBe(true);
    expect(screen.queryByText('Old org row')).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: whether the balance covers the open invoices; the whole ledger
// -------------------------------------------------------------------------------------------------

describe('WalletCard and the open invoices (issue 11)', () => {
  const usd = (minor: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
  const openInvoices = () =>
    db.scope(TEST_ORG_ID, 'revampd').invoices.filter((invoice) => invoice.status === 'open');

  it('says the balance covers the open invoices, with their count', async () => {
    const count = openInvoices().length;
    expect(count).toBeGreaterThan(1); // the seed's wallet covers them
    renderWithProvider(<WalletCard />);
    expect(await screen.findByText(`Covers your ${count} open invoices`)).toBeInTheDocument();
  });

  it('says by how much the balance falls short of the open invoices', async () => {
    const scope = db.scope(TEST_ORG_ID, 'revampd');
    const due = openInvoices().reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
    setWalletBalance(scope, due - 4_000);
    renderWithProvider(<WalletCard />);
    expect(await screen.findByText(`${usd(4_000)} short of your open invoices`)).toBeInTheDocument();
  });

  it('says nothing about coverage when nothing is open', async () => {
    server.use(...attentionClear());
    renderWithProvider(<WalletCard />);
    await screen.findByRole('table', { name: 'Recent transactions' });
    expect(screen.queryByText(/open invoices/)).not.toBeInTheDocument();
  });

  it('"View all transactions" is offered with onViewAllTransactions, and calls it', async () => {
    const onViewAll = vi.fn();
    const user = userEvent.setup();
    const { unmount } = renderWithProvider(<WalletCard />);
    await screen.findByRole('table', { name: 'Recent transactions' });
    expect(screen.queryByRole('button', { name: 'View all transactions' })).not.toBeInTheDocument();
    unmount();
    renderWithProvider(<WalletCard onViewAllTransactions={onViewAll} />);
    await user.click(await screen.findByRole('button', { name: 'View all transactions' }));
    expect(onViewAll).toHaveBeenCalledTimes(1);
  });
});
