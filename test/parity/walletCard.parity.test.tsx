/**
 * Headless parity (issue 8): WalletCard's key behaviours on a bare card built from
 * `useWalletCardView` alone — the balance and when it was updated, what credits pay for, a
 * negative balance, the recent transactions signed, and their links to the payout or the
 * invoice they are about.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { setWalletBalance } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import {
  formatMoney,
  useWalletCardView,
  type WalletLinkSection,
  type WalletTransaction,
} from '../../src/headless';
import { renderWithProvider, TEST_ORG_ID } from '../render';

// -------------------------------------------------------------------------------------------------
// The bare card
// -------------------------------------------------------------------------------------------------

interface BareWalletProps {
  onNavigate?: ((section: WalletLinkSection, id: string) => void) | undefined;
  recentCount?: number | undefined;
}

/** The Wallet section as a host would write it over `useWalletCardView`: plain elements only. */
function BareWallet({ onNavigate, recentCount }: BareWalletProps) {
  const card = useWalletCardView({ recentCount });
  return (
    <section
      aria-label="Wallet"
      data-state={card.view.kind}
      data-balance={card.balanceDirection ?? undefined}
    >
      <dl>
        <dt>Balance</dt>
        <dd>{card.balance}</dd>
        <dt>Updated</dt>
        <dd>{card.updatedAt}</dd>
      </dl>
      {card.negativeNotice && <p role="note">{card.negativeNotice}</p>}
      <ul aria-label="What credits pay for">
        <li>{card.paysFor}</li>
        <li>{card.neverPaysFor}</li>
      </ul>
      <table aria-label="Recent transactions">
        <tbody>
          {card.transactions.map(({ id, date, description, link, kindLabel, direction, amount }) => (
            <tr key={id}>
              <td>{date}</td>
              <td>
                {description}
                {link && onNavigate && (
                  <button type="button" onClick={() => onNavigate(link.section, link.id)}>
                    {`${link.label}: ${description}`}
                  </button>
                )}
              </td>
              <td>{kindLabel}</td>
              <td data-direction={direction}>{amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** Intl separates some symbols with U+00A0; compare with plain spaces. */
const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

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

const SAMPLE: WalletTransaction[] = [
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
    kind: 'refund',
    amount: { amount: 1_000, currency: 'USD' },
    description: 'Refund of INV-6',
    invoiceId: 'inv_6',
  }),
  transaction({ id: 'wtx_4', kind: 'adjustment', description: 'No-op' }),
];

/** Answers `GET /wallet/transactions` with `data`, one page. */
function serveTransactions(data: WalletTransaction[]) {
  server.use(http.get(apiPath('/wallet/transactions'), () => HttpResponse.json({ data, nextCursor: null })));
}

const region = () => screen.getByRole('region', { name: 'Wallet' });
const definitionOf = (term: string) =>
  plain(within(region()).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent);
const transactionRows = () =>
  within(screen.getByRole('table', { name: 'Recent transactions' })).queryAllByRole('row');

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('WalletCard parity: a bare card over useWalletCardView', () => {
  it('shows the wallet’s balance, when it was updated and what credits pay for', async () => {
    const { balance } = scope().wallet;
    renderWithProvider(<BareWallet />, { messages: { brandName: 'Acme Voice' } });
    await waitFor(() => expect(region()).toHaveAttribute('data-state', 'ready'));
    expect(definitionOf('Balance')).toBe(plain(formatMoney(balance, 'en-US')));
    expect(definitionOf('Updated')).toMatch(/^Updated /);
    const scopeList = screen.getByRole('list', { name: 'What credits pay for' });
    expect(scopeList).toHaveTextContent('Credits pay for items issued by Acme Voice');
    expect(scopeList).toHaveTextContent('never pay Partner invoices');
  });

  it('says a negative balance is negative', async () => {
    setWalletBalance(scope(), -1234);
    renderWithProvider(<BareWallet />);
    await waitFor(() => expect(definitionOf('Balance')).toBe('-$12.34'));
    expect(region()).toHaveAttribute('data-balance', 'debit');
    expect(screen.getByRole('note')).toHaveTextContent('Your balance is negative');
  });

  it('lists the newest transactions signed, with their kind and a date in the org’s zone', async () => {
    serveTransactions(SAMPLE);
    renderWithProvider(<BareWallet />);
    await waitFor(() => expect(transactionRows()).toHaveLength(SAMPLE.length));
    const rows = transactionRows();
    expect(rows.map((row) => plain(row.querySelector('[data-direction]')?.textContent))).toEqual([
      '+$125.50',
      '-$40.00',
      '+$10.00',
      '$0.00',
    ]);
    expect(rows.map((row) => row.querySelector('[data-direction]')?.getAttribute('data-direction'))).toEqual([
      'credit',
      'debit',
      'credit',
      'zero',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Payout credit')).toBeInTheDocument();
    // 03:30Z on April 1 is still March 31 in New York.
    expect(within(rows[0] as HTMLElement).getByText('Mar 31, 2024')).toBeInTheDocument();
  });

  it('shows recentCount transactions, the latest five by default (issue 11)', async () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      transaction({ id: `wtx_many_${index}`, description: `Row ${index}` }),
    );
    serveTransactions(many);
    const first = renderWithProvider(<BareWallet />);
    await waitFor(() => expect(transactionRows()).toHaveLength(5));
    expect(transactionRows()[0]).toHaveTextContent('Row 0');
    first.unmount();

    renderWithProvider(<BareWallet recentCount={3} />);
    await waitFor(() => expect(transactionRows()).toHaveLength(3));
  });

  it('links a payout credit to its payout, a payment or refund to its invoice, an adjustment nowhere', async () => {
    serveTransactions(SAMPLE);
    const onNavigate = vi.fn<(section: WalletLinkSection, id: string) => void>();
    const user = userEvent.setup();
    renderWithProvider(<BareWallet onNavigate={onNavigate} />);
    await user.click(await screen.findByRole('button', { name: 'View payout: Affiliate payout po_1' }));
    expect(onNavigate).toHaveBeenLastCalledWith('payouts', 'po_1');
    await user.click(screen.getByRole('button', { name: 'View invoice: Invoice INV-7' }));
    expect(onNavigate).toHaveBeenLastCalledWith('invoices', 'inv_7');
    await user.click(screen.getByRole('button', { name: 'View invoice: Refund of INV-6' }));
    expect(onNavigate).toHaveBeenLastCalledWith('invoices', 'inv_6');
    expect(screen.getAllByRole('button')).toHaveLength(3);
  });
});
