/**
 * Where a person is in the connection's pages, as a value a host router can keep: the
 * section and, in Tickets, the open ticket and the list's filters (so a deep link keeps a
 * search). Parsing and formatting are pure so a host can use them with any router; the
 * hooks in this folder wire them to the address bar.
 */
import { SEARCH_LIMITS, type TicketPriority, type TicketStatus } from '../api/schemas';
import { isConnectionSection, type ConnectionSection } from '../model/sections';

/** The Tickets list's filters as a location keeps them: only the ones applied. */
export interface TicketLocationFilters {
  /** Only tickets in this state. */
  status?: TicketStatus | undefined;
  /** Only tickets of this priority. */
  priority?: TicketPriority | undefined;
  /** Only tickets awaiting the customer's reply. */
  awaitingCustomer?: true | undefined;
  /** The search sent as `q`: 1–100 characters. */
  q?: string | undefined;
}

/** A place in {@link ConnectionPortal}: a section and, in Tickets, the ticket shown. */
export interface SectionLocation {
  /** The active section. */
  section: ConnectionSection;
  /** The ticket whose detail is open; only meaningful when `section` is `tickets`. */
  ticketId?: string | undefined;
  /**
   * The Tickets list's filters (kept while a ticket is open, so Back returns to the same
   * list); only meaningful when `section` is `tickets`.
   */
  ticketFilters?: TicketLocationFilters | undefined;
}

/** Where an empty or unreadable address leads: the Plan section. */
export const DEFAULT_SECTION_LOCATION: SectionLocation = /*#__PURE__*/ Object.freeze({ section: 'plan' });

