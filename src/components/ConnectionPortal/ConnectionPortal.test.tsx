import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    await userEvent.click(screen.getByRole('tab', { name: 'Tickets' }));
    expect(screen.getByRole('tab', { name: 'Tickets' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is controllable by a host router', async () => {
    const sections: string[] = [];
    renderWithProvider(
      <ConnectionPortal section="invoices" onSectionChange={(section) => sections.push(section)} />,
    );
    expect(screen.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(sections).toEqual(['plan']);
    expect(screen.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
  });

  it('leaves hidden sections out', () => {
    renderWithProvider(<ConnectionPortal hiddenSections={['payouts', 'wallet']} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).not.toContain('Wallet');
    expect(screen.getAllByRole('tab')).toHaveLength(5);
  });
});
