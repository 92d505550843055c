/**
 * The transport's fault policy (faults.md 1, 3, 4, 6–9, 13, 25) driven through the public
 * client against the mock API, or a hand-made `fetch` where time must be controlled.
 */
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  contractBreak,
  contractBreakPath,
  failWith,
  htmlBody,
  malformedJson,
  networkError,
  neverAnswers,
  partnerInvoice,
  unauthorized,
  unauthorizedOnce,
  type ContractBreakKind,
  type MockResource,
} from '../../mocks';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { createRevampdClient, type RevampdClient } from '../../src/api/client';
import { RevampdError, isRevampdError } from '../../src/api/errors';
import type { Invoice } from '../../src/api/schemas';
import type { AccessTokenGetter, RevampdClientConfig } from '../../src/api/transport';
import { exposeError, isBrokenBearer, jsonResponse, recordingFetch, until, useNetworkLog } from './support';

const BASE_URL = 'https://api.revampd.test';
const ORG = 'org_transport';
const TOKEN = 'tok_SECRET_7f3a9c';

const network = useNetworkLog();

afterEach(() => {
  // faults.md 9: whatever a test did, no request ever carried a missing token.
  for (const request of network.requests) expect(isBrokenBearer(request.authorization)).toBe(false);
  vi.useRealTimers();
});

interface Harness {
  client: RevampdClient;
  requests: ReturnType<typeof recordingFetch>['requests'];
  onError: ReturnType<typeof vi.fn<(error: RevampdError) => void>>;
}

function setup(
  overrides: Partial<RevampdClientConfig> = {},
  fetchImpl?: Parameters<typeof recordingFetch>[0],
): Harness {
  const recorder = recordingFetch(fetchImpl);
  const onError = vi.fn<(error: RevampdError) => void>();
  const client = createRevampdClient({
    baseUrl: BASE_URL,
    orgId: ORG,
    getAccessToken: () => TOKEN,
    retry: { retries: 2, baseDelayMs: 1 },
    fetch: recorder.fetch,
    onError,
    ...overrides,
  });
  return { client, requests: recorder.requests, onError };
}

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function revampdError(promise: Promise<unknown>): Promise<RevampdError> {
  const error = await rejection(promise);
  if (!isRevampdError(error)) throw new Error(`expected a RevampdError, got ${String(error)}`);
  return error;
}

const walletBody = {
  connectionId: 'revampd',
  balance: { amount: 1234, currency: 'USD' },
  updatedAt: '2026-11-24T11:55:00Z',
};

// -------------------------------------------------------------------------------------------------
// Network and server
// -------------------------------------------------------------------------------------------------

