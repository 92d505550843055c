import { createRef } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiPath } from '../../../mocks/handlers/shared';
import { db } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import {
  addOnsEmpty,
  addOnsFail,
  editScope,
  HOSTILE_STRINGS,
  hostileContent,
  neverAnswers,
  noAccess,
} from '../../../mocks/scenarios';
import type { AddOn } from '../../api/schemas';
import { ADD_ON_POLL_MS } from '../../hooks/addOns';
import type { MockScope } from '../../../mocks/db';
import { frFR } from '../../locales/fr-FR';
import type { RevampdProviderProps } from '../../provider/RevampdProvider';
import { rowWithHeader } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { AddOnsTable } from './AddOnsTable';

function addOn(index: number, overrides: Partial<AddOn> = {}): AddOn {
  return {
    id: `add_test_${String(index).padStart(3, '0')}`,
    kind: 'phone_number',
    name: `Line ${String(index).padStart(3, '0')}`,
    detail: `+1 415 555 ${String(100 + index).padStart(4, '0')}`,
    status: 'active',
    quantity: 1,
    unitPrice: { amount: 1500, currency: 'USD' },
    interval: 'month',
    createdAt: new Date(Date.UTC(2026, 0, 1) - index * 86_400_000).toISOString(),
    cancelledAt: null,
    cancellable: (overrides.status ?? 'active') === 'active',
    ...overrides,
  };
}

/** Replaces the add-ons of every scope the widget reads. */
function seedAddOns(addOns: AddOn[]) {
  server.use(...editScope(db, (scope) => void (scope.addOns = addOns)));
}

/** Counts requests the widget sends, by method and path suffix. */
function countRequests(method: string, pathEnd: string | RegExp) {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const matches = typeof pathEnd === 'string' ? url.pathname.endsWith(pathEnd) : pathEnd.test(url.pathname);
    if (request.method === method && matches) seen.push(url.search);
  });
  return seen;
}

/** The row of the seeded add-on "Main line", once the list has loaded. */
async function findMainLine(): Promise<HTMLElement> {
  await screen.findByRole('rowheader', { name: 'Main line' });
  return mainLine();
}

const mainLine = (): HTMLElement => rowWithHeader(screen.getByRole('table'), 'Main line');

