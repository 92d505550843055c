/**
 * TicketsTable, finding tickets (issue 10): a debounced search sent as `q`, Priority beside
 * Status, "Awaiting your reply", the rows' badges, "No tickets match" with Clear filters,
 * filters in the URL helper's location, and faults.md 39–40.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTicketMessage } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import type { Ticket } from '../../api/schemas';
import { RevampdProvider } from '../../provider/RevampdProvider';
import { useHashLocation } from '../../routing/useUrlLocation';
import { useNetworkLog } from '../../../test/api/support';
import { requestsTo } from '../../../test/parity/support';
import { recordOnChange } from '../../../test/queries';
import { renderWithProvider, testProviderProps, TEST_ORG_ID } from '../../../test/render';
import { ConnectionPortal } from '../ConnectionPortal/ConnectionPortal';
import { TicketsTable } from './TicketsTable';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const log = useNetworkLog();
const listRequests = () => requestsTo(log, 'GET', /\/tickets$/);

/** The table once its rows are in (the loading skeleton is a different element). */
const table = () =>
  waitFor(() => {
    const element = screen.getByRole('table', { name: 'Tickets' });
    if (element.closest('[data-state="loading"]')) throw new Error('still loading');
    return element;
  });
const rowHeaders = () => within(screen.getByRole('table', { name: 'Tickets' })).queryAllByRole('rowheader');
const rowOf = (ticket: Ticket) => {
  const row = screen.getByRole('button', { name: `${ticket.title}, Ticket #${ticket.number}` }).closest('tr');
  if (!row) throw new Error('no row');
  return row;
};
const search = () => screen.getByRole('searchbox', { name: 'Search tickets' });

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('TicketsTable: search (faults.md 39)', () => {
  it('sends the search as q once typing pauses: one request for the word, not one per key', async () => {
    const target = scope().tickets[3]!;
    const index = scope().tickets.indexOf(target);
    scope().tickets[index] = { ...target, title: 'Voicemail greeting is wrong' };
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    await table();
    const before = listRequests().length;
    await user.type(search(), 'voicemail greeting');
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('q')).toBe('voicemail greeting'));
    expect(listRequests().length).toBe(before + 1);
    await waitFor(() =>
      expect(rowHeaders().map((cell) => cell.textContent)).toEqual(['Voicemail greeting is wrong']),
    );
  });

  it('sends % & # quotes, markup and emoji encoded; says nothing matches, naming the search; Clear filters', async () => {
    const text = '50% & #12 "quoted" <script>alert(1)</script> 😀';
    const user = userEvent.setup();
    const { container } = renderWithProvider(<TicketsTable />);
    await table();
    const all = rowHeaders().length;
    await user.type(search(), text);
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('q')).toBe(text));
    // One parameter, not broken at & or # (URLSearchParams encodes it).
    expect([...(listRequests().at(-1)?.searchParams.keys() ?? [])].filter((key) => key === 'q')).toHaveLength(
      1,
    );
    expect(await screen.findByText(`No tickets match “${text}”`)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search()).toHaveValue('');
    await waitFor(() => expect(rowHeaders()).toHaveLength(all));
    expect(screen.queryByText(/No tickets match/)).not.toBeInTheDocument();
  });

  it('stops a search over 100 characters with a message before sending it', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    await table();
    const before = listRequests().length;
    await user.click(search());
    await user.paste('x'.repeat(1000));
    expect(await screen.findByText('Search must be 100 characters or fewer')).toBeInTheDocument();
    expect(search()).toHaveAttribute('aria-invalid', 'true');
    expect(search()).toHaveAccessibleDescription(/Search must be 100 characters or fewer/);
    await user.keyboard('{Enter}');
    expect(listRequests().length).toBe(before);
    expect(log.requests.filter((request) => request.url.includes('q=')).length).toBe(0);
    // Back within the limit: the message goes and the search is sent.
    await user.clear(search());
    await user.type(search(), 'ok');
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('q')).toBe('ok'));
    expect(screen.queryByText('Search must be 100 characters or fewer')).not.toBeInTheDocument();
  });
});

