/**
 * `appearance.elements` (issue 13 item 6): a host's extra class names land on the parts
 * they name, after the library's own `rvp-*` classes, in every widget through the shared
 * parts; without them, not one class changes. Parts are found by role, then their
 * `className` is read: the classes are what is under test here.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import type { Attention } from '../../src/api/schemas';
import { AddOnsTable } from '../../src/components/AddOnsTable/AddOnsTable';
import { ConnectionAlerts } from '../../src/components/ConnectionAlerts/ConnectionAlerts';
import { ConnectionNav } from '../../src/components/ConnectionNav/ConnectionNav';
import { InvoicesTable } from '../../src/components/InvoicesTable/InvoicesTable';
import { TicketForm } from '../../src/components/TicketForm/TicketForm';
import { resolveAppearanceElements, type AppearanceElements } from '../../src/theme/appearance';
import { renderWithProvider } from '../render';

// -------------------------------------------------------------------------------------------------
// Fixtures
// -------------------------------------------------------------------------------------------------

/** One recognisable class per part, as a Tailwind host would pass utilities. */
const ELEMENTS = {
  widget: 'host-widget',
  sectionHeading: 'host-heading',
  button: 'host-button',
  primaryButton: 'host-primary',
  secondaryButton: 'host-secondary',
  dangerButton: 'host-danger',
  ghostButton: 'host-ghost',
  input: 'host-input',
  table: 'host-table',
  tableRow: 'host-row',
  tableCard: 'host-card',
  dialog: 'host-dialog',
  statusBadge: 'host-badge',
  navTab: 'host-tab',
  alert: 'host-alert',
} as const satisfies Required<AppearanceElements>;

const HOST_CLASSES: ReadonlySet<string> = new Set(Object.values(ELEMENTS));

const classesOf = (element: Element): string[] => [...element.classList];

/** The class lists of every element in the container, in document order. */
const allClassLists = (container: HTMLElement): string[][] =>
  [...container.querySelectorAll('*')].map(classesOf);

/** An element's classes: the library's first, then the host's, and nothing else. */
function expectClasses(element: Element, own: string[], host: string[]) {
  expect(classesOf(element)).toEqual([...own, ...host]);
}

