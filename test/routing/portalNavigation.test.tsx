/**
 * Moving between the portal's sections from inside them, and deep links (issue 5, item 3):
 * the portal owns the location; its panels give TicketForm, TicketsTable and WalletCard
 * the callbacks that move it (issue 8: the widgets themselves never read the portal).
 */
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpResponse, http } from 'msw';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { usePortalNavigation } from '../../src/hooks/connectionPortal';
import { RevampdProvider } from '../../src/headless';
import type { SectionLocation } from '../../src/routing/location';
import { useHashLocation } from '../../src/routing/useUrlLocation';
import { createWrapper, renderWithProvider, testProviderProps, TEST_ORG_ID } from '../render';

const tickets = () => db.scope(TEST_ORG_ID, 'revampd').tickets;

function someTicket(index = 0) {
  const ticket = tickets()[index];
  if (!ticket) throw new Error('the seed has no tickets');
  return ticket;
}

const detailHeading = (ticket: { number: number; title: string }) =>
  screen.findByRole('heading', { level: 2, name: `Ticket #${ticket.number}: ${ticket.title}` });

/** The tickets table once its rows are in (the loading skeleton is a different element). */
const loadedTable = () =>
  waitFor(() => {
    const element = screen.getByRole('table', { name: 'Tickets' });
    if (element.closest('[data-state="loading"]')) throw new Error('still loading');
    return element;
  });

beforeEach(() => localStorage.clear());
afterEach(() => window.history.replaceState(null, '', '/'));

