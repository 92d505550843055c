/**
 * One function per endpoint of api.md. Each names only its own schema, so a bundler keeps
 * just the endpoints (and schemas) a host's widgets use: importing WalletCard does not
 * pull in the tickets contract.
 *
 * One module per resource in ./endpoints, re-exported here: bundlers split chunks by module,
 * so as one module every endpoint, and through them every schema, loaded before the portal's
 * first section painted.
 */
// Named: shared's helpers (`id`, `paging`, the filter checks) are the endpoint modules' own.
export type { DateBound, ListParams } from './endpoints/shared';
export * from './endpoints/attachments';
export * from './endpoints/plan';
export * from './endpoints/attention';
export * from './endpoints/addOns';
export * from './endpoints/tickets';
export * from './endpoints/invoices';
export * from './endpoints/wallet';
export * from './endpoints/payouts';