describe('faults.md 1: network failures', () => {
  it('faults 1: a network failure is retried twice, then fails as kind "network"', async () => {
    server.use(...networkError('wallet'));
    const { client, requests, onError } = setup();
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'network', code: 'network_error' });
    expect(error.isTransient).toBe(true);
    expect(requests).toHaveLength(3);
    expect(network.requests).toHaveLength(3);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(error);
  });

  it('faults 1: two network failures then success resolves with the data, unreported', async () => {
    server.use(...networkError('wallet', { times: 2 }));
    const { client, requests, onError } = setup();
    const wallet = await client.getWallet();
    expect(wallet.connectionId).toBe('revampd');
    expect(wallet.balance.currency).toBe('USD');
    expect(requests).toHaveLength(3);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('faults.md 3: server errors and client errors', () => {
  it('faults 3: a 503 is retried twice, then surfaces as http 503', async () => {
    server.use(...failWith('wallet', 503));
    const { client, requests, onError } = setup();
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'http', status: 503, code: 'service_unavailable' });
    expect(requests).toHaveLength(3);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('faults 3: a 502 with a proxy HTML page is retried and never parsed', async () => {
    server.use(...failWith('wallet', 502, undefined, { html: true }));
    const { client, requests } = setup();
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'http_502' });
    expect(exposeError(error)).not.toContain('nginx');
    expect(requests).toHaveLength(3);
  });

  it('faults 3: 5xx retries back off exponentially (fake timers)', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const { client, requests } = setup({ retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 10_000 } }, () =>
      Promise.resolve(jsonResponse({ error: { code: 'internal_error', message: 'x' } }, { status: 500 })),
    );
    const settled = rejection(client.getWallet());
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    // First wait ≈ 100 ms × 0.999, second ≈ 200 ms × 0.999.
    await vi.advanceTimersByTimeAsync(95);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(190);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(15);
    expect(requests).toHaveLength(3);
    const error = await settled;
    expect(error).toBeInstanceOf(RevampdError);
    expect(error).toMatchObject({ status: 500 });
    const [first, second, third] = requests.map((request) => request.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(99);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(199);
  });

  it.each([400, 403, 404, 409, 422])('faults 3: %i is not retried (exactly one request)', async (status) => {
    server.use(...failWith('wallet', status));
    const { client, requests, onError } = setup();
    const error = await revampdError(client.getWallet());
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.isTransient).toBe(false);
    expect(requests).toHaveLength(1);
    expect(network.requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('faults 3: a 422 carries the API field messages', async () => {
    const { client, requests } = setup();
    const error = await revampdError(
      client.createTicket({ title: '  ', priority: 'low', description: 'x' }, { idempotencyKey: 'key-422' }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 422, code: 'validation_failed' });
    expect(error.fields).toEqual({ title: 'Enter a title.' });
    expect(requests).toHaveLength(1);
  });
});

describe('faults.md 4: 401', () => {
  it('faults 4: one 401 asks getAccessToken again and replays once with the new token', async () => {
    server.use(...unauthorizedOnce());
    const getAccessToken = vi
      .fn<AccessTokenGetter>()
      .mockReturnValueOnce('tok-old')
      .mockReturnValue('tok-new');
    const { client, requests, onError } = setup({ getAccessToken });
    const wallet = await client.getWallet();
    expect(wallet.connectionId).toBe('revampd');
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer tok-old',
      'Bearer tok-new',
    ]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('faults 4: a second 401 is "signed_out", reported once, with no retry storm', async () => {
    // A fake clock that follows real time, so a quiet minute passes at once below.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(...unauthorized());
    const getAccessToken = vi.fn<AccessTokenGetter>(() => TOKEN);
    const { client, requests, onError } = setup({ getAccessToken });
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'signed_out', code: 'unauthorized', status: 401 });
    expect(requests).toHaveLength(2);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'signed_out' });
    // Nothing goes out afterwards on its own, not even a minute later.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(network.requests).toHaveLength(2);
  });
});

