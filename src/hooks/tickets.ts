import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { RevampdError } from '../api/errors';
import { ticketKeys } from '../api/keys';
import { ticketQuery, ticketsQuery } from '../api/queries';
import type { NewTicket, Ticket, TicketStatus } from '../api/schemas';
import { createTicket, updateTicketStatus } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { prependToPages, replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

/** Filters of {@link useTickets}. */
export interface TicketFilters {
  /** Only tickets in this status; `null` or absent for all. */
  status?: TicketStatus | null;
}

/** Tickets opened with Revampd, newest first, filtered by the API, paged by cursor. */
export function useTickets(filters: TicketFilters = {}): ListQuery<Ticket> {
  return useListQuery(ticketsQuery(useRevampd(), { status: filters.status ?? null }));
}

/** One ticket; disabled while `ticketId` is null. */
export function useTicket(ticketId: string | null): UseQueryResult<Ticket, RevampdError> {
  const context = useRevampd();
  return useQuery(
    { ...ticketQuery(context, ticketId ?? ''), enabled: ticketId !== null },
    context.queryClient,
  );
}

/** Fields of a new ticket, trimmed the way the API counts them. */
export function normalizeNewTicket(ticket: NewTicket): NewTicket {
  return { title: ticket.title.trim(), priority: ticket.priority, description: ticket.description.trim() };
}

/**
 * Opens a ticket with Revampd. The same draft submitted twice (double click, held Enter,
 * Retry after a network error) is one intent with one Idempotency-Key: one ticket.
 */
export function useSubmitTicket(): IdempotentMutation<NewTicket, Ticket> {
  const { api, scope, queryClient } = useRevampd();
  return useIdempotentMutation({
    intentOf: (ticket) => `create:${JSON.stringify(normalizeNewTicket(ticket))}`,
    send: (ticket, idempotencyKey) => createTicket(api, normalizeNewTicket(ticket), { idempotencyKey }),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(scope, ticket.id), ticket);
      // Show it at once in the lists it belongs to, then confirm with the server.
      prependToPages(queryClient, ticketKeys.lists(scope), ticket, (key) => {
        const filters = key[key.length - 1] as { status: TicketStatus | null } | undefined;
        return !filters?.status || filters.status === ticket.status;
      });
      await queryClient.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
    },
  });
}

/** Closes or reopens a ticket, once per intent; the detail and the lists follow. */
export function useUpdateTicketStatus(): IdempotentMutation<
  { ticketId: string; status: 'open' | 'closed' },
  Ticket
> {
  const { api, scope, queryClient } = useRevampd();
  return useIdempotentMutation({
    intentOf: ({ ticketId, status }) => `status:${ticketId}:${status}`,
    send: ({ ticketId, status }, idempotencyKey) =>
      updateTicketStatus(api, ticketId, status, { idempotencyKey }),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(scope, ticket.id), ticket);
      replaceInPages(queryClient, ticketKeys.lists(scope), ticket);
      // A status filter may no longer match: let the lists refetch.
      await queryClient.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
    },
  });
}
