/**
 * Issue 13, item 1: the widgets follow their container, not the viewport. The portal is
 * rendered inside a box 320, 480, 768 and 1280 px wide on a wide screen (so a viewport
 * media query would pick the wrong layout), and every section is visited. In each: nothing
 * is wider than its box, no control sits outside it, no text is cut off, and the page never
 * scrolls sideways. Below a table's breakpoint its rows are cards whose values keep their
 * column's labels, and a table that still does not fit (German) is cards too; the dialogs
 * fit a 320 px screen; axe finds nothing at 320 px.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevampdProviderProps } from '../../src/headless';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { deDE } from '../../src/locales/de-DE';
import { renderWithProvider } from '../render';
import { axeViolations, useMockWorker } from './support';

useMockWorker();

// A wide screen, wider than every container below: the layout must come from the box.
beforeAll(() => page.viewport(1366, 900));
afterAll(() => page.viewport(414, 896));

const WIDTHS = [320, 480, 768, 1280] as const;

/** Each section: its name in messages, and how its tab is found (badges add words). */
const SECTIONS: readonly (readonly [string, string | RegExp])[] = [
  ['Plan', 'Plan'],
  ['Add-Ons', 'Add-Ons'],
  ['Tickets', /^Tickets\b/],
  ['Submit Ticket', 'Submit Ticket'],
  ['Invoices', /^Invoices\b/],
  ['Wallet', 'Wallet'],
  ['Affiliate Payouts', 'Affiliate Payouts'],
];

/** The same sections in German, whose words are longer than English ones. */
const GERMAN_SECTIONS: readonly (readonly [string, string | RegExp])[] = [
  ['Tarif', 'Tarif'],
  ['Zusatzoptionen', 'Zusatzoptionen'],
  ['Tickets', /^Tickets\b/],
  ['Ticket erstellen', 'Ticket erstellen'],
  ['Rechnungen', /^Rechnungen\b/],
  ['Guthabenkonto', 'Guthabenkonto'],
  ['Affiliate-Auszahlungen', 'Affiliate-Auszahlungen'],
];
const GERMAN = { locale: 'de-DE', timeZone: 'Europe/Berlin', baseMessages: deDE } as const;

// Sub-pixel rounding of fractional widths.
const SLACK = 1;

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

/** Renders the portal inside a box `width` px wide; returns the box. */
function renderInBox(width: number, provider: Partial<RevampdProviderProps> = {}) {
  renderWithProvider(
    <div data-testid="container" style={{ inlineSize: `${width}px` }}>
      <ConnectionPortal />
    </div>,
    provider,
  );
  return screen.getByTestId('container');
}

/** Opens a section by its tab and waits until its panel has loaded. */
async function visit(tabName: string | RegExp): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('tab', { name: tabName }));
  const panel = screen.getByRole('tabpanel');
  await waitFor(() => {
    expect(panel.childElementCount).toBeGreaterThan(0);
    // Skeletons and first loads mark themselves; nothing may still be loading.
    expect(panel.querySelector('[data-state="loading"], [aria-busy="true"]')).toBeNull();
  });
  return panel;
}

/** A screen-reader-only helper: a 1 px box clipped on purpose. */
function isVisuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

/** `"<tag> <text>"` of an element, so a failure says which one. */
function describeElement(element: Element): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.tagName.toLowerCase()}> "${text}"`;
}

/** The portal's root, its parts (alerts, menu, panel) and the panel's widgets. */
function widgetRoots(container: HTMLElement, panel: HTMLElement): HTMLElement[] {
  const portal = container.firstElementChild;
  if (!(portal instanceof HTMLElement)) throw new Error('no portal in the container');
  const parts = [...portal.children].filter((part) => !(part as HTMLElement).hidden);
  return [portal, ...parts, ...panel.children].filter(
    (element): element is HTMLElement => element instanceof HTMLElement,
  );
}

/** Elements that clip or scroll their content and yet have more than they show. */
function clippedElements(root: HTMLElement): string[] {
  const clipped: string[] = [];
  for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = getComputedStyle(element);
    if (style.overflowX === 'visible' || isVisuallyHidden(element)) continue;
    // Hidden or clipped cuts text off; auto or scroll would make a person scroll sideways.
    if (element.scrollWidth > element.clientWidth + SLACK) {
      clipped.push(`${describeElement(element)}: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  return clipped;
}

/** Controls whose box is not entirely inside the container's box. */
function controlsOutside(container: HTMLElement, scope: HTMLElement): string[] {
  const bounds = container.getBoundingClientRect();
  const controls = [
    ...within(scope).queryAllByRole('button'),
    ...within(scope).queryAllByRole('link'),
    ...within(scope).queryAllByRole('tab'),
  ];
  return controls
    .filter((control) => !isVisuallyHidden(control))
    .filter((control) => {
      const box = control.getBoundingClientRect();
      return box.left < bounds.left - SLACK || box.right > bounds.right + SLACK;
    })
    .map(describeElement);
}