describe('faults.md 6: 429', () => {
  it('faults 6: after 429 Retry-After: 1 nothing is sent for 1000 ms', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const { client, requests } = setup({}, () => {
      calls += 1;
      return Promise.resolve(
        calls === 1
          ? jsonResponse(
              { error: { code: 'rate_limited', message: 'slow down' } },
              { status: 429, headers: { 'Retry-After': '1' } },
            )
          : jsonResponse(walletBody),
      );
    });
    const result = client.getWallet();
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await expect(result).resolves.toEqual(walletBody);
    const [first, second] = requests.map((request) => request.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('faults 6: the Retry-After wait holds back the client’s other requests too', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const { client, requests } = setup({}, (input) => {
      calls += 1;
      if (calls === 1) {
        return Promise.resolve(
          jsonResponse(
            { error: { code: 'rate_limited', message: 'x' } },
            { status: 429, headers: { 'Retry-After': '2' } },
          ),
        );
      }
      return Promise.resolve(
        String(input).endsWith('/plan')
          ? jsonResponse({
              managedBy: 'partner',
              partner: { id: 'par_acme', name: 'Acme', contactEmail: null },
            })
          : jsonResponse(walletBody),
      );
    });
    const wallet = client.getWallet();
    await vi.advanceTimersByTimeAsync(0);
    const plan = client.getPlan();
    await vi.advanceTimersByTimeAsync(1999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(wallet).resolves.toEqual(walletBody);
    await expect(plan).resolves.toMatchObject({ managedBy: 'partner' });
    expect(requests).toHaveLength(3);
    for (const request of requests.slice(1))
      expect(request.at - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(2000);
  });

  it('faults 6: a Retry-After beyond maxRetryAfterMs surfaces at once with retryAt', async () => {
    server.use(...failWith('wallet', 429, undefined, { retryAfter: 120 }));
    const { client, requests, onError } = setup({
      retry: { retries: 2, baseDelayMs: 1, maxRetryAfterMs: 5000 },
    });
    const before = Date.now();
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'http', status: 429, code: 'rate_limited' });
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(error.retryAt).toBeLessThanOrEqual(Date.now() + 120_000);
    expect(requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('faults.md 7: 200 with an unreadable body', () => {
  it('faults 7: cut-off JSON is "invalid_response" / "bad_response", not retried', async () => {
    server.use(...malformedJson('tickets'));
    const { client, requests, onError } = setup();
    const error = await revampdError(client.listTickets());
    expect(error).toMatchObject({ kind: 'invalid_response', code: 'bad_response', status: 200 });
    expect(requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('faults 7: an HTML page is "bad_response" and nothing of it is in the error', async () => {
    server.use(...htmlBody('wallet'));
    const { client } = setup();
    const error = await revampdError(client.getWallet());
    expect(error).toMatchObject({ kind: 'invalid_response', code: 'bad_response' });
    const exposed = exposeError(error);
    expect(exposed).not.toContain('sign in');
    expect(exposed).not.toContain('hijacked');
  });
});

describe('faults.md 8: contract breaks', () => {
  const cases: readonly {
    resource: MockResource;
    kind: ContractBreakKind;
    field: string;
    call: (client: RevampdClient) => Promise<unknown>;
  }[] = [
    { resource: 'wallet', kind: 'floatAmount', field: 'balance.amount', call: (c) => c.getWallet() },
    {
      resource: 'payouts',
      kind: 'stringAmount',
      field: 'data.0.amount.amount',
      call: (c) => c.listPayouts(),
    },
    {
      resource: 'invoices',
      kind: 'missingCurrency',
      field: 'data.0.total.currency',
      call: (c) => c.listInvoices(),
    },
    { resource: 'tickets', kind: 'unknownStatus', field: 'data.0.status', call: (c) => c.listTickets() },
    {
      resource: 'walletTransactions',
      kind: 'unknownStatus',
      field: 'data.0.kind',
      call: (c) => c.listWalletTransactions(),
    },
    { resource: 'addOns', kind: 'badDate', field: 'data.0.createdAt', call: (c) => c.listAddOns() },
    {
      resource: 'payoutSummary',
      kind: 'badDate',
      field: 'asOf',
      call: (c) => c.getPayoutSummary({ timeZone: 'UTC', weekStartsOn: 1 }),
    },
    { resource: 'plan', kind: 'floatAmount', field: 'plan.price.amount', call: (c) => c.getPlan() },
  ];

  it.each(cases)(
    'faults 8: $resource with $kind is a contract_violation naming $field',
    async ({ resource, kind, field, call }) => {
      // contractBreak's generic ties the kind to the resource; every pair above is valid.
      server.use(...contractBreak(resource, kind as never));
      const { client, requests, onError } = setup();
      const error = await revampdError(call(client));
      expect(error).toMatchObject({ kind: 'invalid_response', code: 'contract_violation', status: 200 });
      expect(error.field).toBe(field);
      expect(error.message).toContain(`"${field}"`);
      // The mocks' own idea of where they put the break agrees.
      expect(contractBreakPath(resource, kind).join('.')).toBe(field);
      expect(requests).toHaveLength(1);
      expect(onError).toHaveBeenCalledTimes(1);
    },
  );

  it('faults 8: the same endpoints parse when the body keeps the contract', async () => {
    const seeded = db.scope(ORG, 'revampd').payouts.length;
    expect(seeded).toBeGreaterThan(0);
    const { client } = setup();
    const payouts = await client.listPayouts();
    // The API's default page of 25, or every payout there is.
    expect(payouts.data.length).toBe(Math.min(seeded, 25));
    for (const payout of payouts.data) expect(Number.isInteger(payout.amount.amount)).toBe(true);
  });
});

describe('faults.md 9: no usable token', () => {
  const getters: readonly [string, AccessTokenGetter][] = [
    [
      'throws',
      () => {
        throw new Error(`session ${TOKEN} expired`);
      },
    ],
    ['rejects', () => Promise.reject(new Error(`refresh of ${TOKEN} failed`))],
    ['returns ""', () => ''],
    ['returns "   "', () => '   '],
    ['returns undefined', () => undefined],
    ['returns null', () => null],
    ['resolves undefined', () => Promise.resolve(undefined)],
  ];

  it.each(getters)(
    'faults 9: a getter that %s sends no request and is "signed_out"',
    async (_label, getAccessToken) => {
      const { client, requests, onError } = setup({ getAccessToken });
      const error = await revampdError(client.getWallet());
      expect(error).toMatchObject({ kind: 'signed_out', code: 'token_unavailable' });
      expect(exposeError(error)).not.toContain(TOKEN);
      expect(requests).toHaveLength(0);
      expect(network.requests).toHaveLength(0);
      expect(onError).toHaveBeenCalledTimes(1);
    },
  );

  it('faults 9: a mutation with no token sends nothing and creates nothing', async () => {
    const before = db.scope(ORG, 'revampd').tickets.length;
    const { client, requests } = setup({ getAccessToken: () => '' });
    const error = await revampdError(
      client.createTicket(
        { title: 'T', priority: 'low', description: 'D' },
        { idempotencyKey: 'k-no-token' },
      ),
    );
    expect(error.kind).toBe('signed_out');
    expect(requests).toHaveLength(0);
    expect(db.scope(ORG, 'revampd').tickets).toHaveLength(before);
  });
});

describe('aborting (faults.md 2)', () => {
  it('faults 2: aborting a request the server never answers rejects with AbortError, unreported', async () => {
    server.use(...neverAnswers('wallet'));
    const { client, requests, onError } = setup();
    const controller = new AbortController();
    const pending = rejection(client.getWallet({ signal: controller.signal }));
    await until(() => network.requests.length === 1);
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(isRevampdError(error)).toBe(false);
    expect(requests).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('faults 2: aborting during a backoff wait ends it at once, with no further request', async () => {
    // A hand-made failing fetch and a fake clock: the backoff wait is certain to have begun.
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    // A one-minute backoff: only an abort can end it early.
    const { client, requests, onError } = setup(
      { retry: { retries: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 } },
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const controller = new AbortController();
    const pending = rejection(client.getWallet({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1); // the backoff
    await vi.advanceTimersByTimeAsync(30_000);
    expect(requests).toHaveLength(1);
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ name: 'AbortError' });
    // The wait is gone, not left to fire: time passing sends nothing.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('faults 2: aborting while the body is still arriving is an AbortError, not a "bad response"', async () => {
    // Like a real fetch, the body stream errors with an AbortError when the signal aborts.
    let reading = false;
    const { client, requests, onError } = setup({}, (_input, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"connectionId":"revampd",'));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('The operation was aborted.', 'AbortError')),
          );
        },
        // Called once the reader has taken the first chunk and wants the next.
        pull() {
          reading = true;
        },
      });
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    });
    const controller = new AbortController();
    const pending = rejection(client.getWallet({ signal: controller.signal }));
    // The client has read the first chunk and asks for more: the body is still arriving.
    await until(() => reading);
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('faults 2/6: aborting during a Retry-After wait ends it at once', async () => {
    // A hand-made 429 and a fake clock: the Retry-After wait is certain to have begun.
    vi.useFakeTimers();
    const { client, requests } = setup({}, () =>
      Promise.resolve(
        jsonResponse(
          { error: { code: 'rate_limited', message: 'slow down' } },
          { status: 429, headers: { 'Retry-After': '20' } },
        ),
      ),
    );
    const controller = new AbortController();
    const pending = rejection(client.getWallet({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1); // the Retry-After wait
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });
});

// -------------------------------------------------------------------------------------------------
// Mutations
// -------------------------------------------------------------------------------------------------

describe('Idempotency-Key (faults.md 19, 22)', () => {
  it('faults 19: a network error then success sends one key twice and creates one ticket', async () => {
    server.use(...networkError('tickets', { method: 'POST', times: 1 }));
    const before = db.scope(ORG, 'revampd').tickets.length;
    const { client, requests } = setup();
    const title = 'Porting stuck for +1 415 555 0100';
    const ticket = await client.createTicket(
      { title, priority: 'high', description: 'Please check.' },
      { idempotencyKey: 'b1d3c1a0-0000-4000-8000-000000000001' },
    );
    expect(ticket).toMatchObject({ title, status: 'open', assignee: null });
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual([
      'b1d3c1a0-0000-4000-8000-000000000001',
      'b1d3c1a0-0000-4000-8000-000000000001',
    ]);
    expect(requests.every((request) => request.headers.get('Content-Type') === 'application/json')).toBe(
      true,
    );
    const tickets = db.scope(ORG, 'revampd').tickets;
    expect(tickets).toHaveLength(before + 1);
    expect(tickets.filter((row) => row.title === title)).toHaveLength(1);
  });

  it('faults 19: a 500 then success reuses the key as well', async () => {
    server.use(...failWith('tickets', 500, undefined, { method: 'POST', times: 2 }));
    const before = db.scope(ORG, 'revampd').tickets.length;
    const { client, requests } = setup();
    await client.createTicket(
      { title: 'Echo', priority: 'low', description: 'Echo on calls' },
      { idempotencyKey: 'key-500' },
    );
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual([
      'key-500',
      'key-500',
      'key-500',
    ]);
    expect(db.scope(ORG, 'revampd').tickets).toHaveLength(before + 1);
  });

  it('faults 13: a Partner-issued invoice is refused without any request', async () => {
    server.use(...partnerInvoice(db));
    const { client, requests, onError } = setup();
    const page = await client.listInvoices();
    const partner = page.data.find((invoice): invoice is Invoice => invoice.issuer === 'partner');
    if (partner === undefined) throw new Error('the scenario should add a Partner invoice');
    expect(partner.status).toBe('open');
    const balance = db.scope(ORG, 'revampd').wallet.balance.amount;
    const error = await revampdError(client.payInvoiceWithWallet(partner, { idempotencyKey: 'key-partner' }));
    expect(error).toMatchObject({ kind: 'refused', code: 'invoice_not_payable' });
    expect(requests).toHaveLength(1); // the list only
    expect(network.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(db.scope(ORG, 'revampd').wallet.balance.amount).toBe(balance);
  });
});

describe('faults.md 25: nothing leaks to onError', () => {
  it('faults 25: errors of a ticket submission carry neither the token nor the typed text', async () => {
    const title = 'My secret title about Jane Doe';
    const description = 'Call jane.doe@example.test about invoice 42';
    const draft = { title, priority: 'medium' as const, description };
    const { client, onError } = setup({ retry: { retries: 0, baseDelayMs: 1 } });

    server.use(...networkError('tickets', { method: 'POST', times: 1 }));
    await revampdError(client.createTicket(draft, { idempotencyKey: 'leak-1' }));
    server.use(...failWith('tickets', 500, undefined, { method: 'POST', times: 1 }));
    await revampdError(client.createTicket(draft, { idempotencyKey: 'leak-2' }));
    // A 422 from the real mock handler (description too long) with field messages.
    await revampdError(
      client.createTicket(
        { ...draft, description: `${description} ${'x'.repeat(5001)}` },
        { idempotencyKey: 'leak-3' },
      ),
    );
    // A 201 whose body breaks the contract, echoing the typed text back.
    server.use(
      http.post(apiPath('/tickets'), () =>
        HttpResponse.json(
          {
            id: 't1',
            number: '7',
            title,
            description,
            status: 'open',
            priority: 'medium',
            assignee: null,
            createdAt: '2026-11-25T15:00:00Z',
            updatedAt: '2026-11-25T15:00:00Z',
          },
          { status: 201 },
        ),
      ),
    );
    await revampdError(client.createTicket(draft, { idempotencyKey: 'leak-4' }));

    expect(onError.mock.calls.map(([error]) => error.code)).toEqual([
      'network_error',
      'internal_error',
      'validation_failed',
      'contract_violation',
    ]);
    for (const [error] of onError.mock.calls) {
      const exposed = exposeError(error);
      expect(exposed).not.toContain(TOKEN);
      expect(exposed).not.toContain(title);
      expect(exposed).not.toContain('jane.doe@example.test');
    }
  });
});
