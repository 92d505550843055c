/**
 * `@revampd/connection-ui/mocks`: an in-memory Revampd connection API for stories, tests and
 * host-app demos, as MSW 2 handlers over a seeded, deterministic store.
 *
 * Environment-neutral on purpose: hosts call `setupServer` (msw/node) or `setupWorker`
 * (msw/browser) themselves with these handlers. No shared store is exported: each host (or
 * test file) makes its own with `createMockDb()`, so two users of the package never see
 * each other's writes through a module-level singleton.
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
  DEFAULT_MOCK_DELAYS,
  MOCK_NOW,
  UNUSED_ATTACHMENT_TTL_MS,
  addAttachment,
  addTicketMessage,
  createMockDb,
  isCancellable,
  mintId,
  seedLarge,
  setPayouts,
  setWalletBalance,
  syncTicketActivity,
  syncWalletBalance,
  ticketActivity,
} from './db';
export type {
  IdempotencyStore,
  LargeSeed,
  MockAttachment,
  MockDb,
  MockDbOptions,
  MockDelays,
  MockMessage,
  MockScope,
  NewMockAttachment,
  NewMockMessage,
  PayoutInput,
  StoredResult,
} from './db';
export { CATALOG as MOCK_CATALOG } from './catalog';
export { EICAR_SIGNATURE } from './files';
export {
  addOnHandlers,
  attachmentHandlers,
  attentionHandlers,
  createHandlers,
  invoiceHandlers,
  payoutHandlers,
  planHandlers,
  ticketHandlers,
  walletHandlers,
} from './handlers';
export * from './scenarios';
