/**
 * Feature switches (package.md): a host or Partner turns actions off for a read-only or
 * billing-only view. All on by default. Off means the action is not rendered (no disabled
 * control left behind), its hook refuses to send (a typed `feature_disabled` error, no
 * request), and Submit Ticket leaves the menu when `submitTickets` is off.
 */
import { RevampdError } from '../api/errors';

/** Every action a host can switch off. */
export interface Features {
  /** Buy phone numbers and call-credit packs (Add-Ons). */
  buyAddOns: boolean;
  /** Cancel an add-on (Add-Ons). */
  cancelAddOns: boolean;
  /** Pay an open invoice with wallet credits (Invoices). */
  payInvoices: boolean;
  /** Open a ticket; off hides the Submit Ticket section. */
  submitTickets: boolean;
  /** Reply in a ticket's conversation. */
  replyToTickets: boolean;
  /** Close or reopen a ticket. */
  changeTicketStatus: boolean;
  /** Attach files to tickets and replies. */
  attachFiles: boolean;
  /** Export tables as CSV. */
  exportCsv: boolean;
}

/** The name of one switch. */
export type FeatureName = keyof Features;

/** Every switch on: what a provider without `features` gets. */
export const ALL_FEATURES: Readonly<Features> = /*#__PURE__*/ Object.freeze({
  buyAddOns: true,
  cancelAddOns: true,
  payInvoices: true,
  submitTickets: true,
  replyToTickets: true,
  changeTicketStatus: true,
  attachFiles: true,
  exportCsv: true,
});

/** A host's partial switches over the defaults (anything not named stays on). */
export function resolveFeatures(partial: Partial<Features> | undefined): Readonly<Features> {
  if (!partial) return ALL_FEATURES;
  const resolved = { ...ALL_FEATURES };
  for (const name of Object.keys(ALL_FEATURES) as FeatureName[]) {
    if (partial[name] === false) resolved[name] = false;
  }
  return Object.freeze(resolved);
}

/** The error a hook throws, before any request, when its action is switched off. */
export function featureDisabledError(feature: FeatureName): RevampdError {
  return new RevampdError({
    kind: 'refused',
    code: 'feature_disabled',
    message: `The "${feature}" action is switched off for this portal.`,
  });
}
