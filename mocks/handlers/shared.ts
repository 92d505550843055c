/**
 * Plumbing every resource's handlers share: the path prefix, auth, error bodies, cursor
 * pagination and `Idempotency-Key` handling. The rules live here once so all endpoints
 * fail the same way a real Revampd backend would.
 *
 * @internal Not part of the public mocks entry.
 */
import { HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import type { MockDb, MockScope } from '../db';

/** Matches any base URL (`*`), so hosts can point the library at whatever origin they like. */
export const API_PREFIX = '*/v1/orgs/:orgId/connections/:connectionId';

/** The MSW path of an endpoint, relative to the connection base. */
export function apiPath(path: string): string {
  return `${API_PREFIX}${path}`;
}

/** Path parameters every endpoint has. */
export interface ScopeParams {
  orgId: string;
  connectionId: string;
  [name: string]: string;
}

/** What an endpoint decided, before it becomes a `Response` (and possibly gets stored). */
export interface MockResult {
  status: number;
  body: JsonBodyType;
  headers?: Record<string, string>;
}

/** A 2xx result. */
export function ok(body: JsonBodyType, status = 200): MockResult {
  return { status, body };
}

/** A contract-shaped error result. `fields` belongs to 422 only. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
): MockResult {
  return {
    status,
    body: { error: fields === undefined ? { code, message } : { code, message, fields } },
  };
}

/** A contract-shaped error response, for scenarios that answer without the db. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return toResponse({ ...apiError(status, code, message), ...(headers === undefined ? {} : { headers }) });
}

/** Turns a result into the `Response` MSW sends. */
export function toResponse(result: MockResult, extraHeaders: Record<string, string> = {}): Response {
  return HttpResponse.json(result.body, {
    status: result.status,
    headers: { ...result.headers, ...extraHeaders },
  });
}

// -------------------------------------------------------------------------------------------------
// Auth
// -------------------------------------------------------------------------------------------------

/**
 * `Bearer <token>` with a real token. "undefined" and "null" are refused too: they are what a
 * client sends when it interpolates a missing token, which faults.md 9 forbids.
 */
export function isAuthorized(request: Request): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  const token = match?.[1];
  return token !== undefined && token !== 'undefined' && token !== 'null';
}

const UNAUTHORIZED = (): MockResult =>
  apiError(401, 'unauthorized', 'The access token is missing or has expired.');

// -------------------------------------------------------------------------------------------------
// Reads
// -------------------------------------------------------------------------------------------------

/** Context a read endpoint works with. */
export interface ReadContext {
  scope: MockScope;
  url: URL;
  params: ScopeParams;
}

/** Authenticates, finds the scope, and answers a `GET`. */
export function read(
  db: MockDb,
  request: Request,
  params: ScopeParams,
  answer: (context: ReadContext) => MockResult,
): Response {
  if (!isAuthorized(request)) return toResponse(UNAUTHORIZED());
  const scope = db.scope(params.orgId, params.connectionId);
  return toResponse(answer({ scope, url: new URL(request.url), params }));
}

// -------------------------------------------------------------------------------------------------
// Pagination
// -------------------------------------------------------------------------------------------------

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
const CURSOR_PREFIX = 'offset:';

// base64url so the cursor survives a query string untouched; opaque to clients by contract.
function encodeCursor(offset: number): string {
  return btoa(`${CURSOR_PREFIX}${offset}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const digits = text.slice(CURSOR_PREFIX.length);
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}

/**
 * One page of `items` (already newest first) per the request's `limit` and `cursor`,
 * as `{ data, nextCursor }`, or a 400 for a bad limit or cursor.
 */
export function listPage(items: readonly JsonBodyType[], url: URL): MockResult {
  const limitParam = url.searchParams.get('limit');
  let limit = DEFAULT_LIMIT;
  if (limitParam !== null) {
    limit = /^\d{1,3}$/.test(limitParam) ? Number(limitParam) : 0;
    if (limit < 1 || limit > MAX_LIMIT) {
      return apiError(400, 'invalid_limit', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
    }
  }
  const cursorParam = url.searchParams.get('cursor');
  let offset = 0;
  if (cursorParam !== null) {
    const decoded = decodeCursor(cursorParam);
    // A cursor past the end can only be forged or stale after rows vanished: refuse it.
    if (decoded === null || decoded > items.length) {
      return apiError(400, 'invalid_cursor', 'cursor is not a cursor this endpoint issued.');
    }
    offset = decoded;
  }
  const end = offset + limit;
  return ok({
    data: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
  });
}

// -------------------------------------------------------------------------------------------------
// Mutations and idempotency
// -------------------------------------------------------------------------------------------------

/** Context a mutation works with. `body` is the parsed JSON, `undefined` when empty. */
export interface MutationContext extends ReadContext {
  body: unknown;
  now: Date;
}

/** Key order must not make "the same body" look different. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Per api.md only finished results are kept: 2xx and 4xx except 401 and 429. After a 5xx,
 * a 401, a 429 or a network failure the same key is processed as new.
 */
function isFinished(status: number): boolean {
  return (
    (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 401 && status !== 429)
  );
}

/**
 * Authenticates, enforces `Idempotency-Key`, replays or refuses reused keys, runs `perform`
 * at most once per key, and stores its finished result.
 *
 * The lookup, `perform` and the store happen with no `await` between them, so two requests
 * racing with one key (a double click) cannot both act.
 */
export async function mutate(
  db: MockDb,
  request: Request,
  params: ScopeParams,
  perform: (context: MutationContext) => MockResult,
): Promise<Response> {
  if (!isAuthorized(request)) return toResponse(UNAUTHORIZED());
  const key = request.headers.get('Idempotency-Key')?.trim() ?? '';
  if (key === '') {
    return toResponse(
      apiError(400, 'idempotency_key_required', 'Send an Idempotency-Key header with every change.'),
    );
  }
  const text = await request.text();
  let body: unknown;
  let bodyIsJson = true;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      bodyIsJson = false;
    }
  }
  const url = new URL(request.url);
  const fingerprint = `${request.method} ${url.pathname}\n${bodyIsJson ? canonicalJson(body) : text}`;
  // Keys are namespaced per org + connection, as a real backend scopes them per account.
  const storeKey = JSON.stringify([params.orgId, params.connectionId, key]);
  const stored = db.idempotency.get(storeKey);
  if (stored !== undefined) {
    if (stored.fingerprint !== fingerprint) {
      return toResponse(
        apiError(
          409,
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different request.',
        ),
      );
    }
    return HttpResponse.json(stored.body, {
      status: stored.status,
      headers: { 'Idempotent-Replayed': 'true' },
    });
  }
  const scope = db.scope(params.orgId, params.connectionId);
  const result = bodyIsJson
    ? perform({ scope, url, params, body, now: db.now() })
    : apiError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (isFinished(result.status)) {
    // A deep copy, so later edits to the live rows cannot change what a replay returns.
    db.idempotency.set(storeKey, {
      fingerprint,
      status: result.status,
      body: structuredClone(result.body),
    });
  }
  return toResponse(result);
}

/** A plain object (not an array or null), for body validation. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ISO 8601 in UTC without milliseconds, like the seeded rows. */
export function isoNow(now: Date): string {
  return now.toISOString().replace('.000Z', 'Z');
}