function serveOverdueInvoices() {
  const none = { count: 0, amountDue: { amount: 0, currency: 'USD' } };
  server.use(
    http.get(apiPath('/attention'), () =>
      HttpResponse.json({
        openInvoices: none,
        overdueInvoices: { count: 2, amountDue: { amount: 12_000, currency: 'USD' } },
        walletShortfall: null,
        ticketsAwaitingCustomer: 0,
        failedPayouts: 0,
        asOf: '2026-11-25T15:00:00Z',
      } satisfies Attention),
    ),
  );
}

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('appearance.elements', () => {
  it('adds the host classes to a table section: root, heading, table, rows, badges, buttons, fields', async () => {
    renderWithProvider(<InvoicesTable />, { appearance: { elements: ELEMENTS } });
    await screen.findAllByRole('rowheader');
    const section = screen.getByRole('region', { name: 'Invoices' });
    const table = within(section).getByRole('table');

    expectClasses(section, ['rvp-InvoicesTable', 'rvp-widget'], ['host-widget']);
    expectClasses(
      within(section).getByRole('heading', { name: 'Invoices', level: 2 }),
      ['rvp-Section-heading'],
      ['host-heading'],
    );
    expectClasses(table, ['rvp-DataTable-table'], ['host-table']);
    // Body rows (those with a row header); a wide table, so no card classes.
    const bodyRows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('rowheader') !== null);
    expect(bodyRows.length).toBeGreaterThan(0);
    for (const row of bodyRows) expectClasses(row, ['rvp-DataTable-row'], ['host-row']);

    const paid = within(table).getAllByText('Paid')[0] as HTMLElement;
    expectClasses(paid, ['rvp-StatusBadge'], ['host-badge']);

    const pay = within(table).getAllByRole('button', { name: /^Pay\b/ })[0] as HTMLElement;
    expectClasses(pay, ['rvp-Button'], ['host-button', 'host-primary']);

    expectClasses(
      within(section).getByRole('searchbox', { name: 'Search invoices' }),
      ['rvp-Filters-control'],
      ['host-input'],
    );
    expectClasses(
      within(section).getByRole('combobox', { name: 'Status' }),
      ['rvp-Filters-control'],
      ['host-input'],
    );
    const search = within(section).getByRole('search', { name: 'Search invoices' });
    expectClasses(
      within(search).getByRole('button', { name: 'Search' }),
      ['rvp-Button'],
      ['host-button', 'host-secondary'],
    );
  });

  it('adds the card classes to the rows while the table is drawn as stacked cards', async () => {
    // A host forcing the cards, as the README documents; jsdom reads the custom property
    // from the stylesheet (it has no layout to decide by width).
    const style = document.createElement('style');
    style.textContent = '.rvp-DataTable-scroll { --rvp-DataTable-layout: cards; }';
    document.head.append(style);
    try {
      renderWithProvider(<AddOnsTable />, { appearance: { elements: ELEMENTS } });
      const row = (await screen.findByRole('rowheader', { name: 'Main line' })).closest('tr') as HTMLElement;
      expectClasses(row, ['rvp-DataTable-row'], ['host-row', 'host-card']);
    } finally {
      style.remove();
    }
  });

  it('adds the host classes to a confirmation dialog and its buttons', async () => {
    const user = userEvent.setup();
    renderWithProvider(<AddOnsTable />, { appearance: { elements: ELEMENTS } });
    const row = (await screen.findByRole('rowheader', { name: 'Main line' })).closest('tr') as HTMLElement;
    const cancel = within(row).getByRole('button', { name: /^Cancel: Main line/ });
    expectClasses(cancel, ['rvp-Button'], ['host-button', 'host-ghost']);
    await user.click(cancel);

    const dialog = await screen.findByRole('dialog', { name: 'Cancel Main line?' });
    expectClasses(dialog, ['rvp-ConfirmDialog', 'rvp-widget'], ['host-dialog']);
    expectClasses(
      within(dialog).getByRole('button', { name: 'Cancel add-on' }),
      ['rvp-Button'],
      ['host-button', 'host-danger'],
    );
    expectClasses(
      within(dialog).getByRole('button', { name: 'Keep it' }),
      ['rvp-Button'],
      ['host-button', 'host-secondary'],
    );
  });

  it('adds the host classes to the menu tabs and the attention items', async () => {
    serveOverdueInvoices();
    renderWithProvider(
      <>
        <ConnectionAlerts />
        <ConnectionNav />
      </>,
      { appearance: { elements: ELEMENTS } },
    );
    const tablist = screen.getByRole('tablist', { name: 'Revampd connection' });
    expectClasses(tablist, ['rvp-ConnectionNav', 'rvp-widget'], ['host-widget']);
    for (const tab of within(tablist).getAllByRole('tab')) {
      expectClasses(tab, ['rvp-ConnectionNav-item'], ['host-tab']);
    }

    const alerts = await screen.findByRole('region', { name: 'Needs your attention' });
    expectClasses(alerts, ['rvp-ConnectionAlerts', 'rvp-widget'], ['host-widget']);
    const items = within(alerts).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    for (const item of items) expectClasses(item, ['rvp-ConnectionAlerts-item'], ['host-alert']);
  });

  it('adds the input classes to a form’s text fields, select and text area', () => {
    renderWithProvider(<TicketForm />, { appearance: { elements: ELEMENTS } });
    expectClasses(screen.getByRole('textbox', { name: 'Title' }), ['rvp-Field-input'], ['host-input']);
    expectClasses(screen.getByRole('combobox', { name: 'Priority' }), ['rvp-Field-select'], ['host-input']);
    expectClasses(
      screen.getByRole('textbox', { name: 'Description' }),
      ['rvp-Field-textarea'],
      ['host-input'],
    );
    expectClasses(
      screen.getByRole('button', { name: 'Submit ticket' }),
      ['rvp-Button'],
      ['host-button', 'host-primary'],
    );
  });

  it('changes nothing without elements: the same classes as with them, minus the host’s', async () => {
    const render = async (elements?: AppearanceElements) => {
      const view = renderWithProvider(<InvoicesTable />, elements ? { appearance: { elements } } : {});
      await screen.findAllByRole('rowheader');
      const lists = allClassLists(view.container);
      view.unmount();
      return lists;
    };
    const plain = await render();
    const styled = await render(ELEMENTS);
    expect(plain.flat().some((name) => HOST_CLASSES.has(name))).toBe(false);
    expect(styled.flat().some((name) => HOST_CLASSES.has(name))).toBe(true);
    expect(styled.map((list) => list.filter((name) => !HOST_CLASSES.has(name)))).toEqual(plain);
  });

  it('keeps known parts with non-empty strings, whitespace collapsed', () => {
    expect(
      resolveAppearanceElements({
        button: '  rounded-full   px-4 ',
        table: '   ',
        card: 'ignored',
        widget: 42,
        input: undefined,
      } as unknown as AppearanceElements),
    ).toEqual({ button: 'rounded-full px-4' });
  });
});
