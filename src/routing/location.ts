/**
 * Where a person is in the connection's pages, as a value a host router can keep: the
 * section and, in Tickets, the open ticket. Parsing and formatting are pure so a host can
 * use them with any router; the hooks in this folder wire them to the address bar.
 */
import { isConnectionSection, type ConnectionSection } from '../model/sections';

/** A place in {@link ConnectionPortal}: a section and, in Tickets, the ticket shown. */
export interface SectionLocation {
  /** The active section. */
  section: ConnectionSection;
  /** The ticket whose detail is open; only meaningful when `section` is `tickets`. */
  ticketId?: string | undefined;
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

/** A location with no ticket outside Tickets and no invalid id, so equal places compare equal. */
export function normalizeSectionLocation(location: SectionLocation): SectionLocation {
  const ticketId = location.section === 'tickets' ? readTicketId(location.ticketId) : undefined;
  return ticketId === undefined ? { section: location.section } : { section: location.section, ticketId };
}

/** Whether two locations name the same place. */
export function sameSectionLocation(a: SectionLocation, b: SectionLocation): boolean {
  const left = normalizeSectionLocation(a);
  const right = normalizeSectionLocation(b);
  return left.section === right.section && left.ticketId === right.ticketId;
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
 * leading `#` or `/`. Anything that names no section, e.g. a host's own `#main` anchor,
 * gives {@link DEFAULT_SECTION_LOCATION}; an unreadable ticket id gives the Tickets list.
 */
export function parseSectionLocation(value: string): SectionLocation {
  const path = value.replace(/^#/, '').replace(/^\/+/, '');
  const [rawSection = '', rawTicket] = path.split('/');
  const section = decode(rawSection);
  if (!isConnectionSection(section)) return { ...DEFAULT_SECTION_LOCATION };
  if (section !== 'tickets' || rawTicket === undefined) return { section };
  const ticketId = readTicketId(decode(rawTicket));
  return ticketId === undefined ? { section } : { section, ticketId };
}

/**
 * Writes a location as a hash-style path without the `#`: `tickets/tkt_123`, `wallet`.
 * The inverse of {@link parseSectionLocation}.
 */
export function formatSectionLocation(location: SectionLocation): string {
  const { section, ticketId } = normalizeSectionLocation(location);
  return ticketId === undefined ? section : `${section}/${encodeURIComponent(ticketId)}`;
}

/** Names of the query parameters {@link readSearchLocation} and {@link writeSearchLocation} use. */
export interface SearchLocationParams {
  /** The parameter holding the section. @default "section" */
  section?: string | undefined;
  /** The parameter holding the open ticket's id. @default "ticket" */
  ticket?: string | undefined;
}

/**
 * Reads a location from a query string such as `?section=tickets&ticket=tkt_123`. An
 * absent or unknown section gives {@link DEFAULT_SECTION_LOCATION}.
 */
export function readSearchLocation(search: string, params: SearchLocationParams = {}): SectionLocation {
  const query = new URLSearchParams(search);
  const section = query.get(params.section ?? 'section');
  if (!isConnectionSection(section)) return { ...DEFAULT_SECTION_LOCATION };
  return normalizeSectionLocation({ section, ticketId: query.get(params.ticket ?? 'ticket') ?? undefined });
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
  const { section, ticketId } = normalizeSectionLocation(location);
  query.set(params.section ?? 'section', section);
  if (ticketId === undefined) query.delete(params.ticket ?? 'ticket');
  else query.set(params.ticket ?? 'ticket', ticketId);
  const text = query.toString();
  return text ? `?${text}` : '';
}