describe('portal navigation', () => {
  it('is null outside a portal', () => {
    const { result } = renderHook(() => usePortalNavigation(), { wrapper: createWrapper() });
    expect(result.current).toBeNull();
  });

  it('Submit Ticket → "View ticket #N" → Tickets shows it, reported to the host; Back clears it', async () => {
    const user = userEvent.setup();
    const onLocationChange = vi.fn<(location: SectionLocation) => void>();
    const onSectionChange = vi.fn();
    renderWithProvider(
      <ConnectionPortal
        defaultSection="submitTicket"
        onLocationChange={onLocationChange}
        onSectionChange={onSectionChange}
      />,
    );
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Numbers stopped ringing');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Since this morning');
    const next = Math.max(...tickets().map((ticket) => ticket.number)) + 1;
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await user.click(await screen.findByRole('button', { name: `View ticket #${next}` }));

    const created = tickets().find((ticket) => ticket.number === next);
    expect(created).toBeDefined();
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets', ticketId: created?.id });
    expect(onSectionChange).toHaveBeenLastCalledWith('tickets');
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: `Ticket #${next}: Numbers stopped ringing`,
    });
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets' });
    const row = await screen.findByRole('button', { name: `Numbers stopped ringing, Ticket #${next}` });
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('opens the ticket of a deep link, and reports opening another from the list', async () => {
    const user = userEvent.setup();
    const target = someTicket(3);
    const onLocationChange = vi.fn<(location: SectionLocation) => void>();
    renderWithProvider(
      <ConnectionPortal
        defaultLocation={{ section: 'tickets', ticketId: target.id }}
        onLocationChange={onLocationChange}
      />,
    );
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    await detailHeading(target);
    expect(onLocationChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets' });
    const table = await loadedTable();
    const [row] = await within(table).findAllByRole('button', { name: /, Ticket #\d+$/ });
    const number = Number(/#(\d+)$/.exec(row?.getAttribute('aria-label') ?? row?.textContent ?? '')?.[1]);
    const other = tickets().find((ticket) => ticket.number === number);
    if (!row || !other) throw new Error('no rows');
    await user.click(row);
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets', ticketId: other.id });
  });

  it('follows a controlled location: deep link, ticket to ticket, back to the list, another section', async () => {
    const first = someTicket(1);
    const second = someTicket(2);
    const { rerender } = render(
      <RevampdProvider {...testProviderProps()}>
        <ConnectionPortal location={{ section: 'tickets', ticketId: first.id }} />
      </RevampdProvider>,
    );
    await detailHeading(first);
    const at = (location: SectionLocation) =>
      rerender(
        <RevampdProvider {...testProviderProps()}>
          <ConnectionPortal location={location} />
        </RevampdProvider>,
      );
    at({ section: 'tickets', ticketId: second.id });
    await detailHeading(second);
    at({ section: 'tickets' });
    expect(await loadedTable()).toBeInTheDocument();
    at({ section: 'wallet' });
    expect(screen.getByRole('tab', { name: 'Wallet' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps a ticket a person opened when the host only controls the section', async () => {
    const user = userEvent.setup();
    function Host() {
      const [section, setSection] = useState<'tickets' | 'plan'>('tickets');
      return (
        <ConnectionPortal
          section={section}
          onSectionChange={(next) => setSection(next === 'plan' ? 'plan' : 'tickets')}
        />
      );
    }
    render(
      <RevampdProvider {...testProviderProps()}>
        <Host />
      </RevampdProvider>,
    );
    const table = await loadedTable();
    const [row] = await within(table).findAllByRole('button', { name: /, Ticket #\d+$/ });
    if (!row) throw new Error('no rows');
    await user.click(row);
    expect(await screen.findByRole('button', { name: /Back to tickets/ })).toBeInTheDocument();
  });

  it('WalletCard links go to Invoices and Payouts, focus on the new heading', async () => {
    const user = userEvent.setup();
    const onLocationChange = vi.fn<(location: SectionLocation) => void>();
    const link = (kind: 'payout_credit' | 'invoice_payment', id: string) => ({
      id: `wtx_${id}`,
      createdAt: '2026-11-20T12:00:00Z',
      kind,
      amount: { amount: kind === 'payout_credit' ? 12_550 : -4_000, currency: 'USD' },
      balanceAfter: { amount: 50_000, currency: 'USD' },
      description: kind === 'payout_credit' ? `Affiliate payout ${id}` : `Payment of invoice ${id}`,
      invoiceId: kind === 'invoice_payment' ? id : null,
      payoutId: kind === 'payout_credit' ? id : null,
    });
    server.use(
      http.get(apiPath('/wallet/transactions'), () =>
        HttpResponse.json({
          data: [link('payout_credit', 'po_1'), link('invoice_payment', 'inv_7')],
          nextCursor: null,
        }),
      ),
    );
    renderWithProvider(<ConnectionPortal defaultSection="wallet" onLocationChange={onLocationChange} />);
    const [invoiceLink] = await screen.findAllByRole('button', { name: /^View invoice(?!s)/ });
    if (!invoiceLink) throw new Error('the seed has no invoice payment');
    await user.click(invoiceLink);
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'invoices' });
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Invoices' })).toHaveFocus());

    await user.click(screen.getByRole('tab', { name: 'Wallet' }));
    const [payoutLink] = await screen.findAllByRole('button', { name: /^View payout(?!s)/ });
    if (!payoutLink) throw new Error('the seed has no payout credit');
    await user.click(payoutLink);
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'payouts' });
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Affiliate Payouts' })).toHaveFocus(),
    );
  });

  it('with useHashLocation: #tickets/<id> opens it, Back writes #tickets, hashchange moves the portal', async () => {
    const user = userEvent.setup();
    const first = someTicket(6);
    const second = someTicket(7);
    window.history.replaceState(null, '', `/#tickets/${first.id}`);
    function Host() {
      const [location, setLocation] = useHashLocation();
      return <ConnectionPortal location={location} onLocationChange={setLocation} />;
    }
    render(
      <RevampdProvider {...testProviderProps()}>
        <Host />
      </RevampdProvider>,
    );
    await detailHeading(first);
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(window.location.hash).toBe('#tickets');

    act(() => {
      window.history.pushState(null, '', `/#tickets/${second.id}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await detailHeading(second);

    await user.click(screen.getByRole('tab', { name: 'Wallet' }));
    expect(window.location.hash).toBe('#wallet');
    act(() => {
      window.history.pushState(null, '', '/#tickets');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    expect(await loadedTable()).toBeInTheDocument();
  });
});