function rowHeaders(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('AddOnsTable', () => {
  it('shows skeleton rows with aria-busy while the first page loads', async () => {
    server.use(...neverAnswers('addOns'));
    renderWithProvider(<AddOnsTable />);
    const table = await screen.findByRole('table');
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('lists the seeded add-ons with status, price and cadence, and the billing note', async () => {
    renderWithProvider(<AddOnsTable />);
    expect(await screen.findByRole('rowheader', { name: 'Main line' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add-Ons' })).toBeInTheDocument();
    expect(
      screen.getByText(/billed separately from your Partner plan and appear under Invoices/),
    ).toBeInTheDocument();
    const cells = within(mainLine());
    expect(cells.getByText('Active')).toBeInTheDocument();
    expect(cells.getByText('$15.00 / month')).toBeInTheDocument();
    expect(screen.getByText(/one-time$/)).toBeInTheDocument();
  });

  it('says so when there are no add-ons', async () => {
    server.use(...addOnsEmpty());
    renderWithProvider(<AddOnsTable />);
    expect(await screen.findByText('You have no Revampd add-ons yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with Retry that recovers (faults.md 1, 3)', async () => {
    // The client tries 3 times (1 + 2 retries in tests), then gives up.
    server.use(...addOnsFail(500, undefined, { times: 3 }));
    renderWithProvider(<AddOnsTable />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('rowheader', { name: 'Main line' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the org has no access on 403 (faults.md 5)', async () => {
    server.use(...noAccess('addOns'));
    renderWithProvider(<AddOnsTable />);
    expect(await screen.findByText('No access')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('sorts by price numerically on minor units, not on the formatted text', async () => {
    seedAddOns([
      addOn(1, { name: 'Nine', unitPrice: { amount: 900, currency: 'USD' } }),
      addOn(2, { name: 'Hundred', unitPrice: { amount: 10_000, currency: 'USD' } }),
      addOn(3, { name: 'Fifteen', unitPrice: { amount: 1500, currency: 'USD' } }),
    ]);
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Nine' });
    const priceHeader = screen.getByRole('columnheader', { name: /Price/ });
    expect(priceHeader).not.toHaveAttribute('aria-sort');

    await userEvent.click(within(priceHeader).getByRole('button'));
    // Numbers sort descending first; "$100.00" < "$15.00" < "$9.00" as text would be wrong.
    expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders()).toEqual(['Hundred', 'Fifteen', 'Nine']);
    expect(screen.getByText('Sorted by Price, descending')).toBeInTheDocument();

    await userEvent.click(within(priceHeader).getByRole('button'));
    expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders()).toEqual(['Nine', 'Fifteen', 'Hundred']);
    // Only the sorted column carries aria-sort.
    const sorted = screen.getAllByRole('columnheader').filter((header) => header.hasAttribute('aria-sort'));
    expect(sorted).toEqual([priceHeader]);
  });

  it('pages the loaded rows and changes the page size', async () => {
    seedAddOns(Array.from({ length: 22 }, (_, index) => addOn(index + 1)));
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Line 001' });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('1–10 of 22')).toBeInTheDocument();
    expect(rowHeaders()).toHaveLength(10);

    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText('11–20 of 22')).toBeInTheDocument();
    expect(rowHeaders()[0]).toBe('Line 011');

    await userEvent.selectOptions(within(nav).getByLabelText('Rows per page'), '25');
    expect(within(nav).getByText('1–22 of 22')).toBeInTheDocument();
    expect(rowHeaders()).toHaveLength(22);
  });

  it('loads the next cursor page on "Next page" once the loaded rows run out (issue 11)', async () => {
    seedAddOns(Array.from({ length: 30 }, (_, index) => addOn(index + 1)));
    const lists = countRequests('GET', '/add-ons');
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Line 001' });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    // The server has more than the 25 loaded: "of 25+", one paging model, no "Load more".
    expect(within(nav).getByText('1–10 of 25+')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText('11–20 of 25+')).toBeInTheDocument();
    expect(lists).toHaveLength(1);
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    // Rows 21–25 alone would not fill a page: the next server page is fetched, then shown.
    expect(await screen.findByRole('rowheader', { name: 'Line 026' })).toBeInTheDocument();
    expect(within(nav).getByText('21–30 of 30')).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
    expect(lists).toHaveLength(2);
    expect(lists[1]).toMatch(/cursor=/);
  });

  it('exports the loaded rows as CSV: decimals, a currency column, ISO dates, formulas defused', async () => {
    seedAddOns([
      addOn(1, {
        name: '=HYPERLINK("https://evil.test","click")',
        unitPrice: { amount: 5125, currency: 'KWD' },
      }),
      addOn(2, { name: 'Plain, "quoted"', detail: '@SUM(A1)', unitPrice: { amount: 1, currency: 'USD' } }),
    ]);
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Plain, "quoted"' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^add-ons-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await blobs[0]?.text())?.replace(/^\uFEFF/, '') ?? '';
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Name,Detail,Status,Quantity,Price,Price (Currency),Billing,Since');
    // A leading "+" is defused too, even in a phone number: the spreadsheet shows it as text.
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""https://evil.test"",""click"")",'+1 415 555 0101,active,1,5.125,KWD,month,${new Date(Date.UTC(2026, 0, 1) - 86_400_000).toISOString()}`,
    );
    expect(lines[2]).toMatch(
      /^"Plain, ""quoted""",'@SUM\(A1\),active,1,0\.01,USD,month,2025-12-30T00:00:00\.000Z$/,
    );
  });

  it('cancels an add-on once behind a confirmation, whatever the clicks (faults.md 22)', async () => {
    const cancels = countRequests('POST', /\/cancel$/);
    renderWithProvider(<AddOnsTable />);
    const row = await findMainLine();
    await userEvent.click(within(row).getByRole('button', { name: /^Cancel: Main line/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Cancel Main line?' });
    expect(within(dialog).getByText(/stops at the end of the current period/)).toBeInTheDocument();
    // Focus moves into the dialog, to the safe choice.
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();

    const confirm = within(dialog).getByRole('button', { name: 'Cancel add-on' });
    await userEvent.dblClick(confirm);
    await userEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(row).getByText('Cancelled')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
    expect(screen.getByText('Main line was cancelled.')).toBeInTheDocument();
    expect(cancels).toHaveLength(1);
    const stored = db
      .scopes()
      .flatMap((scope) => scope.addOns)
      .find((item) => item.name === 'Main line');
    expect(stored?.status).toBe('cancelled');
  });

  it('closes the confirmation on "Keep it" without cancelling', async () => {
    const cancels = countRequests('POST', /\/cancel$/);
    renderWithProvider(<AddOnsTable />);
    const row = await findMainLine();
    await userEvent.click(within(row).getByRole('button', { name: /^Cancel: Main line/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(cancels).toHaveLength(0);
  });

  it('renders hostile names and details as inert text (faults.md 23)', async () => {
    server.use(...hostileContent(db));
    const { container } = renderWithProvider(<AddOnsTable />);
    expect(await screen.findByRole('rowheader', { name: HOSTILE_STRINGS.imgOnerror })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: HOSTILE_STRINGS.script })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: HOSTILE_STRINGS.unbroken })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  // Issue 8: status sorted by its translated label, so the order changed with the language.
  it('sorts by status on the raw code: French gives the same order as English (issue 8)', async () => {
    seedAddOns([
      addOn(1, { name: 'Alpha', status: 'cancelled' }),
      addOn(2, { name: 'Bravo', status: 'active' }),
      addOn(3, { name: 'Charlie', status: 'pending' }),
    ]);
    const sortedByStatus = async (provider: Partial<RevampdProviderProps>, header: RegExp) => {
      const view = renderWithProvider(<AddOnsTable />, provider);
      await screen.findByRole('rowheader', { name: 'Alpha' });
      const statusHeader = screen.getByRole('columnheader', { name: header });
      await userEvent.click(within(statusHeader).getByRole('button'));
      // A word column: the first click sorts ascending, as before.
      expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
      const order = rowHeaders();
      view.unmount();
      return order;
    };
    const english = await sortedByStatus({}, /^Status/);
    const french = await sortedByStatus({ locale: 'fr-FR', baseMessages: frFR }, /^Statut/);
    // The add-on's life: pending, active, cancelled.
    expect(english).toEqual(['Charlie', 'Bravo', 'Alpha']);
    expect(french).toEqual(english);
  });

  it('says so when someone else cancelled it first, hides the confirm button and refreshes the row', async () => {
    renderWithProvider(<AddOnsTable />);
    const row = await findMainLine();
    // Cancelled elsewhere after the list loaded: the row here still says Active.
    const scope = db.scope(TEST_ORG_ID, 'revampd');
    scope.addOns = scope.addOns.map((item) =>
      item.name === 'Main line'
        ? { ...item, status: 'cancelled', cancelledAt: new Date().toISOString() }
        : item,
    );
    await userEvent.click(within(row).getByRole('button', { name: /^Cancel: Main line/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel Main line?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel add-on' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This add-on was already cancelled.');
    expect(within(dialog).queryByRole('button', { name: 'Cancel add-on' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('Cancelled')).toBeInTheDocument());
  });

  it('forwards its ref to its section and puts id, aria-* and data-* on it (issue 8)', async () => {
    const ref = createRef<HTMLElement>();
    renderWithProvider(
      <AddOnsTable
        ref={ref}
        id="add-ons"
        aria-describedby="add-ons-help"
        data-host="billing"
        className="host"
      />,
    );
    const section = screen.getByRole('region', { name: 'Add-Ons' });
    expect(ref.current).toBe(section);
    expect(section).toHaveAttribute('id', 'add-ons');
    expect(section).toHaveAttribute('aria-describedby', 'add-ons-help');
    expect(section).toHaveAttribute('data-host', 'billing');
    expect(section).toHaveClass('rvp-AddOnsTable', 'host');
    await screen.findByRole('rowheader', { name: 'Main line' });
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: Cancel only where the server allows it; the feature switch
// -------------------------------------------------------------------------------------------------

describe('AddOnsTable cancel rules (issue 11)', () => {
  it('offers Cancel only where cancellable, and says why elsewhere', async () => {
    seedAddOns([
      addOn(1, { name: 'Monthly line' }),
      addOn(2, { name: 'Credits pack', kind: 'call_credits', interval: 'one_time', detail: null }),
      addOn(3, { name: 'New line', status: 'pending' }),
      addOn(4, { name: 'Old line', status: 'cancelled' }),
    ]);
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Monthly line' });
    const table = screen.getByRole('table');
    expect(
      within(rowWithHeader(table, 'Monthly line')).getByRole('button', { name: /^Cancel/ }),
    ).toBeInTheDocument();
    const credits = rowWithHeader(table, 'Credits pack');
    expect(within(credits).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
    expect(within(credits).getByText('One-time purchases cannot be cancelled')).toBeInTheDocument();
    expect(
      within(rowWithHeader(table, 'New line')).getByText('Can be cancelled once active'),
    ).toBeInTheDocument();
    // A cancelled add-on's status says it all: no note repeats it.
    expect(within(rowWithHeader(table, 'Old line')).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(rowWithHeader(table, 'Old line')).queryByText(/cannot|once active/i),
    ).not.toBeInTheDocument();
  });

  it('follows the server’s word: an active add-on it says is not cancellable offers no Cancel', async () => {
    // An active monthly add-on the server still says no to, for reasons of its own.
    server.use(
      http.get(apiPath('/add-ons'), () =>
        HttpResponse.json({
          data: [addOn(1, { name: 'Locked line', cancellable: false })],
          nextCursor: null,
        }),
      ),
    );
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Locked line' });
    const row = rowWithHeader(screen.getByRole('table'), 'Locked line');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(row).getByText('Cannot be cancelled here')).toBeInTheDocument();
  });

  it('offers no Cancel and no reasons when the host switched cancelAddOns off, and sends nothing', async () => {
    seedAddOns([addOn(1, { name: 'Monthly line' }), addOn(2, { interval: 'one_time', name: 'Pack' })]);
    const posts = countRequests('POST', /\/cancel$/);
    renderWithProvider(<AddOnsTable />, { features: { cancelAddOns: false } });
    await screen.findByRole('rowheader', { name: 'Monthly line' });
    expect(screen.queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
    expect(screen.queryByText('One-time purchases cannot be cancelled')).not.toBeInTheDocument();
    expect(posts).toHaveLength(0);
  });
});

describe('AddOnsTable: a number being provisioned', () => {
  it('asks again while an add-on is pending, shows it active once provisioned, then stops asking', async () => {
    const number = addOn(1, { name: 'New line', status: 'pending' });
    let scopeOfTest: MockScope | undefined;
    server.use(
      ...editScope(db, (scope) => {
        scope.addOns = [number];
        // Provisioned only when the test says so (the mock settles it on its delay clock).
        scope.provisioning[number.id] = Number.MAX_SAFE_INTEGER;
        scopeOfTest = scope;
      }),
    );
    const lists = countRequests('GET', '/add-ons');
    renderWithProvider(<AddOnsTable />);
    const row = () => rowWithHeader(screen.getByRole('table'), 'New line');
    await screen.findByRole('rowheader', { name: 'New line' });
    expect(within(row()).getByText('Pending')).toBeInTheDocument();

    if (!scopeOfTest) throw new Error('the scope was not edited');
    scopeOfTest.provisioning[number.id] = 0;
    await waitFor(() => expect(within(row()).getByText('Active')).toBeInTheDocument(), {
      timeout: ADD_ON_POLL_MS + 3000,
    });
    const afterActive = lists.length;
    expect(afterActive).toBeGreaterThanOrEqual(2);
    // Nothing is pending any more: no request in the next poll's time.
    await new Promise((resolve) => setTimeout(resolve, ADD_ON_POLL_MS + 500));
    expect(lists).toHaveLength(afterActive);
  }, 20_000);
});
