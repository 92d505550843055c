/** TicketsTable: states, filter sent as `status`, sort, cursor paging, detail in place (issue 4). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { networkError, noAccess, ticketsEmpty } from '../../../mocks/scenarios';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { ConnectionPortal } from '../ConnectionPortal/ConnectionPortal';
import { TicketsTable } from './TicketsTable';

const tickets = () => db.scope(TEST_ORG_ID, 'revampd').tickets;

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
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(10));
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
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(10));
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
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    const grid = await table();
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(10));
    const sortButton = within(grid).getByRole('button', { name: /Number/ });
    const header = within(grid).getByRole('columnheader', { name: /Number/ });
    await user.click(sortButton);
    if (header.getAttribute('aria-sort') !== 'ascending') await user.click(sortButton);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows(grid)[0]).toHaveTextContent('#1');
    await user.click(sortButton);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows(grid)[0]).toHaveTextContent('#40');
  });

  it('loads the next page with nextCursor', async () => {
    const requests = watchListRequests();
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable pageSize={50} />);
    const grid = await table();
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows(grid)).toHaveLength(40));
    requests.stop();
    expect(requests.urls.at(-1)?.searchParams.get('cursor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
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
    renderWithProvider(<TicketsTable pageSize={50} />);
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
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await user.click(await screen.findByRole('button', { name: 'View ticket #41' }));

    expect(screen.getByRole('tab', { name: 'Tickets' })).toHaveAttribute('aria-selected', 'true');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Ticket #41: From the portal' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    expect(
      await within(await table()).findByRole('button', { name: 'From the portal, Ticket #41' }),
    ).toBeInTheDocument();
  });
});