describe('TicketsTable: filters', () => {
  it('sends Priority as priority and "Awaiting your reply" as awaitingCustomer=true, beside Status', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketsTable />);
    await table();
    const priority = screen.getByRole('combobox', { name: 'Priority' });
    expect(
      within(priority)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', 'Low', 'Medium', 'High']);
    await user.selectOptions(priority, 'high');
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('priority')).toBe('high'));
    await table();
    const highTitles = scope()
      .tickets.filter((ticket) => ticket.priority === 'high')
      .slice(0, 10)
      .map((ticket) => ticket.title);
    await waitFor(() => expect(rowHeaders().map((cell) => cell.textContent)).toEqual(highTitles));

    await user.selectOptions(priority, 'all');
    await user.click(screen.getByRole('checkbox', { name: 'Awaiting your reply' }));
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('awaitingCustomer')).toBe('true'));
    expect(listRequests().at(-1)?.searchParams.has('priority')).toBe(false);
    const awaiting = scope().tickets.filter((ticket) => ticket.awaitingCustomer);
    expect(awaiting.length).toBeGreaterThan(0);
    await waitFor(() => expect(rowHeaders()).toHaveLength(Math.min(10, awaiting.length)));
    for (const ticket of awaiting.slice(0, 10)) {
      expect(within(rowOf(ticket)).getByText('Awaiting your reply')).toBeInTheDocument();
    }
  });

  it('says nothing matches these filters, and Clear filters empties them all', async () => {
    const user = userEvent.setup();
    // No ticket is both low priority and awaiting a reply.
    scope().tickets = scope().tickets.map((ticket) =>
      ticket.priority === 'low' ? { ...ticket, awaitingCustomer: false } : ticket,
    );
    server.use(
      http.get(apiPath('/tickets'), ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('priority') === 'low' && url.searchParams.get('awaitingCustomer')) {
          return Response.json({ data: [], nextCursor: null });
        }
        return undefined;
      }),
    );
    renderWithProvider(<TicketsTable />);
    await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'low');
    await user.click(screen.getByRole('checkbox', { name: 'Awaiting your reply' }));
    expect(await screen.findByText('No tickets match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('all');
    expect(screen.getByRole('checkbox', { name: 'Awaiting your reply' })).not.toBeChecked();
    await table();
  });
});

describe('TicketsTable: a filter changed while a page loads (faults.md 40)', () => {
  it('never shows the old filter’s rows under the new one', async () => {
    const user = userEvent.setup();
    // The "open" page is slow; the "closed" page answers at once.
    let releaseOpen: () => void = () => undefined;
    const openGate = new Promise<void>((resolve) => {
      releaseOpen = resolve;
    });
    server.use(
      http.get(apiPath('/tickets'), async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'open') await openGate;
        return undefined;
      }),
    );
    renderWithProvider(<TicketsTable />);
    await table();
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'open');
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('status')).toBe('open'));
    await user.selectOptions(status, 'closed');
    // From now on, every state the table shows holds closed tickets only.
    const shown = recordOnChange(() =>
      within(screen.getByRole('table', { name: 'Tickets' }))
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? '')
        .filter((text) => /^(Open|In Progress|Resolved|Closed)/.test(text)),
    );
    await waitFor(() => expect(rowHeaders().length).toBeGreaterThan(0));
    releaseOpen();
    // Let the slow answer land.
    await new Promise((resolve) => setTimeout(resolve, 100));
    shown.stop();
    const statuses = new Set(
      shown.values.flat().map((text) => text.replace(/(Awaiting your reply|New reply)/g, '')),
    );
    expect([...statuses]).toEqual(['Closed']);
  });
});

