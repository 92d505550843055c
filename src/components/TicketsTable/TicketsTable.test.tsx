/** TicketsTable: states, filter sent as `status`, sort, cursor paging, detail in place (issue 4). */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { networkError, noAccess, ticketsEmpty } from '../../../mocks/scenarios';
import { PAGE_SIZE } from '../../api/queries';
import { RevampdProvider } from '../../provider/RevampdProvider';
import { renderWithProvider, testProviderProps, TEST_ORG_ID } from '../../../test/render';
import { ConnectionPortal } from '../ConnectionPortal/ConnectionPortal';
import { TicketsTable } from './TicketsTable';

const tickets = () => db.scope(TEST_ORG_ID, 'revampd').tickets;

function ticketAt(index: number) {
  const ticket = tickets()[index];
  if (!ticket) throw new Error('the seed has tickets');
  return ticket;
}

/** The accessible name of a ticket's row button. */
const rowName = (ticket: { title: string; number: number }) => `${ticket.title}, Ticket #${ticket.number}`;

const detailHeading = (ticket: { title: string; number: number }) =>
  screen.findByRole('heading', { level: 2, name: `Ticket #${ticket.number}: ${ticket.title}` });

function watchListRequests() {
  const urls: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/tickets')) urls.push(url);
  };
  server.events.on('request:start', listener);
  return { urls, stop: () => server.events.removeListener('request:start', listener) };
}

/** The table once its rows are in (the loading skeleton is a different element). */
async function table() {
  return waitFor(() => {
    const element = screen.getByRole('table', { name: 'Tickets' });
    if (element.closest('[data-state="loading"]')) throw new Error('still loading');
    return element;
  });
}

/** Rows on the first page: the default 10, or every seeded ticket if there are fewer. */
const firstPage = () => Math.min(tickets().length, 10);

function bodyRows(tableElement: HTMLElement) {
  return within(tableElement).getAllByRole('row').slice(1);
}

