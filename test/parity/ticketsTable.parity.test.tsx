/**
 * Headless parity (issue 8): TicketsTable's key behaviours on a bare section built from
 * `useTicketsTable` alone — the status filter sent to the API, sort on raw values, pages
 * over the server's pages, and a ticket opened in place with focus brought back to its row.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/handlers';
import {
  enUSTickets,
  useAutoFocus,
  useRevampd,
  useSectionMessages,
  useTicketDetail,
  useTicketsTable,
  type Ticket,
  type UseTicketsTableOptions,
} from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { apiPageSize, bareTable, BareTable, columnHeader, positionOf, requestsTo } from './support';

// -------------------------------------------------------------------------------------------------
// The bare Tickets section
// -------------------------------------------------------------------------------------------------

const CAPTION = 'Tickets';

/** One open ticket in place of the list: its heading takes focus, Back goes to the list. */
function BareOpenTicket({
  ticketId,
  onBack,
  awayRef,
}: {
  ticketId: string;
  onBack: () => void;
  awayRef: (element: HTMLElement | null) => void;
}) {
  const { t } = useRevampd();
  const m = useSectionMessages('tickets', enUSTickets);
  const { ticket } = useTicketDetail(ticketId);
  const { containerRef, targetRef } = useAutoFocus<HTMLElement>({
    key: ticketId,
    ready: ticket !== undefined,
  });
  return (
    <div ref={awayRef}>
      <article ref={containerRef} tabIndex={-1} aria-label="Ticket">
        <button type="button" onClick={onBack}>
          Back to tickets
        </button>
        {ticket && (
          <h2 ref={targetRef} tabIndex={-1}>
            {t(m.detailHeading, { number: ticket.number, title: ticket.title })}
          </h2>
        )}
      </article>
    </div>
  );
}

