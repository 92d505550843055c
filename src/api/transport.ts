/**
 * The transport of the Revampd connection API (api.md): `fetch` against `baseUrl`, bound
 * to one org and connection. Endpoint functions (endpoints.ts) describe requests; this
 * module sends them.
 *
 * All transport policy lives here, in one loop, so every endpoint gets the same behaviour
 * (faults.md 1–9): a fresh token per request, one re-ask and replay on 401, retries with
 * jittered backoff on network errors and 5xx only, `Retry-After` honoured on 429, bodies
 * validated against the contract before anything trusts them, and one `Idempotency-Key`
 * per mutation attempt reused by that attempt's retries.
 */
import type * as v from 'valibot';
import { RevampdError, isAbortError, type RevampdErrorInit } from './errors';
import { withoutBidiControls } from './inertText';
import { parseContract } from './parse';
import { ApiErrorBody } from './schemas';

// -------------------------------------------------------------------------------------------------
// Configuration
// -------------------------------------------------------------------------------------------------

/** Returns the bearer token for one request; may be async. Called on every request. */
export type AccessTokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

/** How the client retries transient failures (network errors, 5xx, 429). */
export interface RetryPolicy {
  /** Extra attempts after the first. @default 3 */
  retries?: number;
  /** Backoff base; attempt n waits a random time up to `baseDelayMs * 2^n`. @default 300 */
  baseDelayMs?: number;
  /** Upper bound of one backoff wait. @default 5000 */
  maxDelayMs?: number;
  /** A 429 whose `Retry-After` is longer than this is surfaced instead of awaited. @default 30000 */
  maxRetryAfterMs?: number;
}

/** Options of {@link createRevampdClient}. */
export interface RevampdClientConfig {
  /** The API origin (and optional path prefix), e.g. `https://api.revampd.example`. */
  baseUrl: string;
  /** The Sub-Org whose connection this client reads. */
  orgId: string;
  /** The connection; the Sub-Org's direct connection is `revampd`. @default "revampd" */
  connectionId?: string;
  /** The host's token source, asked on every request and never cached by the client. */
  getAccessToken: AccessTokenGetter;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Retry policy for transient failures. */
  retry?: RetryPolicy;
  /** Told of every error a call ends with (not of aborts). Receives codes, never payloads. */
  onError?: (error: RevampdError) => void;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request and any backoff wait. */
  signal?: AbortSignal;
}

/** Per-call options of a mutation. */
export interface MutationOptions extends RequestOptions {
  /**
   * One UUID per attempt, made before the first try and reused for every retry of that
   * same attempt, so the server applies it once (see `createIdempotencyKey`).
   */
  idempotencyKey: string;
}

/** The scope every request of a client is bound to. */
export interface ConnectionScope {
  /** The Sub-Org whose connection it is. */
  readonly orgId: string;
  /** The connection; the Sub-Org's direct connection is `revampd`. */
  readonly connectionId: string;
}

/** The connection id of a Sub-Org's direct connection to Revampd. */
export const REVAMPD_CONNECTION_ID = 'revampd';

const DEFAULT_RETRY: Required<RetryPolicy> = {
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
};

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

