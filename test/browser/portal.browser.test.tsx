/**
 * The portal, nav and plan notice in real Chromium: keyboard-only use, axe in light and
 * dark, the cascade layer (a host's plain CSS wins), and the theme variables.
 */
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { PlanManagedNotice } from '../../src/components/PlanManagedNotice/PlanManagedNotice';
import { renderWithProvider } from '../render';
import { attentionClear } from '../../mocks/scenarios';
import { axeViolations, useMockWorker, worker } from './support';

useMockWorker();

describe('ConnectionPortal in Chromium', () => {
  it('is usable with the keyboard alone: Tab into the menu, arrows between sections, Tab into the panel', async () => {
    // Nothing needs attention, so the first Tab stop is the menu (alerts come before it).
    worker.use(...attentionClear());
    renderWithProvider(<ConnectionPortal />);
    await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Affiliate Payouts' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    // Tab leaves the tab list for the active panel (roving tabindex: one stop for the list).
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
  });

  it('shows a visible focus ring on the focused tab', async () => {
    // Without alerts the tab list is the first stop (alerts come first when there are some).
    worker.use(...attentionClear());
    renderWithProvider(<ConnectionPortal />);
    await userEvent.keyboard('{Tab}');
    const focused = screen.getByRole('tab', { name: 'Plan' });
    expect(getComputedStyle(focused).boxShadow).not.toBe('none');
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s', async (colorScheme) => {
    const { container } = renderWithProvider(<ConnectionPortal />, { appearance: { colorScheme } });
    await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('puts its styles in @layer rvp, so a host rule wins without !important', async () => {
    const hostRule = document.createElement('style');
    hostRule.textContent = '.rvp-PlanManagedNotice { border-inline-start-color: rgb(255, 0, 0); }';
    document.head.append(hostRule);
    try {
      renderWithProvider(<PlanManagedNotice />);
      const heading = await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
      const section = heading.closest('section');
      expect(section).not.toBeNull();
      expect(getComputedStyle(section as Element).borderInlineStartColor).toBe('rgb(255, 0, 0)');
    } finally {
      hostRule.remove();
    }
  });

  it('maps appearance variables to --rvp-* custom properties that the widgets use', async () => {
    renderWithProvider(<PlanManagedNotice />, {
      appearance: { variables: { colorPrimary: 'rgb(1, 2, 3)', borderRadius: '3px', fontFamily: 'serif' } },
    });
    const heading = await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const section = heading.closest('section') as HTMLElement;
    await waitFor(() => expect(getComputedStyle(section).borderInlineStartColor).toBe('rgb(1, 2, 3)'));
    expect(getComputedStyle(section).borderTopLeftRadius).toBe('3px');
    expect(getComputedStyle(section).fontFamily).toBe('serif');
    // Set through the CSSOM, not a style attribute in markup (strict CSP).
    expect(document.querySelector('.rvp-root')?.getAttribute('style') ?? '').toContain('--rvp-color-primary');
  });

  it('follows the system scheme when colorScheme is "system"', async () => {
    renderWithProvider(<PlanManagedNotice />, { appearance: { colorScheme: 'system' } });
    await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const root = document.querySelector('.rvp-root') as HTMLElement;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(getComputedStyle(root).getPropertyValue('--rvp-color-background').trim()).toBe(
      dark ? '#0d1117' : '#ffffff',
    );
  });
});