describe('TicketsTable', () => {
  beforeEach(() => localStorage.clear());

  it('lists tickets with Number, Title, Status, Priority, Assigned To and Last update, under the intro line', async () => {
    renderWithProvider(<TicketsTable />);
    expect(screen.getByRole('heading', { name: 'Tickets' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Support tickets you opened with the Revampd team. They go to Revampd, not to your Partner.',
      ),
    ).toBeInTheDocument();
    const grid = await table();
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(firstPage()));
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['Number', 'Title', 'Status', 'Priority', 'Assigned To', 'Last update']);

    const newest = tickets()[0];
    if (!newest) throw new Error('seeded');
    const firstRow = bodyRows(grid)[0];
    if (!firstRow) throw new Error('a row');
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent(newest.title);
    expect(
      within(firstRow).getByRole('button', { name: `${newest.title}, Ticket #${newest.number}` }),
    ).toBeInTheDocument();
    expect(firstRow).toHaveTextContent(`#${newest.number}`);
    expect(firstRow).toHaveTextContent(newest.assignee?.name ?? 'Unassigned');
  });

  it('is busy while the first page loads', async () => {
    server.use(
      http.get(apiPath('/tickets'), async () => {
        await delay('infinite');
        return undefined;
      }),
    );
    renderWithProvider(<TicketsTable />);
    expect(await screen.findByRole('table', { name: 'Tickets' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('table', { name: 'Tickets' }).closest('[data-state]')).toHaveAttribute(
      'data-state',
      'loading',
    );
  });

  it('says so when there are no tickets', async () => {
    server.use(...ticketsEmpty());
    renderWithProvider(<TicketsTable />);
    expect(await screen.findByText('You have not opened any tickets with Revampd.')).toBeInTheDocument();
  });

  it('shows an error with a working retry', async () => {
    server.use(...networkError('tickets', { times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(firstPage()));
  });

  it('says the org has no access on 403', async () => {
    server.use(...noAccess('tickets'));
    renderWithProvider(<TicketsTable />);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'This organization does not have access to this section.',
    );
  });

  it('sends the status filter to the API as `status`', async () => {
    const requests = watchListRequests();
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    await table();
    const filter = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', 'Open', 'In Progress', 'Resolved', 'Closed']);
    await user.selectOptions(filter, 'closed');
    await waitFor(() =>
      expect(requests.urls.some((url) => url.searchParams.get('status') === 'closed')).toBe(true),
    );
    await waitFor(async () => {
      const rows = bodyRows(await table());
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveTextContent('Closed');
    });
    await user.selectOptions(filter, 'all');
    requests.stop();
    expect(requests.urls[0]?.searchParams.has('status')).toBe(false);
  });

  it('says so when no ticket has the chosen status', async () => {
    for (const ticket of tickets()) if (ticket.status === 'resolved') ticket.status = 'closed';
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'resolved');
    expect(await screen.findByText('No tickets with this status.')).toBeInTheDocument();
  });

  it('sorts by a column', async () => {
    const numbers = tickets().map((ticket) => ticket.number);
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    const grid = await table();
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(firstPage()));
    const sortButton = within(grid).getByRole('button', { name: /Number/ });
    const header = within(grid).getByRole('columnheader', { name: /Number/ });
    await user.click(sortButton);
    if (header.getAttribute('aria-sort') !== 'ascending') await user.click(sortButton);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows(grid)[0]).toHaveTextContent(`#${Math.min(...numbers)}`);
    await user.click(sortButton);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows(grid)[0]).toHaveTextContent(`#${Math.max(...numbers)}`);
  });

  it('loads the next page with nextCursor', async () => {
    const total = tickets().length;
    expect(total).toBeGreaterThan(PAGE_SIZE); // else there is no next page to load
    const requests = watchListRequests();
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable defaultPageSize={50} />);
    const grid = await table();
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(PAGE_SIZE));
    // One paging model (issue 11): "Next page" past the loaded rows fetches the next one.
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(bodyRows(grid)[0]).toHaveTextContent(`#${ticketAt(PAGE_SIZE).number}`));
    requests.stop();
    expect(requests.urls.at(-1)?.searchParams.get('cursor')).toBeTruthy();
  });

  it('opens a ticket in place, focuses its heading, and puts focus back on its row after Back', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    const grid = await table();
    const newest = tickets()[0];
    if (!newest) throw new Error('seeded');
    await user.click(
      await within(grid).findByRole('button', { name: `${newest.title}, Ticket #${newest.number}` }),
    );

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: `Ticket #${newest.number}: ${newest.title}`,
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    const again = await table();
    await waitFor(() =>
      expect(
        within(again).getByRole('button', { name: `${newest.title}, Ticket #${newest.number}` }),
      ).toHaveFocus(),
    );
  });

  it('the list follows a close made in the detail', async () => {
    const target = tickets().find((ticket) => ticket.status === 'open');
    if (!target) throw new Error('the seed has an open ticket');
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable defaultPageSize={50} />);
    await user.click(
      await within(await table()).findByRole('button', { name: `${target.title}, Ticket #${target.number}` }),
    );
    await user.click(await screen.findByRole('button', { name: 'Close ticket' }));
    await screen.findByRole('button', { name: 'Reopen ticket' });
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    const grid = await table();
    const row = within(grid)
      .getByRole('button', { name: `${target.title}, Ticket #${target.number}` })
      .closest('tr');
    if (!row) throw new Error('row');
    expect(row).toHaveTextContent('Closed');
  });

  it('inside ConnectionPortal, "View ticket #N" after submitting opens it in the Tickets section', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ConnectionPortal defaultSection="submitTicket" />);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'From the portal');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Open me next');
    const next = Math.max(...tickets().map((ticket) => ticket.number)) + 1;
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await user.click(await screen.findByRole('button', { name: `View ticket #${next}` }));

    expect(screen.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: `Ticket #${next}: From the portal`,
    });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(
      await within(await table()).findByRole('button', { name: `From the portal, Ticket #${next}` }),
    ).toBeInTheDocument();
  });

  it('still takes the deprecated `pageSize`', async () => {
    renderWithProvider(<TicketsTable pageSize={25} />);
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(Math.min(tickets().length, 25)));
  });
});

// -------------------------------------------------------------------------------------------------
// The open ticket: openTicketId / defaultOpenTicketId / onOpenTicketChange
// -------------------------------------------------------------------------------------------------

