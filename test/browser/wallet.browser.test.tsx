/**
 * WalletCard in real Chromium: zero axe violations in every state, light and dark (colour
 * contrast is only decided by a real layout and real CSS).
 */
import { screen, waitFor } from '@testing-library/react';
import type { HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { axeViolations, useMockWorker, worker } from './support';
import { db } from '../../mocks/handlers';
import { setWalletBalance } from '../../mocks/db';
import { failWith, noAccess, walletTransactionsEmpty } from '../../mocks/scenarios';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { renderWithProvider, TEST_ORG_ID } from '../render';

useMockWorker();

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
