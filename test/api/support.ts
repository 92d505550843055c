/**
 * Helpers for the data-layer tests: a `fetch` that records what the client sent (and
 * delegates to the MSW-intercepted global one), a listener on the mock server that sees
 * every request that reaches the network, and a stringifier for leak checks.
 */
import { afterEach, beforeEach } from 'vitest';
import { server } from '../../mocks/node';

/** One request as the client sent it. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  /** The body as given, whatever its type (an upload's multipart bytes). */
  rawBody: unknown;
  /** `Date.now()` when it was sent (fake under fake timers). */
  at: number;
  signal: AbortSignal | undefined;
}

function urlOf(input: RequestInfo | URL): URL {
  if (input instanceof URL) return new URL(input.href);
  if (typeof input === 'string') return new URL(input);
  return new URL(input.url);
}

/**
 * A `fetch` that records each call, then hands it to `answer` (default: the global fetch,
 * which MSW intercepts, looked up per call so the server's patch is used).
 */
export function recordingFetch(
  answer: (input: RequestInfo | URL, init: RequestInit | undefined) => Promise<Response> = (input, init) =>
    globalThis.fetch(input, init),
): { fetch: typeof fetch; requests: SentRequest[] } {
  const requests: SentRequest[] = [];
  const recording = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({
      method: init?.method ?? 'GET',
      url: urlOf(input),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      rawBody: init?.body,
      at: Date.now(),
      signal: init?.signal ?? undefined,
    });
    return answer(input, init);
  };
  return { fetch: recording, requests };
}

/** Authorization headers of every request that reached the mock server in this test. */
export interface NetworkLog {
  requests: { method: string; url: string; authorization: string | null; idempotencyKey: string | null }[];
}

/**
 * Records every request the MSW server sees during each test of the calling file (so even
 * requests sent through the global fetch are counted).
 */
export function useNetworkLog(): NetworkLog {
  const log: NetworkLog = { requests: [] };
  const listener = ({ request }: { request: Request }) => {
    log.requests.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get('Authorization'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
    });
  };
  beforeEach(() => {
    log.requests = [];
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  return log;
}

/** A bearer header a client must never send (faults.md 9). */
export function isBrokenBearer(authorization: string | null): boolean {
  if (authorization === null) return true;
  const match = /^Bearer (.*)$/.exec(authorization);
  const token = match?.[1]?.trim() ?? '';
  return token === '' || token === 'undefined' || token === 'null';
}

/** Everything an error object exposes, as one string, for leak checks (faults.md 25). */
export function exposeError(error: unknown): string {
  if (!(error instanceof Error)) return JSON.stringify(error) ?? String(error);
  const own: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(error))
    own[key] = (error as unknown as Record<string, unknown>)[key];
  return [String(error), error.stack ?? '', JSON.stringify(own), JSON.stringify(error)].join('\n');
}

/** A JSON `Response`, for hand-made fetches. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** Settles when `predicate` holds, polling every few ms (real timers only). */
export async function until(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('until(): condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