/** Nothing wider than its box, no control outside the container, no text cut off. */
function expectToFit(container: HTMLElement, panel: HTMLElement) {
  for (const root of [container, ...widgetRoots(container, panel)]) {
    expect
      .soft(root.scrollWidth, `${describeElement(root)} scrolls sideways`)
      .toBeLessThanOrEqual(root.clientWidth + SLACK);
  }
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  // The whole menu is in sight (no tab clipped or scrolled away), and every control of the
  // section is inside the container.
  expect(controlsOutside(container, screen.getByRole('tablist'))).toEqual([]);
  expect(controlsOutside(container, panel)).toEqual([]);
  expect(clippedElements(container)).toEqual([]);
}

// -------------------------------------------------------------------------------------------------
// Every section at every width
// -------------------------------------------------------------------------------------------------

describe.each(WIDTHS)('the portal in a %i px container', (width) => {
  it.each(SECTIONS)('%s fits: nothing wider, no control outside, no text cut off', async (_name, tab) => {
    const container = renderInBox(width);
    expectToFit(container, await visit(tab));
  });
});

// Longer words make wider tables than the breakpoints were chosen for: such a table becomes
// cards too rather than scroll sideways, and the rest still fits.
describe.each([320, 1280])('in German, the portal in a %i px container', (width) => {
  it.each(GERMAN_SECTIONS)('%s fits', async (_name, tab) => {
    const container = renderInBox(width, GERMAN);
    expectToFit(container, await visit(tab));
  });
});

// -------------------------------------------------------------------------------------------------
// Tables become cards; their values keep their labels
// -------------------------------------------------------------------------------------------------

describe('tables in a narrow container', () => {
  it('stacks rows as cards: each value with its column label as text, the table still a table', async () => {
    renderInBox(320);
    await visit(/^Invoices\b/);
    const table = screen.getByRole('table', { name: 'Invoices' });
    const [, firstRow] = within(table).getAllByRole('row');
    if (!firstRow) throw new Error('no invoice rows');
    // Read in order, label then value; the row header (the card's title) needs none.
    expect(within(firstRow).getByRole('rowheader').textContent).toMatch(/^\S+$/);
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells[0]).toHaveAccessibleName(/^Date \w{3} \d{1,2}, \d{4}$/);
    const label = within(cells[0] as HTMLElement).getByText('Date');
    expect(label).toBeVisible();
    // Label and value share one line of the card.
    expect(
      Math.abs(label.getBoundingClientRect().top - (cells[0] as HTMLElement).getBoundingClientRect().top),
    ).toBeLessThan(8);
    // Sorting stays reachable: the column headers are the sort buttons above the cards.
    expect(within(table).getByRole('columnheader', { name: /^Total/ })).toBeVisible();
    expect(within(table).getByRole('button', { name: /^Total/ })).toBeVisible();
    // With no header row above the columns, the buttons are captioned, just above them.
    const caption = screen.getByText('Sort by');
    expect(caption).toBeVisible();
    const [firstChip] = within(table).getAllByRole('button');
    const gap =
      (firstChip as HTMLElement).getBoundingClientRect().top - caption.getBoundingClientRect().bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(24);
  });

  it('keeps the wide table as it was: no labels in the cells', async () => {
    renderInBox(1280);
    await visit(/^Invoices\b/);
    const table = screen.getByRole('table', { name: 'Invoices' });
    const [, firstRow] = within(table).getAllByRole('row');
    if (!firstRow) throw new Error('no invoice rows');
    expect(within(firstRow).getAllByRole('cell')[0]).toHaveAccessibleName(/^\w{3} \d{1,2}, \d{4}$/);
    // The header row is there to read: no caption over it.
    expect(screen.queryByText('Sort by')).not.toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// Dialogs on a 320 px screen
// -------------------------------------------------------------------------------------------------

describe('dialogs on a 320 px screen', () => {
  function expectInsideViewport(dialog: HTMLElement) {
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth + SLACK);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + SLACK);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth + SLACK);
    for (const button of within(dialog).getAllByRole('button')) {
      const control = button.getBoundingClientRect();
      expect.soft(control.right, describeElement(button)).toBeLessThanOrEqual(box.right + SLACK);
      expect.soft(control.left, describeElement(button)).toBeGreaterThanOrEqual(box.left - SLACK);
    }
  }

  it.each([
    ['cancelling an add-on', 'Add-Ons', /^Cancel: /],
    ['paying an invoice', /^Invoices\b/, /^Pay with wallet/],
    ['buying an add-on', 'Add-Ons', /^Buy add-on$/],
  ] as const)('the dialog for %s fits', async (_name, tab, opener) => {
    await page.viewport(320, 568);
    try {
      renderInBox(320);
      await visit(tab);
      const [button] = screen.getAllByRole('button', { name: opener });
      if (!button) throw new Error('no opener');
      await userEvent.click(button);
      expectInsideViewport(await screen.findByRole('dialog'));
    } finally {
      await page.viewport(1366, 900);
    }
  });
});

// -------------------------------------------------------------------------------------------------
// axe at 320 px
// -------------------------------------------------------------------------------------------------

describe('axe in a 320 px container', () => {
  it.each(SECTIONS)('%s has no violations', async (_name, tab) => {
    const container = renderInBox(320);
    await visit(tab);
    expect(await axeViolations(container)).toEqual([]);
  });
});
