/**
 * Headless parity (issue 8): TicketDetail's key behaviours on a bare article built from
 * `useTicketDetail` (and `useAutoFocus`) alone — the heading takes focus, Close and Reopen
 * are sent once whatever the clicks with the labels the hook gives, a failed change is
 * said in plain words, and the view states come from the hook.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { failWith, noAccess } from '../../mocks/scenarios';
import {
  useAutoFocus,
  enUSTickets,
  useRevampd,
  useSectionMessages,
  useTicketDetail,
  type Ticket,
} from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { holdRequests, requestsTo } from './support';

// -------------------------------------------------------------------------------------------------
// The bare ticket detail
// -------------------------------------------------------------------------------------------------

/** One ticket as a host would write it over `useTicketDetail`: plain elements only. */
function BareTicketDetail({ ticketId }: { ticketId: string }) {
  const { t } = useRevampd();
  const m = useSectionMessages('tickets', enUSTickets);
  const { ticket, view, statusAction } = useTicketDetail(ticketId);
  const { containerRef, targetRef } = useAutoFocus<HTMLElement>({
    key: ticketId,
    ready: view.kind === 'ready' && ticket !== undefined,
  });
  return (
    <article ref={containerRef} tabIndex={-1} aria-label="Ticket" data-state={view.kind}>
      {ticket && (
        <>
          <h2 ref={targetRef} tabIndex={-1}>
            {t(m.detailHeading, { number: ticket.number, title: ticket.title })}
          </h2>
          <dl>
            <dt>Status</dt>
            <dd>{m.status[ticket.status]}</dd>
          </dl>
        </>
      )}
      {statusAction && (
        <>
          {statusAction.error && (
            <div role="alert">
              <p>{m.statusChangeFailed}</p>
              <p>{statusAction.errorText}</p>
            </div>
          )}
          {/* No guard of its own: once-only (and the double click's second click) is the hook's. */}
          <button type="button" onClick={statusAction.onClick}>
            {statusAction.label}
          </button>
        </>
      )}
    </article>
  );
}

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** The scope's newest ticket with `patch` applied, as the API will answer it. */
function withTicket(patch: Partial<Ticket>): Ticket {
  const first = scope().tickets[0];
  if (!first) throw new Error('the seed has tickets');
  const ticket = { ...first, ...patch };
  scope().tickets[0] = ticket;
  return ticket;
}

const heading = (ticket: Ticket) =>
  screen.findByRole('heading', { level: 2, name: `Ticket #${ticket.number}: ${ticket.title}` });

const patches = (log: ReturnType<typeof useNetworkLog>) => requestsTo(log, 'PATCH', /\/tickets\/[^/]+$/);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('TicketDetail parity: a bare article over useTicketDetail', () => {
  const log = useNetworkLog();

  it('moves focus to the heading once the ticket is shown', async () => {
    const ticket = withTicket({ status: 'in_progress' });
    renderWithProvider(<BareTicketDetail ticketId={ticket.id} />);
    expect(screen.getByRole('article')).toHaveAttribute('data-state', 'loading');
    const title = await heading(ticket);
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('article')).toHaveAttribute('data-state', 'ready');
    expect(screen.getByText('In Progress')).toBeInTheDocument();
  });

  it('closes once whatever the clicks, says "Closing…" meanwhile, then offers Reopen', async () => {
    const ticket = withTicket({ status: 'open' });
    const answer = holdRequests('patch', '/tickets/:ticketId');
    const user = userEvent.setup();
    renderWithProvider(<BareTicketDetail ticketId={ticket.id} />);
    const button = await screen.findByRole('button', { name: 'Close ticket' });
    await user.dblClick(button);
    await user.click(button);
    await waitFor(() => expect(patches(log).length).toBeGreaterThan(0));
    expect(button).toHaveTextContent('Closing…');
    answer.release();

    // One button whose label flips, so focus could stay on it.
    expect(await screen.findByRole('button', { name: 'Reopen ticket' })).toBe(button);
    expect(patches(log)).toHaveLength(1);
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('closed');
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('reopens a closed ticket once across a double click', async () => {
    const ticket = withTicket({ status: 'closed' });
    const user = userEvent.setup();
    renderWithProvider(<BareTicketDetail ticketId={ticket.id} />);
    await user.dblClick(await screen.findByRole('button', { name: 'Reopen ticket' }));
    // The double click's second click must not close it again once the reopen has landed.
    expect(await screen.findByRole('button', { name: 'Close ticket' })).toBeInTheDocument();
    expect(patches(log)).toHaveLength(1);
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('open');
  });

  it('says a failed change in plain words and keeps the status', async () => {
    const ticket = withTicket({ status: 'resolved' });
    server.use(...failWith('tickets', 500, undefined, { method: 'PATCH' }));
    const user = userEvent.setup();
    renderWithProvider(<BareTicketDetail ticketId={ticket.id} />);
    await user.click(await screen.findByRole('button', { name: 'Close ticket' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The ticket was not updated.');
    // The library's sentence for a 5xx, as TicketDetail shows it.
    expect(alert).toHaveTextContent('Revampd is having trouble right now');
    expect(screen.getByText('Resolved')).toBeInTheDocument();
  });

  it('takes its view state from the hook: no access on 403', async () => {
    server.use(...noAccess('tickets'));
    renderWithProvider(<BareTicketDetail ticketId="tkt_any" />);
    await waitFor(() => expect(screen.getByRole('article')).toHaveAttribute('data-state', 'no-access'));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
