/**
 * Leaf widgets know nothing of the portal (issue 8, item 2): inside a ConnectionPortal's
 * navigation context their documented props still decide, and nothing reaches the portal
 * unless its panels wire it. Before, a widget in that context ignored `defaultOpenTicketId`,
 * `onViewTicket`, `targetInvoiceId` and `targetPayoutId` in favour of the portal's state.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { PortalNavigationContext, type PortalNavigationContextValue } from '../../src/hooks/connectionPortal';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { TicketForm } from '../../src/components/TicketForm/TicketForm';
import { TicketsTable } from '../../src/components/TicketsTable/TicketsTable';
import type { Ticket } from '../../src/api/schemas';
import type { SectionLocation } from '../../src/routing/location';
import { renderWithProvider, TEST_ORG_ID } from '../render';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function seeded<T>(rows: readonly T[], index: number): T {
  const row = rows[index];
  if (row === undefined) throw new Error(`the seed has no row ${index}`);
  return row;
}

/**
 * A portal's navigation that points somewhere else than the widget's props: a ticket, an
 * invoice and a payout of its own. Every move is recorded, none should happen.
 */
function portalPointingElsewhere(
  location: SectionLocation,
  rowTarget: PortalNavigationContextValue['rowTarget'],
) {
  const navigation: PortalNavigationContextValue = {
    location,
    navigate: vi.fn(),
    showTicket: vi.fn(),
    showTicketFilters: vi.fn(),
    rowTarget,
  };
  const render = (ui: ReactElement) =>
    renderWithProvider(
      <PortalNavigationContext.Provider value={navigation}>{ui}</PortalNavigationContext.Provider>,
    );
  return { navigation, render };
}

const targetedRow = () =>
  waitFor(() => {
    const row = document.querySelector<HTMLTableRowElement>('tr[data-targeted]');
    if (!row) throw new Error('no targeted row');
    return row;
  });

beforeEach(() => localStorage.clear());
afterEach(() => server.events.removeAllListeners());

describe('documented props inside a portal', () => {
  it('TicketsTable opens defaultOpenTicketId and reports to onOpenTicketChange, not to the portal', async () => {
    const portalTicket = seeded(scope().tickets, 1);
    const own = seeded(scope().tickets, 2);
    const onOpenTicketChange = vi.fn<(ticketId: string | null) => void>();
    const { navigation, render } = portalPointingElsewhere(
      { section: 'tickets', ticketId: portalTicket.id },
      null,
    );
    const user = userEvent.setup();
    render(<TicketsTable defaultOpenTicketId={own.id} onOpenTicketChange={onOpenTicketChange} />);
    await screen.findByRole('heading', { level: 2, name: `Ticket #${own.number}: ${own.title}` });
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onOpenTicketChange).toHaveBeenCalledWith(null);
    expect(navigation.showTicket).not.toHaveBeenCalled();
    expect(navigation.navigate).not.toHaveBeenCalled();
  });

  it('TicketForm calls onViewTicket, and offers no "View ticket" without it', async () => {
    const { navigation, render } = portalPointingElsewhere({ section: 'submitTicket' }, null);
    const onViewTicket = vi.fn<(ticket: Ticket) => void>();
    const user = userEvent.setup();
    const first = render(<TicketForm onViewTicket={onViewTicket} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Inside');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'A portal');
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await user.click(await screen.findByRole('button', { name: /^View ticket #\d+$/ }));
    expect(onViewTicket).toHaveBeenCalledWith(expect.objectContaining({ title: 'Inside' }));
    expect(navigation.navigate).not.toHaveBeenCalled();
    first.unmount();

    render(<TicketForm />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'No link');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Without a callback');
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await screen.findByRole('heading', { name: /submitted$/ });
    expect(screen.queryByRole('button', { name: /View ticket/ })).not.toBeInTheDocument();
  });

  it('InvoicesTable lands on targetInvoiceId, not on the portal’s row target', async () => {
    const portalInvoice = seeded(scope().invoices, 1);
    const own = seeded(scope().invoices, 12);
    const { render } = portalPointingElsewhere(
      { section: 'invoices' },
      { section: 'invoices', rowId: portalInvoice.id },
    );
    render(<InvoicesTable targetInvoiceId={own.id} />);
    const row = await targetedRow();
    expect(row.dataset['rowId']).toBe(own.id);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(own.number);
  });

  it('PayoutHistoryTable lands on targetPayoutId, not on the portal’s row target', async () => {
    const portalPayout = seeded(scope().payouts, 1);
    const own = seeded(scope().payouts, 14);
    const { render } = portalPointingElsewhere(
      { section: 'payouts' },
      { section: 'payouts', rowId: portalPayout.id },
    );
    render(<PayoutHistoryTable targetPayoutId={own.id} />);
    const row = await targetedRow();
    expect(row.dataset['rowId']).toBe(own.id);
  });
});
