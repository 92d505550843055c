/**
 * Headless parity (issue 8): ConnectionPortal's key behaviours on a portal a host writes
 * itself from the public entries — `useConnectionPortal` for the location, sections and
 * moves, `useConnectionNavItems` for the menu's labels and badges, plain buttons for the
 * tabs, plain divs for the panels — filled with the library's public widgets the way a host
 * would wire them. None of the portal's own code (ConnectionPortal.tsx, panels.tsx) runs
 * in the bare version. Each behaviour runs against both, so the hook is proven to carry
 * the portal's behaviour: sections and switches, moves reported to a host router, deep
 * links, a controlled location, and focus landing on the new section after a link.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/handlers';
import {
  ConnectionAlerts,
  ConnectionPortal,
  InvoicesTable,
  PlanManagedNotice,
  RevampdProvider,
  TicketsTable,
  WalletCard,
  type ConnectionPortalProps,
  type ConnectionSection,
  type RevampdProviderProps,
  type SectionLocation,
} from '../../src/index';
import {
  PortalNavigationContext,
  useConnectionNavItems,
  useConnectionPortal,
  type UseConnectionPortalOptions,
} from '../../src/headless';
import { testProviderProps, TEST_ORG_ID } from '../render';

// -------------------------------------------------------------------------------------------------
// The bare portal
// -------------------------------------------------------------------------------------------------

/** What a host's own portal shows in each section: the library's public widgets. */
function BarePanel({
  section,
  portal,
}: {
  section: ConnectionSection;
  portal: ReturnType<typeof useConnectionPortal>;
}) {
  const { location, navigation } = portal;
  switch (section) {
    case 'plan':
      return <PlanManagedNotice />;
    case 'tickets':
      return (
        <TicketsTable
          openTicketId={location.ticketId ?? null}
          onOpenTicketChange={navigation.showTicket}
          filters={location.ticketFilters ?? {}}
          onFiltersChange={navigation.showTicketFilters}
        />
      );
    case 'invoices':
      return <InvoicesTable />;
    case 'wallet':
      return <WalletCard />;
    default:
      // The host shows a heading of its own for the sections it does not fill.
      return <h2>{section}</h2>;
  }
}

