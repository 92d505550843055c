/** The pure half of routing (issue 5, item 3): reading and writing a portal location. */
import { describe, expect, it } from 'vitest';
import { CONNECTION_SECTIONS } from '../../src/model/sections';
import {
  formatSectionLocation,
  parseSectionLocation,
  readSearchLocation,
  sameSectionLocation,
  writeSearchLocation,
} from '../../src/routing/location';

describe('parseSectionLocation / formatSectionLocation', () => {
  it.each([
    ['#tickets/tkt_123', { section: 'tickets', ticketId: 'tkt_123' }],
    ['tickets/tkt_123', { section: 'tickets', ticketId: 'tkt_123' }],
    ['#/tickets/tkt_123', { section: 'tickets', ticketId: 'tkt_123' }],
    ['#wallet', { section: 'wallet' }],
    ['#tickets', { section: 'tickets' }],
    ['#tickets/', { section: 'tickets' }],
    ['#tickets/a%2Fb', { section: 'tickets' }],
    ['#tickets/tkt%20x', { section: 'tickets' }],
    ['#tickets/caf%C3%A9', { section: 'tickets', ticketId: 'café' }],
    ['#tickets/%E0%A4%A', { section: 'tickets' }],
    ['#wallet/tkt_1', { section: 'wallet' }],
    ['', { section: 'plan' }],
    ['#', { section: 'plan' }],
    ['#main', { section: 'plan' }],
    ['#Wallet', { section: 'plan' }],
    ['#constructor', { section: 'plan' }],
    ['#%', { section: 'plan' }],
  ])('reads %j', (hash, expected) => {
    expect(parseSectionLocation(hash)).toEqual(expected);
  });

  it('caps ticket ids at 256 characters', () => {
    expect(parseSectionLocation(`#tickets/${'a'.repeat(256)}`).ticketId).toHaveLength(256);
    expect(parseSectionLocation(`#tickets/${'a'.repeat(257)}`)).toEqual({ section: 'tickets' });
  });

  it('writes sections and tickets, dropping a ticket outside Tickets', () => {
    expect(formatSectionLocation({ section: 'wallet' })).toBe('wallet');
    expect(formatSectionLocation({ section: 'tickets', ticketId: 'tkt_123' })).toBe('tickets/tkt_123');
    expect(formatSectionLocation({ section: 'tickets', ticketId: 'café' })).toBe('tickets/caf%C3%A9');
    expect(formatSectionLocation({ section: 'invoices', ticketId: 'tkt_123' })).toBe('invoices');
  });

  it('round-trips every section, and a ticket', () => {
    for (const section of CONNECTION_SECTIONS) {
      expect(parseSectionLocation(formatSectionLocation({ section }))).toEqual({ section });
    }
    const deep = { section: 'tickets', ticketId: 'tkt_org_0041' } as const;
    expect(parseSectionLocation(`#${formatSectionLocation(deep)}`)).toEqual(deep);
  });
});

describe('readSearchLocation / writeSearchLocation', () => {
  it('reads the section and ticket parameters', () => {
    expect(readSearchLocation('?section=tickets&ticket=tkt_123')).toEqual({
      section: 'tickets',
      ticketId: 'tkt_123',
    });
    expect(readSearchLocation('?section=wallet&ticket=tkt_123')).toEqual({ section: 'wallet' });
    expect(readSearchLocation('?tab=invoices', { section: 'tab' })).toEqual({ section: 'invoices' });
    expect(readSearchLocation('?section=nope')).toEqual({ section: 'plan' });
    expect(readSearchLocation('')).toEqual({ section: 'plan' });
  });

  it("keeps the host's other parameters", () => {
    expect(writeSearchLocation('?lang=fr&section=plan', { section: 'tickets', ticketId: 'tkt_1' })).toBe(
      '?lang=fr&section=tickets&ticket=tkt_1',
    );
    expect(writeSearchLocation('?lang=fr&section=tickets&ticket=tkt_1', { section: 'wallet' })).toBe(
      '?lang=fr&section=wallet',
    );
    expect(writeSearchLocation('', { section: 'addOns' }, { section: 'tab' })).toBe('?tab=addOns');
  });
});

describe('sameSectionLocation', () => {
  it('ignores a ticket outside Tickets and an absent one', () => {
    expect(sameSectionLocation({ section: 'wallet', ticketId: 'x' }, { section: 'wallet' })).toBe(true);
    expect(sameSectionLocation({ section: 'tickets', ticketId: undefined }, { section: 'tickets' })).toBe(
      true,
    );
    expect(sameSectionLocation({ section: 'tickets', ticketId: 'a' }, { section: 'tickets' })).toBe(false);
  });
});
