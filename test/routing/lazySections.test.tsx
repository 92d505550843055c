/**
 * Sections load on demand (issue 14, item 1): Plan is part of the portal's own code; every
 * other section's code is fetched when its tab is hovered, focused or picked. While it
 * arrives the panel shows the loading state; when it cannot be fetched (a deploy replaced
 * the chunks, the network dropped) the panel says so with "Try again", which fetches it
 * afresh, and the rest of the portal keeps working.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { createWrapper, renderWithProvider } from '../render';
import { expectConsole } from '../setup/console';

const chunk = vi.hoisted(() => ({ failuresLeft: 0, payoutsImports: 0 }));

// The Invoices section's module, as the bundler's chunk: counted, and made to fail on demand.
vi.mock('../../src/components/ConnectionPortal/sections/invoices', async (importOriginal) => {
  if (chunk.failuresLeft > 0) {
    chunk.failuresLeft -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

// The Affiliate Payouts section's module: counted, to see when its load starts.
vi.mock('../../src/components/ConnectionPortal/sections/payouts', async (importOriginal) => {
  chunk.payoutsImports += 1;
  return importOriginal();
});

describe('ConnectionPortal sections on demand', () => {
  it('cannot load a section’s code: the panel offers "Try again", which loads it afresh', async () => {
    const user = userEvent.setup();
    chunk.failuresLeft = 1;
    // React reports an error its boundary caught; here the boundary is the panel's own.
    expectConsole(/error boundary you provided, SectionLoadBoundary|error when mocking a module/);
    // Moved by the host (no hover or focus first, which would start the load early).
    const { rerender } = render(<ConnectionPortal location={{ section: 'plan' }} />, {
      wrapper: createWrapper(),
    });
    rerender(<ConnectionPortal location={{ section: 'invoices' }} />);
    const panel = screen.getByRole('tabpanel');
    const retry = await within(panel).findByRole('button', { name: 'Try again' });
    expect(within(panel).getByText(/connection/i)).toBeInTheDocument();
    // The rest of the portal keeps working.
    expect(screen.getByRole('tab', { name: 'Plan' })).toBeEnabled();

    await user.click(retry);
    expect(await screen.findByRole('table', { name: 'Invoices' })).toBeInTheDocument();
    expect(within(screen.getByRole('tabpanel')).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('starts loading a section when its tab is hovered, before it is picked', async () => {
    renderWithProvider(<ConnectionPortal />);
    expect(await screen.findByRole('heading', { level: 2, name: /managed by your partner/i })).toBeVisible();
    expect(chunk.payoutsImports).toBe(0);
    fireEvent.pointerOver(screen.getByRole('tab', { name: 'Affiliate Payouts' }));
    await waitFor(() => expect(chunk.payoutsImports).toBe(1));
    // Still on Plan: hovering loads code, it does not move the portal.
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });
});
