import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { vi } from 'vitest';
import { renderWithProvider } from '../../../test/render';
import { ConnectionNav } from './ConnectionNav';

const SEED_ORDER = ['Plan', 'Add-Ons', 'Tickets', 'Submit Ticket', 'Invoices', 'Wallet', 'Affiliate Payouts'];

describe('ConnectionNav', () => {
  it('lists the seven sections in the seed order as vertical tabs', () => {
    renderWithProvider(<ConnectionNav />);
    const list = screen.getByRole('tablist', { name: 'Revampd connection' });
    expect(list).toHaveAttribute('aria-orientation', 'vertical');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(SEED_ORDER);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is uncontrolled by default and reports changes', async () => {
    const onSectionChange = vi.fn();
    renderWithProvider(<ConnectionNav defaultSection="tickets" onSectionChange={onSectionChange} />);
    expect(screen.getByRole('tab', { name: 'Tickets' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Invoices' }));
    expect(onSectionChange).toHaveBeenCalledWith('invoices');
    expect(screen.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the host when controlled', async () => {
    const onSectionChange = vi.fn();
    renderWithProvider(<ConnectionNav section="wallet" onSectionChange={onSectionChange} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(onSectionChange).toHaveBeenCalledWith('plan');
    // The host did not change `section`, so Wallet stays selected.
    expect(screen.getByRole('tab', { name: 'Wallet' })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves with arrow keys, Home and End (WAI-ARIA tabs)', async () => {
    renderWithProvider(<ConnectionNav />);
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Add-Ons' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveFocus();
  });

  it('points aria-controls only at panels the host names', () => {
    const { unmount } = renderWithProvider(<ConnectionNav />);
    expect(screen.getByRole('tab', { name: 'Plan' })).not.toHaveAttribute('aria-controls');
    unmount();
    renderWithProvider(<ConnectionNav getPanelId={(section) => `panel-${section}`} />);
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-controls', 'panel-plan');
  });

  it("on its own, follows the provider's right-to-left direction (Radix would force ltr)", () => {
    renderWithProvider(<ConnectionNav />, { dir: 'rtl' });
    expect(screen.getByRole('tablist').closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it('uses the messages for labels', () => {
    renderWithProvider(<ConnectionNav />, { messages: { nav: { wallet: 'Crédits' } } });
    expect(screen.getByRole('tab', { name: 'Crédits' })).toBeInTheDocument();
  });

  it('forwards its ref to the tab list and spreads id, aria-* and data-* on it', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProvider(
      <ConnectionNav
        ref={ref}
        id="host-nav"
        aria-describedby="host-note"
        data-testid="nav"
        className="host"
      />,
    );
    const list = screen.getByRole('tablist', { name: 'Revampd connection' });
    expect(ref.current).toBe(list);
    expect(list).toBe(screen.getByTestId('nav'));
    expect(list).toHaveAttribute('id', 'host-nav');
    expect(list).toHaveAttribute('aria-describedby', 'host-note');
    expect(list).toHaveClass('rvp-ConnectionNav', 'host');
  });

  it('throws a clear error outside RevampdProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<ConnectionNav />)).toThrow(/inside <RevampdProvider>/);
  });
});
