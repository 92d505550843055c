/**
 * ConnectionAlerts (issue 11): what needs attention, most urgent first, each linking to its
 * section; nothing at all when all is well; counts that follow a payment and a window focus.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { setWalletBalance } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { attentionClear, attentionFail, neverAnswers } from '../../../mocks/scenarios';
import type { Attention } from '../../api/schemas';
import { frFR } from '../../locales/fr-FR';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { ConnectionAlerts } from './ConnectionAlerts';

const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

function serveAttention(body: Partial<Attention>) {
  const none = { count: 0, amountDue: { amount: 0, currency: 'USD' } };
  server.use(
    http.get(apiPath('/attention'), () =>
      HttpResponse.json({
        openInvoices: none,
        overdueInvoices: none,
        walletShortfall: null,
        ticketsAwaitingCustomer: 0,
        failedPayouts: 0,
        asOf: '2026-11-25T15:00:00Z',
        ...body,
      } satisfies Attention),
    ),
  );
}

const items = () =>
  within(screen.getByRole('region', { name: 'Needs your attention' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ConnectionAlerts', () => {
  it('lists what needs attention, most urgent first, each with a link to its section', async () => {
    serveAttention({
      openInvoices: { count: 3, amountDue: { amount: 30_000, currency: 'USD' } },
      overdueInvoices: { count: 2, amountDue: { amount: 12_000, currency: 'USD' } },
      walletShortfall: { amount: 4_550, currency: 'USD' },
      ticketsAwaitingCustomer: 1,
      failedPayouts: 2,
    });
    const onNavigate = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<ConnectionAlerts onNavigate={onNavigate} />);
    await screen.findByRole('region', { name: 'Needs your attention' });
    expect(items()).toEqual([
      `2 overdue invoices: ${usd(12_000)} dueView invoices`,
      `Your wallet is ${usd(4_550)} short of your open invoicesView wallet`,
      '1 ticket awaits your replyView tickets',
      '2 payouts failed in the last 90 daysView payouts',
    ]);
    await user.click(screen.getByRole('button', { name: 'View invoices' }));
    await user.click(screen.getByRole('button', { name: 'View wallet' }));
    await user.click(screen.getByRole('button', { name: 'View tickets' }));
    await user.click(screen.getByRole('button', { name: 'View payouts' }));
    expect(onNavigate.mock.calls).toEqual([['invoices'], ['wallet'], ['tickets'], ['payouts']]);
  });

  it('reads the seeded store: the wallet short of the open invoices, by how much', async () => {
    const scope = db.scope(TEST_ORG_ID, 'revampd');
    const due = scope.invoices
      .filter((invoice) => invoice.status === 'open')
      .reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
    setWalletBalance(scope, due - 2_500);
    renderWithProvider(<ConnectionAlerts />);
    expect(
      await screen.findByText(`Your wallet is ${usd(2_500)} short of your open invoices`),
    ).toBeInTheDocument();
    // Without onNavigate, no links.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders nothing at all when all is well, while loading, or when the summary fails', async () => {
    server.use(...attentionClear());
    const clear = renderWithProvider(<ConnectionAlerts data-testid="alerts" />);
    await waitFor(() => expect(document.querySelector('[data-state]')).toBeNull());
    expect(clear.container.querySelector('section')).toBeNull();
    clear.unmount();

    server.use(...neverAnswers('attention'));
    const loading = renderWithProvider(<ConnectionAlerts />);
    expect(loading.container.querySelector('section')).toBeNull();
    loading.unmount();

    server.resetHandlers();
    server.use(...attentionFail(500));
    const failed = renderWithProvider(<ConnectionAlerts />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(failed.container.querySelector('section')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('uses the locale’s plural forms', async () => {
    serveAttention({ overdueInvoices: { count: 1, amountDue: { amount: 1_000, currency: 'USD' } } });
    renderWithProvider(<ConnectionAlerts />, {
      locale: 'fr-FR',
      baseMessages: frFR,
      timeZone: 'Europe/Paris',
    });
    const text = await screen.findByText(/facture en retard/);
    expect(text.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '1 facture en retard : 10,00 $US à régler',
    );
  });

  it('refetches on window focus', async () => {
    serveAttention({ ticketsAwaitingCustomer: 1 });
    renderWithProvider(<ConnectionAlerts />);
    await screen.findByText('1 ticket awaits your reply');
    serveAttention({ ticketsAwaitingCustomer: 4 });
    await act(async () => {
      window.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByText('4 tickets await your reply')).toBeInTheDocument();
  });

  it('forwards its ref and host props to its region', async () => {
    serveAttention({ failedPayouts: 1 });
    const ref = createRef<HTMLElement>();
    renderWithProvider(<ConnectionAlerts ref={ref} id="alerts" data-host="x" />);
    const region = await screen.findByRole('region', { name: 'Needs your attention' });
    expect(ref.current).toBe(region);
    expect(region).toHaveAttribute('id', 'alerts');
    expect(region).toHaveAttribute('data-host', 'x');
    expect(region).toHaveAttribute('data-state', 'ready');
  });
});
