/**
 * `GET /tickets`, `GET /tickets/{id}`, `POST /tickets`, `PATCH /tickets/{id}`, and a
 * ticket's conversation: `GET` and `POST /tickets/{id}/messages`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import { MESSAGE_LIMITS, TICKET_LIMITS } from '../../src/api/schemas';
import type { Ticket, TicketPriority, TicketStatus } from '../../src/api/schemas';
import { mintId, syncTicketActivity } from '../db';
import type { MockDb, MockMessage, MockScope } from '../db';
import { characterCount } from '../random';
import { checkAttachmentIds, claimAttachments } from './attachments';
import { matchesText, readFilters } from './filters';
import { apiError, apiPath, isRecord, isoNow, listPage, mutate, ok, read } from './shared';
import type { MockResult, ScopeParams } from './shared';
import { messageView, ticketDetailView, ticketView } from './views';

const STATUSES: readonly TicketStatus[] = ['open', 'in_progress', 'resolved', 'closed'];
const PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high'];

const TICKET_FILTERS = {
  status: { kind: 'enum', values: STATUSES },
  priority: { kind: 'enum', values: PRIORITIES },
  awaitingCustomer: { kind: 'true' },
  q: { kind: 'text' },
} as const;

function isPriority(value: unknown): value is TicketPriority {
  return PRIORITIES.some((priority) => priority === value);
}

/**
 * Checks a trimmed text field against 1…max characters (code points, as the form's counter
 * counts: an emoji is one); returns the field's message.
 */
function textProblem(value: unknown, label: string, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return `Enter a ${label}.`;
  if (characterCount(value.trim()) > max) return `The ${label} must be ${max} characters or fewer.`;
  return undefined;
}

function findTicket(scope: MockScope, ticketId: string | undefined): { index: number; ticket?: Ticket } {
  const index = scope.tickets.findIndex((ticket) => ticket.id === ticketId);
  const ticket = scope.tickets[index];
  return ticket === undefined ? { index } : { index, ticket };
}

const NOT_FOUND = (): MockResult => apiError(404, 'not_found', 'No such ticket.');

function createTicket(scope: MockScope, body: unknown, now: Date): MockResult {
  const input = isRecord(body) ? body : {};
  const fields: Record<string, string> = {};
  const titleProblem = textProblem(input['title'], 'title', TICKET_LIMITS.title);
  const descriptionProblem = textProblem(input['description'], 'description', TICKET_LIMITS.description);
  if (titleProblem !== undefined) fields['title'] = titleProblem;
  if (descriptionProblem !== undefined) fields['description'] = descriptionProblem;
  const priority = input['priority'];
  if (!isPriority(priority)) fields['priority'] = 'Choose low, medium or high.';
  const claim = checkAttachmentIds(scope, input['attachmentIds']);
  if (!claim.ok) fields['attachmentIds'] = claim.message;
  const title = input['title'];
  const description = input['description'];
  if (
    Object.keys(fields).length > 0 ||
    typeof title !== 'string' ||
    typeof description !== 'string' ||
    !isPriority(priority) ||
    !claim.ok
  ) {
    return apiError(422, 'validation_failed', 'Some fields need attention.', fields);
  }
  const number = scope.tickets.reduce((max, ticket) => Math.max(max, ticket.number), 0) + 1;
  const at = isoNow(now);
  const ticket: Ticket = {
    id: mintId(scope, 'tkt'),
    number,
    title: title.trim(),
    description: description.trim(),
    priority,
    status: 'open',
    assignee: null,
    createdAt: at,
    updatedAt: at,
    messageCount: 0,
    lastMessageAt: null,
    lastMessageBy: null,
    awaitingCustomer: false,
  };
  claimAttachments(claim.attachments, ticket.id, null);
  scope.tickets.unshift(ticket);
  return ok(ticketView(scope, ticket), 201);
}

