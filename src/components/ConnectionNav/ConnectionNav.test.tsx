import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { vi } from 'vitest';
import { MOCK_NOW } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { attentionOf } from '../../../mocks/handlers/views';
import { server } from '../../../mocks/node';
import { attentionClear } from '../../../mocks/scenarios';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { InvoicesTable } from '../InvoicesTable/InvoicesTable';
import { ConnectionNav } from './ConnectionNav';

const SEED_ORDER = ['Plan', 'Add-Ons', 'Tickets', 'Submit Ticket', 'Invoices', 'Wallet', 'Affiliate Payouts'];

describe('ConnectionNav', () => {
  it('lists the seven sections in the seed order as vertical tabs', () => {
    renderWithProvider(<ConnectionNav />);
    const list = screen.getByRole('tablist', { name: 'Revampd connection' });
    expect(list).toHaveAttribute('aria-orientation', 'vertical');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(SEED_ORDER);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is uncontrolled by default and reports changes', async () => {
    const onSectionChange = vi.fn();
    renderWithProvider(<ConnectionNav defaultSection="tickets" onSectionChange={onSectionChange} />);
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: /^Invoices\b/ }));
    expect(onSectionChange).toHaveBeenCalledWith('invoices');
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the host when controlled', async () => {
    const onSectionChange = vi.fn();
    renderWithProvider(<ConnectionNav section="wallet" onSectionChange={onSectionChange} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(onSectionChange).toHaveBeenCalledWith('plan');
    // The host did not change `section`, so Wallet stays selected.
    expect(screen.getByRole('tab', { name: 'Wallet' })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves with arrow keys, Home and End (WAI-ARIA tabs)', async () => {
    renderWithProvider(<ConnectionNav />);
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Add-Ons' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
  });

  it('points aria-controls only at panels the host names', () => {
    const { unmount } = renderWithProvider(<ConnectionNav />);
    expect(screen.getByRole('tab', { name: 'Plan' })).not.toHaveAttribute('aria-controls');
    unmount();
    renderWithProvider(<ConnectionNav getPanelId={(section) => `panel-${section}`} />);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-controls', 'panel-plan');
  });

  it("on its own, follows the provider's right-to-left direction (Radix would force ltr)", () => {
    renderWithProvider(<ConnectionNav />, { dir: 'rtl' });
    expect(screen.getByRole('tablist').closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it('uses the messages for labels', () => {
    renderWithProvider(<ConnectionNav />, { messages: { nav: { wallet: 'Crédits' } } });
    expect(screen.getByRole('tab', { name: 'Crédits' })).toBeInTheDocument();
  });

  it('forwards its ref to the tab list and spreads id, aria-* and data-* on it', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProvider(
      <ConnectionNav
        ref={ref}
        id="host-nav"
        aria-describedby="host-note"
        data-testid="nav"
        className="host"
      />,
    );
    const list = screen.getByRole('tablist', { name: 'Revampd connection' });
    expect(ref.current).toBe(list);
    expect(list).toBe(screen.getByTestId('nav'));
    expect(list).toHaveAttribute('id', 'host-nav');
    expect(list).toHaveAttribute('aria-describedby', 'host-note');
    expect(list).toHaveClass('rvp-ConnectionNav', 'host');
  });

  it('throws a clear error outside RevampdProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<ConnectionNav />)).toThrow(/inside <RevampdProvider>/);
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: attention badges and the Submit Ticket switch
// -------------------------------------------------------------------------------------------------

describe('ConnectionNav badges and switches (issue 11)', () => {
  const scope = () => db.scope(TEST_ORG_ID, 'revampd');

  it('badges Tickets (awaiting your reply) and Invoices (open), with the count in the tab’s name', async () => {
    const summary = attentionOf(scope(), MOCK_NOW);
    expect(summary.ticketsAwaitingCustomer).toBeGreaterThan(0);
    expect(summary.openInvoices.count).toBeGreaterThan(0);
    renderWithProvider(<ConnectionNav />);
    const tickets = await screen.findByRole('tab', {
      name: `Tickets, ${summary.ticketsAwaitingCustomer} awaiting your reply`,
    });
    expect(tickets).toHaveTextContent(String(summary.ticketsAwaitingCustomer));
    expect(
      screen.getByRole('tab', { name: `Invoices, ${summary.openInvoices.count} open` }),
    ).toBeInTheDocument();
    // Other sections carry no badge.
    expect(screen.getByRole('tab', { name: 'Wallet' })).toBeInTheDocument();
  });

  it('shows no badge for a count of zero', async () => {
    server.use(...attentionClear());
    renderWithProvider(<ConnectionNav />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Tickets' })).toBeInTheDocument());
    expect(screen.getByRole('tab', { name: 'Invoices' })).toBeInTheDocument();
  });

  it('leaves Submit Ticket out of the menu when ticket submission is switched off', () => {
    renderWithProvider(<ConnectionNav />, { features: { submitTickets: false } });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(
      SEED_ORDER.filter((label) => label !== 'Submit Ticket'),
    );
  });

  it('updates the Invoices badge after a payment, in the scope that paid', async () => {
    const open = scope().invoices.filter(
      (invoice) => invoice.status === 'open' && invoice.issuer === 'revampd',
    );
    const [first] = open;
    if (!first) throw new Error('the seed has open invoices');
    const user = userEvent.setup();
    renderWithProvider(
      <>
        <ConnectionNav />
        <InvoicesTable />
      </>,
    );
    await screen.findByRole('tab', { name: `Invoices, ${open.length} open` });
    await user.click(await screen.findByRole('button', { name: `Pay with wallet: ${first.number}` }));
    await user.click(await screen.findByRole('button', { name: /^Pay \$/ }));
    expect(await screen.findByRole('tab', { name: `Invoices, ${open.length - 1} open` })).toBeInTheDocument();
  });
});
