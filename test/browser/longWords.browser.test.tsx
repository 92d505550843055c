/**
 * faults.md 23 and issue 9: very long unbroken strings from the API (an add-on's name, an
 * invoice's description, a wallet transaction's description, the Partner's name) stay
 * inside the widget in real Chromium: the widget is never wider than its container and
 * the page never scrolls sideways. A wide table may scroll inside its own scroll box.
 */
import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { AddOnsTable, InvoicesTable, PlanManagedNotice, WalletCard } from '../../src';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { useMockWorker } from './support';

useMockWorker();

const UNBROKEN = 'W'.repeat(400);
const WIDTH = 360;

function scope() {
  return db.scope(TEST_ORG_ID, 'revampd');
}

const CASES: [string, () => void, () => ReactElement, () => Promise<unknown>][] = [
  [
    'AddOnsTable, an add-on name',
    () => {
      const [first, ...rest] = scope().addOns;
      if (first) scope().addOns = [{ ...first, name: UNBROKEN }, ...rest];
    },
    () => <AddOnsTable />,
    () => screen.findByText(UNBROKEN),
  ],
  [
    'InvoicesTable, an invoice number',
    () => {
      const [first, ...rest] = scope().invoices;
      if (first) scope().invoices = [{ ...first, number: UNBROKEN }, ...rest];
    },
    () => <InvoicesTable />,
    () => screen.findByText(UNBROKEN),
  ],
  [
    'WalletCard, a transaction description',
    () => {
      const [first, ...rest] = scope().walletTransactions;
      if (first) scope().walletTransactions = [{ ...first, description: UNBROKEN }, ...rest];
    },
    () => <WalletCard />,
    () => screen.findByText(UNBROKEN),
  ],
  [
    'PlanManagedNotice, the Partner name',
    () => {
      const plan = scope().plan;
      if (plan.managedBy === 'partner')
        scope().plan = { ...plan, partner: { ...plan.partner, name: UNBROKEN } };
    },
    () => <PlanManagedNotice />,
    () => screen.findByText(UNBROKEN),
  ],
];

describe(`long unbroken API text in a ${WIDTH} px container`, () => {
  it.each(CASES)('%s stays inside the widget', async (_name, seed, widget, ready) => {
    seed();
    const { container } = renderWithProvider(<div style={{ inlineSize: `${WIDTH}px` }}>{widget()}</div>);
    await ready();
    const frame = container.firstElementChild as HTMLElement;
    const root = frame.firstElementChild as HTMLElement;
    await waitFor(() => expect(root.getAttribute('aria-busy')).toBeNull());
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(WIDTH + 0.5);
    expect(frame.scrollWidth).toBeLessThanOrEqual(WIDTH + 1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });
});
