/** TicketDetail: every state, plain-text description, close / reopen once (issue 4). */
import { screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { failWith, HOSTILE_STRINGS, networkError, noAccess } from '../../../mocks/scenarios';
import type { Ticket } from '../../api/schemas';
import { definitionOf } from '../../../test/queries';
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
    const article = screen.getByRole('article');
    // The description opens the conversation (issue 10), its line break kept as text.
    expect(within(article).getByRole('heading', { level: 3, name: 'Conversation' })).toBeInTheDocument();
    const [description] = within(article).getAllByRole('paragraph');
    expect(description?.textContent).toBe(`First line\nSecond line ${HOSTILE_STRINGS.imgOnerror}`);
    expect(container.querySelector('img')).toBeNull();
    expect(definitionOf(article, 'Status')).toHaveTextContent('In Progress');
    expect(definitionOf(article, 'Priority')).toHaveTextContent('High');
    expect(definitionOf(article, 'Assigned To')).toHaveTextContent('Maya Okafor');
    expect(definitionOf(article, 'Created')).toHaveTextContent('Nov 20, 2026, 9:05 AM');
    expect(definitionOf(article, 'Updated')).toHaveTextContent('Nov 21, 2026, 4:30 AM');
    expect(screen.getByRole('button', { name: 'Close ticket' })).toBeInTheDocument();
  });

  it('says "Unassigned" when nobody has it', async () => {
    const ticket = withTicket({ assignee: null });
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    expect(await screen.findByText('Unassigned')).toBeInTheDocument();
    expect(definitionOf(screen.getByRole('article'), 'Assigned To')).toHaveTextContent('Unassigned');
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
    // The answer waits until every click has landed: a fixed delay could run out first on
    // a busy machine, and the last click would then reopen the ticket.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.patch(apiPath('/tickets/:ticketId'), async () => {
        await gate;
        return undefined;
      }),
    );
    const patches = countPatches();
    const user = userEvent.setup();
    renderWithProvider(<TicketDetail ticketId={ticket.id} />);
    const button = await screen.findByRole('button', { name: 'Close ticket' });
    await user.dblClick(button);
    await user.click(button);
    await waitFor(() => expect(patches.get()).toBeGreaterThan(0));
    expect(button).toHaveTextContent('Closing…');
    release();
    expect(await screen.findByRole('button', { name: 'Reopen ticket' })).toBe(button);
    patches.stop();
    expect(patches.get()).toBe(1);
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('closed');
    expect(definitionOf(screen.getByRole('article'), 'Status')).toHaveTextContent('Closed');
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
    expect(definitionOf(screen.getByRole('article'), 'Status')).toHaveTextContent('Resolved');
  });

  it('forwards its ref to the root and spreads id, aria-* and data-*; data-state is the view', async () => {
    const ticket = withTicket({ status: 'in_progress' });
    const ref = createRef<HTMLElement>();
    renderWithProvider(
      <TicketDetail
        ref={ref}
        ticketId={ticket.id}
        autoFocus={false}
        id="host-detail"
        aria-describedby="host-note"
        data-testid="detail"
      />,
    );
    const root = screen.getByTestId('detail');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'host-detail');
    expect(root).toHaveAttribute('aria-describedby', 'host-note');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).not.toHaveAttribute('data-status');
    await screen.findByRole('heading', { level: 2, name: new RegExp(`Ticket #${ticket.number}`) });
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(root).toHaveAttribute('data-status', 'in_progress');
    expect(root).not.toHaveFocus();
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
