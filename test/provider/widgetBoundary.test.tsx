/**
 * faults.md 36: a widget that throws while rendering shows its own error with Retry; the
 * other widgets and the host page keep working, and the host's `onError` is told (kind
 * `render`, nothing of the thrown value).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RevampdError } from '../../src/api/errors';
import { enUS, PayoutSummary, PlanManagedNotice, WalletCard } from '../../src';
import { renderWithProvider } from '../render';
import { expectConsole } from '../setup/console';

describe('faults.md 36: a widget that throws while rendering', () => {
  it('shows that widget alone as failed, tells onError, and Retry renders it again', async () => {
    // React reports the caught error on the console; nothing else may be logged.
    expectConsole(/Objects are not valid as a React child|The above error occurred|WalletCard/);
    const reported: RevampdError[] = [];
    // A host bug: a hand-made locale (`baseMessages` is taken as it is) with an object where
    // the wallet's heading should be. Only WalletCard renders that message.
    const broken = { ...enUS, wallet: { ...enUS.wallet, heading: { text: 'Wallet' } as unknown as string } };
    const view = renderWithProvider(
      <main>
        <h1>Host page</h1>
        <PlanManagedNotice />
        <WalletCard />
        <PayoutSummary />
      </main>,
      { baseMessages: broken, onError: (error) => reported.push(error) },
    );

    expect(
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Affiliate Payouts' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part of the page could not be shown.');
    expect(alert.closest('.rvp-WalletCard')).toHaveAttribute('data-state', 'error');

    await waitFor(() => expect(reported.some((error) => error.kind === 'render')).toBe(true));
    const renderError = reported.find((error) => error.kind === 'render');
    expect(renderError?.code).toBe('render:WalletCard');
    expect(JSON.stringify({ ...renderError, message: renderError?.message })).not.toMatch(
      /React child|toString/,
    );

    view.rerenderWith({ baseMessages: enUS });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Wallet' })).toBeVisible();
  });
});
