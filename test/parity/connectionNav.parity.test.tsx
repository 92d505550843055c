/**
 * Headless parity (issue 8): ConnectionNav's key behaviours on a bare tab list built from
 * the headless entry alone (`useConnectionNav`). Keyboard behaviour belongs to the tabs
 * primitive a view renders the hook with: the plain-button menu proves the state, and a
 * host's own Radix Tabs (a public package, not our widget) proves arrows, Home, End and one
 * tab stop hold over the same hook.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as Tabs from '@radix-ui/react-tabs';
import { MOCK_NOW } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { attentionOf } from '../../mocks/handlers/views';
import { useConnectionNav, type ConnectionSection } from '../../src/headless';
import { renderWithProvider, TEST_ORG_ID } from '../render';

// -------------------------------------------------------------------------------------------------
// The bare menu
// -------------------------------------------------------------------------------------------------

interface BareNavProps {
  section?: ConnectionSection | undefined;
  defaultSection?: ConnectionSection | undefined;
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
}

/** The connection's menu as a host would write it from the headless entry: plain buttons. */
function BareNav({ section, defaultSection, onSectionChange }: BareNavProps) {
  const nav = useConnectionNav({ section, defaultSection, onSectionChange });
  return (
    <div role="tablist" aria-label={nav.label} aria-orientation="vertical">
      {nav.items.map((item) => (
        <button
          key={item.section}
          type="button"
          role="tab"
          aria-selected={item.selected}
          onClick={() => nav.select(item.section)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

/** The same hook under a host's own tabs primitive: Radix Tabs, used directly. */
function RadixNav(props: BareNavProps) {
  const nav = useConnectionNav(props);
  return (
    <Tabs.Root orientation="vertical" value={nav.active} onValueChange={nav.select}>
      <Tabs.List aria-label={nav.label}>
        {nav.items.map((item) => (
          <Tabs.Trigger key={item.section} value={item.section}>
            {item.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs.Root>
  );
}

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

const SEED_ORDER = ['Plan', 'Add-Ons', 'Tickets', 'Submit Ticket', 'Invoices', 'Wallet', 'Affiliate Payouts'];

describe('ConnectionNav parity: a bare tab list from the headless entry', () => {
  it('lists the seven sections in the seed order, labelled by the messages, Plan first', () => {
    renderWithProvider(<BareNav />, { messages: { brandName: 'Acme Voice', nav: { wallet: 'Crédits' } } });
    expect(screen.getByRole('tablist', { name: 'Acme Voice connection' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(
      SEED_ORDER.map((label) => (label === 'Wallet' ? 'Crédits' : label)),
    );
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is uncontrolled from defaultSection and reports changes', async () => {
    const onSectionChange = vi.fn<(section: ConnectionSection) => void>();
    const user = userEvent.setup();
    renderWithProvider(<BareNav defaultSection="tickets" onSectionChange={onSectionChange} />);
    expect(screen.getByRole('tab', { name: 'Tickets' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Invoices' }));
    expect(onSectionChange).toHaveBeenCalledWith('invoices');
    expect(screen.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
    // The section already shown is no change.
    await user.click(screen.getByRole('tab', { name: 'Invoices' }));
    expect(onSectionChange).toHaveBeenCalledTimes(1);
  });

  it('follows the host when controlled', async () => {
    const onSectionChange = vi.fn<(section: ConnectionSection) => void>();
    const user = userEvent.setup();
    renderWithProvider(<BareNav section="wallet" onSectionChange={onSectionChange} />);
    await user.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(onSectionChange).toHaveBeenCalledWith('plan');
    // The host did not change `section`, so Wallet stays selected.
    expect(screen.getByRole('tab', { name: 'Wallet' })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves with arrow keys, Home and End, one tab stop (WAI-ARIA tabs)', async () => {
    const user = userEvent.setup();
    renderWithProvider(
      <>
        <RadixNav />
        <button type="button">After the menu</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Add-Ons' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After the menu' })).toHaveFocus();
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: badges and the Submit Ticket switch, from the hook alone
// -------------------------------------------------------------------------------------------------

/** A host's menu with the hook's badges: the count shown, the words in the tab's name. */
function BadgedNav() {
  const nav = useConnectionNav();
  return (
    <div role="tablist" aria-label={nav.label}>
      {nav.items.map((item) => (
        <button key={item.section} type="button" role="tab" aria-label={item.accessibleName}>
          {item.label}
          {item.badge && <span aria-hidden="true">{item.badge.count}</span>}
        </button>
      ))}
    </div>
  );
}

describe('ConnectionNav parity: badges and switches (issue 11)', () => {
  it('gives Tickets and Invoices their attention counts, in words for the accessible name', async () => {
    const summary = attentionOf(db.scope(TEST_ORG_ID, 'revampd'), MOCK_NOW);
    renderWithProvider(<BadgedNav />);
    expect(
      await screen.findByRole('tab', {
        name: `Tickets, ${summary.ticketsAwaitingCustomer} awaiting your reply`,
      }),
    ).toHaveTextContent(`Tickets${summary.ticketsAwaitingCustomer}`);
    expect(
      screen.getByRole('tab', { name: `Invoices, ${summary.openInvoices.count} open` }),
    ).toBeInTheDocument();
  });

  it('leaves Submit Ticket out when ticket submission is switched off', () => {
    renderWithProvider(<BareNav />, { features: { submitTickets: false } });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(
      SEED_ORDER.filter((label) => label !== 'Submit Ticket'),
    );
  });
});
