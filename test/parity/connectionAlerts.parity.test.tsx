/**
 * Headless parity (issue 11): ConnectionAlerts' key behaviours on a bare list built from
 * `useConnectionAlerts` alone — most urgent first, each with its section and words, and
 * nothing at all when all is well; `useAttention` gives a host its own menu badges.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setWalletBalance } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { attentionClear } from '../../mocks/scenarios';
import { useAttention, useConnectionAlerts, type ConnectionSection } from '../../src/headless';
import { renderWithProvider, TEST_ORG_ID } from '../render';

/** The alerts as a host would write them: a list of links to its own routes. */
function BareAlerts() {
  const { alerts } = useConnectionAlerts();
  if (alerts.length === 0) return null;
  return (
    <ul aria-label="Alerts">
      {alerts.map((alert) => (
        <li key={alert.kind}>
          <a href={`#${alert.section satisfies ConnectionSection}`}>{alert.text}</a>
        </li>
      ))}
    </ul>
  );
}

/** A host's own menu badge, from the same query. */
function HostBadge() {
  const { data } = useAttention();
  return <span aria-label="Support badge">{data ? data.ticketsAwaitingCustomer : ''}</span>;
}

const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

describe('ConnectionAlerts parity: a bare list over useConnectionAlerts', () => {
  it('lists overdue invoices, the shortfall, awaited replies and failed payouts, most urgent first', async () => {
    const scope = db.scope(TEST_ORG_ID, 'revampd');
    const open = scope.invoices.filter((invoice) => invoice.status === 'open');
    const due = open.reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
    setWalletBalance(scope, due - 1_000);
    renderWithProvider(<BareAlerts />);
    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#invoices',
      '#wallet',
      '#tickets',
      '#payouts',
    ]);
    expect(links[0]).toHaveTextContent(/^\d+ overdue invoices?: \$[\d,.]+ due$/);
    expect(links[1]).toHaveTextContent(`Your wallet is ${usd(1_000)} short of your open invoices`);
    expect(links[2]).toHaveTextContent(/^\d+ tickets? awaits? your reply$/);
    expect(links[3]).toHaveTextContent(/^\d+ payouts? failed in the last 90 days$/);
  });

  it('renders nothing when all is well', async () => {
    server.use(...attentionClear());
    const { container } = renderWithProvider(
      <>
        <BareAlerts />
        <HostBadge />
      </>,
    );
    await waitFor(() => expect(screen.getByLabelText('Support badge')).toHaveTextContent('0'));
    expect(container.querySelector('ul')).toBeNull();
  });
});
