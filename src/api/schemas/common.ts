/**
 * What every module of the contract (src/api/schemas/) shares: instants, money, the page
 * envelope, the error body and free-text search. How the contract is written holds for all
 * of them:
 *
 * valibot rather than zod/mini: every function is its own export, so a widget carries only
 * the checks its schemas use; it saves 5.6–6.2 kB min + gzip per widget and validates no
 * slower (docs/performance/schema-library.md). Parse through `parseContract` (parse.ts),
 * never `v.safeParse` directly: it keeps received values out of error messages.
 *
 * Every top-level schema is a `/*#__PURE__*\/` IIFE so a bundler can drop the ones a host
 * does not import: esbuild ignores valibot's own `@__NO_SIDE_EFFECTS__` marks across
 * modules (evanw/esbuild#4369), and without the IIFEs every widget kept all the schemas.
 *
 * `v.object` strips unknown keys from its output, as `z.object` did: a field the server adds
 * never reaches a widget until the contract names it.
 */
import * as v from 'valibot';

/**
 * ISO 8601 with a `T`, seconds and a `Z` or `±hh:mm` offset: the regex of zod 4's
 * `z.iso.datetime({ offset: true })`, which the contract was written against. valibot's
 * own `isoTimestamp()` is looser (a space for `T`, `+0100`, no leap-year check), so it is
 * not used. openapi.ts recognises this exact regex to write `format: "date-time"`.
 */
export const TIMESTAMP_REGEX =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/**
 * ISO 8601 with an offset. The regex already refuses `2026-02-31T…`; the instant must also
 * parse in this runtime: a date that does not parse is a contract break, never "Invalid
 * Date" on screen.
 */
export const Timestamp = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.regex(TIMESTAMP_REGEX),
    v.check((value) => Number.isFinite(Date.parse(value)), 'must be a real date and time'),
  ))();

/** What the contract calls an integer (zod's `z.int()`): a number that is a safe integer. */
export const int = () => v.pipe(v.number(), v.safeInteger());

/** An integer of at least `min`: a count (0), a quantity (1). */
export const intFrom = (min: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(min));

/**
 * Money in integer minor units (ISO 4217 digits). A float or a string is rejected here.
 * The currency is accepted in any letter case and normalised by `formatMoney`
 * (faults.md 15); anything but three letters is a contract break.
 */
export const Money = /*#__PURE__*/ (() =>
  v.object({
    amount: int(),
    currency: v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')),
  }))();

/** The `{ data, nextCursor }` envelope of every list endpoint. */
export function page<T extends v.GenericSchema>(item: T) {
  return v.object({ data: v.array(item), nextCursor: v.nullable(v.string()) });
}

/** The body of every non-2xx answer. `fields` only comes with 422. */
export const ApiErrorBody = /*#__PURE__*/ (() =>
  v.object({
    error: v.object({
      code: v.string(),
      message: v.string(),
      fields: v.optional(v.record(v.string(), v.string())),
    }),
  }))();

/** Free-text search (`q`) of every list that has one: 1–100 characters. */
export const SEARCH_LIMITS = { q: 100 } as const;

/** `q` of a list: 1–{@link SEARCH_LIMITS}.q characters, matched case-insensitively. */
export const SearchText = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.check(
      (value) => [...value].length >= 1 && [...value].length <= SEARCH_LIMITS.q,
      `must be 1 to ${SEARCH_LIMITS.q} characters`,
    ),
  ))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Integer minor units and an ISO 4217 code. */
export type Money = v.InferOutput<typeof Money>;
/** One page of a list endpoint. */
export interface Page<T> {
  /** This page's items, in the endpoint's order (newest first unless it says otherwise). */
  data: T[];
  /** Pass as `cursor` to get the next page; `null` on the last. Valid only with the same filters. */
  nextCursor: string | null;
}
/** The body of a non-2xx answer. */
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBody>;
