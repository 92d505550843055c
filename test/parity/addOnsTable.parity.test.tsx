/**
 * Headless parity (issue 8): AddOnsTable's key behaviours on a bare table built from
 * `useAddOnsTable` alone — sort on raw values, pages over the server's pages, cancel once behind a
 * confirmation, and "someone else cancelled it first".
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { PAGE_SIZE, useAddOnsTable, type AddOn } from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import {
  apiPageSize,
  at,
  BareTable,
  columnHeader,
  holdRequests,
  positionOf,
  requestsTo,
  rowHeaders,
  rowNamed,
} from './support';

// -------------------------------------------------------------------------------------------------
// The bare Add-Ons section
// -------------------------------------------------------------------------------------------------

const CAPTION = 'Add-ons';

/** The Add-Ons section as a host would write it over `useAddOnsTable`: plain elements only. */
function BareAddOns() {
  const { list, table, cancel } = useAddOnsTable();
  const target = cancel.target;
  return (
    <section aria-label={CAPTION}>
      <BareTable
        table={table}
        list={list}
        caption={CAPTION}
        actions={(addOn) =>
          cancel.canRun(addOn) ? (
            <button type="button" onClick={() => cancel.request(addOn)}>
              {`Cancel ${addOn.name}`}
            </button>
          ) : null
        }
      />
      <div role="status" aria-label="Cancel notice">
        {cancel.notice}
      </div>
      {target && (
        <div role="dialog" aria-label={`Cancel ${target.name}?`}>
          {cancel.errorText && <p role="alert">{cancel.errorText}</p>}
          {/* No guard of its own: once-only is the hook's job. */}
          {!cancel.alreadyCancelled && (
            <button type="button" onClick={() => void cancel.confirm()}>
              Cancel add-on
            </button>
          )}
          <button type="button" onClick={cancel.dismiss}>
            Keep it
          </button>
        </div>
      )}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function addOn(index: number, overrides: Partial<AddOn> = {}): AddOn {
  return {
    id: `add_parity_${String(index).padStart(3, '0')}`,
    kind: 'phone_number',
    name: `Line ${String(index).padStart(3, '0')}`,
    detail: `+1 415 555 ${String(100 + index).padStart(4, '0')}`,
    status: 'active',
    quantity: 1,
    unitPrice: { amount: 1500, currency: 'USD' },
    interval: 'month',
    // Newest first, as the API lists them: Line 001 is the newest.
    createdAt: new Date(Date.UTC(2026, 0, 1) - index * 86_400_000).toISOString(),
    cancelledAt: null,
    cancellable: (overrides.status ?? 'active') === 'active',
    ...overrides,
  };
}

/** Replaces the scope's add-ons before the section loads. */
function seedAddOns(addOns: AddOn[]): AddOn[] {
  scope().addOns = addOns;
  return addOns;
}

const cancelPosts = (log: ReturnType<typeof useNetworkLog>) => requestsTo(log, 'POST', /\/cancel$/);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('AddOnsTable parity: a bare table over useAddOnsTable', () => {
  const log = useNetworkLog();

  it('sorts by price on minor units, descending then ascending, and announces it', async () => {
    seedAddOns([
      addOn(1, { name: 'Nine', unitPrice: { amount: 900, currency: 'USD' } }),
      addOn(2, { name: 'Hundred', unitPrice: { amount: 10_000, currency: 'USD' } }),
      addOn(3, { name: 'Fifteen', unitPrice: { amount: 1500, currency: 'USD' } }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: 'Nine' });
    const price = columnHeader('Price');
    expect(price).not.toHaveAttribute('aria-sort');

    await user.click(within(price).getByRole('button'));
    // As text, "$100.00" < "$15.00" < "$9.00": only raw minor units give this order.
    expect(price).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(CAPTION)).toEqual(['Hundred', 'Fifteen', 'Nine']);
    expect(screen.getByRole('status', { name: 'Sort announcement' })).toHaveTextContent(
      'Sorted by Price, descending',
    );

    await user.click(within(price).getByRole('button'));
    expect(price).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders(CAPTION)).toEqual(['Nine', 'Fifteen', 'Hundred']);
  });

  it('sorts by status on the raw code’s rank (pending, active, cancelled), not on its label', async () => {
    seedAddOns([
      addOn(1, { name: 'Alpha', status: 'cancelled' }),
      addOn(2, { name: 'Bravo', status: 'active' }),
      addOn(3, { name: 'Charlie', status: 'pending' }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: 'Alpha' });
    const status = columnHeader('Status');

    await user.click(within(status).getByRole('button'));
    // By label it would be Active, Cancelled, Pending: Bravo, Alpha, Charlie.
    expect(status).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders(CAPTION)).toEqual(['Charlie', 'Bravo', 'Alpha']);
    await user.click(within(status).getByRole('button'));
    expect(status).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(CAPTION)).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('pages the loaded rows: next, previous and page size', async () => {
    const addOns = seedAddOns(Array.from({ length: 22 }, (_, index) => addOn(index + 1)));
    const names = addOns.map((item) => item.name);
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: at(names, 0) });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const total = names.length;
    expect(within(nav).getByText(positionOf(1, 10, total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(names.slice(0, 10));
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText(positionOf(11, 20, total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(names.slice(10, 20));

    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(within(nav).getByText(positionOf(1, 10, total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(names.slice(0, 10));

    await user.selectOptions(within(nav).getByRole('combobox', { name: 'Rows per page' }), '25');
    expect(within(nav).getByText(positionOf(1, Math.min(25, total), total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(names.slice(0, 25));
  });

  it('"Next page" past the loaded rows sends the next cursor and shows the next rows (issue 11)', async () => {
    const addOns = seedAddOns(Array.from({ length: PAGE_SIZE + 5 }, (_, index) => addOn(index + 1)));
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: at(addOns, 0).name });
    const perRequest = apiPageSize(log, /\/add-ons$/);
    expect(addOns.length).toBeGreaterThan(perRequest); // else there is nothing more to load
    const listsBefore = requestsTo(log, 'GET', /\/add-ons$/).length;
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    // The server has more: the position says so.
    expect(within(nav).getByText(positionOf(1, 10, perRequest, true))).toBeInTheDocument();

    // Through the loaded rows, then one page past them: the next server page is fetched.
    const pagesLoaded = Math.floor(perRequest / 10);
    for (let page = 0; page < pagesLoaded; page += 1) {
      await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    }
    const firstNew = at(addOns, pagesLoaded * 10);
    expect(await screen.findByRole('rowheader', { name: firstNew.name })).toBeInTheDocument();
    const first = pagesLoaded * 10 + 1;
    expect(
      within(nav).getByText(positionOf(first, Math.min(first + 9, addOns.length), addOns.length)),
    ).toBeInTheDocument();
    const lists = requestsTo(log, 'GET', /\/add-ons$/);
    expect(lists).toHaveLength(listsBefore + 1);
    expect(lists.at(-1)?.searchParams.get('cursor')).toBeTruthy();
    // Nothing more on the server: the last page is the end.
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('cancels once behind a confirmation, whatever the clicks (faults.md 22)', async () => {
    const [target] = seedAddOns([addOn(1), addOn(2), addOn(3)]);
    if (!target) throw new Error('seeded');
    const answer = holdRequests('post', '/add-ons/:addOnId/cancel');
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: target.name });
    await user.click(within(rowNamed(target.name)).getByRole('button', { name: `Cancel ${target.name}` }));

    const dialog = screen.getByRole('dialog', { name: `Cancel ${target.name}?` });
    const confirm = within(dialog).getByRole('button', { name: 'Cancel add-on' });
    await user.dblClick(confirm);
    await user.click(confirm);
    await waitFor(() => expect(cancelPosts(log).length).toBeGreaterThan(0));
    answer.release();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(rowNamed(target.name)).getByText('Cancelled')).toBeInTheDocument();
    expect(within(rowNamed(target.name)).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Cancel notice' })).toHaveTextContent(
      `${target.name} was cancelled.`,
    );
    expect(cancelPosts(log)).toHaveLength(1);
    expect(scope().addOns.find((item) => item.id === target.id)?.status).toBe('cancelled');
  });

  it('"Keep it" closes the confirmation without a request', async () => {
    const [target] = seedAddOns([addOn(1), addOn(2)]);
    if (!target) throw new Error('seeded');
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: target.name });
    await user.click(screen.getByRole('button', { name: `Cancel ${target.name}` }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(rowNamed(target.name)).getByText('Active')).toBeInTheDocument();
    expect(cancelPosts(log)).toHaveLength(0);
  });

  it('says when someone else cancelled it first, offers no confirm and refreshes the row', async () => {
    const [target] = seedAddOns([addOn(1), addOn(2)]);
    if (!target) throw new Error('seeded');
    const user = userEvent.setup();
    renderWithProvider(<BareAddOns />);
    await screen.findByRole('rowheader', { name: target.name });
    // Cancelled elsewhere after the list loaded: the row here still says Active.
    scope().addOns = scope().addOns.map((item) =>
      item.id === target.id ? { ...item, status: 'cancelled', cancelledAt: new Date().toISOString() } : item,
    );
    await user.click(screen.getByRole('button', { name: `Cancel ${target.name}` }));
    const dialog = screen.getByRole('dialog', { name: `Cancel ${target.name}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel add-on' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This add-on was already cancelled.');
    expect(within(dialog).queryByRole('button', { name: 'Cancel add-on' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(rowNamed(target.name)).getByText('Cancelled')).toBeInTheDocument());
  });
});
