/**
 * Right-to-left (issue 5, item 2): the portal with `dir="rtl"` in real Chromium mirrors
 * its layout: the menu on the right, text from the right, the active tab's accent on the
 * inline-start side, nothing wider than the page, and no axe violations.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { formatMessage } from '../../src/i18n/messages';
import { ar } from '../../src/locales/ar';
import { renderWithProvider } from '../render';
import { axeViolations, useMockWorker } from './support';

useMockWorker();

// Wide enough for the side-by-side layout (narrow hosts stack the menu on top).
beforeAll(() => page.viewport(1200, 900));
afterAll(() => page.viewport(414, 896));

const RTL = { dir: 'rtl', locale: 'ar-EG', timeZone: 'Africa/Cairo' } as const;

function box(element: Element | null): DOMRect {
  if (!element) throw new Error('element missing');
  return element.getBoundingClientRect();
}

/** The rectangle of an element's text itself, not of its box. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Elements inside `root` whose content is wider than their box without scrolling for it. */
function overflowing(root: Element): string[] {
  const offenders: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    // Screen-reader-only text is clipped to 1px on purpose.
    if (element.closest('.rvp-visually-hidden')) continue;
    const style = getComputedStyle(element);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
      offenders.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    }
  }
  return offenders;
}

async function openSection(label: string) {
  // Tickets and Invoices carry an attention count after their label ("Tickets, 2 …").
  const name = new RegExp(`^${label}( ?,|$)`);
  await userEvent.click(screen.getByRole('tab', { name }));
  await waitFor(() => expect(screen.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true'));
}

describe('ConnectionPortal with dir="rtl"', () => {
  it('puts the menu on the right of the panel, text from the right, the accent on the start side', async () => {
    const { container } = renderWithProvider(<ConnectionPortal />, RTL);
    const heading = await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const nav = screen.getByRole('tablist');
    const panel = screen.getByRole('tabpanel');
    expect(getComputedStyle(nav).direction).toBe('rtl');
    expect(box(nav).left).toBeGreaterThan(box(panel).left);
    expect(box(nav).right).toBeGreaterThan(box(panel).right);

    // Text starts at the right edge of its box.
    const plan = screen.getByRole('tab', { name: 'Plan' });
    const planStyle = getComputedStyle(plan);
    const contentRight =
      box(plan).right - parseFloat(planStyle.borderRightWidth) - parseFloat(planStyle.paddingRight);
    expect(Math.abs(textBox(plan).right - contentRight)).toBeLessThan(2);
    expect(Math.abs(textBox(heading).right - box(heading).right)).toBeLessThan(
      2 + parseFloat(getComputedStyle(heading).paddingRight),
    );

    // The active tab's accent is on its right (inline-start in RTL), none on its left.
    expect(planStyle.borderRightWidth).toBe('3px');
    expect(planStyle.borderRightColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(planStyle.borderLeftWidth).toBe('0px');
    const inactive = getComputedStyle(screen.getByRole('tab', { name: 'Wallet' }));
    expect(inactive.borderRightColor).toBe('rgba(0, 0, 0, 0)');

    expect(overflowing(container)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it.each([
    ['Plan', 'Revampd Access Managed by Your Partner'],
    ['Tickets', 'Tickets'],
    ['Submit Ticket', 'Submit Ticket'],
    ['Invoices', 'Invoices'],
    ['Wallet', 'Wallet'],
    ['Affiliate Payouts', 'Affiliate Payouts'],
    ['Add-Ons', 'Add-Ons'],
  ])('%s: nothing overflows sideways and axe finds no violations', async (tab, headingName) => {
    const { container } = renderWithProvider(<ConnectionPortal />, RTL);
    await openSection(tab);
    const panel = screen.getByRole('tabpanel');
    await within(panel).findByRole('heading', { level: 2, name: headingName });
    // Let the section's data arrive, so the full content is measured.
    await waitFor(() => expect(panel.querySelector('[aria-busy="true"]')).toBeNull());
    expect(overflowing(container)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('stacks the menu on top on a narrow host and still fits', async () => {
    await page.viewport(414, 896);
    try {
      const { container } = renderWithProvider(<ConnectionPortal />, RTL);
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
      expect(box(screen.getByRole('tablist')).bottom).toBeLessThanOrEqual(
        box(screen.getByRole('tabpanel')).top,
      );
      // The first tab sits at the right end of the scrolling menu.
      const nav = screen.getByRole('tablist');
      expect(box(screen.getByRole('tab', { name: 'Plan' })).right).toBeGreaterThan(box(nav).right - 24);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      expect(overflowing(container)).toEqual([]);
    } finally {
      await page.viewport(1200, 900);
    }
  });
});

describe('ConnectionPortal in Arabic', () => {
  it('lays the Arabic menu out to the right of the panel, and axe finds no violations', async () => {
    const { container } = renderWithProvider(<ConnectionPortal />, {
      ...RTL,
      locale: 'ar',
      baseMessages: ar,
    });
    const panel = screen.getByRole('tabpanel');
    await within(panel).findByRole('heading', {
      name: formatMessage(ar.plan.managedHeading, { brandName: ar.brandName }),
    });
    await waitFor(() => expect(panel.querySelector('[aria-busy="true"]')).toBeNull());
    const nav = screen.getByRole('tablist', {
      name: formatMessage(ar.nav.label, { brandName: ar.brandName }),
    });
    expect(nav.closest('[lang]')).toHaveAttribute('lang', 'ar');
    expect(getComputedStyle(nav).direction).toBe('rtl');
    // Side by side, the menu wholly on the right: it starts where the panel ends.
    expect(box(nav).left).toBeGreaterThanOrEqual(box(panel).right - 1);
    // The menu reads top to bottom in Arabic too, Plan first.
    const [first, second] = screen.getAllByRole('tab');
    expect(first).toHaveAccessibleName(ar.nav.plan);
    expect(box(first ?? null).top).toBeLessThan(box(second ?? null).top);
    expect(overflowing(container)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('a page that is right-to-left on its own', () => {
  it('mirrors the portal without the provider being told, and the Back arrow points right', async () => {
    const host = document.createElement('div');
    host.dir = 'rtl';
    document.body.append(host);
    try {
      renderWithProvider(
        <ConnectionPortal defaultSection="tickets" />,
        { locale: 'ar-EG' },
        { container: host },
      );
      const nav = screen.getByRole('tablist');
      await waitFor(() => expect(box(nav).left).toBeGreaterThan(box(screen.getByRole('tabpanel')).left));
      const [row] = await screen.findAllByRole('button', { name: /, Ticket #\d+$/ });
      if (!row) throw new Error('no tickets');
      await userEvent.click(row);
      const back = await screen.findByRole('button', { name: /Back to tickets/ });
      const arrow = back.querySelector('[aria-hidden="true"]');
      expect(arrow).not.toBeNull();
      // Mirrored: a horizontal flip, so ← reads as → .
      expect(getComputedStyle(arrow as Element).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    } finally {
      host.remove();
    }
  });
});
