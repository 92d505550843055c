/**
 * Headless state of one ticket's detail: the ticket, its view state, and the close /
 * reopen action sent once whatever the clicks. TicketDetail only renders what this
 * returns, so a host can build its own markup on the same behaviour.
 */
import { useCallback } from 'react';
import type { RevampdError } from '../api/errors';
import type { Ticket, TicketStatus } from '../api/schemas';
import { resourceView, type ResourceView } from '../model/resourceView';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useErrorText } from './errorText';
import type { ResourceQuery } from './shared';
import { useTicket, useUpdateTicketStatus } from './tickets';
import { enUSTickets } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Shared
// -------------------------------------------------------------------------------------------------

/** The status change a ticket offers: reopen a closed one, close any other. */
export function nextTicketStatus(status: TicketStatus): 'open' | 'closed' {
  return status === 'closed' ? 'open' : 'closed';
}

/** The part of a click the action needs: how many clicks in a row (`MouseEvent.detail`). */
export interface TicketStatusActionClick {
  /** 1 for a single click; above 1 for the later clicks of a double click, which are ignored. */
  readonly detail: number;
}

// -------------------------------------------------------------------------------------------------
// useTicketDetail
// -------------------------------------------------------------------------------------------------

/** The close / reopen action of an open ticket. */
export interface TicketStatusAction {
  /** What the action sets: `closed` for an open, in-progress or resolved ticket, `open` for a closed one. */
  nextStatus: 'open' | 'closed';
  /** The request is in flight; further runs are ignored. */
  isPending: boolean;
  /** The last attempt's failure, if any. */
  error: RevampdError | null;
  /** That failure in plain words, in the provider's language (`null` without one). */
  errorText: string | null;
  /** The button's text: "Close ticket", "Closing…", "Reopen ticket" or "Reopening…". */
  label: string;
  /** Sends the change once, whatever the clicks (one Idempotency-Key per intent). */
  run: () => void;
  /**
   * The button's click handler: runs the action, except on the second click of a double
   * click, which would otherwise undo the first once it has landed (Close → Reopen).
   */
  onClick: (event: TicketStatusActionClick) => void;
}

/** What {@link useTicketDetail} returns. */
export interface TicketDetailState {
  /** The ticket's query, for Retry, staleness and a host's own markup. */
  query: ResourceQuery<Ticket>;
  /** The ticket, once loaded (kept while a refresh fails). */
  ticket: Ticket | undefined;
  /** Loading, error, no-access or ready, decided as for every widget. */
  view: ResourceView;
  /** Close or reopen; `null` until the ticket is loaded, or when `changeTicketStatus` is off. */
  statusAction: TicketStatusAction | null;
}

/** One ticket and its close / reopen action; the lists follow through the cache. */
export function useTicketDetail(ticketId: string | null): TicketDetailState {
  const { features } = useRevampd();
  const m = useSectionMessages('tickets', enUSTickets);
  const describe = useErrorText();
  const query = useTicket(ticketId);
  const update = useUpdateTicketStatus();
  const ticket = query.data;
  const view = resourceView(query, ticket !== undefined);
  const { mutate, isPending } = update;

  const nextStatus = ticket ? nextTicketStatus(ticket.status) : null;
  const run = useCallback(() => {
    if (!ticket || nextStatus === null || isPending) return;
    // Errors are shown from `update.error`; the rejection itself needs no handler here.
    mutate({ ticketId: ticket.id, status: nextStatus }).catch(() => undefined);
  }, [ticket, nextStatus, isPending, mutate]);

  const onClick = useCallback(
    (event: TicketStatusActionClick) => {
      if (event.detail > 1) return;
      run();
    },
    [run],
  );

  // A failure belongs to the action it came from: after a success the error is gone.
  const error = update.status === 'error' ? update.error : null;
  const label =
    nextStatus === 'closed' ? (isPending ? m.closing : m.close) : isPending ? m.reopening : m.reopen;
  return {
    query,
    ticket,
    view,
    // Switched off by the host: no close or reopen is offered (the hook refuses it too).
    statusAction:
      nextStatus === null || !features.changeTicketStatus
        ? null
        : { nextStatus, isPending, error, errorText: describe(error), label, run, onClick },
  };
}
