/**
 * List filters as query parameters (api.md, Conventions): an unknown value for a known
 * filter is `400 invalid_filter`; date ranges are ISO instants, `…From` inclusive and
 * `…To` exclusive; free text is 1–100 characters matched case-insensitively. The parsed
 * filters also give the key a cursor is bound to (`listPage`).
 *
 * @internal Not part of the public mocks entry.
 */
import { parseContract } from '../../src/api/parse';
import { SEARCH_LIMITS, Timestamp } from '../../src/api/schemas';
import { characterCount } from '../random';
import { apiError } from './shared';
import type { MockResult } from './shared';

/** How one query parameter is read. */
export type FilterSpec =
  | { kind: 'enum'; values: readonly string[] }
  /** Only `true` is a value: the filter is on or absent. */
  | { kind: 'true' }
  /** Free text, 1–100 characters (code points). */
  | { kind: 'text' }
  /** An ISO 8601 instant with an offset; parsed to epoch ms. */
  | { kind: 'instant' };

/** The parsed value of each kind. */
type Parsed<S extends FilterSpec> = S extends { kind: 'instant' }
  ? number
  : S extends { kind: 'true' }
    ? true
    : string;

/** Parsed filters, present only when sent. */
export type Filters<Specs extends Record<string, FilterSpec>> = {
  [Name in keyof Specs]?: Parsed<Specs[Name]>;
};

/** What {@link readFilters} gives back. */
export type FilterResult<Specs extends Record<string, FilterSpec>> =
  | { ok: true; filters: Filters<Specs>; key: string }
  | { ok: false; error: MockResult };

const invalid = (message: string): { ok: false; error: MockResult } => ({
  ok: false,
  error: apiError(400, 'invalid_filter', message),
});

/**
 * Reads the filters of `specs` from `url`. Parameters the endpoint does not know are
 * ignored (as unknown keys are); a known one sent twice, empty or with a value it does not
 * take is `400 invalid_filter` naming it. `ranges` pairs each `From` with its `To`: a range
 * that ends before it starts is refused too.
 */
export function readFilters<Specs extends Record<string, FilterSpec>>(
  url: URL,
  specs: Specs,
  ranges: readonly (readonly [keyof Specs & string, keyof Specs & string])[] = [],
): FilterResult<Specs> {
  const filters: Record<string, string | number | true> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const values = url.searchParams.getAll(name);
    if (values.length === 0) continue;
    const [value = ''] = values;
    if (values.length > 1) return invalid(`${name} may be given once.`);
    switch (spec.kind) {
      case 'enum':
        if (!spec.values.includes(value)) return invalid(`${name} must be one of ${spec.values.join(', ')}.`);
        filters[name] = value;
        break;
      case 'true':
        if (value !== 'true') return invalid(`${name} can only be true (leave it out for everything).`);
        filters[name] = true;
        break;
      case 'text': {
        const length = characterCount(value);
        if (length < 1 || length > SEARCH_LIMITS.q) {
          return invalid(`${name} must be 1 to ${SEARCH_LIMITS.q} characters.`);
        }
        filters[name] = value;
        break;
      }
      case 'instant':
        if (!parseContract(Timestamp, value).success) {
          return invalid(`${name} must be an ISO 8601 instant with an offset, e.g. 2026-03-01T05:00:00Z.`);
        }
        filters[name] = Date.parse(value);
        break;
    }
  }
  for (const [from, to] of ranges) {
    const start = filters[from];
    const end = filters[to];
    if (typeof start === 'number' && typeof end === 'number' && end < start) {
      return invalid(`${to} must not be before ${from}.`);
    }
  }
  const key = JSON.stringify(
    Object.keys(filters)
      .sort()
      .map((name) => [name, filters[name]]),
  );
  return { ok: true, filters: filters as Filters<Specs>, key };
}

/** Whether `at` (ISO) lies in [`from`, `to`): `From` inclusive, `To` exclusive. */
export function inRange(at: string, from: number | undefined, to: number | undefined): boolean {
  const ms = Date.parse(at);
  return (from === undefined || ms >= from) && (to === undefined || ms < to);
}

/** Case-insensitive substring match of `query` in any of `texts`. */
export function matchesText(query: string | undefined, ...texts: readonly string[]): boolean {
  if (query === undefined) return true;
  const needle = query.toLowerCase();
  return texts.some((text) => text.toLowerCase().includes(needle));
}
