/**
 * What every endpoint module (src/api/endpoints/) shares: paging, ids in paths, and the check
 * a list's filters pass before any request.
 */
import type * as v from 'valibot';
import { parseContract } from '../parse';
import type { Transport } from '../transport';

/** Paging of a list endpoint. */
export interface ListParams {
  /** 1–100. @default 25 (server) */
  limit?: number | undefined;
  /** The previous page's `nextCursor`. It belongs to the filters it was made with. */
  cursor?: string | null | undefined;
}

/**
 * A date-range bound: a `Date` or an ISO 8601 instant with an offset. The client turns a
 * person's calendar day into an instant in the org's zone first; the server never guesses
 * a zone. `…From` is inclusive, `…To` exclusive.
 */
export type DateBound = Date | string | null | undefined;

export const id = encodeURIComponent;
export const paging = (params: ListParams) => ({ limit: params.limit, cursor: params.cursor });

// -------------------------------------------------------------------------------------------------
// Filters
// -------------------------------------------------------------------------------------------------

type Query = Record<string, string | number | null | undefined>;

/** `undefined` for "no filter": null, empty text and `false` are not sent. */
export function textFilter(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/** A date bound as the ISO instant the API wants; an invalid `Date` stays invalid for the check. */
export function dateFilter(value: DateBound): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date';
}

/**
 * Drops the unset filters, checks the rest against the contract and returns them as query
 * parameters (the transport encodes them with URLSearchParams, faults.md 39). A filter the
 * server would refuse with `400 invalid_filter` is refused here, before any request, naming
 * the filter.
 */
export function filterQuery(
  api: Transport,
  schema: v.GenericSchema,
  filters: Record<string, string | true | undefined>,
): Query {
  const set: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) set[name] = value;
  const parsed = parseContract(schema, set);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = String(issue?.path[0] ?? 'filter');
    return api.fail({
      kind: 'refused',
      code: 'invalid_filter',
      field,
      message: `Filter "${field}" refused: ${issue?.message ?? 'invalid value'}.`,
    });
  }
  const query: Query = {};
  for (const [name, value] of Object.entries(set)) query[name] = value === true ? 'true' : value;
  return query;
}
