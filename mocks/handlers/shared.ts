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
import { hash, hashBytes } from '../random';

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

/** A short fingerprint of the filters a cursor was made with. */
function filterTag(filterKey: string): string {
  return hash(filterKey).toString(36);
}

// base64url so the cursor survives a query string untouched; opaque to clients by contract.
function encodeCursor(offset: number, filterKey: string): string {
  return btoa(`${CURSOR_PREFIX}${offset}:${filterTag(filterKey)}`)
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function decodeCursor(cursor: string): { offset: number; tag: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const match = /^(\d{1,9}):([0-9a-z]{1,7})$/.exec(text.slice(CURSOR_PREFIX.length));
  if (match === null) return null;
  return { offset: Number(match[1]), tag: match[2] ?? '' };
}

/**
 * One page of `items` (already in the endpoint's order) per the request's `limit` and
 * `cursor`, as `{ data, nextCursor }`, or a 400 for a bad limit or cursor.
 *
 * A cursor belongs to the filters it was made with (api.md): `filterKey` (canonical text of
 * the parsed filters, and of anything else that picks the rows, such as a ticket id) is
 * fingerprinted into it, and the same cursor with other filters is `400 invalid_cursor`.
 */
export function listPage(items: readonly JsonBodyType[], url: URL, filterKey = ''): MockResult {
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
    if (decoded === null || decoded.offset > items.length) {
      return apiError(400, 'invalid_cursor', 'cursor is not a cursor this endpoint issued.');
    }
    if (decoded.tag !== filterTag(filterKey)) {
      return apiError(400, 'invalid_cursor', 'cursor was made for other filters; start from the first page.');
    }
    offset = decoded.offset;
  }
  const end = offset + limit;
  return ok({
    data: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end, filterKey) : null,
  });
}

// -------------------------------------------------------------------------------------------------
// Mutations and idempotency
// -------------------------------------------------------------------------------------------------

/** The `file` part of a `multipart/form-data` request, read in full. */
export interface UploadedFile {
  /** As sent, before the server's clean-up. */
  name: string;
  /** The declared type, as sent. */
  type: string;
  size: number;
  bytes: Uint8Array;
}

/**
 * Context a mutation works with. `body` is the parsed JSON, `undefined` when empty or
 * multipart; `file` is the `file` part of a multipart body, `null` otherwise.
 */
export interface MutationContext extends ReadContext {
  body: unknown;
  file: UploadedFile | null;
  now: Date;
}

interface FilePart {
  name?: unknown;
  type?: unknown;
  arrayBuffer(): Promise<ArrayBuffer>;
}

// Duck-typed: in a test runner the File may come from another realm than this module's.
function isFilePart(value: unknown): value is FilePart {
  return (
    typeof value === 'object' &&
    value !== null &&
    'arrayBuffer' in value &&
    typeof (value as { arrayBuffer: unknown }).arrayBuffer === 'function'
  );
}

/** The body of a mutation as the fingerprint and `perform` see it. */
type ReadBody =
  | { ok: true; body: unknown; file: UploadedFile | null; canonical: string }
  | { ok: false; result: MockResult; canonical: string };

async function readMutationBody(request: Request): Promise<ReadBody> {
  const type = request.headers.get('Content-Type') ?? '';
  if (/^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return {
        ok: false,
        result: apiError(400, 'invalid_body', 'The multipart body could not be read.'),
        canonical: 'multipart:unreadable',
      };
    }
    const part = form.get('file');
    let file: UploadedFile | null = null;
    if (isFilePart(part)) {
      const bytes = new Uint8Array(await part.arrayBuffer());
      file = {
        name: typeof part.name === 'string' ? part.name : '',
        type: typeof part.type === 'string' ? part.type : '',
        size: bytes.length,
        bytes,
      };
    }
    // The same file sent again (a retry) has the same fingerprint; its bytes are hashed.
    const canonical =
      file === null
        ? 'multipart:no-file'
        : `multipart:${JSON.stringify(file.name)}:${JSON.stringify(file.type)}:${file.size}:${hashBytes(file.bytes).toString(36)}`;
    return { ok: true, body: undefined, file, canonical };
  }
  const text = await request.text();
  if (text.trim() === '')
    return { ok: true, body: undefined, file: null, canonical: canonicalJson(undefined) };
  try {
    const body: unknown = JSON.parse(text);
    return { ok: true, body, file: null, canonical: canonicalJson(body) };
  } catch {
    // Fingerprinted by its text, so a replay of the same bad body replays the same 400.
    return {
      ok: false,
      result: apiError(400, 'invalid_json', 'The request body is not valid JSON.'),
      canonical: text,
    };
  }
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
  let read: ReadBody;
  try {
    read = await readMutationBody(request);
  } catch {
    // The body stream failed: the client gave up on the request (an abort on unmount or a
    // scope change) while it was being read. As on a real server nothing happened, no key is
    // stored, and nothing is thrown into MSW's handler lookup (which logs it as an error).
    return HttpResponse.error();
  }
  const url = new URL(request.url);
  const fingerprint = `${request.method} ${url.pathname}\n${read.canonical}`;
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
  const result = read.ok
    ? perform({ scope, url, params, body: read.body, file: read.file, now: db.now() })
    : read.result;
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
