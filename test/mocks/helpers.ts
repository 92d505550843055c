/**
 * Shared plumbing for the mock API's own tests: a server over a fresh db, and a small
 * fetch wrapper that speaks the contract (auth, JSON, Idempotency-Key).
 */
import type { HttpHandler } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createHandlers, createMockDb } from '../../mocks';
import type { MockDb, MockDbOptions } from '../../mocks';
import { server } from '../../mocks/node';
import { multipartFileBody } from '../../src/api/endpoints';

/** The base URL the tests call; the handlers match any base. */
export const BASE_URL = 'https://api.revampd.test';
export const ORG_A = 'org_alpha';
export const ORG_B = 'org_bravo';
export const REVAMPD = 'revampd';
export const PARTNER_CONNECTION = 'par_acme';

/** What {@link useMockServer} gives a test file. */
export interface MockServerHandle {
  db: MockDb;
  server: typeof server;
  /** Prepends `scenario` for this test only; drops scenarios added earlier in the test. */
  replaceScenario(...scenario: HttpHandler[]): void;
}

/**
 * Serves a file-private db through the one shared `mocks/node` server: this file's
 * handlers are prepended before each test (so they beat the default db's), and scenarios
 * prepended by a test beat them in turn.
 *
 * One server on purpose: the project's unit setup file already listens with it, and two
 * MSW servers in one process would both intercept the same request. Run alone (e.g.
 * `vitest run test/mocks --environment node` without that setup), this starts it.
 */
export function useMockServer(options: MockDbOptions = {}): MockServerHandle {
  const db = createMockDb(options);
  const handlers = createHandlers(db);
  let startedHere = false;
  beforeAll(() => {
    try {
      server.listen({ onUnhandledRequest: 'error' });
      startedHere = true;
    } catch {
      // Already listening: the project's setup file started it.
    }
  });
  beforeEach(() => server.use(...handlers));
  afterEach(() => {
    server.resetHandlers();
    db.reset();
  });
  afterAll(() => {
    if (startedHere) server.close();
  });
  return {
    db,
    server,
    replaceScenario(...scenario) {
      server.resetHandlers();
      server.use(...handlers);
      server.use(...scenario);
    },
  };
}

/** Options of {@link call}. */
export interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  orgId?: string;
  connectionId?: string;
  /** JSON-encoded unless already a string. */
  body?: unknown;
  /** Sent as `Idempotency-Key` when set. */
  idempotencyKey?: string;
  /** The raw `Authorization` header; `null` sends none. @default 'Bearer test-token' */
  authorization?: string | null;
  signal?: AbortSignal;
}

/** What a call returned, with the body parsed as JSON when it is JSON. */
export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** The full URL of a connection path such as `/tickets?limit=5`. */
export function apiUrl(path: string, orgId = ORG_A, connectionId = REVAMPD): string {
  return `${BASE_URL}/v1/orgs/${orgId}/connections/${connectionId}${path}`;
}

/** Calls the mock API like the library's client does. */
export async function call(path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers({ Accept: 'application/json' });
  const authorization = options.authorization === undefined ? 'Bearer test-token' : options.authorization;
  if (authorization !== null) headers.set('Authorization', authorization);
  if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);
  let body: string | undefined;
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(apiUrl(path, options.orgId, options.connectionId), {
    method: options.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A plain object, for poking at JSON in assertions. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `json.error.code`, or undefined. */
export function errorCode(json: unknown): unknown {
  return isObject(json) && isObject(json['error']) ? json['error']['code'] : undefined;
}

/** Walks every page of a list endpoint and returns all rows plus the number of pages. */
export async function walk(
  path: string,
  limit: number,
  options: CallOptions = {},
): Promise<{ rows: Record<string, unknown>[]; pages: unknown[] }> {
  const rows: Record<string, unknown>[] = [];
  const pages: unknown[] = [];
  let cursor: string | null = null;
  const separator = path.includes('?') ? '&' : '?';
  do {
    const query: string = `${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const result = await call(`${path}${query}`, options);
    if (result.status !== 200 || !isObject(result.json)) {
      throw new Error(`GET ${path}${query} answered ${result.status}: ${result.text.slice(0, 200)}`);
    }
    pages.push(result.json);
    const data = result.json['data'];
    const next = result.json['nextCursor'];
    if (!Array.isArray(data)) throw new Error('data is not an array');
    for (const row of data) if (isObject(row)) rows.push(row);
    cursor = typeof next === 'string' ? next : null;
  } while (cursor !== null);
  return { rows, pages };
}

let keyCounter = 0;
/** A fresh Idempotency-Key, as the client makes one per attempt. */
export function newKey(): string {
  keyCounter += 1;
  return `00000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
}

/** A file to send to `POST /attachments`. */
export interface UploadFile {
  name: string;
  /** The declared type; `''` sends none. */
  type: string;
  bytes: Uint8Array | string;
}

/**
 * Sends `file` as `multipart/form-data` with one part named `file`, encoded as the client
 * encodes it (`multipartFileBody`): a DOM's FormData handed to Node's fetch loses the file.
 * `null` sends a multipart body without that part.
 */
export async function upload(
  file: UploadFile | null,
  options: Omit<CallOptions, 'method' | 'body'> = {},
): Promise<CallResult> {
  const headers = new Headers({ Accept: 'application/json' });
  const authorization = options.authorization === undefined ? 'Bearer test-token' : options.authorization;
  if (authorization !== null) headers.set('Authorization', authorization);
  if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);
  let body: Uint8Array<ArrayBuffer>;
  if (file === null) {
    body = new TextEncoder().encode(
      '--x\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--x--\r\n',
    );
    headers.set('Content-Type', 'multipart/form-data; boundary=x');
  } else {
    const bytes =
      typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : new Uint8Array(file.bytes);
    const encoded = await multipartFileBody(new Blob([bytes]), file.name, file.type);
    body = encoded.bytes;
    headers.set('Content-Type', encoded.contentType);
  }
  const response = await fetch(apiUrl('/attachments', options.orgId, options.connectionId), {
    method: 'POST',
    headers,
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Bytes that start with each accepted type's signature (or are plain text). */
export const SAMPLE_FILES = {
  png: {
    name: 'screen.png',
    type: 'image/png',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  },
  jpeg: {
    name: 'photo.jpg',
    type: 'image/jpeg',
    bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]),
  },
  gif: { name: 'clip.gif', type: 'image/gif', bytes: new TextEncoder().encode('GIF89a\u0001\u0000') },
  webp: {
    name: 'shot.webp',
    type: 'image/webp',
    bytes: new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      36,
      0,
      0,
      0,
      ...new TextEncoder().encode('WEBPVP8 '),
    ]),
  },
  pdf: { name: 'letter.pdf', type: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7\n%…\n') },
  text: { name: 'debug.txt', type: 'text/plain', bytes: 'SIP/2.0 200 OK\r\nVia: x\n' },
  csv: { name: 'calls.csv', type: 'text/csv', bytes: 'number,when\n+14155550100,2026-11-01\n' },
} as const satisfies Record<string, UploadFile>;

/** `json.error.fields`, or `{}`. */
export function errorFields(json: unknown): Record<string, unknown> {
  return isObject(json) && isObject(json['error']) && isObject(json['error']['fields'])
    ? json['error']['fields']
    : {};
}

/** A body field of a JSON object, or undefined. */
export function field(json: unknown, name: string): unknown {
  return isObject(json) ? json[name] : undefined;
}
