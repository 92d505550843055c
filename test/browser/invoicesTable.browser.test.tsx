/**
 * InvoicesTable in real Chromium: zero axe violations in light and dark (with the
 * payment confirmation open too), and Escape closing the confirmation.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, useMockWorker, worker } from './support';
import { db } from '../../mocks/handlers';
import {
  insufficientFunds,
  invoicesEmpty,
  invoicesFail,
  noAccess,
  partnerInvoice,
  unsafePdfUrls,
} from '../../mocks/scenarios';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { renderWithProvider } from '../render';

useMockWorker();

describe('InvoicesTable in Chromium', () => {
  it('opens the payment confirmation with focus inside; Escape closes it and restores focus', async () => {
    renderWithProvider(<InvoicesTable />);
    const [pay] = await screen.findAllByRole('button', { name: /^Pay with wallet/ });
    if (!pay) throw new Error('no payable invoice in the seed');
    await userEvent.click(pay);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(dialog).getByText('Wallet balance now')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pay).toHaveFocus();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`axe, ${colorScheme}`, () => {
      const appearance = { appearance: { colorScheme } };

      it('default, and with the payment confirmation showing insufficient funds', async () => {
        worker.use(...insufficientFunds(db));
        const { container } = renderWithProvider(<InvoicesTable />, appearance);
        const [pay] = await screen.findAllByRole('button', { name: /^Pay with wallet/ });
        expect(await axeViolations(container)).toEqual([]);
        if (!pay) throw new Error('no payable invoice in the seed');
        await userEvent.click(pay);
        const dialog = await screen.findByRole('dialog');
        await userEvent.click(await within(dialog).findByRole('button', { name: /^Pay / }));
        await within(dialog).findByRole('alert');
        expect(await axeViolations(container)).toEqual([]);
      });

      it('empty, error, no access, partner invoice, unsafe links', async () => {
        for (const [handlers, ready] of [
          [invoicesEmpty(), () => screen.findByText('No invoices from Revampd yet.')],
          [invoicesFail(500), () => screen.findByRole('button', { name: 'Try again' })],
          [noAccess('invoices'), () => screen.findByText('No access')],
          [partnerInvoice(db), () => screen.findByRole('rowheader', { name: 'ACME-2026-0042' })],
          [unsafePdfUrls(db), () => screen.findAllByRole('rowheader')],
        ] as const) {
          worker.use(...handlers);
          const { container, unmount } = renderWithProvider(<InvoicesTable />, appearance);
          await ready();
          expect(await axeViolations(container)).toEqual([]);
          unmount();
          worker.resetHandlers();
          db.reset();
        }
      });
    });
  }
});