/** The Tickets section as a host would write it over `useTicketsTable`: plain elements only. */
function BareTickets(options: UseTicketsTableOptions) {
  const state = useTicketsTable(options);
  const { list, table, statusOptions, openTicketId, openTicket, closeTicket, focusReturn } = state;
  return (
    <section ref={focusReturn.listRef} aria-label={CAPTION}>
      {openTicketId ? (
        <BareOpenTicket ticketId={openTicketId} onBack={closeTicket} awayRef={focusReturn.awayRef} />
      ) : (
        <>
          <h2 ref={focusReturn.fallbackRef} tabIndex={-1}>
            {CAPTION}
          </h2>
          <label>
            Status
            <select
              value={state.statusFilterValue}
              onChange={(event) => state.setStatusFilterValue(event.target.value)}
            >
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <BareTable
            table={table}
            list={list}
            caption={CAPTION}
            onRowAction={openTicket}
            rowActionLabel={(ticket) => `Open ticket #${ticket.number}`}
          />
        </>
      )}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Reading it
// -------------------------------------------------------------------------------------------------

/** Every ticket of the scope, newest first: the order the API lists them. */
const tickets = (): Ticket[] => db.scope(TEST_ORG_ID, 'revampd').tickets;

/** The body rows of the bare table. */
const bodyRows = () => within(bareTable(CAPTION)).queryAllByRole('row').slice(1);

/** The number cell (`#N`) of each row shown, in order. */
const shownNumbers = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');

/** The status cell of each row shown. */
const shownStatuses = () => bodyRows().map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');

const hash = (ticket: Pick<Ticket, 'number'>) => `#${ticket.number}`;
const rowButton = (ticket: Pick<Ticket, 'number'>) =>
  screen.findByRole('button', { name: `Open ticket #${ticket.number}` });
const detailHeading = (ticket: Pick<Ticket, 'number' | 'title'>) =>
  screen.findByRole('heading', { level: 2, name: `Ticket #${ticket.number}: ${ticket.title}` });

const ticketLists = (log: ReturnType<typeof useNetworkLog>) => requestsTo(log, 'GET', /\/tickets$/);

/** Renders the bare section and waits for the first page; returns the rows one request loads. */
async function renderLoaded(log: ReturnType<typeof useNetworkLog>, options: UseTicketsTableOptions = {}) {
  const user = userEvent.setup();
  renderWithProvider(<BareTickets {...options} />);
  const newest = tickets()[0];
  if (!newest) throw new Error('the seed has tickets');
  await rowButton(newest);
  const loaded = tickets().slice(0, apiPageSize(log, /\/tickets$/));
  return { user, loaded };
}

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('TicketsTable parity: a bare section over useTicketsTable', () => {
  const log = useNetworkLog();
  beforeEach(() => localStorage.clear());

  it('sends the status filter to the API as `status`, back on page 1, and shows only those tickets', async () => {
    const { user, loaded } = await renderLoaded(log);
    const filter = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', 'Open', 'In Progress', 'Resolved', 'Closed']);
    expect(ticketLists(log)[0]?.searchParams.has('status')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(positionOf(11, 20, loaded.length, true))).toBeInTheDocument();

    const closed = tickets().filter((ticket) => ticket.status === 'closed');
    expect(closed.length).toBeGreaterThan(0); // else the filter shows nothing to check
    await user.selectOptions(filter, 'closed');
    await waitFor(() => expect(shownNumbers()).toEqual(closed.slice(0, 10).map(hash)));
    expect(ticketLists(log).at(-1)?.searchParams.get('status')).toBe('closed');
    expect(new Set(shownStatuses())).toEqual(new Set(['Closed']));
    // Back on the first page of the new filter's rows.
    expect(screen.getByText(new RegExp(`^1–${Math.min(closed.length, 10)} of `))).toBeInTheDocument();

    await user.selectOptions(filter, 'all');
    await waitFor(() => expect(shownNumbers()).toEqual(loaded.slice(0, 10).map(hash)));
  });

  it('sorts by number on the raw value, both directions', async () => {
    const { user, loaded } = await renderLoaded(log);
    const numbers = loaded.map((ticket) => ticket.number);
    const ascending = [...numbers].sort((a, b) => a - b).map((number) => `#${number}`);
    const descending = [...ascending].reverse();
    const header = columnHeader('Number');

    await user.click(within(header).getByRole('button'));
    const first = header.getAttribute('aria-sort');
    expect(first === 'ascending' || first === 'descending').toBe(true);
    expect(shownNumbers()).toEqual((first === 'ascending' ? ascending : descending).slice(0, 10));

    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', first === 'ascending' ? 'descending' : 'ascending');
    expect(shownNumbers()).toEqual((first === 'ascending' ? descending : ascending).slice(0, 10));
  });

  it('sorts by status on the workflow’s order of the raw codes, not on the labels', async () => {
    const { user, loaded } = await renderLoaded(log);
    const rank = { open: 0, in_progress: 1, resolved: 2, closed: 3 } as const;
    const label = {
      open: 'Open',
      in_progress: 'In Progress',
      resolved: 'Resolved',
      closed: 'Closed',
    } as const;
    const header = columnHeader('Status');
    await user.click(within(header).getByRole('button'));
    const direction = header.getAttribute('aria-sort') === 'descending' ? -1 : 1;
    const expected = loaded
      .map((ticket) => ticket.status)
      .sort((a, b) => direction * (rank[a] - rank[b]))
      .map((status) => label[status]);
    expect(shownStatuses()).toEqual(expected.slice(0, 10));
  });

  it('pages the loaded rows: next, previous and page size', async () => {
    const { user, loaded } = await renderLoaded(log);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(loaded.length).toBeGreaterThan(10);
    expect(within(nav).getByText(positionOf(1, 10, loaded.length, true))).toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText(positionOf(11, 20, loaded.length, true))).toBeInTheDocument();
    expect(shownNumbers()).toEqual(loaded.slice(10, 20).map(hash));

    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(shownNumbers()).toEqual(loaded.slice(0, 10).map(hash));

    await user.selectOptions(within(nav).getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(shownNumbers()).toEqual(loaded.slice(0, 50).map(hash));
  });

  it('starts with defaultPageSize rows per page', async () => {
    const { loaded } = await renderLoaded(log, { defaultPageSize: 25 });
    expect(shownNumbers()).toEqual(loaded.slice(0, 25).map(hash));
  });

  it('"Next page" past the loaded rows sends the next cursor and shows the next rows (issue 11)', async () => {
    const { user, loaded } = await renderLoaded(log);
    const all = tickets();
    expect(all.length).toBeGreaterThan(loaded.length); // else there is nothing more to load
    const listsBefore = ticketLists(log).length;

    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const pagesLoaded = Math.floor(loaded.length / 10);
    for (let page = 0; page < pagesLoaded; page += 1) {
      await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    }
    const first = pagesLoaded * 10;
    const firstShown = all[first];
    if (!firstShown) throw new Error('a next page');
    expect(await rowButton(firstShown)).toBeInTheDocument();
    expect(within(nav).getByText(new RegExp(`^${first + 1}–${first + 10} of `))).toBeInTheDocument();
    expect(ticketLists(log)).toHaveLength(listsBefore + 1);
    expect(ticketLists(log).at(-1)?.searchParams.get('cursor')).toBeTruthy();
  });

  it('opens a ticket in place, reports it, and puts focus back on its row after Back', async () => {
    const onOpenTicketChange = vi.fn<(ticketId: string | null) => void>();
    const { user, loaded } = await renderLoaded(log, { onOpenTicketChange });
    const target = loaded[3];
    if (!target) throw new Error('loaded');
    await user.click(await rowButton(target));

    expect(onOpenTicketChange).toHaveBeenLastCalledWith(target.id);
    const heading = await detailHeading(target);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to tickets' }));
    expect(onOpenTicketChange).toHaveBeenLastCalledWith(null);
    const row = await rowButton(target);
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('opens defaultOpenTicketId at once; Back brings focus to its row', async () => {
    const target = tickets()[2];
    if (!target) throw new Error('the seed has tickets');
    const user = userEvent.setup();
    renderWithProvider(<BareTickets defaultOpenTicketId={target.id} />);
    await detailHeading(target);
    await user.click(screen.getByRole('button', { name: 'Back to tickets' }));
    const row = await rowButton(target);
    await waitFor(() => expect(row).toHaveFocus());
  });
});
