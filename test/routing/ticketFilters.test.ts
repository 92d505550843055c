/**
 * The Tickets list's filters in the URL helpers' location (issue 10): in a hash after `?`,
 * in query parameters as `ticketStatus` / `ticketPriority` / `ticketAwaiting` /
 * `ticketQuery`, kept while a ticket is open, and anything the API would refuse dropped.
 */
import { describe, expect, it } from 'vitest';
import {
  formatSectionLocation,
  normalizeSectionLocation,
  parseSectionLocation,
  readSearchLocation,
  sameSectionLocation,
  writeSearchLocation,
} from '../../src/routing/location';

describe('ticket filters in a hash location', () => {
  it('round-trips status, priority, awaiting and a search with characters that need encoding', () => {
    const location = {
      section: 'tickets' as const,
      ticketFilters: {
        status: 'open' as const,
        priority: 'high' as const,
        awaitingCustomer: true as const,
        q: '50% & #1 "é" 😀',
      },
    };
    const text = formatSectionLocation(location);
    expect(text.startsWith('tickets?status=open&priority=high&awaiting=true&q=')).toBe(true);
    expect(text).not.toContain('#');
    expect(parseSectionLocation(`#${text}`)).toEqual(location);
  });

  it('keeps the filters while a ticket is open', () => {
    const location = parseSectionLocation('#tickets/tkt_1?q=voicemail');
    expect(location).toEqual({ section: 'tickets', ticketId: 'tkt_1', ticketFilters: { q: 'voicemail' } });
    expect(formatSectionLocation(location)).toBe('tickets/tkt_1?q=voicemail');
  });

  it('drops unknown values, an empty or over-long search, and filters outside Tickets', () => {
    expect(
      parseSectionLocation(`#tickets?status=suspended&priority=urgent&awaiting=yes&q=${'x'.repeat(101)}`),
    ).toEqual({
      section: 'tickets',
    });
    expect(parseSectionLocation('#tickets?q=%20%20')).toEqual({ section: 'tickets' });
    expect(parseSectionLocation('#wallet?status=open')).toEqual({ section: 'wallet' });
    expect(normalizeSectionLocation({ section: 'invoices', ticketFilters: { status: 'open' } })).toEqual({
      section: 'invoices',
    });
    // A stray % does not throw: the search is read as URLSearchParams reads it.
    expect(() => parseSectionLocation('#tickets?q=100%')).not.toThrow();
  });

  it('compares filters as part of the place', () => {
    expect(
      sameSectionLocation(
        { section: 'tickets', ticketFilters: { q: 'a' } },
        { section: 'tickets', ticketFilters: { q: 'a ' } },
      ),
    ).toBe(true);
    expect(
      sameSectionLocation({ section: 'tickets', ticketFilters: { q: 'a' } }, { section: 'tickets' }),
    ).toBe(false);
  });
});

describe('ticket filters in query parameters', () => {
  it('writes and reads them beside the host’s own parameters', () => {
    const search = writeSearchLocation('?tab=1', {
      section: 'tickets',
      ticketFilters: { priority: 'low', awaitingCustomer: true, q: 'a&b' },
    });
    const query = new URLSearchParams(search);
    expect(query.get('tab')).toBe('1');
    expect(query.get('ticketPriority')).toBe('low');
    expect(query.get('ticketAwaiting')).toBe('true');
    expect(query.get('ticketQuery')).toBe('a&b');
    expect(readSearchLocation(search)).toEqual({
      section: 'tickets',
      ticketFilters: { priority: 'low', awaitingCustomer: true, q: 'a&b' },
    });
  });

  it('removes them when the list has none', () => {
    const search = writeSearchLocation('?section=tickets&ticketStatus=open&ticketQuery=x', {
      section: 'tickets',
    });
    expect(search).toBe('?section=tickets');
  });
});
