/** The endpoints of tickets and their conversations. */
import type { Page } from '../schemas/common';
import { Message, MessagePage, Ticket, TicketDetail, TicketFilters, TicketPage } from '../schemas/tickets';
import type {
  Message as MessageT,
  NewMessage,
  NewTicket,
  Ticket as TicketT,
  TicketDetail as TicketDetailT,
  TicketPriority,
  TicketStatus,
} from '../schemas/tickets';
import type { MutationOptions, RequestOptions, Transport } from '../transport';
import { filterQuery, id, paging, textFilter, type ListParams } from './shared';

/** Filters of `GET /tickets`. `null`, `undefined`, `""` and `false` send nothing. */
export interface TicketListParams extends ListParams {
  /** Only tickets in this state. */
  status?: TicketStatus | null | undefined;
  /** Only tickets of this priority. */
  priority?: TicketPriority | null | undefined;
  /** Only tickets whose latest message is the team's and that are not closed. */
  awaitingCustomer?: boolean | null | undefined;
  /** 1–100 characters matched against number, title and description; longer is refused unsent. */
  q?: string | null | undefined;
}

/** `GET /tickets?status=&priority=&awaitingCustomer=true&q=`. */
export async function listTickets(
  api: Transport,
  params: TicketListParams = {},
  options: RequestOptions = {},
): Promise<Page<TicketT>> {
  const filters = filterQuery(api, TicketFilters, {
    status: textFilter(params.status),
    priority: textFilter(params.priority),
    awaitingCustomer: params.awaitingCustomer === true ? true : undefined,
    q: textFilter(params.q),
  });
  return api.send({
    method: 'GET',
    path: '/tickets',
    schema: TicketPage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}

/** `GET /tickets/{id}`: the ticket with its own attachments. */
export function getTicket(
  api: Transport,
  ticketId: string,
  options: RequestOptions = {},
): Promise<TicketDetailT> {
  return api.send({
    method: 'GET',
    path: `/tickets/${id(ticketId)}`,
    schema: TicketDetail,
    signal: options.signal,
  });
}

/** The `attachmentIds` of a body, left out when there are none (the body stays as before). */
const attachmentIds = (ids: readonly string[] | undefined) =>
  ids === undefined || ids.length === 0 ? {} : { attachmentIds: [...ids] };

/** `POST /tickets`. Only the contract's fields are sent, whatever the caller passes. */
export function createTicket(api: Transport, ticket: NewTicket, options: MutationOptions): Promise<TicketT> {
  return api.send({
    method: 'POST',
    path: '/tickets',
    schema: Ticket,
    body: {
      title: ticket.title,
      priority: ticket.priority,
      description: ticket.description,
      ...attachmentIds(ticket.attachmentIds),
    },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `PATCH /tickets/{id}`: close or reopen. */
export function updateTicketStatus(
  api: Transport,
  ticketId: string,
  status: 'open' | 'closed',
  options: MutationOptions,
): Promise<TicketT> {
  return api.send({
    method: 'PATCH',
    path: `/tickets/${id(ticketId)}`,
    schema: Ticket,
    body: { status },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `GET /tickets/{id}/messages`: the conversation, oldest first, paged. */
export function listTicketMessages(
  api: Transport,
  ticketId: string,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<MessageT>> {
  return api.send({
    method: 'GET',
    path: `/tickets/${id(ticketId)}/messages`,
    schema: MessagePage,
    query: paging(params),
    signal: options.signal,
  });
}

/**
 * `POST /tickets/{id}/messages`: a reply by the customer. It reopens a `resolved` ticket;
 * a `closed` one answers `409 ticket_closed`. Only the contract's fields are sent.
 */
export function replyToTicket(
  api: Transport,
  ticketId: string,
  message: NewMessage,
  options: MutationOptions,
): Promise<MessageT> {
  return api.send({
    method: 'POST',
    path: `/tickets/${id(ticketId)}/messages`,
    schema: Message,
    body: { body: message.body, ...attachmentIds(message.attachmentIds) },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}
