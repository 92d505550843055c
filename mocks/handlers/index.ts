/**
 * All handlers of the Revampd connection API over one {@link MockDb}.
 */
import type { HttpHandler } from 'msw';
import { createMockDb } from '../db';
import type { MockDb } from '../db';
import { addOnHandlers } from './addOns';
import { attachmentHandlers } from './attachments';
import { attentionHandlers } from './attention';
import { invoiceHandlers } from './invoices';
import { payoutHandlers } from './payouts';
import { planHandlers } from './plan';
import { ticketHandlers } from './tickets';
import { walletHandlers } from './wallet';

export {
  addOnHandlers,
  attachmentHandlers,
  attentionHandlers,
  invoiceHandlers,
  payoutHandlers,
  planHandlers,
  ticketHandlers,
  walletHandlers,
};

/**
 * Every endpoint of api.md, served from `db`. Prepend scenario handlers to override
 * (MSW uses the first handler that answers).
 *
 * @example
 * const db = createMockDb();
 * const server = setupServer(...createHandlers(db));
 * server.use(...ticketsEmpty()); // runtime handlers go first
 */
export function createHandlers(db: MockDb): HttpHandler[] {
  return [
    ...planHandlers(db),
    ...addOnHandlers(db),
    ...ticketHandlers(db),
    ...attachmentHandlers(db),
    ...invoiceHandlers(db),
    ...walletHandlers(db),
    ...payoutHandlers(db),
    ...attentionHandlers(db),
  ];
}

/** The shared default store behind {@link handlers}. Call `db.reset()` between tests. */
export const db: MockDb = createMockDb();

/** Handlers over the default {@link db}, for `setupWorker(...handlers)` / `setupServer(...handlers)`. */
export const handlers: HttpHandler[] = createHandlers(db);