describe('TicketsTable: badges', () => {
  it('marks a ticket awaiting the customer, and a team reply not yet seen until it is opened (per user)', async () => {
    const user = userEvent.setup();
    const ticket = scope().tickets.find(
      (candidate) => candidate.awaitingCustomer && candidate.status !== 'closed',
    );
    if (!ticket) throw new Error('the seed has a ticket awaiting the customer');
    const view = renderWithProvider(<TicketsTable defaultFilters={{ awaitingCustomer: true }} />, {
      userId: 'usr_a',
    });
    await table();
    const row = rowOf(ticket);
    expect(within(row).getByText('Awaiting your reply')).toBeInTheDocument();
    expect(within(row).getByText('New reply')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `${ticket.title}, Ticket #${ticket.number}` }));
    await screen.findByRole('textbox', { name: 'Reply' });
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    await table();
    expect(within(rowOf(ticket)).queryByText('New reply')).not.toBeInTheDocument();
    expect(within(rowOf(ticket)).getByText('Awaiting your reply')).toBeInTheDocument();

    // Another person on this device has not seen it.
    view.unmount();
    renderWithProvider(<TicketsTable defaultFilters={{ awaitingCustomer: true }} />, { userId: 'usr_b' });
    await table();
    expect(within(rowOf(ticket)).getByText('New reply')).toBeInTheDocument();
  });

  it('marks a ticket again when a newer team reply comes', async () => {
    const user = userEvent.setup();
    const ticket = scope().tickets.find((candidate) => candidate.awaitingCustomer)!;
    const view = renderWithProvider(<TicketsTable defaultFilters={{ awaitingCustomer: true }} />);
    await table();
    await user.click(screen.getByRole('button', { name: `${ticket.title}, Ticket #${ticket.number}` }));
    await screen.findByRole('textbox', { name: 'Reply' });
    await user.click(screen.getByRole('button', { name: /Back to tickets/ }));
    await table();
    expect(within(rowOf(ticket)).queryByText('New reply')).not.toBeInTheDocument();
    addTicketMessage(scope(), ticket.id, {
      author: { kind: 'team', name: 'Maya Okafor' },
      body: 'One more thing',
      createdAt: '2026-11-25T14:59:00Z',
    });
    // The next visit (a fresh page) reads the list again.
    view.unmount();
    renderWithProvider(<TicketsTable defaultFilters={{ awaitingCustomer: true }} />);
    await table();
    expect(within(rowOf(ticket)).getByText('New reply')).toBeInTheDocument();
  });
});

describe('TicketsTable: filters in the URL helper’s location', () => {
  function Host() {
    const [location, setLocation] = useHashLocation();
    return <ConnectionPortal location={location} onLocationChange={setLocation} />;
  }

  it('a deep link keeps its search and filters; typing a search writes it back without new history entries', async () => {
    window.history.replaceState(null, '', '/#tickets?priority=high&q=call');
    const user = userEvent.setup();
    render(
      <RevampdProvider {...testProviderProps()}>
        <Host />
      </RevampdProvider>,
    );
    expect(await screen.findByRole('searchbox', { name: 'Search tickets' })).toHaveValue('call');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    await waitFor(() => {
      const last = listRequests().at(-1);
      expect(last?.searchParams.get('q')).toBe('call');
      expect(last?.searchParams.get('priority')).toBe('high');
    });
    const length = window.history.length;
    await user.clear(search());
    await user.type(search(), 'voicemail & more');
    await waitFor(() => expect(window.location.hash).toBe('#tickets?priority=high&q=voicemail+%26+more'));
    expect(window.history.length).toBe(length);

    // The filters stay while a ticket is open, so Back returns to the same list.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'all');
    await user.click(screen.getByRole('checkbox', { name: 'Awaiting your reply' }));
    await user.clear(search());
    await waitFor(() => expect(window.location.hash).toBe('#tickets?awaiting=true'));
    const [first] = await waitFor(() => {
      const cells = rowHeaders();
      if (cells.length === 0) throw new Error('no rows');
      return cells;
    });
    await user.click(within(first!).getByRole('button'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#tickets\/[^?]+\?awaiting=true$/));
    await user.click(await screen.findByRole('button', { name: /Back to tickets/ }));
    await waitFor(() => expect(window.location.hash).toBe('#tickets?awaiting=true'));
    expect(screen.getByRole('checkbox', { name: 'Awaiting your reply' })).toBeChecked();
  });
});
