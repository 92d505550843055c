/**
 * faults.md 37 through each widget's own retry: the server committed the payment or the
 * cancel, every attempt's answer was lost (the transport's retries included), the person
 * clicks the same button again, and the server applies it once.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editScope, lostResponse } from '../../mocks';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { AddOn, Invoice } from '../../src/api/schemas';
import { AddOnsTable, InvoicesTable } from '../../src';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';

const network = useNetworkLog();
// testProviderProps allows 2 transport retries: 3 attempts lose their answers.
const EVERY_ATTEMPT = { times: 3 };

const keysOf = (pattern: RegExp) =>
  network.requests
    .filter((request) => request.method === 'POST' && pattern.test(request.url))
    .map((request) => request.idempotencyKey);

describe('faults.md 37: a lost answer, then the widget’s own retry', () => {
  it('InvoicesTable: pay, lose every answer, pay again: one charge', async () => {
    const invoice: Invoice = {
      id: 'inv_lost',
      number: 'INV-LOST',
      issuedAt: '2026-11-01T12:00:00Z',
      dueAt: '2026-12-01T12:00:00Z',
      status: 'open',
      type: 'phone_number',
      description: 'Main line, November',
      total: { amount: 1500, currency: 'USD' },
      amountDue: { amount: 1500, currency: 'USD' },
      issuer: 'revampd',
      pdfUrl: null,
    };
    server.use(...editScope(db, (scope) => void (scope.invoices = [invoice])));
    server.use(...lostResponse('payInvoiceWithWallet', EVERY_ATTEMPT));
    renderWithProvider(<InvoicesTable />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pay with wallet: INV-LOST' }));
    const dialog = await screen.findByRole('dialog');
    const balanceBefore = db.scope(TEST_ORG_ID, 'revampd').wallet.balance.amount;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pay $15.00' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/could not reach/i);
    // The server did charge: only the answers were lost.
    expect(db.scope(TEST_ORG_ID, 'revampd').wallet.balance.amount).toBe(balanceBefore - 1500);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Pay $15.00' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Invoice INV-LOST was paid with wallet credits.')).toBeInTheDocument();
    expect(db.scope(TEST_ORG_ID, 'revampd').wallet.balance.amount).toBe(balanceBefore - 1500);
    const keys = keysOf(/pay-with-wallet$/).filter((key) => key !== null);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(new Set(keys).size).toBe(1);
  });

  it('AddOnsTable: cancel, lose every answer, cancel again: one cancel, no "already cancelled"', async () => {
    const line: AddOn = {
      id: 'add_lost',
      kind: 'phone_number',
      name: 'Lost line',
      detail: '+1 415 555 0199',
      status: 'active',
      quantity: 1,
      unitPrice: { amount: 1500, currency: 'USD' },
      interval: 'month',
      createdAt: '2026-01-01T00:00:00Z',
      cancelledAt: null,
      cancellable: true,
    };
    server.use(...editScope(db, (scope) => void (scope.addOns = [line])));
    server.use(...lostResponse('cancelAddOn', EVERY_ATTEMPT));
    renderWithProvider(<AddOnsTable />);
    await userEvent.click(await screen.findByRole('button', { name: /^Cancel: Lost line/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel add-on' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/could not reach/i);
    expect(db.scope(TEST_ORG_ID, 'revampd').addOns[0]?.status).toBe('cancelled');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel add-on' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Lost line was cancelled.')).toBeInTheDocument();
    // A new key would have been refused as `already_cancelled` and shown as an alert.
    expect(screen.queryByRole('alert')).toBeNull();
    const keys = keysOf(/\/cancel$/).filter((key) => key !== null);
    expect(new Set(keys).size).toBe(1);
  });
});
