/**
 * Typed errors of the Revampd client. Every failure a widget can show is one of these
 * kinds, so a view decides what to say from `kind` and `code`, never from a message.
 */

/** What went wrong, in the terms a view needs. */
export type RevampdErrorKind =
  /** The request never got an HTTP answer (offline, DNS, CORS, reset). */
  | 'network'
  /** An HTTP answer with a non-2xx status; `status` and `code` say which. */
  | 'http'
  /** A 2xx answer whose body is not JSON or breaks the contract; `field` names where. */
  | 'invalid_response'
  /** No usable token: the getter threw or returned nothing, or a second 401 came back. */
  | 'signed_out'
  /** The request was refused by the client before it went out (e.g. a Partner invoice). */
  | 'refused'
  /** A widget threw while rendering (a bug): it alone shows an error, the host keeps working. */
  | 'render';

/** Options of {@link RevampdError}. */
export interface RevampdErrorInit {
  /** What went wrong, in the terms a view needs. */
  kind: RevampdErrorKind;
  /** Machine-readable code: the API's `error.code`, or the client's own (`network_error`, …). */
  code: string;
  /** For developers and logs (never the token or a body); views word errors from `kind` and `code`. */
  message: string;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** 422 field messages from the API, keyed by request field. */
  fields?: Readonly<Record<string, string>>;
  /** For `invalid_response`: the path of the first offending field, e.g. `data.3.amount`. */
  field?: string;
  /** For 429: when a retry is allowed again (epoch ms). */
  retryAt?: number;
}

/**
 * The one error type the client throws. It carries codes and messages only: never the
 * token, a request body or a response body, so passing it to a host's `onError` or logger
 * leaks nothing (faults.md 25).
 */
export class RevampdError extends Error {
  /** Always `RevampdError`, so logs and `error.name` checks can tell it from other errors. */
  override readonly name = 'RevampdError';
  /** What went wrong, in the terms a view needs: decide what to say from this and `code`. */
  readonly kind: RevampdErrorKind;
  /** Machine-readable code: the API's `error.code`, or the client's own (`network_error`, …). */
  readonly code: string;
  /** HTTP status when an answer came (also for `invalid_response`); `undefined` when none did. */
  readonly status: number | undefined;
  /** 422 field messages from the API, keyed by request field; `undefined` otherwise. */
  readonly fields: Readonly<Record<string, string>> | undefined;
  /** For `invalid_response`: the path of the first offending field, e.g. `data.3.amount`. */
  readonly field: string | undefined;
  /** For 429: when a retry is allowed again (epoch ms); `undefined` otherwise. */
  readonly retryAt: number | undefined;

  constructor(init: RevampdErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields;
    this.field = init.field;
    this.retryAt = init.retryAt;
  }

  /** Whether the same request may succeed if sent again (network, 5xx, 429). */
  get isTransient(): boolean {
    if (this.kind === 'network') return true;
    if (this.kind !== 'http' || this.status === undefined) return false;
    return this.status >= 500 || this.status === 429;
  }

  /** 403: this org or connection has no access to the resource. */
  get isNoAccess(): boolean {
    return this.kind === 'http' && this.status === 403;
  }
}

/** Narrows an unknown thrown value to a {@link RevampdError}. */
export function isRevampdError(value: unknown): value is RevampdError {
  return value instanceof RevampdError;
}

/** Whether a thrown value is the `AbortError` of a cancelled request or wait. */
export function isAbortError(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    (value as { name: unknown }).name === 'AbortError'
  );
}
