/** TicketDetail: every state, plain-text description, close / reopen once (issue 4). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { failWith, HOSTILE_STRINGS, networkError, noAccess } from '../../../mocks/scenarios';
import type { Ticket } from '../../api/schemas';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { TicketDetail } from './TicketDetail';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function withTicket(patch: Partial<Ticket>): Ticket {
  const first = scope().tickets[0];
  if (!first) throw new Error('the seed has tickets');
  const ticket = { ...first, ...patch };
  scope().tickets[0] = ticket;
  return ticket;
}

function countPatches() {
  let count = 0;
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'PATCH') count += 1;
  };
  server.events.on('request:start', listener);
  return { get: () => count, stop: () => server.events.removeListener('request:start', listener) };
}

describe('TicketDetail', () => {
  it('shows title, plain-text description with line breaks, status, priority, assignee and times; focuses the heading', async () => {
    const ticket = withTicket({
      status: 'in_progress',
      priority: 'high',
      description: `First line\nSecond line ${HOSTILE_STRINGS.imgOnerror}`,
      assignee: { id: 'usr_1', name: 'Maya Okafor' },
      createdAt: '2026-11-20T14:05:00Z',
      updatedAt: '2026-11-21T09:30:00Z',
    });
    const { container } = renderWithProvider(<TicketDetail ticketId={ticket.id} />);

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: `Ticket #${ticket.number}: ${ticket.title}`,
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const description = container.querySelector('.rvp-TicketDetail-description');
    expect(description?.textContent).toBe(`First line\nSecond line ${HOSTILE_STRINGS.imgOnerror}`);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('In Progress')).toBeInTheDocument();
    expect(screen.getByText('High')).toBeInTheDocument();
    expect(screen.getByText('Maya Okafor')).toBeInTheDocument();
    expect(screen.getByText('Nov 20, 2026, 9:05 AM')).toBeInTheDocument();
    expect(screen.getByText('Nov 21, 2026, 4:30 AM')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close ticket' })).toBeInTheDocument();
  });

  it('says "Unassigned" when nobody has it', async () => {
    const ticket = withTicket({ assignee: null });
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    expect(await screen.findByText('Unassigned')).toBeInTheDocument();
  });

  it('is busy while loading', async () => {
    server.use(
      http.get(apiPath('/tickets/:ticketId'), async () => {
        await delay('infinite');
        return undefined;
      }),
    );
    renderWithProvider(<TicketDetail ticketId="tkt_any" />);
    expect(await screen.findByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'true');
  });

  it('shows an error with a working retry', async () => {
    const ticket = withTicket({});
    server.use(...networkError('tickets', { method: 'GET', times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not reach Revampd/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: new RegExp(`Ticket #${ticket.number}`) }),
    ).toBeInTheDocument();
  });

  it('says when the ticket does not exist', async () => {
    renderWithProvider(<TicketDetail ticketId="tkt_missing" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This item could not be found.');
  });

  it('says the org has no access on 403', async () => {
    server.use(...noAccess('tickets'));
    renderWithProvider(<TicketDetail ticketId="tkt_any" />);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'This organization does not have access to this section.',
    );
  });

  it('closes once whatever the clicks, then offers Reopen', async () => {
    const ticket = withTicket({ status: 'open' });
    server.use(
      http.patch(apiPath('/tickets/:ticketId'), async () => {
        await delay(40);
        return undefined;
      }),
    );
    const patches = countPatches();
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    const button = await screen.findByRole('button', { name: 'Close ticket' });
    await user.dblClick(button);
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Reopen ticket' })).toBe(button);
    patches.stop();
    expect(patches.get()).toBe(1);
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('closed');
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('reopens a closed ticket once', async () => {
    const ticket = withTicket({ status: 'closed' });
    const patches = countPatches();
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    await user.dblClick(await screen.findByRole('button', { name: 'Reopen ticket' }));
    expect(await screen.findByRole('button', { name: 'Close ticket' })).toBeInTheDocument();
    patches.stop();
    expect(patches.get()).toBe(1);
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('open');
  });

  it('offers Close on resolved tickets and reports a failed change', async () => {
    const ticket = withTicket({ status: 'resolved' });
    server.use(...failWith('tickets', 500, undefined, { method: 'PATCH' }));
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    await user.click(await screen.findByRole('button', { name: 'Close ticket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The ticket was not updated.');
    expect(screen.getByText('Resolved')).toBeInTheDocument();
  });

  it('calls onBack from its Back button', async () => {
    const ticket = withTicket({});
    let backs = 0;
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} onBack={() => (backs += 1)} />);
    await user.click(await screen.findByRole('button', { name: /Back to tickets/ }));
    expect(backs).toBe(1);
  });
});
