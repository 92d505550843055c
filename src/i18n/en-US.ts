/**
 * Every visible string of the library, in US English: the default messages and the shape
 * every other locale must fill. `{name}` placeholders are filled by `formatMessage`;
 * `{brandName}` is always available, so a white-label portal renames "Revampd" everywhere
 * by overriding `brandName` alone.
 */
import type { PluralCategory, PluralMessage } from './plural';
import { enUSCommon } from './english/common';
import { enUSNav } from './english/nav';
import { enUSPlan } from './english/plan';
import { enUSTable } from './english/table';
import { enUSAddOns } from './english/addOns';
import { enUSAddOnPurchase } from './english/addOnPurchase';
import { enUSTickets } from './english/tickets';
import { enUSTicketForm } from './english/ticketForm';
import { enUSConversation } from './english/conversation';
import { enUSInvoices } from './english/invoices';
import { enUSWallet } from './english/wallet';
import { enUSPayouts } from './english/payouts';
import { enUSListFilters } from './english/listFilters';
import { enUSAlerts } from './english/alerts';
import { enUSCsv } from './english/csv';

export {
  enUSCommon,
  enUSNav,
  enUSPlan,
  enUSTable,
  enUSAddOns,
  enUSAddOnPurchase,
  enUSTickets,
  enUSTicketForm,
  enUSConversation,
  enUSInvoices,
  enUSWallet,
  enUSPayouts,
  enUSListFilters,
  enUSAlerts,
  enUSCsv,
};

const BRAND_NAME = 'Revampd';

/**
 * The strings every widget shares (brand, loading, errors): what the provider holds by
 * default. Each section's strings are their own module in ./english, imported by the widgets
 * that show them, so a host bundle (and each lazily loaded portal section) carries only
 * the sections of the widgets it uses: one module each, as bundlers split by module.
 */
export const enUSShared = {
  brandName: BRAND_NAME,
  common: enUSCommon,
};

/**
 * Every section in one object: the shape of every locale, and what `baseMessages` takes
 * for a host that reads any section's strings itself (importing it brings all of them).
 */
export const enUS = {
  brandName: BRAND_NAME,
  common: enUSCommon,
  nav: enUSNav,
  plan: enUSPlan,
  table: enUSTable,
  addOns: enUSAddOns,
  addOnPurchase: enUSAddOnPurchase,
  tickets: enUSTickets,
  ticketForm: enUSTicketForm,
  conversation: enUSConversation,
  invoices: enUSInvoices,
  wallet: enUSWallet,
  payouts: enUSPayouts,
  listFilters: enUSListFilters,
  alerts: enUSAlerts,
  csv: enUSCsv,
};

/**
 * Widens the literal types of a messages object to `string`, keeping its shape; a counted
 * message (`{ one, other }` in English) becomes a {@link PluralMessage}, so a language
 * with other plural categories (Arabic's six, Japanese's one) fits the same shape.
 */
type Widen<T> = {
  [K in keyof T]: T[K] extends string ? string : IsPlural<T[K]> extends true ? PluralMessage : Widen<T[K]>;
};
/** `true` for an object of plural categories only (not, say, a map of kinds with an `other` kind). */
type IsPlural<T> = T extends { other: string }
  ? Exclude<keyof T, PluralCategory> extends never
    ? true
    : false
  : false;

/** The full messages object: every visible string, grouped by section. */
export type Messages = Widen<typeof enUS>;

/** A section of {@link Messages} that a widget resolves for itself (all but the shared strings). */
export type MessageSection = Exclude<keyof Messages, keyof typeof enUSShared>;

/**
 * The messages the provider holds: the brand and shared strings always, and a section
 * when `baseMessages` (a full locale) has it; a widget resolves its own section with
 * `sectionMessages`, so it is there whatever the base.
 */
export type ProvidedMessages = Pick<Messages, keyof typeof enUSShared> &
  Partial<Pick<Messages, MessageSection>>;

/** A deep-partial override of {@link Messages}, as the provider's `messages` prop takes. */
export type MessagesOverride = {
  [K in keyof Messages]?: Messages[K] extends string ? string : DeepPartial<Messages[K]>;
};
type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string
    ? string
    : IsPlural<T[K]> extends true
      ? PluralMessage
      : DeepPartial<T[K]>;
};
