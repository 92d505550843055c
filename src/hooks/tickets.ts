import { normalizeTicketListFilters, ticketQueries, type TicketListFilters } from '../api/queries';
import type { NewTicket, Ticket } from '../api/schemas';
import { createTicket, updateTicketStatus } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { invalidateAttention } from './attention';
import { prependToPages, replaceInPages } from './cache';
import {
  useIdempotentMutation,
  useListQuery,
  useResourceQuery,
  type IdempotentMutation,
  type ListQuery,
  type ResourceQuery,
} from './shared';
import type { IntentStore } from '../model/intents';

/** Filters of {@link useTickets}. */
export type TicketFilters = TicketListFilters;

/** Tickets opened with Revampd, newest first, filtered by the API, paged by cursor. */
export function useTickets(filters: TicketFilters = {}): ListQuery<Ticket> {
  return useListQuery(ticketQueries.list(useRevampd(), filters));
}

/** One ticket; off (no request) while `ticketId` is null. */
export function useTicket(ticketId: string | null): ResourceQuery<Ticket> {
  return useResourceQuery(ticketQueries.detail(useRevampd(), ticketId));
}

/** Fields of a new ticket, trimmed the way the API counts them; no `attachmentIds` when there are none. */
export function normalizeNewTicket(ticket: NewTicket): NewTicket {
  const normalized: NewTicket = {
    title: ticket.title.trim(),
    priority: ticket.priority,
    description: ticket.description.trim(),
  };
  return ticket.attachmentIds && ticket.attachmentIds.length > 0
    ? { ...normalized, attachmentIds: [...ticket.attachmentIds] }
    : normalized;
}

/**
 * Whether a ticket belongs in a list with these filters, as the API decides it (status,
 * priority, awaiting the customer, and `q` in its number, title or description), so a new
 * ticket is shown at once only in the lists that will hold it.
 */
export function ticketMatchesFilters(ticket: Ticket, filters: TicketListFilters): boolean {
  const { status, priority, awaitingCustomer, q } = normalizeTicketListFilters(filters);
  if (status !== null && ticket.status !== status) return false;
  if (priority !== null && ticket.priority !== priority) return false;
  if (awaitingCustomer && !ticket.awaitingCustomer) return false;
  if (q === null) return true;
  const needle = q.toLocaleLowerCase();
  return [String(ticket.number), `#${ticket.number}`, ticket.title, ticket.description].some((text) =>
    text.toLocaleLowerCase().includes(needle),
  );
}

/** Options of {@link useSubmitTicket}. */
export interface UseSubmitTicketOptions {
  /**
   * Where the submit's Idempotency-Key lives; the ticket form keeps it with its draft, so a
   * remount or a reload mid-submit reuses it (faults.md 19, 37). @default the provider's store
   */
  intents?: IntentStore | undefined;
}

/**
 * Opens a ticket with Revampd. The same draft submitted twice (double click, held Enter,
 * Retry after a network error) is one intent with one Idempotency-Key: one ticket.
 */
export function useSubmitTicket(options: UseSubmitTicketOptions = {}): IdempotentMutation<NewTicket, Ticket> {
  return useIdempotentMutation({
    intents: options.intents,
    feature: 'submitTickets',
    intentOf: (ticket) => `create:${JSON.stringify(normalizeNewTicket(ticket))}`,
    send: (ticket, idempotencyKey, { api }) =>
      createTicket(api, normalizeNewTicket(ticket), { idempotencyKey }),
    onSuccess: async (ticket, _variables, client) => {
      const { queryClient, scope } = client;
      // Show it at once in the lists it belongs to, then confirm with the server.
      prependToPages<Ticket, TicketListFilters>(queryClient, ticketQueries.lists(scope), ticket, (filters) =>
        ticketMatchesFilters(ticket, filters),
      );
      await queryClient.invalidateQueries({ queryKey: ticketQueries.lists(scope) });
    },
  });
}

/** Closes or reopens a ticket, once per intent; the detail and the lists follow. */
export function useUpdateTicketStatus(): IdempotentMutation<
  { ticketId: string; status: 'open' | 'closed' },
  Ticket
> {
  return useIdempotentMutation({
    feature: 'changeTicketStatus',
    intentOf: ({ ticketId, status }) => `status:${ticketId}:${status}`,
    send: ({ ticketId, status }, idempotencyKey, { api }) =>
      updateTicketStatus(api, ticketId, status, { idempotencyKey }),
    onSuccess: async (ticket, _variables, client) => {
      const { queryClient, scope } = client;
      // The answer is the ticket without its attachments: keep the detail's own.
      queryClient.setQueryData(ticketQueries.detail(client, ticket.id).queryKey, (detail) =>
        detail ? { ...detail, ...ticket } : detail,
      );
      replaceInPages(queryClient, ticketQueries.lists(scope), ticket);
      // A closed ticket no longer awaits your reply (menu badge, alerts).
      void invalidateAttention(client);
      // A status filter may no longer match: let the lists refetch.
      await queryClient.invalidateQueries({ queryKey: ticketQueries.lists(scope) });
    },
  });
}
