/**
 * The one way this library checks a value against a contract schema (schemas.ts): the
 * transport's bodies and error bodies, the list filters, a stored draft's attachments and
 * the mocks' query parameters all go through {@link parseContract}.
 */
import * as v from 'valibot';

/** One way a value breaks a schema. */
export interface ContractIssue {
  /** Keys and indexes from the root of the value to the part at fault; `[]` for the root. */
  readonly path: readonly PropertyKey[];
  /** Our own message (`must be a real date and time`), else `Invalid input`. Never the value. */
  readonly message: string;
}

/** What {@link parseContract} returns: the checked output, or every issue found. */
export type ContractResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ContractIssue[] };

/**
 * valibot's default messages quote the value they received (`…but received "Jane Doe"`),
 * and the transport puts an issue's message in the `contract_violation` error a host's
 * `onError` logs: server data (names, failure reasons) would reach the host's logs. The
 * message is the one zod/mini gave; the schemas' own messages still take precedence over it.
 *
 * `lang` is a private tag no host sets messages for: a host that uses valibot too may share
 * our copy, and messages it registers with `setSpecificMessage` / `setSchemaMessage` (which
 * valibot ranks above this `message`) are looked up by language, so they never apply here.
 */
const CONFIG = { lang: 'x-revampd-contract', message: 'Invalid input' } as const;

/** valibot names a path step by an object (`{ key, … }`); callers want the key alone. */
function keyOf(key: unknown): PropertyKey {
  return typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : String(key);
}

/**
 * Checks `input` against `schema` without throwing. On success, `data` is the schema's
 * output: unknown object keys stripped, so nothing the contract does not name gets through.
 */
export function parseContract<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): ContractResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, CONFIG);
  if (result.success) return { success: true, data: result.output };
  return {
    success: false,
    issues: result.issues.map((issue) => ({
      path: issue.path?.map((step) => keyOf(step.key)) ?? [],
      message: issue.message,
    })),
  };
}
