import type { Messages } from '../i18n/en-US';

/** The seven sections of the connection, in the seed's order. */
export const CONNECTION_SECTIONS = [
  'plan',
  'addOns',
  'tickets',
  'submitTicket',
  'invoices',
  'wallet',
  'payouts',
] as const;

/** One section of the connection. */
export type ConnectionSection = (typeof CONNECTION_SECTIONS)[number];

/** Whether a string (e.g. from a URL) names a section. */
export function isConnectionSection(value: unknown): value is ConnectionSection {
  return typeof value === 'string' && (CONNECTION_SECTIONS as readonly string[]).includes(value);
}

/** The menu label of a section, from the menu's messages (a full messages object fits too). */
export function sectionLabel(section: ConnectionSection, messages: Pick<Messages, 'nav'>): string {
  return messages.nav[section];
}