// Ids come from the address bar, so anything a person can paste. The API path encodes
// them, but a length cap and no whitespace or control characters keep absurd values out of
// requests and the cache.
const TICKET_ID = /^[^\s\p{Cc}/?#]{1,256}$/u;

/** `value` as a ticket id if it could be one, else `undefined`. */
export function readTicketId(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return TICKET_ID.test(value) ? value : undefined;
}

const TICKET_STATUSES: readonly string[] = ['open', 'in_progress', 'resolved', 'closed'];
const TICKET_PRIORITIES: readonly string[] = ['low', 'medium', 'high'];

/**
 * The filters that name something the API takes, in one order (status, priority, awaiting,
 * search), or `undefined` when none does. Anything else a URL holds is dropped, so a
 * hand-edited link can neither break the list's request nor send text the API refuses.
 */
export function normalizeTicketLocationFilters(
  filters: TicketLocationFilters | Readonly<Record<string, unknown>> | null | undefined,
): TicketLocationFilters | undefined {
  if (!filters) return undefined;
  const out: TicketLocationFilters = {};
  // Read as unknowns: the value may come from a URL or a host's router, whatever its type says.
  const { status, priority, awaitingCustomer, q } = filters as Readonly<Record<string, unknown>>;
  if (typeof status === 'string' && TICKET_STATUSES.includes(status)) out.status = status as TicketStatus;
  if (typeof priority === 'string' && TICKET_PRIORITIES.includes(priority))
    out.priority = priority as TicketPriority;
  if (awaitingCustomer === true) out.awaitingCustomer = true;
  const text = typeof q === 'string' ? q.trim() : '';
  if (text !== '' && [...text].length <= SEARCH_LIMITS.q) out.q = text;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A location with no ticket or filters outside Tickets, and no invalid id or filter, so
 * equal places compare equal.
 */
export function normalizeSectionLocation(location: SectionLocation): SectionLocation {
  if (location.section !== 'tickets') return { section: location.section };
  const ticketId = readTicketId(location.ticketId);
  const ticketFilters = normalizeTicketLocationFilters(location.ticketFilters);
  return {
    section: location.section,
    ...(ticketId === undefined ? {} : { ticketId }),
    ...(ticketFilters === undefined ? {} : { ticketFilters }),
  };
}

function sameTicketFilters(
  a: TicketLocationFilters | undefined,
  b: TicketLocationFilters | undefined,
): boolean {
  return (
    a?.status === b?.status &&
    a?.priority === b?.priority &&
    a?.awaitingCustomer === b?.awaitingCustomer &&
    a?.q === b?.q
  );
}

/** Whether two locations name the same place (section, ticket and the list's filters). */
export function sameSectionLocation(a: SectionLocation, b: SectionLocation): boolean {
  const left = normalizeSectionLocation(a);
  const right = normalizeSectionLocation(b);
  return (
    left.section === right.section &&
    left.ticketId === right.ticketId &&
    sameTicketFilters(left.ticketFilters, right.ticketFilters)
  );
}

/** Names of the query parameters a location's ticket filters use (in a hash or a search). */
const FILTER_PARAMS = {
  hash: { status: 'status', priority: 'priority', awaitingCustomer: 'awaiting', q: 'q' },
  search: {
    status: 'ticketStatus',
    priority: 'ticketPriority',
    awaitingCustomer: 'ticketAwaiting',
    q: 'ticketQuery',
  },
} as const;

function readTicketFilters(
  query: URLSearchParams,
  names: (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS],
): TicketLocationFilters | undefined {
  return normalizeTicketLocationFilters({
    status: query.get(names.status),
    priority: query.get(names.priority),
    awaitingCustomer: query.get(names.awaitingCustomer) === 'true',
    q: query.get(names.q),
  });
}

function writeTicketFilters(
  query: URLSearchParams,
  filters: TicketLocationFilters | undefined,
  names: (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS],
): void {
  for (const name of Object.values(names)) query.delete(name);
  if (filters?.status) query.set(names.status, filters.status);
  if (filters?.priority) query.set(names.priority, filters.priority);
  if (filters?.awaitingCustomer) query.set(names.awaitingCustomer, 'true');
  if (filters?.q) query.set(names.q, filters.q);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray `%` (e.g. a hand-edited URL) is unreadable, not an error to throw at render.
    return undefined;
  }
}

/**
 * Reads a location from a hash-style path: `tickets/tkt_123`, `wallet`, with or without a
 * leading `#` or `/`; the Tickets list's filters follow a `?`
 * (`tickets?status=open&priority=high&awaiting=true&q=voicemail`). Anything that names no
 * section, e.g. a host's own `#main` anchor, gives {@link DEFAULT_SECTION_LOCATION}; an
 * unreadable ticket id gives the Tickets list, an unknown filter is left out.
 */
export function parseSectionLocation(value: string): SectionLocation {
  const full = value.replace(/^#/, '').replace(/^\/+/, '');
  const queryAt = full.indexOf('?');
  const path = queryAt === -1 ? full : full.slice(0, queryAt);
  const [rawSection = '', rawTicket] = path.split('/');
  const section = decode(rawSection);
  if (!isConnectionSection(section)) return { ...DEFAULT_SECTION_LOCATION };
  if (section !== 'tickets') return { section };
  const ticketId = rawTicket === undefined ? undefined : readTicketId(decode(rawTicket));
  const ticketFilters =
    queryAt === -1
      ? undefined
      : readTicketFilters(new URLSearchParams(full.slice(queryAt + 1)), FILTER_PARAMS.hash);
  return normalizeSectionLocation({ section, ticketId, ticketFilters });
}

/**
 * Writes a location as a hash-style path without the `#`: `tickets/tkt_123`, `wallet`,
 * `tickets?priority=high&q=voicemail`. The inverse of {@link parseSectionLocation}.
 */
export function formatSectionLocation(location: SectionLocation): string {
  const { section, ticketId, ticketFilters } = normalizeSectionLocation(location);
  const path = ticketId === undefined ? section : `${section}/${encodeURIComponent(ticketId)}`;
  if (ticketFilters === undefined) return path;
  const query = new URLSearchParams();
  writeTicketFilters(query, ticketFilters, FILTER_PARAMS.hash);
  return `${path}?${query.toString()}`;
}

/** Names of the query parameters {@link readSearchLocation} and {@link writeSearchLocation} use. */
export interface SearchLocationParams {
  /** The parameter holding the section. @default "section" */
  section?: string | undefined;
  /** The parameter holding the open ticket's id. @default "ticket" */
  ticket?: string | undefined;
}

/**
 * Reads a location from a query string such as `?section=tickets&ticket=tkt_123`; the
 * Tickets list's filters are `ticketStatus`, `ticketPriority`, `ticketAwaiting=true` and
 * `ticketQuery`. An absent or unknown section gives {@link DEFAULT_SECTION_LOCATION}.
 */
export function readSearchLocation(search: string, params: SearchLocationParams = {}): SectionLocation {
  const query = new URLSearchParams(search);
  const section = query.get(params.section ?? 'section');
  if (!isConnectionSection(section)) return { ...DEFAULT_SECTION_LOCATION };
  return normalizeSectionLocation({
    section,
    ticketId: query.get(params.ticket ?? 'ticket') ?? undefined,
    ticketFilters: readTicketFilters(query, FILTER_PARAMS.search),
  });
}

/**
 * `search` with the location written into it (a leading `?`, or `''` when nothing is
 * left). The host's other parameters are kept as they were.
 */
export function writeSearchLocation(
  search: string,
  location: SectionLocation,
  params: SearchLocationParams = {},
): string {
  const query = new URLSearchParams(search);
  const { section, ticketId, ticketFilters } = normalizeSectionLocation(location);
  query.set(params.section ?? 'section', section);
  if (ticketId === undefined) query.delete(params.ticket ?? 'ticket');
  else query.set(params.ticket ?? 'ticket', ticketId);
  writeTicketFilters(query, ticketFilters, FILTER_PARAMS.search);
  const text = query.toString();
  return text ? `?${text}` : '';
}
