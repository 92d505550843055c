/**
 * `@revampd/connection-ui/mocks`: an in-memory Revampd connection API for stories, tests and
 * host-app demos, as MSW 2 handlers over a seeded, deterministic store.
 *
 * Environment-neutral on purpose: hosts call `setupServer` (msw/node) or `setupWorker`
 * (msw/browser) themselves with these handlers.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMockDb, createHandlers, ticketsEmpty } from '@revampd/connection-ui/mocks';
 *
 * const db = createMockDb();
 * const server = setupServer(...createHandlers(db));
 * server.use(...ticketsEmpty());
 */
export {
  MOCK_NOW,
  createMockDb,
  mintId,
  seedLarge,
  setPayouts,
  setWalletBalance,
  syncWalletBalance,
} from './db';
export type { IdempotencyStore, LargeSeed, MockDb, MockDbOptions, MockScope, StoredResult } from './db';
export {
  addOnHandlers,
  createHandlers,
  db,
  handlers,
  invoiceHandlers,
  payoutHandlers,
  planHandlers,
  ticketHandlers,
  walletHandlers,
} from './handlers';
export * from './scenarios';