function reply(
  db: MockDb,
  scope: MockScope,
  ticketId: string | undefined,
  body: unknown,
  now: Date,
): MockResult {
  const { index, ticket } = findTicket(scope, ticketId);
  if (ticket === undefined) return NOT_FOUND();
  if (ticket.status === 'closed') {
    return apiError(409, 'ticket_closed', 'This ticket is closed; reopen it to reply.');
  }
  const input = isRecord(body) ? body : {};
  const fields: Record<string, string> = {};
  const bodyProblem = textProblem(input['body'], 'reply', MESSAGE_LIMITS.body);
  if (bodyProblem !== undefined) fields['body'] = bodyProblem;
  const claim = checkAttachmentIds(scope, input['attachmentIds']);
  if (!claim.ok) fields['attachmentIds'] = claim.message;
  const text = input['body'];
  if (Object.keys(fields).length > 0 || typeof text !== 'string' || !claim.ok) {
    return apiError(422, 'validation_failed', 'Some fields need attention.', fields);
  }
  const at = isoNow(now);
  const message: MockMessage = {
    id: mintId(scope, 'msg'),
    ticketId: ticket.id,
    author: { kind: 'customer', name: scope.customerName },
    body: text.trim(),
    createdAt: at,
    attachmentIds: claim.attachments.map((attachment) => attachment.id),
  };
  claimAttachments(claim.attachments, ticket.id, message.id);
  (scope.messages[ticket.id] ??= []).push(message);
  // A reply to a resolved ticket reopens it: the customer says it is not solved after all.
  scope.tickets[index] = {
    ...ticket,
    status: ticket.status === 'resolved' ? 'open' : ticket.status,
    updatedAt: at,
  };
  syncTicketActivity(scope, ticket.id);
  return ok(messageView(db, scope, message), 201);
}

/** Handlers for the tickets resource and its conversations. */
export function ticketHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/tickets'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const parsed = readFilters(url, TICKET_FILTERS);
        if (!parsed.ok) return parsed.error;
        const { status, priority, awaitingCustomer, q } = parsed.filters;
        const rows = scope.tickets
          .map((ticket) => ticketView(scope, ticket))
          .filter(
            (ticket) =>
              (status === undefined || ticket.status === status) &&
              (priority === undefined || ticket.priority === priority) &&
              (awaitingCustomer === undefined || ticket.awaitingCustomer) &&
              // "#12" finds ticket 12, as people write ticket numbers.
              matchesText(q, String(ticket.number), `#${ticket.number}`, ticket.title, ticket.description),
          );
        return listPage(rows, url, parsed.key);
      }),
    ),

    http.get<ScopeParams>(apiPath('/tickets/:ticketId'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => {
        const { ticket } = findTicket(scope, params['ticketId']);
        return ticket === undefined ? NOT_FOUND() : ok(ticketDetailView(db, scope, ticket));
      }),
    ),

    http.post<ScopeParams>(apiPath('/tickets'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) => createTicket(scope, body, now)),
    ),

    http.patch<ScopeParams>(apiPath('/tickets/:ticketId'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) => {
        const { index, ticket } = findTicket(scope, params['ticketId']);
        if (ticket === undefined) return NOT_FOUND();
        // Only closing and reopening are allowed: anything else is a 422 naming the field.
        const input = isRecord(body) ? body : {};
        const fields: Record<string, string> = {};
        for (const key of Object.keys(input)) {
          if (key !== 'status') fields[key] = 'This field cannot be changed.';
        }
        const status = input['status'];
        if (status !== 'open' && status !== 'closed')
          fields['status'] = 'Status can only be set to "open" or "closed".';
        if (Object.keys(fields).length > 0 || (status !== 'open' && status !== 'closed')) {
          return apiError(422, 'validation_failed', 'Only closing or reopening a ticket is allowed.', fields);
        }
        if (ticket.status === status) return ok(ticketView(scope, ticket));
        scope.tickets[index] = { ...ticket, status, updatedAt: isoNow(now) };
        // Closing ends "awaiting your reply"; reopening brings it back if the team wrote last.
        syncTicketActivity(scope, ticket.id);
        return ok(ticketView(scope, scope.tickets[index] ?? ticket));
      }),
    ),

    http.get<ScopeParams>(apiPath('/tickets/:ticketId/messages'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const { ticket } = findTicket(scope, params['ticketId']);
        if (ticket === undefined) return NOT_FOUND();
        // Oldest first: a conversation reads top down. The cursor is bound to this ticket.
        const messages = (scope.messages[ticket.id] ?? []).map((message) => messageView(db, scope, message));
        return listPage(messages, url, `ticket:${ticket.id}`);
      }),
    ),

    http.post<ScopeParams>(apiPath('/tickets/:ticketId/messages'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) => reply(db, scope, params['ticketId'], body, now)),
    ),
  ];
}
