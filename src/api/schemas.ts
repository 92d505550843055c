/**
 * The Revampd connection API v1 as code: the single source of truth from which the
 * TypeScript types, the client's runtime validation, the mocks' types and the emitted
 * OpenAPI document (`npm run openapi`) all derive. `shared/spec/api.md` is the prose.
 *
 * One module per resource in ./schemas (common.ts says how they are written), re-exported
 * here: bundlers split chunks by module, so as one module every schema, and every valibot
 * function any of them uses, loaded before the portal's first section painted.
 */
// Named: common's `int` and `intFrom` build the schemas and are no part of the contract.
export {
  ApiErrorBody,
  Money,
  page,
  SEARCH_LIMITS,
  SearchText,
  Timestamp,
  TIMESTAMP_REGEX,
  type Page,
} from './schemas/common';
export * from './schemas/plan';
export * from './schemas/attention';
export * from './schemas/addOns';
export * from './schemas/tickets';
export * from './schemas/invoices';
export * from './schemas/wallet';
export * from './schemas/payouts';
