/**
 * `GET /tickets`, `GET /tickets/{id}`, `POST /tickets`, `PATCH /tickets/{id}`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import { TICKET_LIMITS } from '../../src/api/schemas';
import type { Ticket, TicketPriority, TicketStatus } from '../../src/api/schemas';
import { mintId } from '../db';
import type { MockDb } from '../db';
import { apiError, apiPath, isRecord, isoNow, listPage, mutate, ok, read } from './shared';
import type { MockResult, ScopeParams } from './shared';

const STATUSES: readonly TicketStatus[] = ['open', 'in_progress', 'resolved', 'closed'];
const PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high'];

function isStatus(value: unknown): value is TicketStatus {
  return STATUSES.some((status) => status === value);
}

function isPriority(value: unknown): value is TicketPriority {
  return PRIORITIES.some((priority) => priority === value);
}

/**
 * Length in code points, not UTF-16 units: an emoji is one character to the person typing,
 * and the mock should never be stricter than the form's counter.
 */
function characterCount(text: string): number {
  return [...text].length;
}

/** Checks a trimmed text field against 1…max characters; returns the field's message. */
function textProblem(value: unknown, label: string, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return `Enter a ${label}.`;
  if (characterCount(value.trim()) > max) return `The ${label} must be ${max} characters or fewer.`;
  return undefined;
}

function createTicket(
  body: unknown,
  create: (fields: Pick<Ticket, 'title' | 'description' | 'priority'>) => Ticket,
): MockResult {
  const input = isRecord(body) ? body : {};
  const fields: Record<string, string> = {};
  const titleProblem = textProblem(input['title'], 'title', TICKET_LIMITS.title);
  const descriptionProblem = textProblem(input['description'], 'description', TICKET_LIMITS.description);
  if (titleProblem !== undefined) fields['title'] = titleProblem;
  if (descriptionProblem !== undefined) fields['description'] = descriptionProblem;
  const priority = input['priority'];
  if (!isPriority(priority)) fields['priority'] = 'Choose low, medium or high.';
  const title = input['title'];
  const description = input['description'];
  if (
    Object.keys(fields).length > 0 ||
    typeof title !== 'string' ||
    typeof description !== 'string' ||
    !isPriority(priority)
  ) {
    return apiError(422, 'validation_failed', 'Some fields need attention.', fields);
  }
  return ok(create({ title: title.trim(), description: description.trim(), priority }), 201);
}

/** Handlers for the tickets resource. */
export function ticketHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/tickets'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const status = url.searchParams.get('status');
        if (status === null) return listPage(scope.tickets, url);
        if (!isStatus(status)) {
          return apiError(400, 'invalid_status', `status must be one of ${STATUSES.join(', ')}.`);
        }
        return listPage(
          scope.tickets.filter((ticket) => ticket.status === status),
          url,
        );
      }),
    ),

    http.get<ScopeParams>(apiPath('/tickets/:ticketId'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => {
        const ticket = scope.tickets.find((candidate) => candidate.id === params['ticketId']);
        return ticket === undefined ? apiError(404, 'not_found', 'No such ticket.') : ok(ticket);
      }),
    ),

    http.post<ScopeParams>(apiPath('/tickets'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) =>
        createTicket(body, (fields) => {
          const number = scope.tickets.reduce((max, ticket) => Math.max(max, ticket.number), 0) + 1;
          const at = isoNow(now);
          const ticket: Ticket = {
            id: mintId(scope, 'tkt'),
            number,
            ...fields,
            status: 'open',
            assignee: null,
            createdAt: at,
            updatedAt: at,
          };
          scope.tickets.unshift(ticket);
          return ticket;
        }),
      ),
    ),

    http.patch<ScopeParams>(apiPath('/tickets/:ticketId'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) => {
        const index = scope.tickets.findIndex((ticket) => ticket.id === params['ticketId']);
        const ticket = scope.tickets[index];
        if (ticket === undefined) return apiError(404, 'not_found', 'No such ticket.');
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
        if (ticket.status === status) return ok(ticket);
        const updated: Ticket = { ...ticket, status, updatedAt: isoNow(now) };
        scope.tickets[index] = updated;
        return ok(updated);
      }),
    ),
  ];
}
