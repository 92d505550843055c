/**
 * Issue 11 in real Chromium: the ledger, the alerts, the filters (with their errors and
 * "no results"), a failed payout's reason and the menu's badges have zero axe violations,
 * light and dark, and stay inside a 320 px container (colour contrast and overflow are only
 * decided by a real layout and real CSS).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { setWalletBalance } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { ConnectionAlerts } from '../../src/components/ConnectionAlerts/ConnectionAlerts';
import { ConnectionNav } from '../../src/components/ConnectionNav/ConnectionNav';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { WalletTransactionsTable } from '../../src/components/WalletTransactionsTable/WalletTransactionsTable';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { axeViolations, useMockWorker } from './support';

useMockWorker();

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** The wallet short of the open invoices, so every alert and the short line show. */
function walletShort(): void {
  const due = scope()
    .invoices.filter((invoice) => invoice.status === 'open')
    .reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
  setWalletBalance(scope(), due - 3_000);
}

const rowsShown = (name: string) =>
  waitFor(() =>
    expect(within(screen.getByRole('table', { name })).getAllByRole('rowheader').length).toBeGreaterThan(0),
  );

const CASES: [string, () => ReactElement, () => Promise<unknown>][] = [
  [
    'WalletTransactionsTable with links',
    () => <WalletTransactionsTable onNavigate={() => undefined} />,
    () => rowsShown('Transactions'),
  ],
  [
    'WalletTransactionsTable, "To" before "From"',
    () => <WalletTransactionsTable />,
    async () => {
      await rowsShown('Transactions');
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-31' } });
      fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-01' } });
      await screen.findByRole('alert');
    },
  ],
  [
    'WalletTransactionsTable, no results',
    () => <WalletTransactionsTable />,
    async () => {
      await rowsShown('Transactions');
      fireEvent.change(screen.getByLabelText('To'), { target: { value: '2001-01-01' } });
      await screen.findByText('No transactions match these filters.');
    },
  ],
  [
    'ConnectionAlerts, every alert',
    () => <ConnectionAlerts onNavigate={() => undefined} />,
    () => {
      walletShort();
      return screen.findByRole('region', { name: 'Needs your attention' });
    },
  ],
  [
    'WalletCard, short of the open invoices',
    () => <WalletCard onViewAllTransactions={() => undefined} />,
    () => {
      walletShort();
      return screen.findByText(/short of your open invoices$/);
    },
  ],
  [
    'InvoicesTable, overdue and total due',
    () => <InvoicesTable />,
    async () => {
      await rowsShown('Invoices');
      await screen.findAllByText('Overdue');
      await screen.findByText('Total due');
    },
  ],
  [
    'InvoicesTable, a search too long',
    () => <InvoicesTable />,
    async () => {
      await rowsShown('Invoices');
      const user = userEvent.setup();
      await user.click(screen.getByRole('searchbox', { name: 'Search invoices' }));
      await user.paste('x'.repeat(120));
      await user.click(screen.getByRole('button', { name: 'Search' }));
      await screen.findByRole('alert');
    },
  ],
  [
    'InvoicesTable, no results for a search',
    () => <InvoicesTable />,
    async () => {
      await rowsShown('Invoices');
      const user = userEvent.setup();
      await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'nothing{Enter}');
      await screen.findByText('No invoices match “nothing”.');
    },
  ],
  [
    'PayoutHistoryTable, a failed payout’s reason',
    () => <PayoutHistoryTable />,
    async () => {
      await rowsShown('Payout history');
      await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failed');
      await screen.findAllByText(/^Why it failed:/);
    },
  ],
  [
    'ConnectionNav with badges',
    () => <ConnectionNav />,
    // A real layout may put a space before the comma (the words are hidden text): inaudible.
    () => screen.findByRole('tab', { name: /^Tickets ?, \d+ awaiting your reply$/ }),
  ],
];

describe.each(['light', 'dark'] as const)('money in depth, %s', (colorScheme) => {
  it.each(CASES)('%s: no axe violations', async (_name, widget, ready) => {
    const { container } = renderWithProvider(widget(), { appearance: { colorScheme } });
    await ready();
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('money in depth in a 320 px container', () => {
  const WIDTH = 320;
  it.each(CASES)('%s stays inside it', async (_name, widget, ready) => {
    const { container } = renderWithProvider(<div style={{ inlineSize: `${WIDTH}px` }}>{widget()}</div>);
    await ready();
    const frame = container.querySelector('.rvp-root > div') as HTMLElement;
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    for (const child of frame.children) {
      expect(child.getBoundingClientRect().width).toBeLessThanOrEqual(WIDTH + 0.5);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });
});

describe('the read-only Partner portal in Chromium', () => {
  it('has no axe violations and no action, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const view = renderWithProvider(<ConnectionPortal defaultSection="wallet" />, {
        appearance: { colorScheme },
        features: {
          buyAddOns: false,
          cancelAddOns: false,
          payInvoices: false,
          submitTickets: false,
          replyToTickets: false,
          changeTicketStatus: false,
          attachFiles: false,
          exportCsv: false,
        },
      });
      await rowsShown('Transactions');
      await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
      expect(screen.queryByRole('button', { name: /^(Export CSV|Pay with wallet|Cancel)/ })).toBeNull();
      expect(await axeViolations(view.container)).toEqual([]);
      view.unmount();
    }
  });
});

describe('the alerts in the portal’s keyboard order', () => {
  it('come first: Tab reaches the first alert’s link, then the menu', async () => {
    renderWithProvider(<ConnectionPortal />);
    const alerts = await screen.findByRole('region', { name: 'Needs your attention' });
    const links = within(alerts).getAllByRole('button');
    const user = userEvent.setup();
    await user.tab();
    expect(links[0]).toHaveFocus();
    for (let index = 1; index < links.length; index += 1) await user.tab();
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
  });
});
