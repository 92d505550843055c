/** The tickets' queries: the list, one ticket and its conversation. */
import { getTicket, listTicketMessages, listTickets, type TicketListParams } from '../endpoints/tickets';
import { listQuery, PAGE_SIZE, resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** The filters of a tickets list, as sent to the API. */
export type TicketListFilters = Pick<TicketListParams, 'status' | 'priority' | 'awaitingCustomer' | 'q'>;

/**
 * A tickets list's filters in one canonical shape (every filter present, `null` or `false`
 * when unset, `q` trimmed), so two spellings of the same filters share one cache entry and
 * a cursor is never sent with filters it was not made for.
 */
export interface NormalizedTicketListFilters {
  /** Only tickets in this state; `null` for all. */
  readonly status: NonNullable<TicketListParams['status']> | null;
  /** Only tickets of this priority; `null` for all. */
  readonly priority: NonNullable<TicketListParams['priority']> | null;
  /** Only tickets waiting on the customer's reply; `false` for all. */
  readonly awaitingCustomer: boolean;
  /** The search text, trimmed; `null` when empty. */
  readonly q: string | null;
}

/** See {@link NormalizedTicketListFilters}. */
export function normalizeTicketListFilters(filters: TicketListFilters = {}): NormalizedTicketListFilters {
  const q = filters.q?.trim() ?? '';
  return {
    status: filters.status ?? null,
    priority: filters.priority ?? null,
    awaitingCustomer: filters.awaitingCustomer === true,
    q: q === '' ? null : q,
  };
}

/** Messages per page of a conversation: most threads fit in one. */
export const MESSAGE_PAGE_SIZE = 50;

/** `GET /tickets`, `GET /tickets/{id}`, `GET /tickets/{id}/messages`. */
export const ticketQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'tickets'] as const,
  lists: (scope: QueryScope) => [...ticketQueries.all(scope), 'list'] as const,
  /** `GET /tickets?status=&priority=&awaitingCustomer=true&q=`, paged by cursor. */
  list: ({ api, scope }: ScopedClient, filters: TicketListFilters = {}) => {
    const normalized = normalizeTicketListFilters(filters);
    return listQuery([...ticketQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listTickets(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
  /** `GET /tickets/{id}`; off (skipToken) while `ticketId` is null. */
  detail: ({ api, scope }: ScopedClient, ticketId: string | null) =>
    resourceQuery(
      [...ticketQueries.all(scope), 'detail', ticketId],
      ticketId === null ? null : (signal) => getTicket(api, ticketId, { signal }),
    ),
  /** Every cached conversation of the scope. */
  conversations: (scope: QueryScope) => [...ticketQueries.all(scope), 'messages'] as const,
  /** `GET /tickets/{id}/messages`: one ticket's conversation, oldest first, paged by cursor. */
  messages: ({ api, scope }: ScopedClient, ticketId: string) =>
    listQuery([...ticketQueries.conversations(scope), ticketId], { ticketId }, (cursor, signal) =>
      listTicketMessages(api, ticketId, { cursor, limit: MESSAGE_PAGE_SIZE }, { signal }),
    ),
};
