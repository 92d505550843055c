import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { server } from '../../../mocks/node';
import { neverAnswers, planFail } from '../../../mocks/scenarios';
import { renderWithProvider } from '../../../test/render';
import { ConnectionPortal } from './ConnectionPortal';

describe('ConnectionPortal', () => {
  it('shows the nav beside the Plan panel by default', async () => {
    renderWithProvider(<ConnectionPortal />);
    expect(screen.getAllByRole('tab')).toHaveLength(7);
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAttribute('aria-labelledby', screen.getByRole('tab', { name: 'Plan' }).id);
    expect(
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
  });

  it('switches panels and aborts the previous section request (faults.md 2)', async () => {
    let aborted = false;
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/plan'))
        request.signal.addEventListener('abort', () => (aborted = true));
    });
    server.use(...neverAnswers('plan'));
    renderWithProvider(<ConnectionPortal />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Wallet' }));
    expect(screen.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      screen.getByRole('tab', { name: 'Wallet' }).id,
    );
    await vi.waitFor(() => expect(aborted).toBe(true));
    server.events.removeAllListeners();
  });

  it('keeps the page working when one section fails (faults.md 5)', async () => {
    server.use(...planFail(500));
    renderWithProvider(<ConnectionPortal />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: /^Tickets\b/ }));
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    // The other sections really render, not just their tabs.
    const tickets = await screen.findByRole('table', { name: 'Tickets' });
    expect(within(tickets).getAllByRole('row').length).toBeGreaterThan(1);
    await userEvent.click(screen.getByRole('tab', { name: 'Wallet' }));
    expect(await screen.findByRole('heading', { name: 'Wallet' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // And the failed one still offers its retry when the person comes back.
    await userEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('is controllable by a host router', async () => {
    const sections: string[] = [];
    renderWithProvider(
      <ConnectionPortal section="invoices" onSectionChange={(section) => sections.push(section)} />,
    );
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(sections).toEqual(['plan']);
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('forwards its ref to the root and spreads id, aria-* and data-* on it', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProvider(
      <ConnectionPortal ref={ref} id="host-portal" aria-label="Connection" data-testid="portal" />,
    );
    const root = screen.getByTestId('portal');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'host-portal');
    expect(root).toHaveAttribute('aria-label', 'Connection');
    expect(root).toHaveAttribute('data-section', 'plan');
    expect(root).toContainElement(screen.getByRole('tablist'));
  });

  it('leaves hidden sections out', () => {
    renderWithProvider(<ConnectionPortal hiddenSections={['payouts', 'wallet']} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).not.toContain('Wallet');
    expect(screen.getAllByRole('tab')).toHaveLength(5);
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: alerts above the sections, the wallet's ledger, a read-only portal
// -------------------------------------------------------------------------------------------------

describe('ConnectionPortal and the money in depth (issue 11)', () => {
  const ALL_OFF = {
    buyAddOns: false,
    cancelAddOns: false,
    payInvoices: false,
    submitTickets: false,
    replyToTickets: false,
    changeTicketStatus: false,
    attachFiles: false,
    exportCsv: false,
  } as const;

  it('shows what needs attention above the sections; a link goes to its section', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ConnectionPortal />);
    const alerts = await screen.findByRole('region', { name: 'Needs your attention' });
    // First in reading order: before the menu.
    expect(
      alerts.compareDocumentPosition(screen.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await user.click(within(alerts).getByRole('button', { name: 'View invoices' }));
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { level: 2, name: 'Invoices' })).toHaveFocus();
  });

  it('shows the wallet card, then the whole ledger; "View all transactions" moves to it', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ConnectionPortal defaultSection="wallet" />);
    await screen.findByRole('table', { name: 'Recent transactions' });
    expect(await screen.findByRole('table', { name: 'Transactions' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'View all transactions' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Transactions' })).toHaveFocus();
  });

  it('read-only Partner portal: every switch off leaves no action anywhere, and no Submit Ticket', async () => {
    const mutations: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'GET') mutations.push(`${request.method} ${request.url}`);
    });
    const user = userEvent.setup();
    renderWithProvider(<ConnectionPortal />, { features: ALL_OFF });
    expect(screen.queryByRole('tab', { name: 'Submit Ticket' })).not.toBeInTheDocument();
    const actions =
      /^(Cancel|Pay with wallet|Export CSV|Buy add-on|Submit ticket|Close ticket|Reopen ticket|Reply|Send reply|Attach)/;

    await user.click(screen.getByRole('tab', { name: 'Add-Ons' }));
    await screen.findAllByRole('rowheader');
    expect(screen.queryAllByRole('button', { name: actions })).toEqual([]);

    await user.click(screen.getByRole('tab', { name: /^Invoices\b/ }));
    await screen.findAllByRole('rowheader');
    expect(screen.queryAllByRole('button', { name: actions })).toEqual([]);

    await user.click(screen.getByRole('tab', { name: 'Wallet' }));
    await screen.findByRole('table', { name: 'Transactions' });
    await screen.findAllByRole('rowheader');
    expect(screen.queryAllByRole('button', { name: actions })).toEqual([]);

    await user.click(screen.getByRole('tab', { name: 'Affiliate Payouts' }));
    await screen.findAllByRole('rowheader');
    expect(screen.queryAllByRole('button', { name: actions })).toEqual([]);

    await user.click(screen.getByRole('tab', { name: /^Tickets\b/ }));
    const [ticket] = await screen.findAllByRole('rowheader');
    await user.click(within(ticket as HTMLElement).getByRole('button'));
    await screen.findByRole('heading', { level: 2, name: /^Ticket #/ });
    expect(screen.queryAllByRole('button', { name: actions })).toEqual([]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    expect(mutations).toEqual([]);
    server.events.removeAllListeners();
  });
});