/** A new UUID v4 for an `Idempotency-Key`. */
export function createIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` is either delta-seconds or an HTTP date; anything else means "no hint". */
function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * What a host's `onError` gets. The client's own errors (network, refused, invalid
 * response, signed out) carry only our own sentences and go as they are. An HTTP error
 * goes with its kind, code, status and the NAMES of the fields at fault, with our own
 * sentence: never the server's `message` or field messages, since a backend that echoes
 * what a person typed would hand ticket text or an e-mail address to the host's telemetry
 * (faults.md 25). Widgets still get the full error, to show field messages in place.
 */
export function reportForHost(error: RevampdError): RevampdError {
  if (error.kind !== 'http') return error;
  const fields = error.fields
    ? Object.fromEntries(Object.keys(error.fields).map((name) => [name, 'invalid']))
    : undefined;
  return new RevampdError({
    kind: error.kind,
    code: error.code,
    message: `The server answered ${error.status ?? 'an error'} (${error.code}).`,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(fields ? { fields } : {}),
    ...(error.retryAt === undefined ? {} : { retryAt: error.retryAt }),
  });
}

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function isJsonContentType(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return /^application\/([\w.+-]+\+)?json\b/i.test(type.trim());
}

// -------------------------------------------------------------------------------------------------
// Transport
// -------------------------------------------------------------------------------------------------

/** One request, described by an endpoint function. */
export interface ApiRequest<S extends v.GenericSchema> {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  schema: S;
  query?: Record<string, string | number | null | undefined>;
  /** Sent as JSON, unless `contentType` is set: then these bytes are sent as they are. */
  body?: unknown;
  /** The type of a body the endpoint encoded itself (the attachment upload's multipart). */
  contentType?: string | undefined;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
  /**
   * Sends this request through it (e.g. one that reports upload progress) instead of the
   * global `fetch`. A client created with its own `fetch` keeps using that one: a host that
   * routes requests through its own fetch (a proxy, auth, instrumentation) must see all.
   */
  fetch?: typeof fetch | undefined;
}

/**
 * The transport every endpoint goes through: bound to one scope, with the token, retry,
 * rate-limit and validation policy of api.md and faults.md 1–9.
 */
export interface Transport {
  /** The org and connection every request is sent to. */
  readonly scope: ConnectionScope;
  /** Sends one request and returns its validated body, or throws a RevampdError. */
  send<S extends v.GenericSchema>(request: ApiRequest<S>): Promise<v.InferOutput<S>>;
  /** Reports an error the way `send` does (to `onError`) and throws it. */
  fail(init: RevampdErrorInit): never;
}

/** Creates the transport of one org and connection. */
export function createTransport(config: RevampdClientConfig): Transport {
  const connectionId = config.connectionId ?? REVAMPD_CONNECTION_ID;
  const scope: ConnectionScope = Object.freeze({ orgId: config.orgId, connectionId });
  const retry = { ...DEFAULT_RETRY, ...config.retry };
  const root = `${config.baseUrl.replace(/\/+$/, '')}/v1/orgs/${encodeURIComponent(
    config.orgId,
  )}/connections/${encodeURIComponent(connectionId)}`;
  // After a 429, no request of this client goes out before this instant (faults.md 6).
  let notBefore = 0;

  const fail = (init: RevampdErrorInit): never => {
    const error = new RevampdError(init);
    config.onError?.(reportForHost(error));
    throw error;
  };

  async function token(): Promise<string> {
    let value: string | null | undefined;
    try {
      value = await config.getAccessToken();
    } catch {
      // The getter's own error may hold session details: report only that it failed.
      return fail({
        kind: 'signed_out',
        code: 'token_unavailable',
        message: 'Could not get an access token.',
      });
    }
    if (typeof value !== 'string' || value.trim() === '') {
      return fail({
        kind: 'signed_out',
        code: 'token_unavailable',
        message: 'No access token is available.',
      });
    }
    return value;
  }

  function backoff(attempt: number): number {
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
    return Math.random() * ceiling;
  }

  async function readError(response: Response): Promise<RevampdError> {
    let code = `http_${response.status}`;
    let message = response.statusText || `The server answered ${response.status}.`;
    let fields: Record<string, string> | undefined;
    // A proxy's HTML error page is a server error, never parsed or shown (api.md).
    if (isJsonContentType(response)) {
      try {
        const parsed = parseContract(ApiErrorBody, await response.json());
        if (parsed.success) {
          code = parsed.data.error.code;
          message = parsed.data.error.message;
          fields = parsed.data.error.fields;
        }
      } catch {
        // Unreadable error body: keep the status-derived code.
      }
    }
    return new RevampdError({
      kind: 'http',
      status: response.status,
      code,
      message,
      ...(fields ? { fields } : {}),
    });
  }

  async function readBody<S extends v.GenericSchema>(
    response: Response,
    schema: S,
  ): Promise<v.InferOutput<S>> {
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch (error) {
      // An abort while the body streams in is a cancellation, not a bad response: rethrow it
      // unreported, as the fetch itself does (onError is never told of aborts).
      if (isAbortError(error)) throw error;
      return fail({
        kind: 'invalid_response',
        code: 'bad_response',
        status: response.status,
        message: 'The server sent a response that is not valid JSON.',
      });
    }
    const parsed = parseContract(schema, json);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const field = describeIssuePath(issue?.path ?? []);
      return fail({
        kind: 'invalid_response',
        code: 'contract_violation',
        status: response.status,
        field,
        message: `The server sent an invalid response: field "${field}" ${issue?.message ?? 'is invalid'}.`,
      });
    }
    return withoutBidiControls(parsed.data);
  }

  async function send<S extends v.GenericSchema>(options: ApiRequest<S>): Promise<v.InferOutput<S>> {
    const { signal } = options;
    const url = new URL(root + options.path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    const doFetch = config.fetch ?? options.fetch ?? globalThis.fetch;
    const raw = options.contentType !== undefined && options.body !== undefined;
    let attempt = 0;
    let replayedAfter401 = false;

    for (;;) {
      // Within a short Retry-After, wait it out; past the policy's limit, say so now rather
      // than leave a widget silently loading for minutes.
      const hold = notBefore - Date.now();
      if (hold > retry.maxRetryAfterMs) {
        return fail({
          kind: 'http',
          status: 429,
          code: 'rate_limited',
          message: 'Too many requests; try again later.',
          retryAt: notBefore,
        });
      }
      await sleep(hold, signal);
      const headers: Record<string, string> = {
        Accept: 'application/json',
        Authorization: `Bearer ${await token()}`,
      };
      if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
      if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

      let response: Response;
      try {
        response = await doFetch(url, {
          method: options.method,
          headers,
          ...(raw
            ? { body: options.body as BodyInit }
            : options.body !== undefined
              ? { body: JSON.stringify(options.body) }
              : {}),
          ...(signal ? { signal } : {}),
          credentials: 'omit',
        });
      } catch (error) {
        if (isAbortError(error) || signal?.aborted) throw error;
        if (attempt < retry.retries) {
          await sleep(backoff(attempt++), signal);
          continue;
        }
        return fail({ kind: 'network', code: 'network_error', message: 'The network request failed.' });
      }

      if (response.ok) return readBody(response, options.schema);

      if (response.status === 401) {
        // The token may have just expired: ask the host once more and replay once.
        if (!replayedAfter401) {
          replayedAfter401 = true;
          continue;
        }
        return fail({
          kind: 'signed_out',
          code: 'unauthorized',
          status: 401,
          message: 'You are signed out.',
        });
      }

      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after'), Date.now());
        const delay = wait ?? backoff(attempt);
        notBefore = Math.max(notBefore, Date.now() + delay);
        if (attempt < retry.retries && delay <= retry.maxRetryAfterMs) {
          attempt++;
          continue;
        }
        const error = await readError(response);
        return fail({
          kind: 'http',
          status: 429,
          code: error.code,
          message: error.message,
          retryAt: notBefore,
        });
      }

      if (response.status >= 500 && attempt < retry.retries) {
        await sleep(backoff(attempt++), signal);
        continue;
      }

      const error = await readError(response);
      config.onError?.(reportForHost(error));
      throw error;
    }
  }

  return { scope, send, fail };
}
