/**
 * WalletCard in real Chromium: zero axe violations in every state, light and dark (colour
 * contrast is only decided by a real layout and real CSS).
 */
import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import type { HttpHandler } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { worker } from '../../mocks/browser';
import { db } from '../../mocks/handlers';
import { setWalletBalance } from '../../mocks/db';
import { failWith, noAccess, walletTransactionsEmpty } from '../../mocks/scenarios';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { renderWithProvider, TEST_ORG_ID } from '../render';

beforeAll(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
});
afterEach(() => {
  worker.resetHandlers();
  db.reset();
});
afterAll(() => worker.stop());

/** Violations as `rule: selectors`, so a failure says what to fix. */
async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''} ${node.html}`).join(', ')}`,
  );
}

const STATES: [string, () => HttpHandler[], () => Promise<unknown>][] = [
  ['default', () => [], () => screen.findByRole('table', { name: 'Recent transactions' })],
  [
    'negative balance',
    () => {
      setWalletBalance(db.scope(TEST_ORG_ID, 'revampd'), -2_540);
      return [];
    },
    () => screen.findByRole('note'),
  ],
  ['empty transactions', () => walletTransactionsEmpty(), () => screen.findByText('No transactions yet.')],
  ['error', () => failWith('wallet', 500), () => screen.findByRole('alert')],
  ['no access', () => noAccess('wallet'), () => screen.findByText('No access')],
];

describe.each(['light', 'dark'] as const)('WalletCard in %s', (colorScheme) => {
  it.each(STATES)('%s: no axe violations', async (_name, scenario, ready) => {
    worker.use(...scenario());
    const { container } = renderWithProvider(<WalletCard onNavigate={() => undefined} />, {
      appearance: { colorScheme },
    });
    await ready();
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    expect(await axeViolations(container)).toEqual([]);
  });
});
