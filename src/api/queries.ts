/**
 * One query factory per resource, each its own module in ./queries (shared.ts says what they
 * stand on), re-exported here: bundlers split chunks by module, so as one module every
 * factory, and through them every endpoint, loaded before the portal's first section painted.
 */
// Named: shared's `listQuery` and `resourceQuery` are the factories' own building blocks.
export {
  PAGE_SIZE,
  scopeKeys,
  type ListQueryMeta,
  type ListQueryOptions,
  type QueryScope,
  type ResourceQueryOptions,
  type ScopedClient,
} from './queries/shared';
export * from './queries/plan';
export * from './queries/attention';
export * from './queries/addOns';
export * from './queries/tickets';
export * from './queries/attachments';
export * from './queries/invoices';
export * from './queries/wallet';
export * from './queries/payouts';