describe('TicketsTable, the open ticket', () => {
  beforeEach(() => localStorage.clear());

  it('uncontrolled: opens defaultOpenTicketId at once and reports opening and leaving', async () => {
    const first = ticketAt(2);
    const onOpenTicketChange = vi.fn<(ticketId: string | null) => void>();
    const user = userEvent.setup();
    renderWithProvider(
      <TicketsTable defaultOpenTicketId={first.id} onOpenTicketChange={onOpenTicketChange} />,
    );
    await detailHeading(first);
    expect(onOpenTicketChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onOpenTicketChange).toHaveBeenLastCalledWith(null);
    const row = await within(await table()).findByRole('button', { name: rowName(first) });
    await waitFor(() => expect(row).toHaveFocus());

    const newest = ticketAt(0);
    await user.click(within(await table()).getByRole('button', { name: rowName(newest) }));
    expect(onOpenTicketChange).toHaveBeenLastCalledWith(newest.id);
    await detailHeading(newest);
  });

  it('controlled: shows openTicketId, asks through onOpenTicketChange and waits for the host', async () => {
    const shown = ticketAt(1);
    const onOpenTicketChange = vi.fn<(ticketId: string | null) => void>();
    const user = userEvent.setup();
    const { rerender } = render(
      <RevampdProvider {...testProviderProps()}>
        <TicketsTable openTicketId={shown.id} onOpenTicketChange={onOpenTicketChange} />
      </RevampdProvider>,
    );
    await detailHeading(shown);

    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onOpenTicketChange).toHaveBeenCalledWith(null);
    // The host has not let go of the ticket: it stays open.
    expect(screen.getByRole('button', { name: /Back to tickets/ })).toBeInTheDocument();

    rerender(
      <RevampdProvider {...testProviderProps()}>
        <TicketsTable openTicketId={null} onOpenTicketChange={onOpenTicketChange} />
      </RevampdProvider>,
    );
    // Back was pressed: focus goes to the ticket's row once the host shows the list.
    const row = await within(await table()).findByRole('button', { name: rowName(shown) });
    await waitFor(() => expect(row).toHaveFocus());

    await user.click(row);
    expect(onOpenTicketChange).toHaveBeenLastCalledWith(shown.id);
    expect(screen.queryByRole('button', { name: /Back to tickets/ })).not.toBeInTheDocument();
  });

  it('controlled by a host that applies changes: open, Back, and focus back on the row', async () => {
    const target = ticketAt(0);
    const changes: (string | null)[] = [];
    function Host() {
      const [open, setOpen] = useState<string | null>(null);
      return (
        <TicketsTable
          openTicketId={open}
          onOpenTicketChange={(id) => {
            changes.push(id);
            setOpen(id);
          }}
        />
      );
    }
    const user = userEvent.setup();
    render(
      <RevampdProvider {...testProviderProps()}>
        <Host />
      </RevampdProvider>,
    );
    await user.click(await within(await table()).findByRole('button', { name: rowName(target) }));
    const heading = await detailHeading(target);
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    const row = await within(await table()).findByRole('button', { name: rowName(target) });
    await waitFor(() => expect(row).toHaveFocus());
    expect(changes).toEqual([target.id, null]);
  });

  it('closed by the host while focus is in the detail: focus goes back to the row', async () => {
    const shown = ticketAt(3);
    const ui = (open: string | null) => (
      <RevampdProvider {...testProviderProps()}>
        <TicketsTable openTicketId={open} />
      </RevampdProvider>
    );
    const { rerender } = render(ui(shown.id));
    const heading = await detailHeading(shown);
    await waitFor(() => expect(heading).toHaveFocus());
    rerender(ui(null));
    const row = await within(await table()).findByRole('button', { name: rowName(shown) });
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('closed by the host while focus is elsewhere: focus stays where it is', async () => {
    const shown = ticketAt(3);
    const ui = (open: string | null) => (
      <RevampdProvider {...testProviderProps()}>
        <button type="button">Host button</button>
        <TicketsTable openTicketId={open} />
      </RevampdProvider>
    );
    const { rerender } = render(ui(shown.id));
    await detailHeading(shown);
    const hostButton = screen.getByRole('button', { name: 'Host button' });
    act(() => hostButton.focus());
    rerender(ui(null));
    await within(await table()).findByRole('button', { name: rowName(shown) });
    expect(hostButton).toHaveFocus();
  });

  it('inside ConnectionPortal, follows the portal’s controlled location and reports through it', async () => {
    const shown = ticketAt(4);
    const onLocationChange = vi.fn();
    const user = userEvent.setup();
    const ui = (ticketId: string | undefined) => (
      <RevampdProvider {...testProviderProps()}>
        <ConnectionPortal location={{ section: 'tickets', ticketId }} onLocationChange={onLocationChange} />
      </RevampdProvider>
    );
    const { rerender } = render(ui(shown.id));
    await detailHeading(shown);
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(onLocationChange).toHaveBeenLastCalledWith({ section: 'tickets' });
    // The host keeps the ticket in its location: the portal, and so the table, keep it open.
    expect(screen.getByRole('button', { name: /Back to tickets/ })).toBeInTheDocument();
    rerender(ui(undefined));
    const row = await within(await table()).findByRole('button', { name: rowName(shown) });
    await waitFor(() => expect(row).toHaveFocus());
  });
});

// -------------------------------------------------------------------------------------------------
// In a host's tree
// -------------------------------------------------------------------------------------------------

describe('TicketsTable in a host’s tree', () => {
  it('forwards its ref to the root and spreads id, aria-* and data-* on it', async () => {
    const ref = createRef<HTMLElement>();
    renderWithProvider(
      <TicketsTable ref={ref} id="host-tickets" aria-describedby="host-note" data-testid="tickets" />,
    );
    const root = screen.getByTestId('tickets');
    expect(ref.current).toBe(root);
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveAttribute('id', 'host-tickets');
    expect(root).toHaveAttribute('aria-describedby', 'host-note');
    expect(root).toHaveAttribute('data-view', 'list');
    await table();
  });
});