/** A portal written from the headless entry: plain tab buttons and plain panels. */
function BarePortal(options: UseConnectionPortalOptions) {
  const portal = useConnectionPortal(options);
  const items = useConnectionNavItems(options.hiddenSections ?? [], portal.location.section);
  return (
    <PortalNavigationContext.Provider value={portal.navigation}>
      <ConnectionAlerts onNavigate={(section) => portal.navigation.navigate(section)} />
      <div role="tablist" aria-orientation="vertical">
        {items.map((item) => (
          <button
            key={item.section}
            type="button"
            role="tab"
            aria-selected={item.selected}
            aria-label={item.accessibleName}
            onClick={() => portal.select(item.section)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {portal.sections.map((section) => (
        <div key={section} role="tabpanel" {...portal.getPanelProps(section)}>
          {section === portal.location.section ? <BarePanel section={section} portal={portal} /> : null}
        </div>
      ))}
    </PortalNavigationContext.Provider>
  );
}

// -------------------------------------------------------------------------------------------------
// Both portals, the same behaviours
// -------------------------------------------------------------------------------------------------

type PortalUnderTest = (props: ConnectionPortalProps) => ReactElement;

const PORTALS: ReadonlyArray<readonly [string, PortalUnderTest]> = [
  ['ConnectionPortal', (props) => <ConnectionPortal {...props} />],
  ['the bare portal', (props) => <BarePortal {...props} />],
];

const SEED_ORDER = ['Plan', 'Add-Ons', 'Tickets', 'Submit Ticket', 'Invoices', 'Wallet', 'Affiliate Payouts'];

const tabNames = () =>
  screen.getAllByRole('tab').map((tab) => (tab.textContent ?? '').replace(/\d+$/, '').trim());

function renderPortal(
  Portal: PortalUnderTest,
  props: ConnectionPortalProps = {},
  provider: Partial<RevampdProviderProps> = {},
) {
  const ui = (next: ConnectionPortalProps) => (
    <RevampdProvider {...testProviderProps(provider)}>
      <Portal {...next} />
    </RevampdProvider>
  );
  const view = render(ui(props));
  return { ...view, rerenderWith: (next: ConnectionPortalProps) => view.rerender(ui(next)) };
}

const someTicket = (index: number) => {
  const ticket = db.scope(TEST_ORG_ID, 'revampd').tickets[index];
  if (!ticket) throw new Error(`the seed has no ticket ${index}`);
  return ticket;
};

const detailHeading = (ticket: { number: number; title: string }) =>
  screen.findByRole('heading', { level: 2, name: `Ticket #${ticket.number}: ${ticket.title}` });

beforeEach(() => localStorage.clear());

describe.each(PORTALS)('portal parity: %s', (_name, Portal) => {
  it('shows the sections in the seed order, Plan first and active', async () => {
    renderPortal(Portal);
    expect(tabNames()).toEqual(SEED_ORDER);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { level: 2, name: /managed by your partner/i })).toBeVisible();
  });

  it('leaves out hidden sections, and Submit Ticket when ticket submission is switched off', () => {
    renderPortal(Portal, { hiddenSections: ['wallet'] }, { features: { submitTickets: false } });
    expect(tabNames()).toEqual(SEED_ORDER.filter((label) => label !== 'Wallet' && label !== 'Submit Ticket'));
    // No panel is left behind for a section the menu does not offer.
    expect(document.querySelectorAll('[data-section="wallet"], [data-section="submitTicket"]')).toHaveLength(
      0,
    );
  });

  it('reports a picked section to the host, and shows only its panel', async () => {
    const user = userEvent.setup();
    const onLocationChange = vi.fn<(location: SectionLocation) => void>();
    const onSectionChange = vi.fn<(section: ConnectionSection) => void>();
    renderPortal(Portal, { onLocationChange, onSectionChange });
    await user.click(screen.getByRole('tab', { name: /^Invoices\b/ }));
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'invoices' });
    expect(onSectionChange).toHaveBeenLastCalledWith('invoices');
    expect(await screen.findByRole('table', { name: 'Invoices' })).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { level: 2, name: /managed by your partner/i }),
    ).not.toBeInTheDocument();
  });

  it('opens the ticket of a deep link; Back reports the list', async () => {
    const user = userEvent.setup();
    const target = someTicket(2);
    const onLocationChange = vi.fn<(location: SectionLocation) => void>();
    renderPortal(Portal, { defaultLocation: { section: 'tickets', ticketId: target.id }, onLocationChange });
    await detailHeading(target);
    expect(onLocationChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets' });
  });

  it('follows a controlled location from ticket to ticket and to another section', async () => {
    const first = someTicket(0);
    const second = someTicket(1);
    const { rerenderWith } = renderPortal(Portal, { location: { section: 'tickets', ticketId: first.id } });
    await detailHeading(first);
    rerenderWith({ location: { section: 'tickets', ticketId: second.id } });
    await detailHeading(second);
    rerenderWith({ location: { section: 'wallet' } });
    expect(screen.getByRole('tab', { name: 'Wallet' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { level: 2, name: 'Wallet' })).toBeInTheDocument();
  });

  it('a link in what needs attention moves to its section and focuses its heading', async () => {
    const user = userEvent.setup();
    renderPortal(Portal);
    const alerts = await screen.findByRole('region', { name: 'Needs your attention' });
    await user.click(within(alerts).getByRole('button', { name: 'View invoices' }));
    expect(screen.getByRole('tab', { name: /^Invoices\b/ })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Invoices' })).toHaveFocus());
  });
});
